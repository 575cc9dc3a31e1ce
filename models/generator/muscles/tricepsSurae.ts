/** Triceps surae and plantaris: the two gastrocnemius heads, soleus and plantaris. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, fusiform, L, S, T } from '../tissue';

export const TRICEPS_SURAE: TissueDef[] = [
  // ---------------------------------------------------------------- triceps surae
  // The two heads arise by short flat tendons (≈ 2 cm) from the condyles, bound the lower popliteal
  // fossa, then lie side by side as broad bellies flattened toward the skin and meet in the midline
  // below the fossa: medial ≈ 6–7 cm wide, lateral ≈ 5 cm, the medial bulkier (≈ 1.5–2 × the
  // volume) and reaching ≈ 2.5 cm lower. Each belly ends on the common aponeurosis (the upper,
  // broad part of the calcaneal tendon) with a U-shaped lower border, the pair making a W at
  // mid-calf, its lowest point ≈ 18 cm above the calcaneal insertion (Rosso et al. 2012: MTJ
  // 180.6 ± 25 mm above the insertion; review of 2026-12, section 4 item 4). Their sections tilt
  // so that each outer edge wraps forward around the calf.
  {
    id: 'gastrocnemius_medial_head',
    pieces: [
      {
        path: [
          L('gastrocnemius_medial_head_origin'),
          S([0.026, 0.478, -0.045]),
          S([0.028, 0.43, -0.064]),
          S([0.023, 0.37, -0.07]),
          S([0.018, 0.3, -0.068]),
          S([0.011, 0.24, -0.065]),
          S([0.006, 0.19, -0.0625]),
        ],
        profile: [
          [0, 0.008, 0.0018],
          [0.06, 0.01, 0.002],
          [0.123, 0.021, 0.0072],
          [0.24, 0.028, 0.0091],
          [0.38, 0.0325, 0.0105],
          [0.53, 0.0315, 0.01],
          [0.67, 0.0285, 0.0081],
          [0.79, 0.0235, 0.0056],
          [0.91, 0.016, 0.0029],
          [1, 0.009, 0.0012],
        ],
        options: { widthDir: [1, 0, 0.42], exponent: 2.5, sides: 28, rings: 56 },
        // the flat origin tendon, from the femur to inside the scanned belly (which begins ≈ 2.5 cm below it)
        tendon: [[0, 0.09]],
        aponeurosis: { centre: 0.906, edge: 0.696 },
      },
    ],
  },
  {
    id: 'gastrocnemius_lateral_head',
    pieces: [
      {
        path: [
          L('gastrocnemius_lateral_head_origin'),
          S([-0.032, 0.475, -0.043]),
          S([-0.03, 0.43, -0.061]),
          S([-0.023, 0.37, -0.066]),
          S([-0.017, 0.31, -0.065]),
          S([-0.01, 0.26, -0.0635]),
          S([-0.006, 0.215, -0.0615]),
        ],
        profile: [
          [0, 0.0075, 0.0018],
          [0.06, 0.009, 0.002],
          [0.172, 0.018, 0.0065],
          [0.297, 0.0225, 0.0082],
          [0.433, 0.025, 0.0088],
          [0.569, 0.024, 0.0085],
          [0.705, 0.021, 0.0067],
          [0.819, 0.017, 0.0047],
          [0.921, 0.0125, 0.0025],
          [1, 0.008, 0.0011],
        ],
        options: { widthDir: [1, 0, -0.42], exponent: 2.5, sides: 28, rings: 52 },
        tendon: [[0, 0.1]],
        aponeurosis: { centre: 0.909, edge: 0.705 },
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
          S([-0.005, 0.18, -0.043]),
          S([-0.005, 0.13, -0.0415]),
          S([-0.005, 0.105, -0.0445]),
          // its lowest fibres and their tendon ride on the front of the calcaneal tendon, which goes with the heel
          F([-0.005, 0.075, -0.048]),
          F([-0.005, 0.062, -0.0495]),
        ],
        profile: [
          [0, 0.014, 0.006],
          [0.11, 0.028, 0.011],
          [0.27, 0.048, 0.0158],
          [0.38, 0.05, 0.0152],
          [0.54, 0.045, 0.0135],
          [0.66, 0.03, 0.011],
          [0.76, 0.0135, 0.0085],
          [0.86, 0.01, 0.006],
          [0.95, 0.008, 0.0035],
          [1, 0.006, 0.002],
        ],
        options: { widthDir: [1, 0, 0], exponent: 2.6, sides: 32, rings: 56 },
        tendon: [[0.955, 1]],
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
          S([0.0, 0.33, -0.062]),
          S([0.006, 0.2, -0.0545]),
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
        tendon: [[0.2, 1]],
      },
    ],
  },
];
