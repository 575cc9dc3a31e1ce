/** Fibula: head, shaft and lateral malleolus. */
import { ellipsoid, roundCone, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import { FLEXION_CLEARANCE_DEG, behindFlexionPlane } from './kneeClearance';

export function fibula(): Sdf {
  return subtract(union([
    // head just below the posterolateral tibial condyle, not reaching the knee joint
    [ellipsoid([-0.035, 0.441, -0.018], [0.0105, 0.012, 0.0105]), 0],
    [roundCone([-0.035, 0.44, -0.018], [-0.032, 0.1, -0.011], 0.0065, 0.006), 0.012],
    // lateral malleolus: lower (tip y ≈ 0.052) and more posterior than the medial
    [ellipsoid([-0.031, 0.075, -0.011], [0.0085, 0.023, 0.012]), 0.012],
  ]), [[behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004]]);
}
