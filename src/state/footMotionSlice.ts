/**
 * Movements of the foot's own joints, played in the viewer from the joint definitions
 * (kinematics/joints.ts), not from clips in the .glb: inversion and eversion turn the subtalar
 * joint (SUBTALAR), toe flexion and extension the metatarsophalangeal joints (TOES). Starting one
 * stops a playing clip; pausing stops it and the foot returns to neutral.
 */
import { SUBTALAR, TOES } from '../kinematics/joints';
import type { JointDef } from '../kinematics/joints';
import type { SliceCreator } from './types';

export const FOOT_MOTIONS = ['inversion', 'eversion', 'toe_flexion', 'toe_extension'] as const;
export type FootMotionId = (typeof FOOT_MOTIONS)[number];

/**
 * The joint each movement turns and the end of range it reaches (degrees about the joint's axis):
 * 20° of inversion, 10° of eversion, 40° of toe flexion, 60° of toe extension.
 */
export const FOOT_MOTION_JOINTS: Readonly<Record<FootMotionId, { joint: JointDef; end: number }>> = {
  inversion: { joint: SUBTALAR, end: SUBTALAR.range.max },
  eversion: { joint: SUBTALAR, end: SUBTALAR.range.min },
  toe_flexion: { joint: TOES, end: TOES.range.max },
  toe_extension: { joint: TOES, end: TOES.range.min },
};

export function isFootMotionId(value: unknown): value is FootMotionId {
  return typeof value === 'string' && (FOOT_MOTIONS as readonly string[]).includes(value);
}

export interface FootMotionSlice {
  /** The foot movement playing (a loop from neutral to the end of range and back), or null. */
  footMotion: FootMotionId | null;
  /** Its joint's angle now, degrees (FOOT_MOTION_JOINTS' sign); 0 when none plays. Written at ≤ 10 Hz. */
  footAngle: number;
  playFootMotion: (id: FootMotionId) => void;
  stopFootMotion: () => void;
  /** Called by the driver only: where the joint is. */
  reportFootAngle: (angle: number) => void;
}

export const createFootMotionSlice: SliceCreator<FootMotionSlice> = (set) => ({
  footMotion: null,
  footAngle: 0,
  playFootMotion: (footMotion) => set({ footMotion, footAngle: 0, playing: false }),
  stopFootMotion: () => set({ footMotion: null, footAngle: 0 }),
  reportFootAngle: (footAngle) => set({ footAngle }),
});
