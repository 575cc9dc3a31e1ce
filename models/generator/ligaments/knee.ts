/**
 * The patellar ligament (sources: models/generator/softTissue.ts). The cruciate and collateral
 * ligaments are the scanned ones (scan/kneeLigaments.ts).
 */
import type { TissueDef } from '../tissue';
import { S } from '../tissue';

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
];
