/**
 * One table of anatomical landmark points of the right lower leg, in world rest-pose coordinates
 * (the frame of joints.ts: metres, +Y up, medial = +X, anterior = +Z), each with the body segment
 * it moves with. The model generator builds its bones and muscle paths on these points and writes
 * the landmark nodes of the .glb from them; muscleLength.ts computes path lengths from them; tests
 * read them. One source, no drift. Pure: no three.js.
 *
 * Proportions: adult of 1.75 m with knee joint centre at y = 0.50 and ankle centre at y = 0.075
 * (joints.ts, after Winter 2009). Tibial length plateau → medial malleolus ≈ 0.39–0.41 m, femoral
 * bicondylar width ≈ 0.085 m, patella ≈ 0.045 m high, foot ≈ 0.26 m long and ≈ 0.10 m wide
 * (Gray's Anatomy, 41st ed.; Winter table 4.1). Attachment sites are placed by hand on this model's
 * bones from standard descriptions (Gray's Anatomy; shared/anatomy/*.md) and projected onto the
 * bone surfaces (tests/unit/kinematicsLandmarks.test.ts keeps them within 1 mm); the via points
 * were then tuned so that the moment arms match the in-vivo values cited in muscleLength.ts.
 */
import type { Vec3 } from './joints';

export type Segment = 'thigh' | 'shank' | 'foot';

export interface Landmark {
  segment: Segment;
  /** World position in the rest (anatomical) pose, metres. */
  point: Vec3;
  /** What the point is, anatomically. */
  note: string;
}

/** Which bone nodes move with which segment (the segment's rigid body in the .glb hierarchy). */
export const SEGMENT_BONES = {
  thigh: ['femur'],
  shank: ['tibia', 'fibula', 'patella'],
  foot: [
    'talus',
    'calcaneus',
    'navicular',
    'cuboid',
    'medial_cuneiform',
    'intermediate_cuneiform',
    'lateral_cuneiform',
    'metatarsal_1',
    'metatarsal_2',
    'metatarsal_3',
    'metatarsal_4',
    'metatarsal_5',
    'phalanges_1',
    'phalanges_2',
    'phalanges_3',
    'phalanges_4',
    'phalanges_5',
  ],
} as const;

export const LANDMARKS = {
  // --- Landmark nodes of ids.ts LANDMARK_PARENTS -----------------------------------------------
  gastrocnemius_medial_head_origin: {
    segment: 'thigh',
    point: [0.0301, 0.5173, -0.0185],
    note: 'Upper posterior medial femoral condyle, below the adductor tubercle (caput mediale)',
  },
  gastrocnemius_lateral_head_origin: {
    segment: 'thigh',
    point: [-0.0405, 0.5215, -0.0117],
    note: 'Posterolateral face of the lateral femoral condyle, lowest lateral supracondylar line',
  },
  gastrocnemius_medial_head_insertion: {
    segment: 'foot',
    point: [0.0056, 0.0229, -0.052],
    note: 'Middle facet of the posterior calcaneus, via the calcaneal tendon (medial half)',
  },
  gastrocnemius_lateral_head_insertion: {
    segment: 'foot',
    point: [0.0026, 0.025, -0.0517],
    note: 'Middle facet of the posterior calcaneus, via the calcaneal tendon (lateral half)',
  },
  soleus_origin: {
    segment: 'shank',
    point: [-0.0339, 0.4273, -0.0352],
    note: 'Back of the fibular head and upper fibula (the soleal line adds a medial origin)',
  },
  soleus_insertion: {
    segment: 'foot',
    point: [0.004, 0.026, -0.0519],
    note: 'Middle facet of the posterior calcaneus, deep fibres of the calcaneal tendon',
  },
  tibialis_anterior_origin: {
    segment: 'shank',
    point: [-0.0279, 0.3989, 0.0102],
    note: 'Lateral condyle and upper half of the lateral surface of the tibia',
  },
  tibialis_anterior_insertion: {
    segment: 'foot',
    point: [0.0099, 0.0406, 0.0752],
    note: 'Medial and plantar surface of the medial cuneiform and base of the first metatarsal',
  },
  // --- Via points (not nodes) for the length model -------------------------------------------
  gastrocnemius_medial_head_belly: {
    segment: 'shank',
    point: [0.0223, 0.3816, -0.0586],
    note: 'Thickest part of the medial head, over soleus',
  },
  gastrocnemius_lateral_head_belly: {
    segment: 'shank',
    point: [-0.0189, 0.3906, -0.0593],
    note: 'Thickest part of the lateral head, over soleus',
  },
  soleus_belly: {
    segment: 'shank',
    point: [-0.0029, 0.265, -0.0485],
    note: 'Thickest part of soleus, deep to gastrocnemius',
  },
  calcaneal_tendon_narrowest: {
    segment: 'shank',
    point: [0.0001, 0.1196, -0.0462],
    note: 'Calcaneal tendon a few cm above its insertion, where it is narrowest',
  },
  tibialis_anterior_retinaculum: {
    segment: 'shank',
    point: [0.0039, 0.1146, 0.031],
    note: 'Tendon of tibialis anterior under the superior extensor retinaculum, in front of the distal tibia',
  },
} as const satisfies Record<string, Landmark>;

export type LandmarkPointId = keyof typeof LANDMARKS;

export function landmark(id: LandmarkPointId): Landmark {
  return LANDMARKS[id];
}
