/** Anterior compartment: tibialis anterior and the long toe extensors. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, fusiform, L, S, toeSlips, TOES_2_5_DORSAL } from '../tissue';

export const ANTERIOR_COMPARTMENT: TissueDef[] = [
  // ---------------------------------------------------------------- anterior compartment
  {
    id: 'tibialis_anterior',
    pieces: [
      {
        path: [
          L('tibialis_anterior_origin'),
          S([-0.019, 0.31, 0.018]),
          S([-0.007, 0.19, 0.02]),
          S([0.004, 0.15, 0.017]),
          S([0.007, 0.13, 0.0205]),
          L('tibialis_anterior_retinaculum'),
          F([0.021, 0.074, 0.05]),
          F([0.031, 0.048, 0.075]),
          L('tibialis_anterior_insertion'),
        ],
        profile: fusiform({
          originW: 0.012,
          originT: 0.007,
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
        tendon: [[0.48, 1]],
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
          S([-0.021, 0.18, 0.008]),
          S([-0.01, 0.1, 0.031]),
          F([-0.012, 0.07, 0.06]),
          F([-0.012, 0.05, 0.1]),
        ],
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
        tendon: [[0.6, 1]],
      },
      ...toeSlips([-0.012, 0.05, 0.1], TOES_2_5_DORSAL, 0.0011, (tip) => [tip[0] * 0.8 - 0.002, 0.03, (tip[2] + 0.1) / 2]),
    ],
  },
  {
    id: 'extensor_hallucis_longus',
    pieces: [
      {
        path: [
          S([-0.026, 0.3, 0.007]),
          S([-0.012, 0.2, 0.0145]),
          S([-0.003, 0.15, 0.0145]),
          S([0.0, 0.11, 0.031]),
          F([0.015, 0.073, 0.058]),
          F([0.027, 0.05, 0.1]),
          F([0.033, 0.031, 0.15]),
          F([0.035, 0.021, 0.19]),
        ],
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
        tendon: [[0.44, 1]],
      },
    ],
  },
];
