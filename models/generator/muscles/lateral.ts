/** Lateral compartment: fibularis longus and brevis. Sources: see models/generator/softTissue.ts. */
import type { PathPoint } from '../loft';
import type { TissueDef } from '../tissue';
import { fusiform, S } from '../tissue';
import { FB_ANKLE, FL_ANKLE } from './ankleCourses';
import { fractionAtHeight, ON_BONE_CLEARANCE } from './onBone';

const FL_PATH: PathPoint[] = [
  S([-0.044, 0.43, -0.01]),
  S([-0.044, 0.32, -0.012]),
  S([-0.033, 0.2, -0.0215]),
  // from the real belly's end behind the lateral malleolus, below the fibular trochlea, round the
  // cuboid and obliquely across the sole in its deepest layer (FHB arises partly from its sheath) to
  // the plantar side of the first metatarsal's base and the medial cuneiform (ankleCourses.ts)
  ...FL_ANKLE,
];

const FB_PATH: PathPoint[] = [
  S([-0.041, 0.27, -0.007]),
  S([-0.036, 0.18, -0.016]),
  S([-0.031, 0.11, -0.021]),
  // in front of longus behind the lateral malleolus, above the fibular trochlea, onto the tuberosity
  // of the fifth metatarsal (ankleCourses.ts)
  ...FB_ANKLE,
];

// junctions: longus where its real belly ends (lowest point 83.9 mm, the tendon begins 6 mm inside
// it); brevis, which the scan lacks, where its generated belly ended before the re-lay (≈ 10 cm up)
const FL_TENDON = fractionAtHeight(FL_PATH, 0.0839 + 0.006);
const FB_TENDON = fractionAtHeight(FB_PATH, 0.101);

export const LATERAL_COMPARTMENT: TissueDef[] = [
  // ---------------------------------------------------------------- lateral compartment
  {
    id: 'fibularis_longus',
    pieces: [
      {
        path: FL_PATH,
        profile: fusiform({
          originW: 0.011,
          originT: 0.007,
          bellyAt: FL_TENDON * 0.59,
          bellyW: 0.012,
          bellyT: 0.0085,
          tendonFrom: FL_TENDON - 0.02,
          tendonW: 0.0028,
          tendonT: 0.0022,
        }),
        // flattened against the lateral surface of the fibula: wide front to back, thin across
        options: { widthDir: [0, 0, 1] },
        tendon: [[FL_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
  {
    id: 'fibularis_brevis',
    pieces: [
      {
        path: FB_PATH,
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: FB_TENDON * 0.58,
          bellyW: 0.0105,
          bellyT: 0.0055,
          tendonFrom: FB_TENDON - 0.02,
          tendonW: 0.0028,
          tendonT: 0.002,
        }),
        options: { widthDir: [0, 0, 1] },
        tendon: [[FB_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
];
