/**
 * Muscles, tendons, ligaments, nerves and arteries as swept sections along centre lines in world
 * rest-pose coordinates. Each control point is tagged with the body segment it moves with; a
 * structure whose points span more than one segment crosses a joint and is skinned.
 *
 * Courses and attachment sites: Gray's Anatomy 41st ed. (leg and popliteal fossa chapters) and the
 * project fact sheets (shared/anatomy/*.md), placed by hand on this model's bones. The
 * gastrocnemius heads, soleus and tibialis anterior run through the landmark points of
 * src/kinematics/landmarks.ts so the mesh and the length model agree.
 */
import type { StructureId } from '../../src/anatomy/ids';
import { LANDMARKS } from '../../src/kinematics/landmarks';
import type { Segment } from '../../src/kinematics/landmarks';
import type { LoftOptions, PathPoint, Profile } from './loft';
import type { V3 } from './vec';

export interface TissueDef {
  id: StructureId;
  /** One or more swept pieces (e.g. a tendon that splits to four toes). */
  pieces: { path: PathPoint[]; profile: Profile; options?: Partial<LoftOptions> }[];
}

const T = (p: V3): PathPoint => ({ p, segment: 'thigh' });
const S = (p: V3): PathPoint => ({ p, segment: 'shank' });
const F = (p: V3): PathPoint => ({ p, segment: 'foot' });
const L = (id: keyof typeof LANDMARKS): PathPoint => {
  const lm = LANDMARKS[id];
  return { p: [...lm.point] as V3, segment: lm.segment as Segment };
};

/** A round cord of constant radius with tapered ends (nerves, vessels, slim tendons). */
const cord = (r: number, taper = 0.03): Profile => [
  [0, r * 0.6, r * 0.6],
  [taper, r, r],
  [1 - taper, r, r],
  [1, r * 0.7, r * 0.7],
];

/**
 * Fusiform muscle: thin at its origin, full belly, tapering into a tendon of the given half size
 * from `tendonFrom` (arc-length fraction) on.
 */
function fusiform(o: {
  originW: number;
  originT: number;
  bellyAt: number;
  bellyW: number;
  bellyT: number;
  tendonFrom: number;
  tendonW: number;
  tendonT: number;
  endW?: number;
}): Profile {
  const { originW, originT, bellyAt, bellyW, bellyT, tendonFrom, tendonW, tendonT } = o;
  return [
    [0, originW, originT],
    [bellyAt * 0.45, (originW + bellyW) * 0.55, (originT + bellyT) * 0.55],
    [bellyAt, bellyW, bellyT],
    [bellyAt + (tendonFrom - bellyAt) * 0.6, bellyW * 0.8, bellyT * 0.75],
    [tendonFrom, tendonW * 1.3, tendonT * 1.3],
    [Math.min(0.99, tendonFrom + 0.08), tendonW, tendonT],
    [1, o.endW ?? tendonW, tendonT],
  ];
}

/** Toe slips of a long flexor or extensor: from a split point to each toe's distal phalanx. */
function toeSlips(split: V3, tips: V3[], r: number, mid: (tip: V3) => V3): TissueDef['pieces'] {
  return tips.map((tip) => ({
    path: [F(split), F(mid(tip)), F(tip)],
    profile: cord(r, 0.05),
    options: { rings: 16, sides: 8 },
  }));
}

const TOES_2_5_DORSAL: V3[] = [
  [0.017, 0.012, 0.188],
  [0.0, 0.011, 0.181],
  [-0.016, 0.01, 0.172],
  [-0.032, 0.009, 0.16],
];
const TOES_2_5_PLANTAR: V3[] = [
  [0.017, 0.0045, 0.184],
  [0.0, 0.004, 0.177],
  [-0.016, 0.004, 0.168],
  [-0.032, 0.004, 0.156],
];

