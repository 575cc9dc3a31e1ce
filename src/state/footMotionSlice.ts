/**
 * Inversion and eversion, played in the viewer from the subtalar joint's axis (kinematics/joints.ts
 * SUBTALAR), not from clips in the .glb: the model carries the subtalar node but no clip for it.
 * Starting one stops a playing clip; pausing stops it and the foot returns to neutral.
 */
import type { SliceCreator } from './types';

export const FOOT_MOTIONS = ['inversion', 'eversion'] as const;
export type FootMotionId = (typeof FOOT_MOTIONS)[number];

export function isFootMotionId(value: unknown): value is FootMotionId {
  return typeof value === 'string' && (FOOT_MOTIONS as readonly string[]).includes(value);
}

export interface FootMotionSlice {
  /** The subtalar movement playing (a loop from neutral to the end of range and back), or null. */
  footMotion: FootMotionId | null;
  playFootMotion: (id: FootMotionId) => void;
  stopFootMotion: () => void;
}

export const createFootMotionSlice: SliceCreator<FootMotionSlice> = (set) => ({
  footMotion: null,
  playFootMotion: (footMotion) => set({ footMotion, playing: false }),
  stopFootMotion: () => set({ footMotion: null }),
});
