/**
 * Animation clips sampled from src/kinematics/joints.ts so the model's motion and the viewer's
 * angle readouts cannot drift apart: each clip rotates one joint node 0 → max → 0 with a smooth
 * (cosine) ease.
 */
import type { ActionId } from '../../src/anatomy/ids';
import { ANKLE, KNEE, SUBTALAR, jointRotation } from '../../src/kinematics/joints';
import type { JointDef } from '../../src/kinematics/joints';

/**
 * Clip names: the viewer's actions, plus `inversion` on the subtalar joint, which the model carries
 * but the viewer's action list (ids.ts ACTIONS, a pose of knee and ankle) does not offer yet.
 */
export type ClipName = ActionId | 'inversion';

export interface ClipSpec {
  name: ClipName;
  joint: JointDef;
  /** Peak angle, degrees. */
  peak: number;
  /** Duration, seconds. */
  duration: number;
}

export const CLIPS: ClipSpec[] = [
  { name: 'plantarflexion', joint: ANKLE, peak: ANKLE.range.max, duration: 3 },
  { name: 'knee_flexion', joint: KNEE, peak: KNEE.range.max, duration: 4 },
  { name: 'inversion', joint: SUBTALAR, peak: SUBTALAR.range.max, duration: 3 },
];

export const CLIP_FPS = 30;

/** Keyframe times (s) and rotations (x, y, z, w flattened) of a clip. */
export function sampleClip(clip: ClipSpec, fps = CLIP_FPS): { times: Float32Array; rotations: Float32Array } {
  const frames = Math.round(clip.duration * fps);
  const times = new Float32Array(frames + 1);
  const rotations = new Float32Array((frames + 1) * 4);
  for (let f = 0; f <= frames; f++) {
    const t = f / fps;
    const angle = (clip.peak * (1 - Math.cos((2 * Math.PI * t) / clip.duration))) / 2;
    times[f] = t;
    rotations.set(jointRotation(clip.joint, angle), f * 4);
  }
  return { times, rotations };
}
