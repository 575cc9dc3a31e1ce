/** Distal femur (thigh segment): condyles, trochlea, notch, epicondyles, posterior ridges. */
import { ellipsoid, roundBox, roundCone, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';

export const FEMUR_TOP = 0.76;
/** Femoral shaft axis: slopes down and medially ≈ 7° (anatomical valgus), meets the knee at x≈0. */
const femurShaftAt = (y: number): V3 => [-(y - 0.52) * Math.tan((7 * Math.PI) / 180), y, FEMUR_SHAFT_Z];
/**
 * The shaft lies in front of the flexion axis (the posterior condyles project behind the popliteal
 * surface), which also leaves room for the back of the tibial plateau in deep flexion.
 */
const FEMUR_SHAFT_Z = 0.016;

export function femur(): Sdf {
  const body = union([
    [roundCone(femurShaftAt(0.56), femurShaftAt(FEMUR_TOP + 0.02), 0.0165, 0.0135), 0],
    // the distal shaft broadens into a triangle whose back is the popliteal surface
    [ellipsoid(femurShaftAt(0.615).map((v, i) => v + [0, 0, -0.003][i]) as V3, [0.021, 0.085, 0.0155]), 0.02],
    // metaphysis flaring into the condyles
    [ellipsoid([0.0, 0.545, 0.009], [0.034, 0.04, 0.021]), 0.02],
    // posterior condyles: round about the flexion axis (radius ≈ 21 mm)
    [ellipsoid([0.022, 0.5, 0.0], [0.016, 0.0225, 0.0225]), 0.006],
    [ellipsoid([-0.022, 0.501, 0.0], [0.0155, 0.021, 0.021]), 0.006],
    // anterior (patellofemoral) parts of the condyles; lateral lip higher and more prominent
    [ellipsoid([0.019, 0.517, 0.012], [0.018, 0.024, 0.022]), 0.01],
    [ellipsoid([-0.02, 0.52, 0.014], [0.019, 0.026, 0.022]), 0.01],
    // epicondyles and adductor tubercle
    [sphere([0.035, 0.512, -0.003], 0.0085), 0.008],
    [sphere([-0.036, 0.513, -0.002], 0.0075), 0.008],
    [sphere([0.033, 0.548, -0.01], 0.005), 0.008],
    // supracondylar lines bounding the popliteal surface
    [roundCone([0.027, 0.54, -0.013], femurShaftAt(0.7).map((v, i) => v + [0.008, 0, -0.011][i]) as V3, 0.0032, 0.0025), 0.006],
    [roundCone([-0.03, 0.535, -0.013], femurShaftAt(0.7).map((v, i) => v + [-0.008, 0, -0.011][i]) as V3, 0.0032, 0.0025), 0.006],
  ]);
  return subtract(body, [
    // intercondylar fossa (behind and below, between the condyles)
    [roundCone([0.0, 0.478, -0.026], [0.0, 0.507, -0.002], 0.0095, 0.006), 0.004],
    // trochlear groove (patellar surface)
    [roundCone([0.002, 0.49, 0.041], [0.0, 0.56, 0.03], 0.012, 0.012), 0.006],
    // the flat popliteal surface between the supracondylar lines
    [roundBox([femurShaftAt(0.62)[0], 0.62, -0.026], [0.03, 0.075, 0.02], 0.01), 0.006],
  ]);
}
