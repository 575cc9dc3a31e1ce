/**
 * Branches of the sciatic nerve in the leg and foot: the common fibular nerve divides at the neck of
 * the fibula into the superficial fibular nerve (down the lateral compartment, through the deep
 * fascia in the distal third, to the skin of the dorsum of the foot) and the deep fibular nerve
 * (forward into the anterior compartment, beside the anterior tibial artery, to the first web
 * space). The sural nerve runs with the small saphenous vein behind the lateral malleolus; the
 * saphenous nerve (femoral) with the great saphenous vein on the medial side; the tibial nerve ends
 * under the flexor retinaculum as the medial and lateral plantar nerves (Gray's Anatomy 42nd ed.;
 * Moore 8th ed.). Calibres 2–3 mm.
 */
import type { TissueDef } from '../tissue';
import { cord, F, S, T, taperedCord } from '../tissue';
import { R } from '../muscles/footRays';

export const NERVE_BRANCHES: TissueDef[] = [
  {
    id: 'superficial_fibular_nerve',
    pieces: [
      {
        path: [
          S([-0.043, 0.412, 0.008]),
          S([-0.05, 0.38, 0.006]),
          S([-0.054, 0.3, 0.006]),
          S([-0.05, 0.22, 0.012]),
          S([-0.037, 0.16, 0.012]),
          S([-0.026, 0.11, 0.025]),
          F([-0.018, 0.075, 0.055]),
          F([-0.012, 0.05, 0.1]),
        ],
        profile: taperedCord(0.0014, 0.001, 0.03),
        options: { rings: 48, sides: 8 },
      },
    ],
  },
  {
    id: 'deep_fibular_nerve',
    pieces: [
      {
        path: [
          S([-0.043, 0.412, 0.008]),
          S([-0.032, 0.402, 0.011]),
          S([-0.023, 0.385, 0.011]),
          S([-0.02, 0.28, 0.012]),
          S([-0.012, 0.16, 0.013]),
          S([0.001, 0.1, 0.027]),
          F([0.006, 0.078, 0.052]),
          F([0.012, 0.058, 0.08]),
          F([0.02, 0.042, 0.12]),
        ],
        profile: taperedCord(0.0014, 0.001, 0.03),
        options: { rings: 48, sides: 8 },
      },
    ],
  },
  {
    id: 'sural_nerve',
    pieces: [
      {
        // formed at mid-calf (medial sural cutaneous nerve joined by the fibular communicating branch)
        path: [
          S([0.002, 0.3, -0.078]),
          S([-0.008, 0.24, -0.072]),
          S([-0.02, 0.16, -0.0425]),
          S([-0.027, 0.1, -0.039]),
          F([-0.04, 0.06, -0.035]),
          F([-0.046, 0.04, -0.01]),
          F([-0.041, 0.022, 0.035]),
        ],
        profile: cord(0.0011, 0.04),
        options: { rings: 40, sides: 8 },
      },
    ],
  },
  {
    id: 'saphenous_nerve',
    pieces: [
      {
        path: [
          T([0.061, 0.62, -0.027]),
          T([0.054, 0.52, -0.033]),
          S([0.046, 0.43, -0.023]),
          S([0.039, 0.32, -0.012]),
          S([0.033, 0.22, -0.003]),
          S([0.0155, 0.15, 0.004]),
          S([0.022, 0.1, 0.013]),
          F([0.027, 0.065, 0.026]),
          F([0.025, 0.045, 0.06]),
        ],
        profile: cord(0.0011, 0.04),
        options: { rings: 56, sides: 8 },
      },
    ],
  },
  {
    id: 'medial_plantar_nerve',
    pieces: [
      {
        // on the real foot: deep to abductor hallucis, then between it and flexor digitorum brevis,
        // toward the first to third toes and the medial side of the hallux
        path: [R(27, 45, -8), R(22, 30, 10), R(14, 20, 45), R(8, 19, 90), R(3, 17, 125)],
        profile: taperedCord(0.0015, 0.001, 0.05),
        options: { rings: 28, sides: 8 },
      },
    ],
  },
  {
    id: 'lateral_plantar_nerve',
    pieces: [
      {
        // on the real foot: deep to abductor hallucis, then laterally between flexor digitorum brevis
        // and quadratus plantae toward the base of the fifth metatarsal
        path: [R(27, 45, -8), R(22, 32, 8), R(8, 12.5, 30), R(-18, 12, 58), R(-36, 11, 85), R(-46, 8, 100)],
        profile: taperedCord(0.0013, 0.0009, 0.05),
        options: { rings: 28, sides: 8 },
      },
    ],
  },
];
