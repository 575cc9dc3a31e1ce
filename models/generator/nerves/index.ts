/** Nerves of the popliteal fossa and leg. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { cord, F, S, T, taperedCord } from '../tissue';
import { R } from '../muscles/footRays';

export const NERVES: TissueDef[] = [
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
          S([0.011, 0.18, -0.027]),
          S([0.016, 0.12, -0.028]),
          S([0.029, 0.085, -0.018]),
          F([0.031, 0.058, -0.008]),
          // on the real foot: it divides under the flexor retinaculum, between the FDL and FHL tendons
          R(27, 45, -8),
        ],
        // ≈ 6 mm in the popliteal fossa, ≈ 4.5 mm behind the medial malleolus
        profile: taperedCord(0.003, 0.0022, 0.02),
        options: { rings: 64, sides: 10 },
      },
    ],
  },
  {
    id: 'common_fibular_nerve',
    pieces: [
      {
        path: [T([-0.002, 0.64, -0.05]), T([-0.01, 0.615, -0.05]), T([-0.022, 0.585, -0.048]), T([-0.033, 0.552, -0.043]), T([-0.041, 0.52, -0.034]), S([-0.046, 0.47, -0.027]), S([-0.048, 0.44, -0.022]), S([-0.049, 0.425, -0.008]), S([-0.043, 0.412, 0.008])],
        // ≈ 3.5 mm
        profile: cord(0.00175, 0.03),
        options: { rings: 44, sides: 10 },
      },
    ],
  },
];
