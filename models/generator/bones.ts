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
import { calcaneus, cuboid, cuneiforms, metatarsals, navicular, phalanges, talus } from './bones/foot';

export type BoneId =
  | 'femur'
  | 'patella'
  | 'tibia'
  | 'fibula'
  | 'talus'
  | 'calcaneus'
  | 'navicular'
  | 'cuboid'
  | 'cuneiforms'
  | 'metatarsals'
  | 'phalanges';

export interface BoneField {
  segment: Segment;
  sdf: Sdf;
  min: V3;
  max: V3;
  /** Triangle budget after simplification. */
  triangles: number;
  /** Where the surface is articular cartilage (1) rather than bare bone (0), from position and normal. */
  cartilage?: (p: V3, n: V3) => number;
}

/** Every bone's field, segment, meshing bounds and triangle budget. */
export function boneFields(): Record<BoneId, BoneField> {
  return {
    femur: { segment: 'thigh', sdf: femur(), min: [-0.065, 0.465, -0.05], max: [0.06, FEMUR_TOP + 0.001, 0.05], triangles: 20000, cartilage: femurCartilage },
    patella: { segment: 'shank', sdf: patella(), min: [-0.03, 0.485, 0.028], max: [0.032, 0.55, 0.066], triangles: 3000, cartilage: patellaCartilage },
    tibia: { segment: 'shank', sdf: tibia(), min: [-0.05, 0.055, -0.04], max: [0.05, 0.495, 0.045], triangles: 18000, cartilage: tibiaCartilage },
    fibula: { segment: 'shank', sdf: fibula(), min: [-0.05, 0.04, -0.035], max: [-0.015, 0.46, 0.005], triangles: 5000 },
    talus: { segment: 'foot', sdf: talus(), min: [-0.025, 0.035, -0.04], max: [0.035, 0.1, 0.06], triangles: 3500 },
    calcaneus: { segment: 'foot', sdf: calcaneus(), min: [-0.04, 0.0, -0.07], max: [0.035, 0.06, 0.06], triangles: 5000 },
    navicular: { segment: 'foot', sdf: navicular(), min: [-0.01, 0.035, 0.045], max: [0.04, 0.07, 0.07], triangles: 1500 },
    cuboid: { segment: 'foot', sdf: cuboid(), min: [-0.04, 0.015, 0.042], max: [-0.008, 0.05, 0.085], triangles: 1200 },
    cuneiforms: { segment: 'foot', sdf: cuneiforms(), min: [-0.018, 0.02, 0.06], max: [0.04, 0.062, 0.095], triangles: 2500 },
    metatarsals: { segment: 'foot', sdf: metatarsals(), min: [-0.05, 0.0, 0.065], max: [0.05, 0.055, 0.165], triangles: 7000 },
    phalanges: { segment: 'foot', sdf: phalanges(), min: [-0.055, -0.01, 0.12], max: [0.05, 0.03, 0.205], triangles: 5000 },
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
