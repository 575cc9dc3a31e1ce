/** Arteries of the popliteal fossa and leg. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { cord, F, S, T, taperedCord } from '../tissue';
import { R } from '../muscles/footRays';

export const ARTERIES: TissueDef[] = [
  // ---------------------------------------------------------------- arteries
  {
    id: 'popliteal_artery',
    pieces: [
      {
        path: [T([0.012, 0.64, -0.034]), T([0.005, 0.57, -0.031]), T([0.0, 0.51, -0.034]), S([-0.003, 0.46, -0.034]), S([-0.006, 0.42, -0.028])],
        // ≈ 6.5 mm, narrowing a little at its division
        profile: taperedCord(0.0034, 0.003, 0.02),
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
          S([0.015, 0.18, -0.024]),
          S([0.021, 0.11, -0.023]),
          S([0.03, 0.088, -0.013]),
          F([0.032, 0.06, -0.003]),
          // on the real foot: it divides beside the nerve under the flexor retinaculum
          R(29, 46, -6),
        ],
        // ≈ 4 mm at its origin, ≈ 3 mm behind the medial malleolus
        profile: taperedCord(0.002, 0.0015, 0.02),
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
          S([-0.01, 0.16, 0.0125]),
          S([0.004, 0.1, 0.026]),
          F([0.009, 0.078, 0.048]),
          F([0.014, 0.062, 0.075]),
        ],
        // ≈ 3.5 mm, ≈ 2.5 mm as the dorsalis pedis
        profile: taperedCord(0.0018, 0.0013, 0.02),
        options: { rings: 52, sides: 10 },
      },
    ],
  },
  // Fibular artery: from the posterior tibial artery ≈ 2.5 cm below the lower border of popliteus,
  // down along the back of the fibula (deep to flexor hallucis longus) to the lateral side of the heel
  {
    id: 'fibular_artery',
    pieces: [
      {
        path: [
          S([-0.001, 0.386, -0.0245]),
          S([-0.01, 0.36, -0.021]),
          S([-0.019, 0.3, -0.0165]),
          S([-0.02, 0.22, -0.017]),
          S([-0.017, 0.14, -0.02]),
          S([-0.016, 0.1, -0.027]),
          F([-0.022, 0.07, -0.034]),
          F([-0.026, 0.045, -0.045]),
        ],
        profile: taperedCord(0.0017, 0.0012, 0.02),
        options: { rings: 48, sides: 8 },
      },
    ],
  },
];
