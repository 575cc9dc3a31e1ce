import type { ActionId } from '../anatomy/ids';
import type { SliceCreator } from './types';

export const SPEEDS = [0.25, 0.5, 1, 1.5, 2] as const;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 2;

export interface PlaybackSlice {
  /** The clip loaded into the player (it stays loaded when paused). */
  action: ActionId | null;
  playing: boolean;
  loop: boolean;
  /** Playback speed, 0.25–2. */
  speed: number;
  /** Position in the clip, 0..1. Written by the player at ≤ 10 Hz while playing. */
  progress: number;
  /** Joint angles in degrees, read from the joint nodes. Written at ≤ 10 Hz while playing. */
  angles: { knee: number; ankle: number };
  /** Incremented by `seek` so the player knows to jump (the progress value alone can repeat). */
  seekRequest: number;
  /** Start `action` from its beginning. */
  play: (action: ActionId) => void;
  pause: () => void;
  /** Resume the loaded action, or pause it. Does nothing when no action is loaded. */
  togglePlay: () => void;
  setLoop: (loop: boolean) => void;
  /** Clamp to 0.25–2. */
  setSpeed: (speed: number) => void;
  /** Jump to a point of the clip (0..1) and pause there. */
  seek: (progress: number) => void;
  /** Called by the player only: report where the clip and the joints are. */
  reportPlayback: (progress: number, angles: { knee: number; ankle: number }, playing?: boolean) => void;
}

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get) => ({
  action: null,
  playing: false,
  loop: true,
  speed: 1,
  progress: 0,
  angles: { knee: 0, ankle: 0 },
  seekRequest: 0,
  // a clip and a foot movement (subtalar, toes) never play together (footMotionSlice)
  play: (action) => set((s) => ({ action, playing: true, progress: 0, seekRequest: s.seekRequest + 1, footMotion: null, footAngle: 0 })),
  pause: () => set({ playing: false, footMotion: null, footAngle: 0 }),
  togglePlay: () => {
    const { action, playing } = get();
    if (action === null) return;
    set({ playing: !playing });
  },
  setLoop: (loop) => set({ loop }),
  setSpeed: (speed) => {
    if (!Number.isFinite(speed)) return;
    set({ speed: Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) });
  },
  seek: (progress) => {
    if (!Number.isFinite(progress)) return;
    const p = Math.min(1, Math.max(0, progress));
    set((s) => ({ progress: p, playing: false, seekRequest: s.seekRequest + 1 }));
  },
  reportPlayback: (progress, angles, playing) =>
    set(playing === undefined ? { progress, angles } : { progress, angles, playing }),
});
