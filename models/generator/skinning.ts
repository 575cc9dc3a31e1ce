/**
 * Skin weights for structures that cross the knee or the ankle: each vertex's weight moves
 * smoothly from the proximal to the distal segment along the structure's arc length, centred where
 * the centre line passes closest to the joint centre, so the structure stays attached at both ends
 * and stretches or shortens across the joint instead of bending like a pipe.
 */
import { ANKLE, KNEE } from '../../src/kinematics/joints';
import type { Segment } from '../../src/kinematics/landmarks';
import type { LoftResult, PathPoint } from './loft';
import { distance, smoothstep } from './vec';

export const SEGMENT_INDEX: Record<Segment, number> = { thigh: 0, shank: 1, foot: 2 };

export interface SkinToBonesOptions {
  /** Arc length over which the weight blends across the knee, metres. */
  kneeBlend: number;
  /** Arc length over which the weight blends across the ankle, metres. */
  ankleBlend: number;
}

export const SKIN_TO_BONES_DEFAULTS: SkinToBonesOptions = { kneeBlend: 0.03, ankleBlend: 0.04 };

export function crossesJoint(path: readonly PathPoint[]): boolean {
  return path.some((q) => q.segment !== path[0].segment);
}

/**
 * Per-vertex weights [thigh, shank, foot] (3 floats per vertex) for a lofted structure.
 */
export function skinToBones(
  path: readonly PathPoint[],
  lofted: LoftResult,
  options: Partial<SkinToBonesOptions> = {},
): Float32Array {
  const o = { ...SKIN_TO_BONES_DEFAULTS, ...options };
  let total = 0;
  for (let i = 1; i < lofted.centre.length; i++) total += distance(lofted.centre[i - 1], lofted.centre[i]);
  // transition points along the path, in arc-length fraction
  const transitions: { s: number; width: number; to: number }[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1].segment;
    const b = path[i].segment;
    if (a === b) continue;
    const joint = a === 'foot' || b === 'foot' ? ANKLE : KNEE;
    const s0 = lofted.controlS[i - 1];
    const s1 = lofted.controlS[i];
    let best = (s0 + s1) / 2;
    let bestD = Infinity;
    lofted.centre.forEach((c, k) => {
      const s = lofted.centreS[k];
      if (s < s0 || s > s1) return;
      const d = distance(c, joint.centre);
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    });
    const blend = joint === KNEE ? o.kneeBlend : o.ankleBlend;
    transitions.push({ s: best, width: Math.min(0.45, blend / total), to: SEGMENT_INDEX[b] });
  }
  const from = SEGMENT_INDEX[path[0].segment];
  const n = lofted.along.length;
  const weights = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    const s = lofted.along[v];
    const w = [0, 0, 0];
    w[from] = 1;
    for (const t of transitions) {
      const k = smoothstep(t.s - t.width / 2, t.s + t.width / 2, s);
      // move weight k from everything accumulated so far onto the new segment
      for (let j = 0; j < 3; j++) w[j] *= 1 - k;
      w[t.to] += k;
    }
    weights[v * 3] = w[0];
    weights[v * 3 + 1] = w[1];
    weights[v * 3 + 2] = w[2];
  }
  return weights;
}