export const SOFT_TISSUES: TissueDef[] = [
  // ---------------------------------------------------------------- triceps surae
  // The two heads arise separately from the condyles, bound the lower popliteal fossa, then lie
  // side by side as broad bellies flattened toward the skin (≈ 5–6 cm wide, 2.5–3 cm thick) with a
  // groove between them; the medial head is the bigger and reaches lower (≈ 17 cm below the joint
  // line vs ≈ 14 cm). Their sections tilt so that each outer edge wraps forward around the calf.
  {
    id: 'gastrocnemius_medial_head',
    pieces: [
      {
        path: [
          T([0.02, 0.556, -0.021]),
          L('gastrocnemius_medial_head_origin'),
          S([0.026, 0.478, -0.045]),
          S([0.028, 0.43, -0.064]),
          S([0.027, 0.38, -0.072]),
          S([0.022, 0.335, -0.072]),
          S([0.012, 0.298, -0.068]),
        ],
        profile: [
          [0, 0.01, 0.005],
          [0.1, 0.011, 0.0065],
          [0.2, 0.0135, 0.0078],
          [0.3, 0.018, 0.0098],
          [0.38, 0.0235, 0.0122],
          [0.47, 0.029, 0.0145],
          [0.62, 0.031, 0.0152],
          [0.8, 0.027, 0.0115],
          [0.93, 0.021, 0.0065],
          [1, 0.015, 0.0025],
        ],
        options: { widthDir: [1, 0, 0.42], exponent: 2.5, sides: 28, rings: 52 },
      },
    ],
  },
  {
    id: 'gastrocnemius_lateral_head',
    pieces: [
      {
        path: [
          T([-0.031, 0.552, -0.02]),
          L('gastrocnemius_lateral_head_origin'),
          S([-0.032, 0.475, -0.043]),
          S([-0.03, 0.43, -0.061]),
          S([-0.026, 0.39, -0.068]),
          S([-0.02, 0.355, -0.068]),
          S([-0.012, 0.326, -0.064]),
        ],
        profile: [
          [0, 0.0095, 0.0045],
          [0.1, 0.0105, 0.006],
          [0.2, 0.0125, 0.0072],
          [0.31, 0.0165, 0.0094],
          [0.4, 0.021, 0.0115],
          [0.5, 0.026, 0.013],
          [0.64, 0.027, 0.0132],
          [0.82, 0.022, 0.0098],
          [0.94, 0.018, 0.0055],
          [1, 0.013, 0.0025],
        ],
        options: { widthDir: [1, 0, -0.42], exponent: 2.5, sides: 28, rings: 52 },
      },
    ],
  },
  // Soleus: a broad flat muscle deep to gastrocnemius, from the fibular head and soleal line down
  // to a few cm above the heel; it bulges out on both sides below and beside the gastrocnemius
  // bellies (widest ≈ 10 cm, at mid-calf).
  {
    id: 'soleus',
    pieces: [
      {
        path: [
          S([-0.024, 0.435, -0.03]),
          S([-0.012, 0.38, -0.043]),
          S([-0.006, 0.32, -0.049]),
          L('soleus_belly'),
          S([-0.005, 0.18, -0.044]),
          S([-0.006, 0.12, -0.043]),
          S([-0.006, 0.095, -0.045]),
        ],
        profile: [
          [0, 0.014, 0.006],
          [0.12, 0.028, 0.011],
          [0.3, 0.046, 0.017],
          [0.45, 0.051, 0.019],
          [0.65, 0.044, 0.0165],
          [0.84, 0.028, 0.011],
          [0.95, 0.014, 0.0055],
          [1, 0.008, 0.003],
        ],
        options: { widthDir: [1, 0, 0], exponent: 2.6, sides: 32, rings: 52 },
      },
    ],
  },
  // Calcaneal tendon: a broad aponeurosis on the back of soleus under the gastrocnemius bellies,
  // narrowing into a thick cord (≈ 15 × 6 mm a few cm above the heel), widening again (≈ 25 mm)
  // onto the middle facet of the back of the calcaneus; its fibres twist on the way down.
  {
    id: 'calcaneal_tendon',
    pieces: [
      {
        path: [
          S([0.004, 0.35, -0.066]),
          S([0.0, 0.29, -0.066]),
          S([-0.003, 0.2, -0.061]),
          L('calcaneal_tendon_narrowest'),
          S([-0.006, 0.075, -0.053]),
          F([-0.006, 0.05, -0.061]),
          F([-0.006, 0.034, -0.0635]),
        ],
        profile: [
          [0, 0.03, 0.0014],
          [0.15, 0.029, 0.0018],
          [0.35, 0.019, 0.0024],
          [0.55, 0.0105, 0.0029],
          [0.72, 0.0075, 0.0031],
          [0.86, 0.0085, 0.0031],
          [0.95, 0.0115, 0.0028],
          [1, 0.0125, 0.0022],
        ],
        options: { exponent: 2.3, twist: 0.35, rings: 56, sides: 24 },
      },
    ],
  },
  {
    id: 'plantaris',
    pieces: [
      {
        path: [
          T([-0.03, 0.56, -0.024]),
          T([-0.027, 0.525, -0.033]),
          S([-0.02, 0.47, -0.043]),
          S([-0.008, 0.43, -0.047]),
          S([0.003, 0.33, -0.054]),
          S([0.006, 0.2, -0.052]),
          S([0.005, 0.1, -0.048]),
          F([0.006, 0.05, -0.058]),
          F([0.007, 0.036, -0.061]),
        ],
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          bellyAt: 0.08,
          bellyW: 0.0075,
          bellyT: 0.0055,
          tendonFrom: 0.2,
          tendonW: 0.0018,
          tendonT: 0.0009,
        }),
        options: { rings: 56, sides: 10 },
      },
    ],
  },
  // ---------------------------------------------------------------- deep posterior
  {
    id: 'popliteus',
    pieces: [
      {
        path: [T([-0.04, 0.497, -0.006]), S([-0.036, 0.482, -0.02]), S([-0.022, 0.455, -0.026]), S([0.0, 0.435, -0.022]), S([0.016, 0.415, -0.017])],
        profile: [
          [0, 0.003, 0.002],
          [0.2, 0.006, 0.003],
          [0.6, 0.013, 0.004],
          [1, 0.016, 0.0025],
        ],
        options: { widthDir: [0, 1, 0], rings: 28 },
      },
    ],
  },
  {
    id: 'tibialis_posterior',
    pieces: [
      {
        path: [
          S([-0.016, 0.425, -0.015]),
          S([-0.012, 0.33, -0.017]),
          S([0.002, 0.2, -0.018]),
          S([0.016, 0.12, -0.015]),
          S([0.023, 0.09, -0.012]),
          F([0.028, 0.066, -0.006]),
          F([0.031, 0.052, 0.02]),
          F([0.032, 0.046, 0.05]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.016,
          bellyT: 0.0105,
          tendonFrom: 0.62,
          tendonW: 0.0032,
          tendonT: 0.0022,
        }),
        options: { widthDir: [1, 0, 0] },
      },
    ],
  },
  {
    id: 'flexor_digitorum_longus',
    pieces: [
      {
        path: [
          S([0.008, 0.39, -0.019]),
          S([0.011, 0.27, -0.026]),
          S([0.016, 0.16, -0.024]),
          S([0.024, 0.1, -0.018]),
          F([0.029, 0.068, -0.011]),
          F([0.024, 0.036, 0.006]),
          F([0.008, 0.012, 0.06]),
          F([0.0, 0.006, 0.105]),
        ],
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          bellyAt: 0.3,
          bellyW: 0.0135,
          bellyT: 0.009,
          tendonFrom: 0.55,
          tendonW: 0.0025,
          tendonT: 0.0018,
        }),
      },
      ...toeSlips([0.0, 0.006, 0.105], TOES_2_5_PLANTAR, 0.0012, (tip) => [tip[0] * 0.7, 0.0035, (tip[2] + 0.105) / 2]),
    ],
  },
  {
    id: 'flexor_hallucis_longus',
    pieces: [
      {
        path: [
          S([-0.03, 0.33, -0.021]),
          S([-0.022, 0.22, -0.029]),
          S([-0.01, 0.13, -0.03]),
          S([-0.002, 0.09, -0.03]),
          F([0.004, 0.058, -0.031]),
          F([0.017, 0.032, -0.002]),
          F([0.027, 0.01, 0.07]),
          F([0.033, 0.003, 0.14]),
          F([0.035, 0.002, 0.188]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.22,
          bellyW: 0.0155,
          bellyT: 0.0115,
          tendonFrom: 0.42,
          tendonW: 0.0026,
          tendonT: 0.0019,
        }),
      },
    ],
  },
  // ---------------------------------------------------------------- anterior compartment
  {
    id: 'tibialis_anterior',
    pieces: [
      {
        path: [
          L('tibialis_anterior_origin'),
          S([-0.019, 0.31, 0.018]),
          S([-0.008, 0.19, 0.026]),
          L('tibialis_anterior_retinaculum'),
          F([0.021, 0.074, 0.05]),
          F([0.031, 0.048, 0.075]),
          L('tibialis_anterior_insertion'),
        ],
        profile: fusiform({
          originW: 0.012,
          originT: 0.007,
          bellyAt: 0.27,
          bellyW: 0.02,
          bellyT: 0.0155,
          tendonFrom: 0.53,
          tendonW: 0.0038,
          tendonT: 0.0024,
          endW: 0.005,
        }),
        options: { widthDir: [1, 0, -1] },
      },
    ],
  },
  {
    id: 'extensor_digitorum_longus',
    pieces: [
      {
        path: [
          S([-0.03, 0.415, 0.006]),
          S([-0.034, 0.31, 0.008]),
          S([-0.024, 0.18, 0.02]),
          S([-0.01, 0.1, 0.037]),
          F([-0.012, 0.07, 0.06]),
          F([-0.012, 0.05, 0.1]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.0145,
          bellyT: 0.0125,
          tendonFrom: 0.58,
          tendonW: 0.0035,
          tendonT: 0.0018,
        }),
      },
      ...toeSlips([-0.012, 0.05, 0.1], TOES_2_5_DORSAL, 0.0011, (tip) => [tip[0] * 0.8 - 0.002, 0.03, (tip[2] + 0.1) / 2]),
    ],
  },
  {
    id: 'extensor_hallucis_longus',
    pieces: [
      {
        path: [
          S([-0.026, 0.3, 0.01]),
          S([-0.017, 0.2, 0.022]),
          S([0.002, 0.11, 0.038]),
          F([0.015, 0.073, 0.058]),
          F([0.027, 0.05, 0.1]),
          F([0.033, 0.031, 0.15]),
          F([0.035, 0.021, 0.19]),
        ],
        profile: fusiform({
          originW: 0.004,
          originT: 0.003,
          bellyAt: 0.22,
          bellyW: 0.0095,
          bellyT: 0.008,
          tendonFrom: 0.42,
          tendonW: 0.0024,
          tendonT: 0.0014,
        }),
      },
    ],
  },
  // ---------------------------------------------------------------- lateral compartment
  {
    id: 'fibularis_longus',
    pieces: [
      {
        path: [
          S([-0.045, 0.43, -0.01]),
          S([-0.046, 0.32, -0.012]),
          S([-0.042, 0.2, -0.018]),
          S([-0.038, 0.105, -0.027]),
          S([-0.037, 0.075, -0.029]),
          F([-0.042, 0.045, -0.008]),
          F([-0.039, 0.018, 0.045]),
          F([-0.018, 0.006, 0.072]),
          F([0.02, 0.016, 0.09]),
        ],
        profile: fusiform({
          originW: 0.011,
          originT: 0.007,
          bellyAt: 0.2,
          bellyW: 0.0165,
          bellyT: 0.0135,
          tendonFrom: 0.4,
          tendonW: 0.0028,
          tendonT: 0.0022,
        }),
      },
    ],
  },
  {
    id: 'fibularis_brevis',
    pieces: [
      {
        path: [
          S([-0.041, 0.27, -0.007]),
          S([-0.04, 0.18, -0.012]),
          S([-0.033, 0.11, -0.022]),
          S([-0.032, 0.078, -0.025]),
          F([-0.038, 0.046, -0.003]),
          F([-0.042, 0.03, 0.05]),
          F([-0.043, 0.026, 0.074]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.0145,
          bellyT: 0.0105,
          tendonFrom: 0.5,
          tendonW: 0.0028,
          tendonT: 0.002,
        }),
      },
    ],
  },
  // ---------------------------------------------------------------- thigh muscles near the knee
  {
    id: 'biceps_femoris',
    pieces: [
      {
        path: [T([-0.046, 0.76, -0.04]), T([-0.052, 0.65, -0.038]), T([-0.05, 0.56, -0.03]), S([-0.048, 0.485, -0.02]), S([-0.04, 0.452, -0.019])],
        profile: [
          [0, 0.022, 0.0145],
          [0.28, 0.0225, 0.015],
          [0.55, 0.016, 0.0105],
          [0.72, 0.0075, 0.005],
          [0.85, 0.0055, 0.0036],
          [1, 0.005, 0.0032],
        ],
        options: { widthDir: [1, 0, -0.6], exponent: 2.3 },
      },
    ],
  },
  {
    id: 'semitendinosus',
    pieces: [
      {
        path: [T([0.022, 0.76, -0.055]), T([0.036, 0.64, -0.048]), T([0.042, 0.55, -0.032]), S([0.042, 0.478, -0.018]), S([0.032, 0.44, 0.0]), S([0.021, 0.425, 0.012])],
        profile: fusiform({
          originW: 0.015,
          originT: 0.013,
          bellyAt: 0.1,
          bellyW: 0.015,
          bellyT: 0.013,
          tendonFrom: 0.38,
          tendonW: 0.003,
          tendonT: 0.0022,
        }),
      },
    ],
  },
  {
    id: 'semimembranosus',
    pieces: [
      {
        path: [T([0.014, 0.76, -0.042]), T([0.026, 0.64, -0.04]), T([0.034, 0.55, -0.03]), S([0.034, 0.48, -0.024]), S([0.029, 0.462, -0.021])],
        profile: [
          [0, 0.018, 0.011],
          [0.35, 0.024, 0.0145],
          [0.6, 0.019, 0.011],
          [0.76, 0.009, 0.0055],
          [1, 0.006, 0.004],
        ],
        options: { widthDir: [1, 0, 0.5], exponent: 2.3 },
      },
    ],
  },
  {
    id: 'gracilis',
    pieces: [
      {
        path: [T([0.055, 0.76, -0.02]), T([0.056, 0.64, -0.02]), T([0.049, 0.55, -0.016]), S([0.045, 0.48, -0.008]), S([0.034, 0.444, 0.006]), S([0.022, 0.428, 0.016])],
        profile: fusiform({
          originW: 0.008,
          originT: 0.005,
          bellyAt: 0.05,
          bellyW: 0.008,
          bellyT: 0.005,
          tendonFrom: 0.35,
          tendonW: 0.0026,
          tendonT: 0.0018,
        }),
      },
    ],
  },
  {
    id: 'sartorius',
    pieces: [
      {
        path: [T([0.04, 0.76, 0.03]), T([0.057, 0.65, 0.006]), T([0.054, 0.55, -0.004]), S([0.048, 0.48, 0.0]), S([0.034, 0.446, 0.014]), S([0.021, 0.432, 0.022])],
        profile: [
          [0, 0.018, 0.005],
          [0.5, 0.016, 0.0045],
          [0.72, 0.009, 0.003],
          [0.85, 0.007, 0.0016],
          [1, 0.008, 0.0012],
        ],
        options: { widthDir: [0, 0, 1], exponent: 2.5 },
      },
    ],
  },
  {
    id: 'rectus_femoris',
    pieces: [
      {
        path: [T([-0.014, 0.76, 0.06]), T([-0.007, 0.68, 0.061]), T([-0.002, 0.615, 0.054]), T([-0.001, 0.598, 0.051])],
        profile: [
          [0, 0.024, 0.0135],
          [0.35, 0.023, 0.013],
          [0.72, 0.0145, 0.008],
          [1, 0.01, 0.003],
        ],
        options: { widthDir: [1, 0, 0], exponent: 2.3, rings: 30 },
      },
    ],
  },
  {
    id: 'vastus_lateralis',
    pieces: [
      {
        path: [T([-0.058, 0.76, 0.006]), T([-0.061, 0.68, 0.01]), T([-0.048, 0.615, 0.026]), T([-0.022, 0.575, 0.045])],
        profile: [
          [0, 0.031, 0.019],
          [0.35, 0.0315, 0.02],
          [0.68, 0.022, 0.0135],
          [0.9, 0.012, 0.006],
          [1, 0.008, 0.003],
        ],
        options: { widthDir: [0, 0, 1], exponent: 2.3, rings: 36 },
      },
    ],
  },
  // vastus medialis: the low, medial "teardrop" bulge above the patella (its oblique fibres reach
  // the upper medial border of the patella)
  {
    id: 'vastus_medialis',
    pieces: [
      {
        path: [T([0.014, 0.76, 0.022]), T([0.03, 0.68, 0.024]), T([0.044, 0.612, 0.027]), T([0.041, 0.575, 0.037]), T([0.02, 0.556, 0.048])],
        profile: [
          [0, 0.014, 0.0095],
          [0.3, 0.02, 0.014],
          [0.6, 0.0295, 0.021],
          [0.78, 0.029, 0.02],
          [0.92, 0.017, 0.01],
          [1, 0.009, 0.004],
        ],
        options: { widthDir: [0.3, 0, 1], exponent: 2.2, rings: 40 },
      },
    ],
  },
  {
    id: 'vastus_intermedius',
    pieces: [
      {
        path: [T([-0.03, 0.76, 0.029]), T([-0.02, 0.67, 0.032]), T([-0.008, 0.6, 0.036])],
        profile: [
          [0, 0.025, 0.013],
          [0.5, 0.023, 0.011],
          [0.85, 0.013, 0.005],
          [1, 0.01, 0.003],
        ],
        options: { widthDir: [1, 0, 0], rings: 30 },
      },
    ],
  },
  {
    id: 'quadriceps_tendon',
    pieces: [
      {
        path: [T([-0.003, 0.62, 0.047]), T([-0.001, 0.588, 0.051]), S([0.0, 0.562, 0.056]), S([0.001, 0.545, 0.06])],
        profile: [
          [0, 0.012, 0.0032],
          [0.3, 0.019, 0.0045],
          [0.6, 0.0225, 0.0045],
          [0.85, 0.0235, 0.0036],
          [1, 0.022, 0.002],
        ],
        options: { widthDir: [1, 0, 0], rings: 28, exponent: 2.6 },
      },
    ],
  },
  // ---------------------------------------------------------------- ligaments
  {
    id: 'patellar_ligament',
    pieces: [
      {
        path: [S([0.0, 0.515, 0.057]), S([0.0, 0.48, 0.05]), S([0.0, 0.444, 0.034])],
        profile: [
          [0, 0.012, 0.0025],
          [0.5, 0.0125, 0.003],
          [1, 0.013, 0.0025],
        ],
        options: { widthDir: [1, 0, 0], rings: 20, exponent: 2.3 },
      },
    ],
  },
  {
    id: 'medial_collateral_ligament',
    pieces: [
      {
        path: [T([0.044, 0.52, -0.004]), T([0.046, 0.5, -0.003]), S([0.043, 0.47, 0.0]), S([0.03, 0.415, 0.006])],
        profile: [
          [0, 0.006, 0.0012],
          [0.3, 0.008, 0.0016],
          [1, 0.006, 0.0012],
        ],
        options: { widthDir: [0, 0, 1], rings: 24, exponent: 3 },
      },
    ],
  },
  {
    id: 'lateral_collateral_ligament',
    pieces: [
      {
        path: [T([-0.044, 0.517, -0.004]), T([-0.047, 0.495, -0.008]), S([-0.047, 0.468, -0.013]), S([-0.045, 0.452, -0.016])],
        profile: cord(0.0022, 0.08),
        options: { rings: 20, sides: 10 },
      },
    ],
  },
  // ---------------------------------------------------------------- nerves
  {
    id: 'tibial_nerve',
    pieces: [
      {
        path: [
          T([0.0, 0.64, -0.05]),
          T([0.001, 0.56, -0.048]),
          T([0.0, 0.5, -0.047]),
          S([0.0, 0.45, -0.043]),
          S([0.002, 0.4, -0.025]),
          S([0.008, 0.3, -0.021]),
          S([0.016, 0.18, -0.024]),
          S([0.024, 0.11, -0.022]),
          S([0.029, 0.085, -0.018]),
          F([0.031, 0.058, -0.008]),
          F([0.024, 0.03, 0.02]),
        ],
        profile: cord(0.0026, 0.02),
        options: { rings: 64, sides: 10 },
      },
    ],
  },
  {
    id: 'common_fibular_nerve',
    pieces: [
      {
        path: [T([-0.002, 0.64, -0.05]), T([-0.01, 0.615, -0.05]), T([-0.022, 0.585, -0.048]), T([-0.033, 0.552, -0.043]), T([-0.041, 0.52, -0.034]), S([-0.046, 0.47, -0.027]), S([-0.048, 0.44, -0.022]), S([-0.049, 0.425, -0.008]), S([-0.043, 0.412, 0.008])],
        profile: cord(0.0018, 0.03),
        options: { rings: 44, sides: 10 },
      },
    ],
  },
  // ---------------------------------------------------------------- arteries
  {
    id: 'popliteal_artery',
    pieces: [
      {
        path: [T([0.012, 0.64, -0.034]), T([0.005, 0.57, -0.031]), T([0.0, 0.51, -0.034]), S([-0.003, 0.46, -0.034]), S([-0.006, 0.42, -0.028])],
        profile: cord(0.0033, 0.02),
        options: { rings: 40, sides: 12 },
      },
    ],
  },
  {
    id: 'medial_sural_artery',
    pieces: [
      {
        path: [T([0.001, 0.51, -0.036]), T([0.006, 0.502, -0.041]), S([0.013, 0.485, -0.047]), S([0.019, 0.462, -0.051]), S([0.022, 0.445, -0.054])],
        profile: cord(0.0013, 0.05),
        options: { rings: 16, sides: 8 },
      },
    ],
  },
  {
    id: 'lateral_sural_artery',
    pieces: [
      {
        path: [T([-0.001, 0.51, -0.036]), T([-0.007, 0.502, -0.041]), S([-0.015, 0.485, -0.046]), S([-0.022, 0.462, -0.05]), S([-0.025, 0.445, -0.053])],
        profile: cord(0.0013, 0.05),
        options: { rings: 16, sides: 8 },
      },
    ],
  },
  {
    id: 'posterior_tibial_artery',
    pieces: [
      {
        path: [
          S([-0.006, 0.42, -0.028]),
          S([-0.001, 0.38, -0.024]),
          S([0.011, 0.3, -0.018]),
          S([0.019, 0.18, -0.02]),
          S([0.027, 0.11, -0.017]),
          S([0.03, 0.088, -0.013]),
          F([0.032, 0.06, -0.003]),
          F([0.026, 0.034, 0.022]),
        ],
        profile: cord(0.0023, 0.02),
        options: { rings: 52, sides: 10 },
      },
    ],
  },
  {
    id: 'anterior_tibial_artery',
    pieces: [
      {
        path: [
          S([-0.006, 0.42, -0.028]),
          S([-0.018, 0.405, -0.012]),
          S([-0.019, 0.39, 0.004]),
          S([-0.016, 0.28, 0.008]),
          S([-0.006, 0.16, 0.017]),
          S([0.004, 0.1, 0.03]),
          F([0.009, 0.078, 0.048]),
          F([0.014, 0.062, 0.075]),
        ],
        profile: cord(0.0019, 0.02),
        options: { rings: 52, sides: 10 },
      },
    ],
  },
];
