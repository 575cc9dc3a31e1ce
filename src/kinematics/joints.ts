/**
 * Joint geometry and ranges of the right lower leg, shared by the model generator (which bakes the
 * animation clips from it) and the viewer (pose sliders, angle readouts). Pure: no three.js, no React.
 *
 * Frame: metres, +Y up, subject facing +Z, right leg: medial = +X, lateral = −X, anterior = +Z.
 * Proportions: adult of 1.75 m (segment lengths after Winter, Biomechanics and Motor Control of
 * Human Movement, 4th ed., table 4.1: knee height ≈ 0.285 H, ankle height ≈ 0.039 H).
 */

export type Vec3 = readonly [number, number, number];
export type Quat = readonly [number, number, number, number]; // x, y, z, w (glTF order)

export type JointId = 'knee' | 'ankle';

export interface JointDef {
  id: JointId | 'subtalar' | 'toes';
  /** glTF node name of the joint. */
  node: 'knee_joint' | 'ankle_joint' | 'subtalar_joint' | 'toes_joint';
  /** Joint centre in the rest (anatomical) pose, world frame. */
  centre: Vec3;
  /** Unit rotation axis in the rest pose. A positive angle is knee flexion / ankle plantarflexion. */
  axis: Vec3;
  /** Normal range of motion in degrees (negative = hyperextension / dorsiflexion). */
  range: { min: number; max: number };
}

function normalize(v: Vec3): Vec3 {
  const l = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / l, v[1] / l, v[2] / l];
}

const deg = Math.PI / 180;

/**
 * Knee: flexion about the transepicondylar (medio-lateral) axis, through the centres of the
 * posterior femoral condyles, ~2 cm above the tibial plateau. Positive rotation about +X swings the
 * foot backwards (flexion). The knee is not a pure hinge: the tibia also rotates internally about a
 * medial-compartment axis and the femur rolls back on it (knee.ts kneePose, which the model's clip,
 * the sliders and muscleLength use); `centre`, `axis` and the angle (jointAngle of the knee node's
 * rotation) describe the flexion part. jointRotation(KNEE, θ) alone is the hinge approximation.
 */
export const KNEE: JointDef = {
  id: 'knee',
  node: 'knee_joint',
  centre: [0, 0.5, 0],
  axis: [1, 0, 0],
  range: { min: 0, max: 140 },
};

/**
 * Ankle (talocrural): the empirical axis runs just below the tips of the malleoli, from the lateral
 * malleolus (lower, posterior) to the medial malleolus (higher, anterior): inclined ~8° to the
 * horizontal in the frontal plane and rotated ~20° externally in the transverse plane (Inman 1976,
 * The Joints of the Ankle). Pointing medially, positive rotation is plantarflexion.
 */
export const ANKLE: JointDef = {
  id: 'ankle',
  node: 'ankle_joint',
  centre: [0, 0.075, 0],
  axis: normalize([Math.cos(20 * deg) * Math.cos(8 * deg), Math.sin(8 * deg), Math.sin(20 * deg) * Math.cos(8 * deg)]),
  range: { min: -20, max: 50 },
};

/**
 * Subtalar (talocalcaneal) joint: Inman's axis, from the posterolateral plantar calcaneus up through
 * the talocalcaneal joints to the superomedial talar neck, inclined 42° up from the horizontal and
 * 23° medial to the foot's long axis (Isman & Inman 1969; Inman 1976, The Joints of the Ankle:
 * 42 ± 9° and 23 ± 11°). The model's (real, scanned) foot points 12° lateral of +Z — the subject's
 * tibial torsion — so the axis lies 11° medial of +Z. Pointing forward, up and medially, positive rotation is inversion
 * coupled with adduction and plantarflexion (supination). Range: about 20° of inversion and 10° of
 * eversion (Norkin & White, Measurement of Joint Motion). The talus stays with the ankle (talocrural)
 * joint; every other foot bone turns about this axis. Not part of `Pose`: the viewer's sliders and
 * length model pose the knee and the ankle only (the subtalar joint at 0°).
 */
