/**
 * Bands of deep fascia (Gray's Anatomy 42nd ed.; Moore 8th ed.): the Y-shaped inferior extensor
 * retinaculum on the front of the ankle, the superior and inferior fibular retinacula over the
 * fibular tendons, the interosseous membrane between tibia and fibula, the iliotibial tract on
 * the lateral thigh down to Gerdy's tubercle, and the plantar aponeurosis from the heel to the
 * metatarsal heads. All are thin straps (≈ 1 mm) placed by hand on this model's bones and tendons.
 */
import type { TissueDef } from '../tissue';
import { F, S, T } from '../tissue';

/** A thin flat band: half-width w0 → w1 along its length, ≈ 1.6 mm thick. */
const band = (w0: number, w1: number, t = 0.0008) =>
  [
    [0, w0, t],
    [0.5, (w0 + w1) / 2, t * 1.1],
    [1, w1, t],
  ] as const;

export const FASCIA: TissueDef[] = [
  // Y-shaped: the stem from the upper surface of the calcaneus (lateral, in front of the sinus
  // tarsi) runs medially over the extensor tendons and splits; the upper limb goes to the medial
  // malleolus, the lower limb round the medial border of the foot
  {
    id: 'inferior_extensor_retinaculum',
    pieces: [
      {
        path: [F([-0.04, 0.042, 0.028]), F([-0.026, 0.064, 0.05]), F([-0.01, 0.077, 0.058]), F([0.0, 0.08, 0.058])],
        profile: band(0.0065, 0.007),
        options: { widthDir: [0, -0.6, 0.8], rings: 16, sides: 12, exponent: 3 },
      },
      {
        path: [F([0.0, 0.08, 0.058]), F([0.013, 0.085, 0.049]), S([0.024, 0.09, 0.03]), S([0.028, 0.09, 0.016])],
        profile: band(0.006, 0.005),
        options: { widthDir: [0, 1, 0.3], rings: 16, sides: 12, exponent: 3 },
      },
      {
        path: [F([0.0, 0.08, 0.058]), F([0.016, 0.07, 0.073]), F([0.033, 0.057, 0.08]), F([0.043, 0.04, 0.082])],
        profile: band(0.006, 0.005),
        options: { widthDir: [0, -0.6, 0.8], rings: 16, sides: 12, exponent: 3 },
      },
    ],
  },
  // superior fibular retinaculum: from the back of the lateral malleolus to the lateral calcaneus,
  // holding fibularis longus and brevis in the groove behind the malleolus
  {
    id: 'superior_fibular_retinaculum',
    pieces: [
      {
        path: [S([-0.039, 0.074, -0.024]), F([-0.044, 0.064, -0.033]), F([-0.036, 0.052, -0.047])],
        profile: band(0.005, 0.0055),
        options: { widthDir: [0, 1, 0], rings: 14, sides: 12, exponent: 3 },
      },
    ],
  },
  // inferior fibular retinaculum: on the lateral calcaneus, over the two tendons below and in front
  // of the malleolus, fixed above and below the fibular trochlea
  {
    id: 'inferior_fibular_retinaculum',
    pieces: [
      {
        path: [F([-0.038, 0.052, 0.012]), F([-0.047, 0.037, 0.017]), F([-0.043, 0.018, 0.02])],
        profile: band(0.005, 0.005),
        options: { widthDir: [0, -0.4, 1], rings: 14, sides: 12, exponent: 3 },
      },
    ],
  },
  // interosseous membrane: a thin sheet from the interosseous border of the tibia to that of the
  // fibula, from just below the tibiofibular joint to just above the ankle (its fibres run down
  // and laterally from the tibia)
  {
    id: 'interosseous_membrane',
    pieces: [
      {
        path: [S([-0.025, 0.41, -0.006]), S([-0.02, 0.33, -0.004]), S([-0.019, 0.22, -0.004]), S([-0.02, 0.12, -0.004])],
        profile: [
          [0, 0.004, 0.0005],
          [0.08, 0.0075, 0.0005],
          [0.9, 0.0075, 0.0005],
          [1, 0.005, 0.0005],
        ],
        options: { widthDir: [1, 0, 0.25], rings: 24, sides: 12, exponent: 4 },
      },
    ],
  },
  // iliotibial tract: the thickened lateral band of the fascia lata over vastus lateralis, crossing
  // the lateral femoral condyle to Gerdy's tubercle on the anterolateral tibial condyle
  {
    id: 'iliotibial_tract',
    pieces: [
      {
        path: [T([-0.0785, 0.79, -0.002]), T([-0.0835, 0.69, 0.0]), T([-0.072, 0.62, 0.006]), T([-0.056, 0.55, 0.01]), S([-0.045, 0.5, 0.017]), S([-0.033, 0.466, 0.025])],
        profile: [
          [0, 0.02, 0.0012],
          [0.6, 0.017, 0.0012],
          [0.85, 0.011, 0.0014],
          [1, 0.0065, 0.0014],
        ],
        options: { widthDir: [0, 0, 1], rings: 32, sides: 12, exponent: 3, capRings: 0 },
      },
    ],
  },
];
