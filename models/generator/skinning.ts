/**
 * Skin weights for structures that cross the knee or the ankle: each vertex's weight moves
 * smoothly from the proximal to the distal segment along the structure's arc length, centred where
 * the centre line passes closest to the joint centre, so the structure stays attached at both ends
 * and stretches or shortens across the joint instead of bending like a pipe.
 */
import { ANKLE, KNEE } from '../../src/kinematics/joints';
import type { JointDef } from '../../src/kinematics/joints';
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
 * Where a lofted course changes segment, in arc-length fraction: between two control points of
 * different segments, where the centre line passes closest to the joint between them.
 */
export function segmentTransitions(path: readonly PathPoint[], lofted: LoftResult): { s: number; to: Segment; joint: JointDef }[] {
  const out: { s: number; to: Segment; joint: JointDef }[] = [];
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
    out.push({ s: best, to: b, joint });
  }
  return out;
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
  const transitions = segmentTransitions(path, lofted).map((t) => ({
    s: t.s,
    width: Math.min(0.45, (t.joint === KNEE ? o.kneeBlend : o.ankleBlend) / total),
    to: SEGMENT_INDEX[t.to],
  }));
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

/** Index of the patella in the skin's joint list (after thigh, shank and foot). */
export const PATELLA_JOINT_INDEX = 3;

export interface PatellaLink {
  /** Segment of the far end. */
  other: Segment;
  /** Which end is far from the patella. */
  far: 'proximal' | 'distal';
  /**
   * Length (metres, along the leg) over which the weight passes from the patella to the far
   * segment; default: the whole structure.
   */
  reach?: number;
}

/**
 * Structures that hang from the patella at one end: the quadriceps tendon (femur → base of the
 * patella), the patellar ligament (apex → tibial tuberosity), and the distal ends of the vasti,
 * whose lowest fibres insert on the patella's borders (Gray's Anatomy), so they are drawn after it
 * in flexion. Their far end keeps its segment.
 */
export const PATELLA_LINKED: Readonly<Record<string, PatellaLink>> = {
  quadriceps_tendon: { other: 'thigh', far: 'proximal' },
  patellar_ligament: { other: 'shank', far: 'distal' },
  vastus_medialis: { other: 'thigh', far: 'proximal', reach: 0.05 },
  vastus_lateralis: { other: 'thigh', far: 'proximal', reach: 0.05 },
};

/**
 * Per-vertex weights [thigh, shank, foot, patella] (4 floats per vertex) for a structure of
 * PATELLA_LINKED, from its rest positions: the part on the patella (above its apex for the
 * ligament, below its base for the tendon) follows the patella, and the weight falls linearly to
 * the far end, so the band stays straight between a patella that slides on the femur and a
 * tuberosity (or femoral shaft) that keeps its own segment.
 */
export function patellaLinkWeights(
  positions: Float32Array,
  link: PatellaLink,
  patella: { apexY: number; baseY: number },
): Float32Array {
  const n = positions.length / 3;
  let lo = Infinity;
  let hi = -Infinity;
  for (let v = 0; v < n; v++) {
    lo = Math.min(lo, positions[v * 3 + 1]);
    hi = Math.max(hi, positions[v * 3 + 1]);
  }
  const weights = new Float32Array(n * 4);
  const other = SEGMENT_INDEX[link.other];
  for (let v = 0; v < n; v++) {
    const y = positions[v * 3 + 1];
    const u =
      link.far === 'distal'
        ? (patella.apexY - y) / Math.max(1e-6, patella.apexY - lo)
        : (y - patella.baseY) / Math.max(1e-6, link.reach ?? hi - patella.baseY);
    const k = Math.min(1, Math.max(0, u));
    weights[v * 4 + other] = k;
    weights[v * 4 + PATELLA_JOINT_INDEX] = 1 - k;
  }
  return weights;
}