/** 23° medial to the foot's axis, which turns 12° out from +Z (see SUBTALAR). */
const FOOT_MEDIAL_DEVIATION = 23 - 12;

export const SUBTALAR: JointDef = {
  id: 'subtalar',
  node: 'subtalar_joint',
  centre: [0.0, 0.052, -0.002],
  axis: normalize([Math.sin(FOOT_MEDIAL_DEVIATION * deg) * Math.cos(42 * deg), Math.sin(42 * deg), Math.cos(FOOT_MEDIAL_DEVIATION * deg) * Math.cos(42 * deg)]),
  range: { min: -10, max: 20 },
};

/**
 * Metatarsophalangeal (MTP) joints of toes 1–5, as one hinge: the oblique "metatarsal break" line
 * through the heads of metatarsals 1–5. Measured on the real (scanned) forefoot: spheres fitted to
 * the distal 12 mm of each metatarsal give head centres (mm) (2.6, 30.5, 141.4), (−20.9, 24.0,
 * 140.7), (−34.3, 21.4, 139.6), (−43.3, 13.1, 129.3), (−57.1, 9.7, 123.2), radii 8.8–12.2 mm; the
 * heads lie on a parabola (the 2nd longest), so no line passes through all five: this one minimises
 * the largest miss (4.9 mm, inside every head). It runs laterally, back and down from the first
 * head (her first ray sits high), ≈ 17° off the transverse in the frontal plane and ≈ 17° in the
 * transverse plane. Pointing medially, positive rotation is flexion (plantarflexion of the toes),
 * negative extension (dorsiflexion). Range: AAOS (Joint Motion: Method of Measuring and Recording,
 * 1965) and Norkin & White (Measurement of Joint Motion) give the first MTP 0–45° flexion and
 * 0–70° extension, the lesser toes 0–40° both ways; one hinge for all five toes takes 40° of
 * flexion and 60° of extension. `Pose.toes` (optional, 0 when absent) poses it in the length model
 * (muscleLength.ts); the viewer's sliders hold the knee and the ankle and play it as toe flexion /
 * extension.
 */
export const TOES: JointDef = {
  id: 'toes',
  node: 'toes_joint',
  centre: [-0.0275, 0.0229, 0.1366],
  axis: normalize([0.9101, 0.2956, 0.2905]),
  range: { min: -60, max: 40 },
};

export const JOINTS: Record<JointId, JointDef> = { knee: KNEE, ankle: ANKLE };

/**
 * A pose: joint angles in degrees. knee: flexion; ankle: plantarflexion (negative = dorsiflexion);
 * toes: flexion at the MTP joints (TOES; negative = extension), default 0. The toes are optional so
 * that the viewer's knee + ankle poses (sliders, setPose, deep links) stay valid poses unchanged.
 */
export interface Pose {
  knee: number;
  ankle: number;
  toes?: number;
}

export const NEUTRAL_POSE: Pose = { knee: 0, ankle: 0 };

export function clampToRange(joint: JointDef, angleDeg: number): number {
  return Math.min(joint.range.max, Math.max(joint.range.min, angleDeg));
}

/** Quaternion (x, y, z, w) for a rotation of `angleDeg` about the joint's axis. */
export function jointRotation(joint: JointDef, angleDeg: number): Quat {
  const half = (angleDeg * deg) / 2;
  const s = Math.sin(half);
  return [joint.axis[0] * s, joint.axis[1] * s, joint.axis[2] * s, Math.cos(half)];
}

/** Inverse of jointRotation: the signed angle (degrees) of a quaternion about the joint's axis. */
export function jointAngle(joint: JointDef, q: Quat): number {
  const [x, y, z, w] = q;
  const along = x * joint.axis[0] + y * joint.axis[1] + z * joint.axis[2];
  return (2 * Math.atan2(along, w)) / deg;
}
