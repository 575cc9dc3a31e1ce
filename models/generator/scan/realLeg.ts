/**
 * The real leg, prepared once per process (top-level await: every generator module that needs it
 * imports this): scanned bones, the femur on the real cartilage, the knee ligaments, and the per-segment warps that carry
 * the generated soft tissue from the procedural skeleton onto the real one.
 */
import type { Segment } from '../../../src/kinematics/landmarks';
import type { PathPoint } from '../loft';
import type { V3 } from '../vec';
import { scanBones } from './bones';
import { scanFemur } from './femur';
import { scanKneeLigaments } from './kneeLigaments';
import { scanMenisci } from './menisci';
import { scanMuscles } from './muscles';
import { scanFrame } from './frame';
import { segmentWarps } from './warp';

export const REAL_BONES = await scanBones();
export const REAL_FEMUR = await scanFemur();
export const WARPS = segmentWarps(REAL_BONES, REAL_FEMUR);
export const REAL_MUSCLES = await scanMuscles();
export const REAL_KNEE_LIGAMENTS = await scanKneeLigaments();
export const REAL_MENISCI = await scanMenisci(REAL_BONES.tibia.bone, REAL_FEMUR.sdf);
/** The one uniform scale from the subject to the model (model metres per dataset millimetre × 1000). */
export const REAL_SCALE = (await scanFrame()).scale * 1000;

/** A generated point laid out on the procedural skeleton, moved onto the real one. */
export function warpPoint(p: readonly number[], segment: Segment | 'patella'): V3 {
  return WARPS[segment](p);
}

/** A path point: landmark points (landmarks.ts) are already on the real bones and stay. */
export function warpPathPoint(q: PathPoint): PathPoint {
  return q.fixed ? q : { ...q, p: warpPoint(q.p, q.segment) };
}

/** A direction at a point (the half-axes of an oval footprint): the warp's local effect on it. */
export function warpVector(at: readonly number[], v: readonly number[], segment: Segment | 'patella'): V3 {
  const a = warpPoint(at, segment);
  const b = warpPoint([at[0] + v[0], at[1] + v[1], at[2] + v[2]], segment);
  return [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
}
