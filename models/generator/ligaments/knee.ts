/** Ligaments at the knee: patellar ligament and the collateral ligaments. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { cord, S, T } from '../tissue';

export const KNEE_LIGAMENTS: TissueDef[] = [
  // ---------------------------------------------------------------- ligaments
  {
    id: 'patellar_ligament',
    pieces: [
      {
        path: [S([0.0, 0.515, 0.057]), S([0.0, 0.48, 0.05]), S([0.0, 0.444, 0.034])],
        profile: [
          [0, 0.0135, 0.0028],
          [0.5, 0.012, 0.0032],
          [1, 0.0115, 0.0027],
        ],
        // 25–30 mm wide at the apex of the patella, 20–25 mm at the tuberosity, 5–7 mm thick (review 2026-12, §4.1)
        options: { widthDir: [1, 0, 0], rings: 20, exponent: 2, sides: 24 },
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
];
