/**
 * From the procedural leg to the real one. The generated soft tissue (tendons beyond the real
 * bellies, nerves, vessels, retinacula, fasciae, the muscles the dataset lacks) was laid out by hand
 * on the procedural bones; per body segment, a thin-plate spline fitted between the procedural and
 * the real bones carries every such point onto the real skeleton, so a tendon that ran in a groove
 * of the procedural tibia runs in the same place on the real one.
 *
 * Correspondences per bone: its centroid and its extreme points in 14 directions (the 6 axes and 8
 * diagonals) — the malleolar tips, the plateau rims, the ends of each metatarsal — on the
 * procedural field (sampled on a 2.5 mm grid) and on the real surface; the joint centres map to
 * themselves. Away from the bones the warp is the pairs' best similarity (tps.ts). The thigh
 * follows the femur's own scaling (femur.ts).
 */
import { ANKLE, KNEE, SUBTALAR } from '../../../src/kinematics/joints';
import type { Segment } from '../../../src/kinematics/landmarks';
import { fibula } from '../bones/fibula';
import { footBones } from '../bones/foot';
import { patella } from '../bones/patella';
import { tibia } from '../bones/tibia';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';
import type { ScanBone, ScanBoneId } from './bones';
import type { ScanFemur } from './femur';
import { localWarp } from './localWarp';
import type { Warp } from './localWarp';

/** Where each procedural bone was meshed (the generator's bounds before the scan). */
const PROCEDURAL_BOUNDS: Record<ScanBoneId, [V3, V3]> = {
  patella: [[-0.03, 0.485, 0.028], [0.032, 0.55, 0.066]],
  tibia: [[-0.05, 0.055, -0.04], [0.05, 0.495, 0.045]],
  fibula: [[-0.056, 0.045, -0.035], [-0.008, 0.47, 0.012]],
  talus: [[-0.025, 0.04, -0.036], [0.034, 0.1, 0.054]],
  calcaneus: [[-0.036, -0.002, -0.068], [0.036, 0.064, 0.032]],
  navicular: [[-0.014, 0.03, 0.032], [0.045, 0.07, 0.072]],
  cuboid: [[-0.041, 0.008, 0.016], [-0.006, 0.05, 0.084]],
  medial_cuneiform: [[0.011, 0.015, 0.058], [0.04, 0.06, 0.1]],
  intermediate_cuneiform: [[-0.005, 0.03, 0.058], [0.019, 0.06, 0.092]],
  lateral_cuneiform: [[-0.018, 0.026, 0.058], [0.004, 0.06, 0.096]],
  metatarsal_1: [[0.0, 0.0, 0.06], [0.05, 0.06, 0.17]],
  metatarsal_2: [[-0.015, 0.0, 0.06], [0.03, 0.06, 0.18]],
  metatarsal_3: [[-0.03, 0.0, 0.06], [0.02, 0.06, 0.18]],
  metatarsal_4: [[-0.045, 0.0, 0.06], [0.005, 0.06, 0.17]],
  metatarsal_5: [[-0.07, 0.0, 0.04], [-0.005, 0.05, 0.17]],
  phalanges_1: [[0.0, -0.005, 0.13], [0.06, 0.04, 0.24]],
  phalanges_2: [[-0.01, -0.005, 0.13], [0.04, 0.04, 0.23]],
  phalanges_3: [[-0.02, -0.005, 0.13], [0.03, 0.04, 0.23]],
  phalanges_4: [[-0.035, -0.005, 0.12], [0.015, 0.04, 0.22]],
  phalanges_5: [[-0.055, -0.005, 0.11], [0.0, 0.04, 0.21]],
};

const DIRECTIONS: V3[] = [
  [1, 0, 0],
  [-1, 0, 0],
  [0, 1, 0],
  [0, -1, 0],
  [0, 0, 1],
  [0, 0, -1],
  ...[-1, 1].flatMap((x) => [-1, 1].flatMap((y) => [-1, 1].map((z) => [x / Math.sqrt(3), y / Math.sqrt(3), z / Math.sqrt(3)] as V3))),
];

/** Centroid and extreme points of a point set, in DIRECTIONS order. */
function features(points: readonly V3[]): V3[] {
  const c: V3 = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) c[k] += p[k] / points.length;
  return [
    c,
    ...DIRECTIONS.map((d) => {
      let best = points[0];
      let bestV = -Infinity;
      for (const p of points) {
        const v = p[0] * d[0] + p[1] * d[1] + p[2] * d[2];
        if (v > bestV) {
          bestV = v;
          best = p;
        }
      }
      return best;
    }),
  ];
}

/** Points of a field's solid on a grid (the procedural bone as a point cloud). */
function solidPoints(sdf: Sdf, [min, max]: [V3, V3], step = 0.0025): V3[] {
  const out: V3[] = [];
  for (let x = min[0]; x <= max[0]; x += step) {
    for (let y = min[1]; y <= max[1]; y += step) {
      for (let z = min[2]; z <= max[2]; z += step) if (sdf(x, y, z) < 0) out.push([x, y, z]);
    }
  }
  return out;
}

function meshPoints(b: ScanBone): V3[] {
  const p = b.bone.positions;
  const out: V3[] = [];
  for (let i = 0; i < p.length; i += 3) out.push([p[i], p[i + 1], p[i + 2]]);
  return out;
}

/** How far a bone's pull on the surrounding tissue reaches, metres. */
const SIGMA = 0.02;

export type SegmentWarps = Record<Segment, Warp> & {
  patella: Warp;
  /** Real → procedural in the shank, to read procedural fields (the menisci) at real positions. */
  shankInverse: Warp;
  /** Real → procedural in the foot (the skin's generated base shape). */
  footInverse: Warp;
};

export function segmentWarps(bones: Record<ScanBoneId, ScanBone>, femur: ScanFemur): SegmentWarps {
  const procedural: Record<ScanBoneId, Sdf> = { tibia: tibia(), fibula: fibula(), patella: patella(), ...footBones() };
  const pairs = (ids: readonly ScanBoneId[], fixed: readonly (readonly number[])[]) => {
    const from: V3[] = [];
    const to: V3[] = [];
    for (const id of ids) {
      from.push(...features(solidPoints(procedural[id], PROCEDURAL_BOUNDS[id])));
      to.push(...features(meshPoints(bones[id])));
    }
    for (const f of fixed) {
      from.push([f[0], f[1], f[2]]);
      to.push([f[0], f[1], f[2]]);
    }
    return { from, to };
  };
  const shank = pairs(['tibia', 'fibula'], [KNEE.centre, ANKLE.centre]);
  const footIds = (Object.keys(bones) as ScanBoneId[]).filter((id) => bones[id].segment === 'foot');
  const footPairs = pairs(footIds, [ANKLE.centre, SUBTALAR.centre]);
  const pat = pairs(['patella'], []);
  const centre = (pts: V3[]) => pts.reduce<V3>((s, p) => [s[0] + p[0] / pts.length, s[1] + p[1] / pts.length, s[2] + p[2] / pts.length], [0, 0, 0]);
  const patShift = centre(pat.to).map((v, k) => v - centre(pat.from)[k]);
  return {
    thigh: (p) => femur.toReal(p),
    shank: localWarp(shank.from, shank.to, SIGMA),
    shankInverse: localWarp(shank.to, shank.from, SIGMA),
    foot: localWarp(footPairs.from, footPairs.to, SIGMA),
    footInverse: localWarp(footPairs.to, footPairs.from, SIGMA),
    patella: (p) => [p[0] + patShift[0], p[1] + patShift[1], p[2] + patShift[2]],
  };
}
