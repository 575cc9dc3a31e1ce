/**
 * Veins: the popliteal vein between the tibial nerve and the popliteal artery (nerve → vein → artery
 * from superficial to deep, the order examined in the popliteal fossa), and the two superficial
 * veins in the subcutaneous fat: the small saphenous vein from behind the lateral malleolus up the
 * back of the calf into the popliteal vein, and the great saphenous vein from in front of the
 * medial malleolus up the medial leg and behind the medial condyle. Calibres: popliteal vein
 * ≈ 7–8 mm, great saphenous ≈ 4–5 mm, small saphenous ≈ 3–4 mm (Gray's Anatomy 42nd ed.; Moore,
 * Clinically Oriented Anatomy 8th ed., lower-limb veins).
 */
import type { TissueDef } from '../tissue';
import { F, S, T, taperedCord } from '../tissue';

export const VEINS: TissueDef[] = [
  {
    id: 'popliteal_vein',
    pieces: [
      {
        // between the tibial nerve (behind) and the artery (in front), a little lateral to the artery
        // above, crossing behind it to its medial side below, like the artery
        path: [T([0.004, 0.64, -0.0415]), T([-0.001, 0.57, -0.0395]), T([-0.004, 0.51, -0.0405]), S([-0.007, 0.46, -0.04]), S([-0.009, 0.425, -0.034])],
        profile: taperedCord(0.0038, 0.0032, 0.02),
        options: { rings: 40, sides: 12 },
      },
    ],
  },
  {
    id: 'small_saphenous_vein',
    pieces: [
      {
        path: [
          F([-0.038, 0.022, 0.03]),
          F([-0.043, 0.04, -0.01]),
          F([-0.036, 0.06, -0.032]),
          S([-0.024, 0.1, -0.04]),
          S([-0.018, 0.17, -0.0425]),
          S([-0.008, 0.26, -0.071]),
          S([-0.003, 0.34, -0.084]),
          S([-0.003, 0.41, -0.082]),
          S([-0.003, 0.47, -0.062]),
          T([-0.004, 0.52, -0.047]),
          T([-0.004, 0.535, -0.042]),
        ],
        profile: taperedCord(0.0015, 0.0019, 0.03),
        options: { rings: 60, sides: 8 },
      },
    ],
  },
  {
    id: 'great_saphenous_vein',
    pieces: [
      {
        path: [
          F([0.026, 0.035, 0.072]),
          F([0.029, 0.065, 0.032]),
          S([0.022, 0.1, 0.019]),
          S([0.015, 0.15, 0.011]),
          S([0.036, 0.22, 0.003]),
          S([0.043, 0.32, -0.006]),
          S([0.05, 0.43, -0.018]),
          T([0.058, 0.52, -0.028]),
          T([0.064, 0.62, -0.022]),
          T([0.066, 0.76, -0.012]),
        ],
        profile: taperedCord(0.0018, 0.0024, 0.03),
        options: { rings: 72, sides: 8 },
      },
    ],
  },
];
