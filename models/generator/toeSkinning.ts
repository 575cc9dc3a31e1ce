/**
 * Skin weights across the metatarsophalangeal (MTP) joints, as one post-pass over the built
 * geometry instead of a change to every generator: whatever follows the foot and lies distal of the
 * MTP line passes its foot weight to `toes_joint` (joints.ts TOES), smoothly over a short band just
 * distal of the joint, measured per toe. Skin, fat pads, the aponeurosis' digital slips, the long and
 * short toe tendons, lumbricals, interossei, nerves and vessels all cross the MTP joints this way;
 * the phalanges themselves (rigid) hang from the joint node instead (build.ts).
 */
import { TOES } from '../../src/kinematics/joints';
import type { StructureId } from '../../src/anatomy/ids';
import type { MeshData } from './mesh';
import { fitSphere, principalAxes } from './scan/fit';
import { add, dot, normalize, scale, smoothstep, sub } from './vec';
import type { V3 } from './vec';

/** The phalanges of toes 1–5: rigid, children of toes_joint. The sesamoids stay with the first metatarsal. */
export const TOE_BONES: ReadonlySet<StructureId> = new Set(['phalanges_1', 'phalanges_2', 'phalanges_3', 'phalanges_4', 'phalanges_5']);

/** One toe's MTP joint, from the scanned bones. */
export interface MtpJoint {
  /** Centre of the metatarsal head (sphere fit), world rest frame, metres. */
  head: V3;
  /** Radius of that sphere, metres. */
  radius: number;
  /** Unit direction across the joint, distal: the bisector of the metatarsal's and the phalanges' axes. */
  across: V3;
  /** The head's place along TOES.axis, metres from TOES.centre (sorts the toes medial → lateral). */
  u: number;
}

export interface ToeSkinOptions {
  /** Length of the metatarsal's distal end the head sphere is fitted to, metres. */
  headLength: number;
  /** Centre of the weight blend, distal of the metatarsal head's centre (the MTP axis), metres. */
  offset: number;
  /** Width of the blend (0 → 1), metres. */
  blend: number;
}

/** The blend is centred 5 mm distal of the MTP axis (the heads' centres) and 12 mm wide. */
export const TOE_SKIN_DEFAULTS: ToeSkinOptions = { headLength: 0.012, offset: 0.005, blend: 0.012 };

function pointsOf(m: MeshData): V3[] {
  const out: V3[] = [];
  for (let i = 0; i < m.positions.length; i += 3) out.push([m.positions[i], m.positions[i + 1], m.positions[i + 2]]);
  return out;
}

/** Principal axis of a point set, turned to point forward (+Z, toward the toes). */
function forwardAxis(points: readonly V3[]): { centroid: V3; axis: V3 } {
  const pa = principalAxes(points);
  const a = pa.axes[0];
  return { centroid: pa.centroid, axis: a[2] < 0 ? scale(a, -1) : a };
}

/**
 * The five MTP joints of the rest-pose bones: `metatarsals[k]` and `phalanges[k]` are ray k + 1's
 * bone surfaces. Sorted medial → lateral along TOES.axis.
 */
export function mtpJoints(metatarsals: readonly MeshData[], phalanges: readonly MeshData[], options: Partial<ToeSkinOptions> = {}): MtpJoint[] {
  const o = { ...TOE_SKIN_DEFAULTS, ...options };
  return metatarsals
    .map((mt, k) => {
      const pts = pointsOf(mt);
      const { centroid, axis } = forwardAxis(pts);
      const s = pts.map((p) => dot(sub(p, centroid), axis));
      const tip = Math.max(...s);
      const sphere = fitSphere(pts.filter((_, i) => s[i] > tip - o.headLength));
      const toe = forwardAxis(pointsOf(phalanges[k])).axis;
      return { head: sphere.centre, radius: sphere.radius, across: normalize(add(axis, toe)), u: dot(sub(sphere.centre, TOES.centre as V3), TOES.axis) };
    })
    .sort((a, b) => b.u - a.u);
}

/**
 * Share (0–1) of a foot-weighted point's weight that goes to toes_joint: its distance past its toe's
 * joint (head and direction interpolated between neighbouring toes along the MTP line, so the webs
 * blend too), through a smoothstep `blend` wide centred `offset` past the head's centre.
 */
export function toeShare(joints: readonly MtpJoint[], p: V3, options: Partial<ToeSkinOptions> = {}): number {
  const o = { ...TOE_SKIN_DEFAULTS, ...options };
  const u = dot(sub(p, TOES.centre as V3), TOES.axis);
  let k = 0;
  while (k < joints.length - 2 && u < joints[k + 1].u) k++;
  const a = joints[k];
  const b = joints[k + 1];
  const t = Math.min(1, Math.max(0, (a.u - u) / (a.u - b.u)));
  const head: V3 = add(scale(a.head, 1 - t), scale(b.head, t));
  const across = normalize(add(scale(a.across, 1 - t), scale(b.across, t)));
  const d = dot(sub(p, head), across);
  return smoothstep(o.offset - o.blend / 2, o.offset + o.blend / 2, d);
}

/** Skin joint order: [femur, knee_joint, subtalar_joint, patella, toes_joint]. */
export const TOES_JOINT_INDEX = 4;
export const SKIN_JOINT_COUNT = 5;

/**
 * Widen weights ([thigh, shank, foot] or [thigh, shank, foot, patella] per vertex; absent = all on
 * `foot`) to the five skin joints and move each vertex's foot weight by its toe share to toes_joint.
 * Returns null when no vertex reaches past the MTP joints.
 */
export function toeWeights(m: MeshData, joints: readonly MtpJoint[], options: Partial<ToeSkinOptions> = {}): Float32Array | null {
  const n = m.positions.length / 3;
  const per = m.weights ? m.weights.length / n : 0;
  const out = new Float32Array(n * SKIN_JOINT_COUNT);
  let any = false;
  for (let v = 0; v < n; v++) {
    for (let j = 0; j < per; j++) out[v * SKIN_JOINT_COUNT + j] = m.weights![v * per + j];
    if (!m.weights) out[v * SKIN_JOINT_COUNT + 2] = 1;
    const foot = out[v * SKIN_JOINT_COUNT + 2];
    if (foot === 0) continue;
    const s = toeShare(joints, [m.positions[v * 3], m.positions[v * 3 + 1], m.positions[v * 3 + 2]], options);
    if (s === 0) continue;
    any = true;
    out[v * SKIN_JOINT_COUNT + 2] = foot * (1 - s);
    out[v * SKIN_JOINT_COUNT + TOES_JOINT_INDEX] = foot * s;
  }
  return any ? out : null;
}
