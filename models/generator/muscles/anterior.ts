/** Anterior compartment: tibialis anterior and the long toe extensors. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { cord, fusiform, L, S } from '../tissue';
import { EDL_ANKLE, EDL_DIVISION, EHL_ANKLE, TA_ANKLE, TA_FOOT } from './ankleCourses';
import { D, R, RAYS } from './footRays';
import { fractionAtHeight, ON_BONE_CLEARANCE } from './onBone';
import type { PathPoint } from '../loft';
import type { Ray } from './footRays';

/** A point on the dorsum of ray k's station (`dx` mm lateral when negative), `height` mm over the bone. */
function onDorsum(k: number, station: keyof Ray, height: number, dx = 0) {
  const s = RAYS[k][station] ?? RAYS[k].proximal;
  // the proximal station marks the phalanx's base: the tendon lies a little beyond it
  const dz = station === 'head' ? -4 : station === 'proximal' ? 4 : 0;
  return D(s[0] + dx, s[1] + dz, height);
}

const TA_PATH: PathPoint[] = [
  L('tibialis_anterior_origin'),
  S([-0.019, 0.31, 0.018]),
  S([-0.007, 0.19, 0.02]),
  // from the real belly's end, through the retinaculum landmark, on the bones (ankleCourses.ts)
  ...TA_ANKLE,
  L('tibialis_anterior_retinaculum'),
  ...TA_FOOT,
  L('tibialis_anterior_insertion'),
];

const EDL_PATH: PathPoint[] = [
  S([-0.03, 0.415, 0.006]),
  S([-0.034, 0.31, 0.008]),
  S([-0.021, 0.18, 0.008]),
  // from the real belly's end on the bones to its division (ankleCourses.ts)
  ...EDL_ANKLE,
  EDL_DIVISION,
];

const EHL_PATH: PathPoint[] = [
  S([-0.026, 0.3, 0.007]),
  S([-0.012, 0.2, 0.0145]),
  S([-0.003, 0.15, 0.0145]),
  // from the real belly's end on the bones, along the first metatarsal (ankleCourses.ts)
  ...EHL_ANKLE,
  // on the real hallux's dorsum, to the base of its distal phalanx
  onDorsum(0, 'head', 2.2),
  onDorsum(0, 'proximal', 1.8),
  onDorsum(0, 'distal', 1.4),
];

// musculotendinous junctions where the real bellies end (their lowest points: TA 132.3, EDL 97.2,
// EHL 104.8 mm), the tendon beginning 6 mm inside them, as fractions of the re-laid paths
const TA_TENDON = fractionAtHeight(TA_PATH, 0.1323 + 0.006);
const EDL_TENDON = fractionAtHeight(EDL_PATH, 0.0972 + 0.006);
const EHL_TENDON = fractionAtHeight(EHL_PATH, 0.1048 + 0.006);

export const ANTERIOR_COMPARTMENT: TissueDef[] = [
  // ---------------------------------------------------------------- anterior compartment
  {
    id: 'tibialis_anterior',
    pieces: [
      {
        path: TA_PATH,
        profile: fusiform({
          originW: 0.012,
          originT: 0.007,
          // the generated belly stays where it was (its skin weights and the packing test read it); the
          // tendon's colour starts at the real belly's end
          bellyAt: 0.27,
          bellyW: 0.0175,
          bellyT: 0.012,
          tendonFrom: 0.48,
          tendonW: 0.0045,
          tendonT: 0.0022,
          endW: 0.005,
        }),
        // the belly faces forward and laterally off the tibia; the tendon turns flat onto its front
        options: { widthDir: [1, 0, -1], twist: 0.6 },
        tendon: [[TA_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
  {
    id: 'extensor_digitorum_longus',
    pieces: [
      {
        path: EDL_PATH,
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.0125,
          bellyT: 0.0125,
          tendonFrom: 0.58,
          tendonW: 0.0035,
          tendonT: 0.0018,
        }),
        tendon: [[EDL_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
      // its four tendons on the real toes' dorsum, over the heads to the middle and distal phalanges
      ...[1, 2, 3, 4].map((k) => ({
        path: [EDL_DIVISION, onDorsum(k, 'head', 2), onDorsum(k, 'proximal', 1.6), onDorsum(k, 'distal', 1.2)],
        profile: cord(0.0011, 0.05),
        options: { rings: 18, sides: 8 },
        tendon: [[0, 1]] as const,
      })),
    ],
  },
  {
    id: 'extensor_hallucis_longus',
    pieces: [
      {
        path: EHL_PATH,
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          bellyAt: 0.22,
          bellyW: 0.0085,
          bellyT: 0.0065,
          tendonFrom: 0.42,
          tendonW: 0.0024,
          tendonT: 0.0014,
        }),
        tendon: [[EHL_TENDON, 1]],
        clearance: ON_BONE_CLEARANCE,
      },
    ],
  },
  // Extensor digitorum brevis: a flat belly on the lateral dorsum of the foot from the upper surface
  // of the calcaneus, under the long extensor tendons, giving three thin tendons into the long
  // extensor tendons of toes 2–4 (Gray's Anatomy 42nd ed.)
  {
    id: 'extensor_digitorum_brevis',
    pieces: [
      {
        // on the real foot: from the calcaneus in front of the tarsal sinus, over the cuboid and the
        // lateral cuneiform (the warp had carried it off the lateral border)
        path: [R(-32, 60, 20), D(-37, 45, 4.5), D(-32, 72, 4)],
        profile: [
          [0, 0.005, 0.0025],
          [0.3, 0.0085, 0.0042],
          [0.65, 0.009, 0.0038],
          [0.9, 0.0065, 0.0024],
          [1, 0.005, 0.0015],
        ],
        options: { widthDir: [1, 0, 0.4], rings: 20, sides: 14, exponent: 2.4 },
        tendon: [[0, 0.08], [0.88, 1]],
      },
      ...(
        [
          [-27, 78],
          [-31, 80],
          [-35, 80],
        ] as const
      ).map(([x, z], i) => ({
        // over the real second to fourth metatarsal heads, on the lateral side of the long extensor's
        // tendon, onto the proximal phalanx
        path: [D(x, z, 3), onDorsum(i + 1, 'head', 2, -2.5), onDorsum(i + 1, 'proximal', 1.4, -2)],
        profile: cord(0.0009, 0.05),
        options: { rings: 14, sides: 8 },
        tendon: [[0, 1]] as const,
      })),
    ],
  },
  // Extensor hallucis brevis: the medial belly of the same mass, its own muscle in TA2, running
  // obliquely across the dorsum to the base of the proximal phalanx of the hallux
  {
    id: 'extensor_hallucis_brevis',
    pieces: [
      {
        path: [R(-28, 62, 23), D(-21, 50, 4), D(-8, 80, 3.2), onDorsum(0, 'head', 2, -3), onDorsum(0, 'proximal', 1.4, -2)],
        profile: [
          [0, 0.0035, 0.002],
          [0.2, 0.0055, 0.0032],
          [0.38, 0.005, 0.003],
          [0.52, 0.002, 0.0013],
          [1, 0.0012, 0.0009],
        ],
        options: { widthDir: [1, 0, 0.4], rings: 24, sides: 12, exponent: 2.2 },
        tendon: [[0.5, 1]],
      },
    ],
  },
];
