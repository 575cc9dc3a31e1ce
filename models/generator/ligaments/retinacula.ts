/**
 * Retinacula at the ankle: thickened bands of deep fascia that hold the tendons down where they
 * turn. The superior extensor retinaculum runs across the front of the leg just above the ankle,
 * from the anterior border of the tibia to the fibula, over tibialis anterior, extensor hallucis
 * longus and extensor digitorum longus; the flexor retinaculum runs from the medial malleolus down
 * and back to the medial calcaneus over the tibialis posterior, flexor digitorum longus and flexor
 * hallucis longus tendons, the posterior tibial vessels and the tibial nerve (Gray's Anatomy 42nd
 * ed.; Moore 8th ed.). Thin straps ≈ 2.5 cm (superior extensor) and ≈ 2 cm (flexor) wide.
 */
import type { TissueDef } from '../tissue';
import { F, S } from '../tissue';

export const RETINACULA: TissueDef[] = [
  {
    id: 'superior_extensor_retinaculum',
    pieces: [
      {
        path: [S([-0.035, 0.106, 0.0]), S([-0.025, 0.105, 0.032]), S([-0.006, 0.104, 0.041]), S([0.014, 0.103, 0.042]), S([0.03, 0.102, 0.018])],
        profile: [
          [0, 0.009, 0.0008],
          [0.5, 0.0125, 0.0009],
          [1, 0.009, 0.0008],
        ],
        options: { widthDir: [0, 1, 0], rings: 24, sides: 12, exponent: 3 },
      },
    ],
  },
  {
    id: 'flexor_retinaculum',
    pieces: [
      {
        path: [F([0.036, 0.074, 0.004]), F([0.041, 0.054, -0.016]), F([0.037, 0.032, -0.038])],
        profile: [
          [0, 0.008, 0.0008],
          [0.5, 0.0105, 0.0009],
          [1, 0.009, 0.0008],
        ],
        options: { widthDir: [0, 1, -1], rings: 16, sides: 12, exponent: 3 },
      },
    ],
  },
];
