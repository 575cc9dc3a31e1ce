/**
 * Bone shapes as signed distance fields in world rest-pose coordinates (metres; frame of
 * src/kinematics/joints.ts). Sizes: Gray's Anatomy 41st ed. and standard adult dimensions for a
 * 1.75 m adult (femoral bicondylar width ≈ 85 mm, tibial length ≈ 0.40 m, patella ≈ 45 mm high,
 * foot ≈ 0.26 m long × 0.10 m wide, as the brief's fact sheets give them). The knee flexion axis
 * (y = 0.50) passes through the centres of the posterior femoral condyles, which are close to
 * circular about it (the "flexion facet" centres), radius ≈ 21 mm.
 */
import type { Segment } from '../../src/kinematics/landmarks';
import type { Sdf } from './sdf';
import type { V3 } from './vec';
import { femur, femurCartilage, FEMUR_TOP } from './bones/femur';
import { lateralMeniscus, medialMeniscus } from './bones/menisci';
import { patella, patellaCartilage } from './bones/patella';
import { tibia, tibiaCartilage } from './bones/tibia';
import { fibula } from './bones/fibula';
import { METATARSALS, footBones } from './bones/foot';
import type { FootBoneId } from './bones/foot';

export type BoneId =
  | 'femur'
  | 'patella'
  | 'tibia'
  | 'fibula'
  | FootBoneId;

export interface BoneField {
  segment: Segment;
  sdf: Sdf;
  min: V3;
  max: V3;
  /** Triangle budget after simplification. */
  triangles: number;
  /** Where the surface is articular cartilage (1) rather than bare bone (0), from position and normal. */
  cartilage?: (p: V3, n: V3) => number;
  /** Meshing grid edge, metres (default MESH_SDF_DEFAULTS.edge); finer for the small foot bones. */
  edge?: number;
}

/** Grid edge for the foot bones: fine enough for 2–3 mm joint spaces and 8 mm phalanges. */
const FOOT_EDGE = 0.0013;

/** Meshing bounds of metatarsal i (base, head and the fifth's tuberosity, with a margin). */
function metatarsalBounds(i: number): { min: V3; max: V3 } {
  const m = METATARSALS[i];
  const lo = (k: 0 | 1 | 2) => Math.min(m.base[k] - m.baseRadii[k], m.head[k] - m.headRadii[k]) - 0.004;
  const hi = (k: 0 | 1 | 2) => Math.max(m.base[k] + m.baseRadii[k], m.head[k] + m.headRadii[k]) + 0.004;
  const min: V3 = [lo(0), lo(1), lo(2)];
  // the fifth's tuberosity juts laterally and back past its base
  if (i === 4) {
    min[0] -= 0.012;
    min[2] -= 0.008;
  }
  return { min, max: [hi(0), hi(1), hi(2)] };
}

/** Meshing bounds of toe i's phalanges, from its metatarsal head forward. */
function toeBounds(i: number): { min: V3; max: V3 } {
  const h = METATARSALS[i].head;
  return { min: [h[0] - 0.013, h[1] - 0.016, h[2]], max: [h[0] + 0.014, h[1] + 0.016, h[2] + 0.072] };
}

/** Every bone's field, segment, meshing bounds and triangle budget. */
export function boneFields(): Record<BoneId, BoneField> {
  return {
    femur: { segment: 'thigh', sdf: femur(), min: [-0.065, 0.465, -0.05], max: [0.06, FEMUR_TOP + 0.001, 0.05], triangles: 20000, cartilage: femurCartilage },
    patella: { segment: 'shank', sdf: patella(), min: [-0.03, 0.485, 0.028], max: [0.032, 0.55, 0.066], triangles: 3000, cartilage: patellaCartilage },
    tibia: { segment: 'shank', sdf: tibia(), min: [-0.05, 0.055, -0.04], max: [0.05, 0.495, 0.045], triangles: 18000, cartilage: tibiaCartilage },
    fibula: { segment: 'shank', sdf: fibula(), min: [-0.056, 0.045, -0.035], max: [-0.008, 0.47, 0.012], triangles: 6000 },
    ...footFields(),
  };
}

function footFields(): Record<FootBoneId, BoneField> {
  const f = footBones();
  const foot = (sdf: Sdf, b: { min: V3; max: V3 }, triangles: number): BoneField => ({ segment: 'foot', sdf, ...b, triangles, edge: FOOT_EDGE });
  return {
    talus: foot(f.talus, { min: [-0.025, 0.04, -0.036], max: [0.034, 0.1, 0.054] }, 3500),
    calcaneus: foot(f.calcaneus, { min: [-0.036, -0.002, -0.068], max: [0.036, 0.064, 0.032] }, 5000),
    navicular: foot(f.navicular, { min: [-0.014, 0.03, 0.032], max: [0.045, 0.07, 0.072] }, 1500),
    cuboid: foot(f.cuboid, { min: [-0.041, 0.008, 0.016], max: [-0.006, 0.05, 0.084] }, 1500),
    medial_cuneiform: foot(f.medial_cuneiform, { min: [0.011, 0.015, 0.058], max: [0.04, 0.06, 0.1] }, 1000),
    intermediate_cuneiform: foot(f.intermediate_cuneiform, { min: [-0.005, 0.03, 0.058], max: [0.019, 0.06, 0.092] }, 800),
    lateral_cuneiform: foot(f.lateral_cuneiform, { min: [-0.018, 0.026, 0.058], max: [0.004, 0.06, 0.096] }, 900),
    metatarsal_1: foot(f.metatarsal_1, metatarsalBounds(0), 1800),
    metatarsal_2: foot(f.metatarsal_2, metatarsalBounds(1), 1300),
    metatarsal_3: foot(f.metatarsal_3, metatarsalBounds(2), 1200),
    metatarsal_4: foot(f.metatarsal_4, metatarsalBounds(3), 1200),
    metatarsal_5: foot(f.metatarsal_5, metatarsalBounds(4), 1400),
    phalanges_1: foot(f.phalanges_1, toeBounds(0), 1200),
    phalanges_2: foot(f.phalanges_2, toeBounds(1), 1100),
    phalanges_3: foot(f.phalanges_3, toeBounds(2), 1000),
    phalanges_4: foot(f.phalanges_4, toeBounds(3), 1000),
    phalanges_5: foot(f.phalanges_5, toeBounds(4), 1000),
  };
}

export type KneeSoftId = 'medial_meniscus' | 'lateral_meniscus';

/** The menisci: meshed from fields like the bones, but drawn as fibrocartilage (not bone). */
export function meniscusFields(): Record<KneeSoftId, BoneField> {
  return {
    medial_meniscus: { segment: 'shank', sdf: medialMeniscus(), min: [0.0, 0.465, -0.03], max: [0.045, 0.49, 0.025], triangles: 2500 },
    lateral_meniscus: { segment: 'shank', sdf: lateralMeniscus(), min: [-0.043, 0.465, -0.028], max: [0.0, 0.49, 0.022], triangles: 2500 },
  };
}
