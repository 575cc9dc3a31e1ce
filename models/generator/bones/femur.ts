/**
 * Distal femur (thigh segment). Each condyle is its side-view outline extruded medio-laterally with
 * rounded edges: J-shaped, a posterior "flexion facet" circular about the knee axis (y = 0.50,
 * radius ≈ 21 mm, the circle the knee rolls on) running into a flatter distal "extension facet" and
 * the anterior patellar surface, ≈ 61 mm deep front to back (Kapur et al.; Terzidis et al. 2012:
 * 55–73 mm). The trochlea spans both condyles in front, its lateral lip higher and more prominent;
 * the intercondylar notch (≈ 20 mm wide, Terzidis: 22.0 ± 1.8 mm in men) is cut between them behind
 * and below. Epicondyles and adductor tubercle are low swellings, the supracondylar lines and the
 * linea aspera broad ridges laid on the surface, the popliteal surface flat.
 */
import { ellipsoid, roundCone, smax, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';
import { extrudeX, filletPolygon, under } from './profile';
import type { P2 } from './profile';

export const FEMUR_TOP = 0.76;
/** Femoral shaft axis: slopes down and medially ≈ 7° (anatomical valgus), meets the knee at x≈0. */
const femurShaftAt = (y: number): V3 => [-(y - 0.52) * Math.tan((7 * Math.PI) / 180), y, FEMUR_SHAFT_Z];
/**
 * The shaft lies in front of the flexion axis (the posterior condyles project behind the popliteal
 * surface), which also leaves room for the back of the tibial plateau in deep flexion.
 */
const FEMUR_SHAFT_Z = 0.016;

/** Knee flexion axis (joints.ts KNEE) in the sagittal plane, and the posterior condyles' radius. */
const AXIS_Y = 0.5;
export const POSTERIOR_CONDYLE_RADIUS = 0.021;

/** Medio-lateral extents of the condyles (x); the notch lies between their inner faces. */
export const CONDYLES = {
  medial: { inner: 0.0098, outer: 0.0362 },
  lateral: { inner: -0.0098, outer: -0.0375 },
} as const;

/**
 * Side-view (y, z) outline of a condyle: posterior circle about the axis, flatter distal arc, anterior
 * face up to the trochlear lip (`front` = its most anterior z, `lipTop` = its upper end).
 */
function condyleOutline(front: number, lipTop: number): P2[] {
  const pts: P2[] = [];
  const r = POSTERIOR_CONDYLE_RADIUS;
  // from the top of the posterior condyle down round the flexion facet to the lowest point: circular
  // about the axis from straight down to 165° (deep flexion keeps the tibia on this circle)
  for (let k = 0; k <= 14; k++) {
    const phi = ((165 - (165 * k) / 14) * Math.PI) / 180;
    pts.push([AXIS_Y - r * Math.cos(phi), -r * Math.sin(phi)]);
  }
  // the distal (extension) facet: a flatter arc forward and up into the anterior face
  const cz = 0.009;
  const ry = 0.035;
  const rz = front - cz;
  for (let k = 1; k <= 9; k++) {
    const psi = (((90 * k) / 9) * Math.PI) / 180;
    pts.push([AXIS_Y - r + ry - ry * Math.cos(psi), cz + rz * Math.sin(psi)]);
  }
  // anterior face rising to the lip, then back over the top to the metaphysis
  pts.push([lipTop - 0.012, front - 0.002]);
  pts.push([lipTop - 0.002, front - 0.008]);
  pts.push([lipTop + 0.001, front - 0.018]);
  pts.push([lipTop - 0.01, 0.002]);
  pts.push([0.532, -0.0035]);
  return pts;
}

export function femur(): Sdf {
  // seen from behind each condyle is a rounded lobe, not a box: the extrusion is trimmed by an
  // elliptic cylinder (axis front-back) behind the axis, the medial one narrower and more curved
  const trim = (shape: Sdf, lobe: Sdf): Sdf => (x, y, z) => smax(shape(x, y, z), lobe(x, y, z), 0.004);
  const lateral = trim(
    extrudeX(condyleOutline(0.039, 0.567), CONDYLES.lateral.outer, CONDYLES.lateral.inner, 0.012),
    posteriorLobe(CONDYLES.lateral, 1.12, 0.032),
  );
  const medial = trim(
    extrudeX(condyleOutline(0.034, 0.556), CONDYLES.medial.inner, CONDYLES.medial.outer, 0.012),
    posteriorLobe(CONDYLES.medial, 1.04, 0.027),
  );
  // the patellar surface bridging the condyles in front of the notch
  const trochlea = extrudeX(
    filletPolygon(
      [
        [0.497, 0.026],
        [0.507, 0.032],
        [0.552, 0.032],
        [0.566, 0.026],
        [0.56, 0.004],
        [0.515, 0.004],
      ],
      [0.006, 0.008, 0.01, 0.006, 0.004, 0.006],
    ),
    -0.035,
    0.033,
    0.008,
  );
  // the metaphysis: flaring from the shaft to the epicondyles like a trumpet (narrowing fastest just
  // above them), its back flattened into the popliteal surface
  const metaphysisBody = flare(0.505, 0.66, [-0.002, 0.01], [femurShaftAt(0.66)[0], FEMUR_SHAFT_Z], [0.032, 0.021], [0.0165, 0.015]);
  const metaphysis: Sdf = (x, y, z) => smax(metaphysisBody(x, y, z), -(z + 0.004), 0.008);
  const base = union([
    [roundCone(femurShaftAt(0.56), femurShaftAt(FEMUR_TOP + 0.02), 0.0165, 0.0135), 0],
    // the distal shaft broadens into a triangle whose back is the popliteal surface
    [ellipsoid(femurShaftAt(0.625).map((v, i) => v + [0, 0, -0.002][i]) as V3, [0.022, 0.085, 0.0155]), 0.02],
    [metaphysis, 0.02],
    [lateral, 0.012],
    [medial, 0.012],
    [trochlea, 0.01],
  ]);
  // ridges and swellings sit on the surface they belong to, so they blend in instead of standing off
  const ridge = (a: V3, b: V3, ra: number, rb: number, depth: number): Sdf =>
    roundCone(under(base, a, depth), under(base, b, depth), ra, rb);
  const shaftBack = (y: number, dx: number): V3 => {
    const c = femurShaftAt(y);
    return [c[0] + dx, y, c[2] - 0.02];
  };
  const body = union([
    [base, 0],
    // epicondyles: broad low swellings on the sides of the condyles
    [ellipsoid([0.0345, 0.512, 0.002], [0.005, 0.015, 0.012]), 0.014],
    [ellipsoid([-0.0355, 0.509, 0.002], [0.0048, 0.014, 0.012]), 0.014],
    // adductor tubercle at the top of the medial supracondylar line
    [ellipsoid(under(base, [0.034, 0.55, -0.008], 0.002), [0.0045, 0.007, 0.0055]), 0.01],
    // medial and lateral supracondylar lines converging on the linea aspera
    [ridge([0.031, 0.556, -0.012], shaftBack(0.7, 0.004), 0.0035, 0.0035, 0.0024), 0.01],
    [ridge([-0.034, 0.535, -0.012], shaftBack(0.7, -0.004), 0.0035, 0.0035, 0.0024), 0.01],
    // linea aspera: a broad rough ridge down the back of the shaft
    [ridge(shaftBack(0.69, 0), shaftBack(FEMUR_TOP + 0.02, -0.001), 0.0042, 0.0045, 0.0026), 0.01],
  ]);
  return subtract(body, [
    // intercondylar notch: between the condyles, behind and below, roofed by a line sloping up backwards
    [
      extrudeX(
        [
          [0.43, -0.05],
          [0.527, -0.05],
          [0.526, -0.024],
          [0.516, -0.006],
          [0.5, 0.01],
          [0.49, 0.015],
          [0.43, 0.015],
        ],
        -0.0098,
        0.0098,
        0.0025,
      ),
      0.003,
    ],
    // trochlear groove: broad and shallow, fading out at the top of the patellar surface
    [roundCone([0.0005, 0.488, 0.0485], [0.0, 0.566, 0.0495], 0.018, 0.0145), 0.006],
  ]);
}

/**
 * Posterior rounding of a condyle (seen from behind): an elliptic cylinder along z about the
 * condyle's middle at the axis height, `widen` × its half-width wide and `halfHeight` high, fading
 * out in front of the axis so the distal and patellar surfaces are untouched.
 */
function posteriorLobe(side: { inner: number; outer: number }, widen: number, halfHeight: number): Sdf {
  const cx = (side.inner + side.outer) / 2;
  const a = (Math.abs(side.outer - side.inner) / 2) * widen;
  const b = halfHeight;
  return (x, y, z) => {
    const e = Math.hypot((x - cx) / a, (y - AXIS_Y) / b);
    return (e - 1) * Math.min(a, b) - Math.max(0, z + 0.002) * 3;
  };
}

/**
 * An elliptic section sliding from (x, z) = `c0` with half-axes `r0` at height y0 to `c1`, `r1` at y1,
 * the half-axes shrinking with the square of the height (concave, as the femur flares), capped
 * above and below.
 */
function flare(y0: number, y1: number, c0: readonly [number, number], c1: readonly [number, number], r0: readonly [number, number], r1: readonly [number, number]): Sdf {
  return (x, y, z) => {
    const t = Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
    const u = 1 - (1 - t) ** 2;
    const a = r0[0] + (r1[0] - r0[0]) * u;
    const b = r0[1] + (r1[1] - r0[1]) * u;
    const e = Math.hypot((x - (c0[0] + (c1[0] - c0[0]) * t)) / a, (z - (c0[1] + (c1[1] - c0[1]) * t)) / b);
    return smax((e - 1) * Math.min(a, b), Math.max(y0 - 0.012 - y, y - y1), 0.01);
  };
}

/** 0 → 1 over [a, b] (smooth). */
function ramp(v: number, a: number, b: number): number {
  const t = Math.min(1, Math.max(0, (v - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

/**
 * Articular cartilage of the femur (0 = bone, 1 = cartilage): the condyles below and behind, and the
 * patellar surface in front (its upper border higher on the lateral side), not the notch, the
 * epicondylar sides or the shaft.
 */
export function femurCartilage(p: V3, n: V3): number {
  const [x, y, z] = p;
  const side = x < 0 ? CONDYLES.lateral : CONDYLES.medial;
  const ax = Math.abs(x);
  // across: inside the outer rounded edge of the condyle
  const across = ramp(Math.abs(side.outer) - ax, 0.002, 0.0045);
  // upper border: patellar surface in front (lateral side higher), lower behind
  const front = ramp(z, 0.004, 0.014);
  // behind, each condyle's cartilage ends in a dome (highest mid-condyle), not a straight edge
  const u = (x - (side.inner + side.outer) / 2) / (Math.abs(side.outer - side.inner) / 2);
  const dome = (1 - front) * (0.004 - 0.012 * u * u);
  const top = 0.523 + dome + front * (0.03 + (x < 0 ? 0.008 * ramp(-x, 0.0, 0.02) : 0) - 0.006 * ramp(x, 0.0, 0.025));
  const below = ramp(top - y, 0.0, 0.002);
  // not the notch (behind the trochlea, between the condyles)
  const notch = ramp(ax, 0.0105, 0.012) + ramp(z, 0.012, 0.017);
  const back = n[1] > 0.45 && z < 0 ? 0 : 1; // upper surfaces of the posterior condyles are capsule, not cartilage
  return across * below * Math.min(1, notch) * back;
}
