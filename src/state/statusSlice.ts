import type { SliceCreator } from './types';

/** A user-facing problem: a title, what happened, what to do. */
export interface ViewerError {
  kind: 'model-missing' | 'model-corrupt' | 'no-webgl' | 'context-lost' | 'render';
  title: string;
  detail: string;
  remedy: string;
}

export interface StatusSlice {
  /** True once the model is loaded and the first frame drawn. */
  ready: boolean;
  /** Model download progress, 0..1 (null before the download reports a size). */
  loadProgress: number | null;
  error: ViewerError | null;
  /** A dismissible message (unknown id in a link, a related muscle outside the model, …). */
  notice: string | null;
  /** Incremented to remount the 3D view after a failed load ("Try again"). */
  sceneAttempt: number;
  /** Clear a load error and mount the 3D view again. */
  retryScene: () => void;
  setReady: (ready: boolean) => void;
  setLoadProgress: (p: number | null) => void;
  setError: (error: ViewerError | null) => void;
  showNotice: (notice: string | null) => void;
}

export const createStatusSlice: SliceCreator<StatusSlice> = (set) => ({
  ready: false,
  loadProgress: null,
  error: null,
  notice: null,
  sceneAttempt: 0,
  retryScene: () => set((s) => ({ error: null, loadProgress: null, ready: false, sceneAttempt: s.sceneAttempt + 1 })),
  setReady: (ready) => set({ ready }),
  setLoadProgress: (loadProgress) => set({ loadProgress }),
  setError: (error) => set({ error }),
  showNotice: (notice) => set({ notice }),
});
