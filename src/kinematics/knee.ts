/**
 * Tibiofemoral motion of the right knee: the tibia's rigid transform relative to the femur as a
 * function of flexion. Pure: no three.js.
 *
 * Model (Churchill et al. 1998, Clin Orthop 356:111: two fixed axes reproduce knee kinematics to
 * within 3.4 mm and 2.9°): flexion about the femoral transepicondylar axis through the centres of
 * the posterior condyles (joints.ts KNEE), and tibial internal rotation about a longitudinal axis
 * of the tibia through the MEDIAL compartment. Rotating about a medial pivot moves the lateral
 * tibial plateau forward under the lateral femoral condyle, i.e. the lateral condyle rolls back on
 * the tibia while the medial stays nearly in place (the "medial pivot": Freeman & Pinskerova 2005,
 * J Biomech 38:197, MRI of unloaded and loaded knees; Iwaki, Pinskerova & Freeman 2000, JBJS Br
 * 82:1189; Johal et al. 2005, J Biomech 38:269: lateral condyle back ≈ 22 mm by 120°, medial
 * "minimal"; femur externally rotated ≈ 20° by 120°, loaded). Beyond 120° both condyles move back
 * a further 5–12 mm (Johal 2005, deep squat).
 *
 * Tibial internal rotation φ(θ) rises steeply through the first 20–30° (screw-home, reversed) and
 * slowly after: 6.3° at 20°, 14.9° at 90° and 15° at 120° in Walker, Rovick & Robertson's cadaver
 * regression (1988, J Biomech 21:965), 20° by 120° in loaded knees (Johal 2005). Ours: ≈ 8° at 20°,
 * ≈ 17° at 90°, ≈ 18° at 120°.
 *
 * Frame: joints.ts (metres, +Y up, medial +X, anterior +Z). Internal rotation of a right tibia
 * turns its front toward the midline (+X): a positive rotation about +Y.
 */
import { KNEE } from './joints';
import type { Quat, Vec3 } from './joints';

const deg = Math.PI / 180;

/**
 * Centres of the posterior femoral condyles (flexion facets) in the rest pose: on the flexion
 * axis, ≈ 44 mm apart (femoral bicondylar width ≈ 85 mm; Terzidis et al. 2012, Anat Res Int
 * 2012:679658). The medial one is the pivot.
 */
export const CONDYLE_CENTRES: { medial: Vec3; lateral: Vec3 } = {
  medial: [KNEE.centre[0] + 0.022, KNEE.centre[1], KNEE.centre[2]],
  lateral: [KNEE.centre[0] - 0.022, KNEE.centre[1], KNEE.centre[2]],
};

/** The tibia's longitudinal rotation axis: vertical (tibial frame) through the medial compartment. */
export const TIBIAL_PIVOT: Vec3 = CONDYLE_CENTRES.medial;

/** Tibial internal rotation (degrees) at `flexionDeg`: saturating screw-home plus a slow rise. */
export function tibialRotation(flexionDeg: number): number {
  const t = Math.max(0, flexionDeg);
  return 14 * (1 - Math.exp(-t / 25)) + 0.035 * t;
}

/**
 * Posterior translation (metres) of the femur on the tibia common to both condyles (the medial
 * condyle's roll-back): ≈ 2 mm up to 120° (Freeman & Pinskerova: the medial condyle "hardly moves"
 * from 0 to 120°), then ≈ 7 mm more to 140° (deep flexion, both condyles roll back: Johal 2005).
 */
export function femoralRollBack(flexionDeg: number): number {
  const t = Math.max(0, flexionDeg);
  const early = (0.002 * Math.min(t, 120)) / 120;
  const deep = t > 120 ? 0.007 * smooth((t - 120) / 20) : 0;
  return early + deep;
}

function smooth(u: number): number {
  const c = Math.min(1, Math.max(0, u));
  return c * c * (3 - 2 * c);
}

export interface RigidTransform {
  /** Rotation (x, y, z, w), applied about the origin of the frame. */
  rotation: Quat;
  /** Translation, metres. */
  translation: Vec3;
}

function quatMul(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

function axisAngle(axis: Vec3, angleDeg: number): Quat {
  const h = (angleDeg * deg) / 2;
  const s = Math.sin(h);
  return [axis[0] * s, axis[1] * s, axis[2] * s, Math.cos(h)];
}

/** Rotate v by the unit quaternion q. */
export function rotateVec(q: Quat, v: Vec3): Vec3 {
  const [x, y, z, w] = q;
  const cx = y * v[2] - z * v[1];
  const cy = z * v[0] - x * v[2];
  const cz = x * v[1] - y * v[0];
  const ccx = y * cz - z * cy;
  const ccy = z * cx - x * cz;
  const ccz = x * cy - y * cx;
  return [v[0] + 2 * (w * cx + ccx), v[1] + 2 * (w * cy + ccy), v[2] + 2 * (w * cz + ccz)];
}

/**
 * The knee_joint node's local transform (relative to the femur / root frame) at `flexionDeg`:
 * a point p of the shank (rest-pose world coordinates) is at rotation · (p − KNEE.centre) +
 * translation. At 0° this is the rest transform (identity, KNEE.centre).
 *
 * Composition: in the tibia's own frame, internal rotation φ about the vertical through the medial
 * pivot and a forward shift s of the tibia (= the femur rolling back by s); then flexion θ about
 * the femoral flexion axis. rotation = R_flex(θ) · R_y(φ), whose twist about the flexion axis is
 * exactly θ, so jointAngle(KNEE, rotation) still reads the flexion angle.
 */
export function kneePose(flexionDeg: number): RigidTransform {
  const flex = axisAngle(KNEE.axis, flexionDeg);
  const axial = axisAngle([0, 1, 0], tibialRotation(flexionDeg));
  const rotation = quatMul(flex, axial);
  const c = KNEE.centre;
  const s = femoralRollBack(flexionDeg);
  // p' = Rf·(Ry·(p − P) + P + s·ẑ − C) + C  =  R·(p − C) + [R·(C − P) + Rf·(P − C + s·ẑ)] + C
  const P = TIBIAL_PIVOT;
  const a = rotateVec(rotation, [c[0] - P[0], c[1] - P[1], c[2] - P[2]]);
  const b = rotateVec(flex, [P[0] - c[0], P[1] - c[1], P[2] - c[2] + s]);
  return { rotation, translation: [c[0] + a[0] + b[0], c[1] + a[1] + b[1], c[2] + a[2] + b[2]] };
}

/** World position at `flexionDeg` of a shank point given in rest-pose world coordinates. */
export function shankPointAt(restPoint: Vec3, flexionDeg: number): Vec3 {
  const { rotation, translation } = kneePose(flexionDeg);
  const c = KNEE.centre;
  const r = rotateVec(rotation, [restPoint[0] - c[0], restPoint[1] - c[1], restPoint[2] - c[2]]);
  return [translation[0] + r[0], translation[1] + r[1], translation[2] + r[2]];
}

/** Inverse of shankPointAt: a world point (femur frame) expressed in the tibia's rest frame. */
export function toTibiaFrame(worldPoint: Vec3, flexionDeg: number): Vec3 {
  const { rotation, translation } = kneePose(flexionDeg);
  const inv: Quat = [-rotation[0], -rotation[1], -rotation[2], rotation[3]];
  const r = rotateVec(inv, [worldPoint[0] - translation[0], worldPoint[1] - translation[1], worldPoint[2] - translation[2]]);
  return [r[0] + KNEE.centre[0], r[1] + KNEE.centre[1], r[2] + KNEE.centre[2]];
}
