/**
 * Raw shapes of the metatarsals and of each toe's phalanges (before the joint spaces are carved,
 * see foot.ts). Lengths (men): M1 58–68 mm and the stoutest, M2 the longest (70–82), M3 66–76,
 * M4 64–74, M5 62–74; heads relative to M2: M1 −5…+6, M3 −8…−1, M4 −16…−7, M5 −28…−13 mm (C10 of
 * shared/anatomy/morphology-kinematics.md, Domínguez-Maldonado et al. 2014). Declination from
 * ≈ 20° (M1) to ≈ 10° (M5) makes the medial longitudinal arch; the tuberosity of M5 juts laterally
 * and backward past the cuboid (Gray's Anatomy 42nd ed.).
 */
import { ellipsoid, roundCone, smax, union } from '../sdf';
import { cuboidFront } from './tarsals';
import type { Sdf } from '../sdf';
import { add, normalize, scale } from '../vec';
import type { V3 } from '../vec';

export interface MetatarsalSpec {
  /** Centre of the base and its half-sizes. */
  base: V3;
  baseRadii: V3;
  /** Centre of the head and its half-sizes. */
  head: V3;
  headRadii: V3;
  /** Shaft radius near the base and near the head. */
  shaft: [number, number];
}

/** Great toe first. */
export const METATARSALS: readonly MetatarsalSpec[] = [
  { base: [0.026, 0.0325, 0.0965], baseRadii: [0.0095, 0.0135, 0.0075], head: [0.0335, 0.0165, 0.1405], headRadii: [0.0095, 0.0105, 0.0105], shaft: [0.0078, 0.0068] },
  { base: [0.0105, 0.04, 0.0875], baseRadii: [0.006, 0.0105, 0.007], head: [0.012, 0.0125, 0.1445], headRadii: [0.0065, 0.0085, 0.0085], shaft: [0.005, 0.0043] },
  { base: [-0.005, 0.0375, 0.0905], baseRadii: [0.006, 0.0095, 0.007], head: [-0.003, 0.0115, 0.1410], headRadii: [0.0065, 0.008, 0.008], shaft: [0.0047, 0.0041] },
  { base: [-0.0175, 0.032, 0.0785], baseRadii: [0.0055, 0.0085, 0.007], head: [-0.0175, 0.0105, 0.1320], headRadii: [0.006, 0.0078, 0.0078], shaft: [0.0045, 0.004] },
  { base: [-0.0295, 0.0245, 0.0715], baseRadii: [0.0065, 0.0075, 0.007], head: [-0.0315, 0.0095, 0.1240], headRadii: [0.006, 0.0072, 0.0072], shaft: [0.0046, 0.0041] },
];

/** Tuberosity of the fifth metatarsal (fibularis brevis): centre and half-sizes. */
export const M5_TUBEROSITY = { centre: [-0.041, 0.0195, 0.068] as V3, radii: [0.0065, 0.006, 0.0085] as V3 };

export function metatarsalRaw(index: number): Sdf {
  const m = METATARSALS[index];
  // the shaft bows up (dorsally convex) and, except in the stout M1, narrows between base and head
  const mid: V3 = [(m.base[0] + m.head[0]) / 2, (m.base[1] + m.head[1]) / 2 + 0.0015, (m.base[2] + m.head[2]) / 2];
  const waist = ((m.shaft[0] + m.shaft[1]) / 2) * (index === 0 ? 1 : 0.93);
  const parts: [Sdf, number][] = [
    [roundCone(m.base, mid, m.shaft[0], waist), 0],
    [roundCone(mid, m.head, waist, m.shaft[1]), 0.004],
    [ellipsoid(m.base, m.baseRadii), 0.006],
    [ellipsoid(m.head, m.headRadii), 0.006],
  ];
  if (index === 4) parts.push([ellipsoid(M5_TUBEROSITY.centre, M5_TUBEROSITY.radii), 0.007]);
  if (index < 3) return union(parts);
  // the bases of M4 and M5 reach back to the cuboid's oblique front and end in a flat face parallel
  // to it, a joint space away (a plane joint), not a ball touching a plane
  const back = add(m.base, scale(normalize([m.base[0] - m.head[0], m.base[1] - m.head[1], m.base[2] - m.head[2]]), 0.006));
  parts.push([ellipsoid(back, [m.baseRadii[0] * 0.95, m.baseRadii[1] * 0.9, m.baseRadii[2]]), 0.004]);
  const bone = union(parts);
  return (x, y, z) => smax(bone(x, y, z), FOOT_JOINT_GAP - 0.0015 - cuboidFront(x, y, z), 0.0015);
}

/** Phalanx lengths (proximal → distal) and base radius for each toe; the great toe has two. */
const TOES: readonly { lengths: number[]; radius: number; spread: number }[] = [
  { lengths: [0.023, 0.017], radius: 0.0078, spread: 0.04 },
  { lengths: [0.0165, 0.0085, 0.007], radius: 0.0052, spread: 0.02 },
  { lengths: [0.016, 0.0082, 0.0065], radius: 0.005, spread: 0.0 },
  { lengths: [0.016, 0.008, 0.0068], radius: 0.0048, spread: -0.03 },
  { lengths: [0.014, 0.0072, 0.0065], radius: 0.0046, spread: -0.07 },
];

/** Joint space between the cuboid and the bases of M4 and M5 (as FOOT_JOINT_SPACE in foot.ts). */
const FOOT_JOINT_GAP = 0.0025;

/** Joint space between neighbouring phalanges before carving, metres. */
const PHALANX_GAP = 0.0022;

/** The phalanges of one toe, each a separate piece (joint spaces between them), index 0 = great toe. */
export function phalanxPieces(toe: number): Sdf[] {
  const m = METATARSALS[toe];
  const t = TOES[toe];
  const pieces: Sdf[] = [];
  // the proximal phalanx runs forward about level (dorsiflexed on the declined metatarsal), the
  // middle and distal ones curl down a little onto the ground
  const pitches = [0.1, -0.12, -0.25];
  let start: V3 = add(m.head, [0, 0.002, m.headRadii[2] - 0.001]);
  t.lengths.forEach((len, k) => {
    const dir = normalize([t.spread, pitches[k], 1]);
    const end = add(start, scale(dir, len));
    const r0 = t.radius * (k === 0 ? 1 : 0.85 ** k);
    const distal = k === t.lengths.length - 1;
    const head = distal ? r0 * 0.8 : r0 * 0.75;
    pieces.push(
      union([
        // shaft, waisted between a flared base and the head
        [roundCone(add(start, scale(dir, len * 0.3)), add(start, scale(dir, len * 0.7)), r0 * 0.55, head * 0.7), 0],
        // base: broad, concave facet toward the joint behind it (carving shapes it)
        [ellipsoid(add(start, scale(dir, r0 * 0.5)), [r0 * 1.15, r0 * 0.9, r0 * 0.75]), 0.004],
        // head: a pulley wider than high; the distal phalanx instead ends in a flat tuft
        [ellipsoid(end, distal ? [head * 1.1, head * 0.6, head * 0.8] : [head * 1.1, head * 0.85, head * 0.8]), 0.003],
      ]),
    );
    start = add(end, scale(dir, head * 0.8 + PHALANX_GAP + r0 * 0.2));
  });
  return pieces;
}
