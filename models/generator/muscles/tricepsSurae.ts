/** Triceps surae and plantaris: the two gastrocnemius heads, soleus and plantaris. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, fusiform, L, S, T } from '../tissue';

export const TRICEPS_SURAE: TissueDef[] = [
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
        tendon: [[0, 0.08]],
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
        tendon: [[0, 0.08]],
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
        tendon: [[0.93, 1]],
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
        tendon: [[0.2, 1]],
      },
    ],
  },
];
