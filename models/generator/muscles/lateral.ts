/** Lateral compartment: fibularis longus and brevis. Sources: see models/generator/softTissue.ts. */
import type { TissueDef } from '../tissue';
import { F, fusiform, S } from '../tissue';
import { R } from './footRays';

export const LATERAL_COMPARTMENT: TissueDef[] = [
  // ---------------------------------------------------------------- lateral compartment
  {
    id: 'fibularis_longus',
    pieces: [
      {
        path: [
          S([-0.044, 0.43, -0.01]),
          S([-0.044, 0.32, -0.012]),
          S([-0.033, 0.2, -0.0215]),
          S([-0.031, 0.105, -0.025]),
          S([-0.035, 0.075, -0.029]),
          F([-0.042, 0.045, -0.008]),
          F([-0.039, 0.018, 0.045]),
          // on the real foot: round the cuboid's groove and obliquely across the sole in its deepest
          // layer (FHB arises partly from its sheath) to the plantar side of the first metatarsal's
          // base and the medial cuneiform
          R(-42, 22, 44),
          R(-29, 18.5, 52),
          R(-15, 26, 68),
          R(-4, 29.5, 80),
        ],
        profile: fusiform({
          originW: 0.011,
          originT: 0.007,
          // fractions of the whole path, kept at the same distance from the origin after the
          // re-route on the real foot (3 % shorter)
          bellyAt: 0.207,
          bellyW: 0.012,
          bellyT: 0.0085,
          tendonFrom: 0.331,
          tendonW: 0.0028,
          tendonT: 0.0022,
        }),
        // flattened against the lateral surface of the fibula: wide front to back, thin across
        options: { widthDir: [0, 0, 1] },
        tendon: [[0.351, 1]],
      },
    ],
  },
  {
    id: 'fibularis_brevis',
    pieces: [
      {
        path: [
          S([-0.041, 0.27, -0.007]),
          S([-0.036, 0.18, -0.016]),
          S([-0.031, 0.11, -0.021]),
          S([-0.032, 0.078, -0.025]),
          F([-0.038, 0.046, -0.003]),
          F([-0.042, 0.03, 0.05]),
          F([-0.043, 0.026, 0.074]),
        ],
        profile: fusiform({
          originW: 0.006,
          originT: 0.004,
          bellyAt: 0.3,
          bellyW: 0.0105,
          bellyT: 0.0055,
          tendonFrom: 0.5,
          tendonW: 0.0028,
          tendonT: 0.002,
        }),
        options: { widthDir: [0, 0, 1] },
        tendon: [[0.52, 1]],
      },
    ],
  },
];
