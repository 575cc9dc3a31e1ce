/**
 * Bones of the foot, each its own node: talus, calcaneus, navicular, cuboid, the three
 * cuneiforms, metatarsals 1–5 and the phalanges of each toe. The raw shapes (tarsals.ts,
 * forefoot.ts) overlap a little where bones articulate; each bone is then carved by its proximal
 * or medial neighbours' raw shapes grown by the joint space, so facing joint surfaces match (convex
 * against concave) with a uniform gap of cartilage thickness (2–3 mm on radiographs of the adult
 * foot; Gray's Anatomy 42nd ed.) and no bone enters another.
 */
import { SEGMENT_BONES } from '../../../src/kinematics/landmarks';
import { subtract } from '../sdf';
import type { Sdf } from '../sdf';
import { METATARSALS, metatarsalRaw, phalanxPieces } from './forefoot';
import {
  calcaneusRaw,
  cuboidRaw,
  intermediateCuneiformRaw,
  lateralCuneiformRaw,
  medialCuneiformRaw,
  navicularRaw,
  talusRaw,
} from './tarsals';

export { METATARSALS, M5_TUBEROSITY } from './forefoot';
export { CALCANEAL_PITCH_DEG } from './tarsals';

/** Joint space kept between articulating foot bones, metres. */
export const FOOT_JOINT_SPACE = 0.0025;

/** The foot's bones, one node each: the foot segment of the kinematics (one list for both). */
export const FOOT_BONE_IDS = SEGMENT_BONES.foot;
export type FootBoneId = (typeof FOOT_BONE_IDS)[number];

/** Remove from `raw` everything within `space` of each neighbour (raw shapes, so carving never chains). */
function carve(raw: Sdf, neighbours: readonly Sdf[], space = FOOT_JOINT_SPACE): Sdf {
  return subtract(
    raw,
    neighbours.map((n) => [(x: number, y: number, z: number) => n(x, y, z) - space, 0.0015] as const),
  );
}

function minOf(fields: readonly Sdf[]): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const f of fields) d = Math.min(d, f(x, y, z));
    return d;
  };
}

/** Every foot bone's final field (rest pose, world frame). */
export function footBones(): Record<FootBoneId, Sdf> {
  const talus = talusRaw();
  const calcaneus = calcaneusRaw();
  const navicular = navicularRaw();
  const cuboid = cuboidRaw();
  const medialC = medialCuneiformRaw();
  const interC = intermediateCuneiformRaw();
  const lateralC = lateralCuneiformRaw();
  const m = METATARSALS.map((_, i) => metatarsalRaw(i));
  const toes = METATARSALS.map((_, i) => phalanxPieces(i));
  const toe = (i: number): Sdf => {
    // each phalanx carved by the bone behind it: the metatarsal head, then the previous phalanx
    const pieces = toes[i].map((p, k) => carve(p, [k === 0 ? m[i] : toes[i][k - 1]], 0.0022));
    return minOf(pieces);
  };
  return {
    talus,
    calcaneus: carve(calcaneus, [talus]),
    navicular: carve(navicular, [talus]),
    cuboid: carve(cuboid, [calcaneus, navicular]),
    medial_cuneiform: carve(medialC, [navicular]),
    intermediate_cuneiform: carve(interC, [navicular, medialC]),
    lateral_cuneiform: carve(lateralC, [navicular, interC, cuboid]),
    metatarsal_1: carve(m[0], [medialC]),
    metatarsal_2: carve(m[1], [medialC, interC, lateralC, m[0]]),
    metatarsal_3: carve(m[2], [lateralC, m[1]]),
    metatarsal_4: carve(m[3], [lateralC, cuboid, m[2]]),
    metatarsal_5: carve(m[4], [cuboid, m[3]]),
    phalanges_1: toe(0),
    phalanges_2: toe(1),
    phalanges_3: toe(2),
    phalanges_4: toe(3),
    phalanges_5: toe(4),
  };
}
