/**
 * Live lecture status, for the badge and the presenter's panel. State only: the session itself
 * (Yjs, the relay connection) loads on demand from src/live/ when a lecturer goes live or a page
 * opens with `?live=<room>`, so it adds nothing to the JavaScript before the first model frame.
 */
import type { SliceCreator } from './types';

export type LiveRole = 'presenter' | 'student';

export interface LiveStatus {
  role: LiveRole | null;
  /** Connected to the relay and synced with the room. */
  connected: boolean;
  /** A student's view follows the presenter's (false after "Explore on my own"). */
  following: boolean;
  /** The presenter's count of students following now. */
  followers: number;
  room: string | null;
  joinUrl: string | null;
  /** Why the session stopped (room closed, relay refused), for the badge; null while it runs. */
  ended: string | null;
}

export interface LiveSlice {
  live: LiveStatus;
  /** Called by the live session only. */
  setLiveStatus: (patch: Partial<LiveStatus>) => void;
}

export const NO_LIVE: LiveStatus = { role: null, connected: false, following: false, followers: 0, room: null, joinUrl: null, ended: null };

export const createLiveSlice: SliceCreator<LiveSlice> = (set, get) => ({
  live: NO_LIVE,
  setLiveStatus: (patch) => {
    const live = get().live;
    if ((Object.keys(patch) as (keyof LiveStatus)[]).every((k) => live[k] === patch[k])) return;
    set({ live: { ...live, ...patch } });
  },
});
