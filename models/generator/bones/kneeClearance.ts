/** Shared by the shank bones: what must stay clear of the femur in deep knee flexion. */
import type { Sdf } from '../sdf';

/**
 * The half-space behind a plane through the knee axis tilted `deg` posteriorly from straight down
 * (negative inside). With a fixed hinge (joints.ts) shank bone in this wedge swings into the femur
 * at 180° − deg of flexion; trimming it off the posterior plateau rim (a steeper posterior tibial
 * slope) lets the knee reach 140° without bone entering bone.
 */
export function behindFlexionPlane(deg: number): Sdf {
  const t = Math.tan((deg * Math.PI) / 180);
  const norm = Math.hypot(1, t);
  return (_x, y, z) => (z + (KNEE_AXIS_Y - y) * t) / norm;
}
const KNEE_AXIS_Y = 0.5;
/** Shank bone behind this plane would meet the femur before full flexion (140°). */
export const FLEXION_CLEARANCE_DEG = 32;
