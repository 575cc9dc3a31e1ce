/** Tibia: plateau, tuberosity, triangular shaft, distal end and medial malleolus. */
import { cylinderX, ellipsoid, roundCone, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import { FLEXION_CLEARANCE_DEG, behindFlexionPlane } from './kneeClearance';

export function tibia(): Sdf {
  const body = union([
    // condyles forming the plateau (top at y ≈ 0.478, 2 cm below the knee axis)
    [ellipsoid([0.02, 0.462, -0.001], [0.021, 0.016, 0.024]), 0],
    [ellipsoid([-0.02, 0.463, -0.003], [0.02, 0.015, 0.022]), 0.01],
    [ellipsoid([0.0, 0.458, -0.002], [0.03, 0.017, 0.022]), 0.01],
    // intercondylar eminence
    [sphere([0.004, 0.476, -0.002], 0.0045), 0.004],
    [sphere([-0.005, 0.476, -0.003], 0.0045), 0.004],
    // tibial tuberosity
    [ellipsoid([0.0, 0.432, 0.021], [0.011, 0.017, 0.007]), 0.012],
    // shaft, with the sharp anterior border and the posterior surface
    [roundCone([0.0, 0.44, -0.001], [0.005, 0.14, 0.001], 0.014, 0.011), 0.02],
    [roundCone([-0.002, 0.42, 0.01], [0.006, 0.15, 0.011], 0.005, 0.004), 0.012],
    // soleal line: oblique ridge on the upper posterior shaft, down and medially
    [roundCone([-0.02, 0.425, -0.014], [0.01, 0.365, -0.013], 0.0025, 0.0022), 0.006],
    // distal end and medial malleolus (tip y ≈ 0.067)
    [ellipsoid([0.005, 0.108, 0.002], [0.022, 0.026, 0.02]), 0.03],
    [ellipsoid([0.024, 0.088, 0.004], [0.0075, 0.02, 0.011]), 0.008],
  ]);
  return subtract(body, [
    // the talar dome in the ankle mortise (only between the malleoli)
    [(x, y, z) => Math.max(cylinderX([0, 0.072, 0.0], 0.0235)(x, y, z), Math.abs(x - 0.001) - 0.0168), 0.004],
    // slightly dished plateau
    [ellipsoid([0.02, 0.492, -0.004], [0.014, 0.014, 0.018]), 0.004],
    [ellipsoid([-0.02, 0.492, -0.006], [0.013, 0.0145, 0.016]), 0.004],
    [behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004],
  ]);
}
