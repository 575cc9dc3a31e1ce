/** Deep posterior compartment: popliteus, tibialis posterior and the long toe flexors. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { at, fusiform, S, T } from '../tissue';
import { FDL_ANKLE, FHL_ANKLE, TP_ANKLE } from './ankleCourses';
import { R, RAYS, U } from './footRays';
import { fractionAtHeight, ON_BONE_CLEARANCE } from './onBone';
import type { PathPoint } from '../loft';
import { FDL_DIVISION, fdlSlips } from './sole';

/** A tendon begins this far above its scanned belly's lowest point, inside it: no gap at the junction. */
const INTO_BELLY = 0.006;

const TP_PATH: PathPoint[] = [
  S([-0.016, 0.425, -0.015]),
  S([-0.012, 0.33, -0.017]),
  // from the real belly's end on the real bones (ankleCourses.ts)
  ...TP_ANKLE,
];

const FDL_PATH: PathPoint[] = [
  S([0.008, 0.39, -0.019]),
  S([0.011, 0.27, -0.026]),
  S([0.008, 0.16, -0.022]),
  // from the real belly's end behind the medial malleolus to the sustentaculum (ankleCourses.ts)
  ...FDL_ANKLE,
  // on the real foot: across the FHL tendon on its plantar side (the knot of Henry), taking
  // quadratus plantae, to its division
  R(21, 42, 28),
  R(11, 30, 50),
  R(-2, 23, 68),
  FDL_DIVISION,
];

const FHL_PATH: PathPoint[] = [
  S([-0.03, 0.33, -0.021]),
  S([-0.022, 0.22, -0.029]),
  S([-0.01, 0.13, -0.03]),
  // from the real belly's end through the talus's groove and under the sustentaculum tali
  // (ankleCourses.ts)
  ...FHL_ANKLE,
  // on the real foot: deep to FDL at the knot of Henry, under the first metatarsal between
  // the two heads of FHB and the sesamoids
  R(14, 40, 28),
  R(9, 35, 55),
  R(5, 26, 90),
  U(4, 120, 5),
  U(RAYS[0].head[0], RAYS[0].head[1], 4.5),
  U(RAYS[0].proximal[0], RAYS[0].proximal[1], 2.5),
  U(RAYS[0].distal[0], RAYS[0].distal[1], 2),
];

// musculotendinous junctions where the real bellies end (their lowest points, ankleCourses.ts), as
// fractions of the whole path, which the re-laid ankle and foot parts lengthen or shorten
const TP_TENDON = fractionAtHeight(TP_PATH, 0.1698 + INTO_BELLY);
const FDL_TENDON = fractionAtHeight(FDL_PATH, 0.0991 + INTO_BELLY);
const FHL_TENDON = fractionAtHeight(FHL_PATH, 0.0937 + INTO_BELLY);

export const DEEP_POSTERIOR: TissueDef[] = [
  // ---------------------------------------------------------------- deep posterior
  {
    id: 'popliteus',
    pieces: [
      {
        // the tendon from the pit on the lateral condyle down and back round the posterolateral
        // corner into the scanned belly, whose upper end lies behind the middle of the knee (her
        // segmentation keeps no muscle further out): laid out on the real leg (the procedural course
        // left the tendon 19 mm clear of the real belly); then the generated belly's course
        path: [
          T([-0.04, 0.497, -0.006]),
          at('shank', -38, 482, -22),
          at('shank', -26, 472, -28),
          at('shank', -13, 467, -27),
          at('shank', -2, 445, -24),
          S([0.016, 0.415, -0.017]),
        ],
        profile: [
          [0, 0.003, 0.002],
          [0.45, 0.0035, 0.0022],
          [0.6, 0.01, 0.004],
          [1, 0.016, 0.0025],
        ],
        options: { widthDir: [0, 1, 0], rings: 36 },
        tendon: [[0, 0.5]],
      },
    ],
  },
  {
    id: 'tibialis_posterior',
    pieces: [
      {
        path: TP_PATH,
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: TP_TENDON * 0.5,
          bellyW: 0.016,
          bellyT: 0.0105,
          tendonFrom: TP_TENDON - 0.02,
          tendonW: 0.0032,
          tendonT: 0.0022,
        }),
        options: { widthDir: [1, 0, 0] },
        tendon: [[TP_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
  {
    id: 'flexor_digitorum_longus',
    pieces: [
      {
        path: FDL_PATH,
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          bellyAt: FDL_TENDON * 0.54,
          bellyW: 0.0135,
          bellyT: 0.009,
          tendonFrom: FDL_TENDON - 0.02,
          tendonW: 0.0025,
          tendonT: 0.0018,
        }),
        tendon: [[FDL_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
      ...fdlSlips(),
    ],
  },
  {
    id: 'flexor_hallucis_longus',
    pieces: [
      {
        path: FHL_PATH,
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: FHL_TENDON * 0.5,
          bellyW: 0.0155,
          bellyT: 0.0115,
          tendonFrom: FHL_TENDON - 0.02,
          tendonW: 0.0026,
          tendonT: 0.0019,
        }),
        tendon: [[FHL_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
];
