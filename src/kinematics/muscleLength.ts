/**
 * Muscle–tendon unit lengths and moment arms of the triceps surae and tibialis anterior, from the
 * landmark table posed through the knee and ankle hinges of joints.ts. Pure: no three.js, no DOM.
 *
 * Model: each muscle is a polyline origin → via points → insertion, each point fixed to a segment
 * (thigh, shank, foot), posed as the .glb poses it (the knee's coupled motion of knee.ts). Gastrocnemius additionally wraps around a cylinder on the knee axis that
 * stands for the back of the femoral condyles, so that in deep flexion its path cannot cut through
 * the joint (the same device as the wrapping surfaces of OpenSim musculoskeletal models).
 *
 * Calibration targets (checked in tests/unit/muscleLength.test.ts):
 * - Achilles / triceps surae ankle moment arm at rest 4.3–5.6 cm from 15° dorsiflexion to 30°
 *   plantarflexion, growing toward plantarflexion (Maganaris, Baltzopoulos & Sargeant 2000, Eur J
 *   Appl Physiol 83:363, centre-of-rotation and tendon-excursion methods). Ultrasound estimates are
 *   smaller, ≈ 3.5–3.8 cm (Manal et al. 2013, Physiol Rep 1:e00139).
 * - Gastrocnemius knee moment arm ≈ 1.2–2 cm in cadavers (Spoor et al. 1990, J Biomech 23:1247,
 *   and Spoor & van Leeuwen 1992), ≈ 1.5–3 cm in other reports; ours is
 *   1.5–2.3 cm over 0–60° and falls off in deep flexion, where the muscle goes slack.
 * - Tibialis anterior ankle moment arm at rest ≈ 4.5 cm in dorsiflexion falling to ≈ 2.9 cm in
 *   plantarflexion (Maganaris et al. 2000, J Biomech 33:375); ours 3.8 → 2.4 cm over −20…50°.
 * - Length changes follow from these moment arms (ΔL = −∫ r dθ): gastrocnemius shortens ≈ 3 cm
 *   from 0 to 90° knee flexion and ≈ 2.5 cm from 0 to 30° plantarflexion, the same order as the
 *   length–angle curves of Grieve, Pheasant & Cavanagh 1978 and Hawkins & Hull 1990.
 */
import { ANKLE, JOINTS, KNEE, NEUTRAL_POSE, SUBTALAR, TOES, jointRotation } from './joints';
import { kneePose, rotateVec as rotate } from './knee';
import type { JointId, Pose, Vec3 } from './joints';
import { LANDMARKS } from './landmarks';
import type { LandmarkPointId, Segment } from './landmarks';
import { EXTRA_PATHS } from './musclePaths';
import type { ExtraPathMuscleId, PathPoint, PathSegment } from './musclePaths';
import { patellaPointAt } from './patella';

export type LengthMuscleId =
  | 'gastrocnemius_medial_head'
  | 'gastrocnemius_lateral_head'
  | 'soleus'
  | 'tibialis_anterior';

export const LENGTH_MUSCLES: readonly LengthMuscleId[] = [
  'gastrocnemius_medial_head',
  'gastrocnemius_lateral_head',
  'soleus',
  'tibialis_anterior',
];

/**
 * Radius of the cylinder on the knee flexion axis that the gastrocnemius path wraps around in
 * flexion (back of the femoral condyles, as seen from the axis through their posterior centres).
 */
export const KNEE_WRAP_RADIUS = 0.018;

interface MusclePathDef {
  /** Landmark ids in order from origin to insertion. */
  points: readonly LandmarkPointId[];
  /** Wrap the first leg of the path (thigh → shank) around the knee cylinder. */
  wrapsKnee: boolean;
}

const PATHS: Record<LengthMuscleId, MusclePathDef> = {
  gastrocnemius_medial_head: {
    points: [
      'gastrocnemius_medial_head_origin',
      'gastrocnemius_medial_head_belly',
      'calcaneal_tendon_narrowest',
      'gastrocnemius_medial_head_insertion',
    ],
    wrapsKnee: true,
  },
  gastrocnemius_lateral_head: {
    points: [
      'gastrocnemius_lateral_head_origin',
      'gastrocnemius_lateral_head_belly',
      'calcaneal_tendon_narrowest',
      'gastrocnemius_lateral_head_insertion',
    ],
    wrapsKnee: true,
  },
  soleus: {
    points: ['soleus_origin', 'soleus_belly', 'calcaneal_tendon_narrowest', 'soleus_insertion'],
    wrapsKnee: false,
  },
  tibialis_anterior: {
    points: ['tibialis_anterior_origin', 'tibialis_anterior_retinaculum', 'tibialis_anterior_insertion'],
    wrapsKnee: false,
  },
};

export function isLengthMuscleId(value: unknown): value is LengthMuscleId {
  return typeof value === 'string' && (LENGTH_MUSCLES as readonly string[]).includes(value);
}

/** Every muscle with a path: the four of the landmark table and those of musclePaths.ts. */
export type PathMuscleId = LengthMuscleId | ExtraPathMuscleId;
export const PATH_MUSCLES: readonly PathMuscleId[] = [...LENGTH_MUSCLES, ...(Object.keys(EXTRA_PATHS) as ExtraPathMuscleId[])];

export function isPathMuscleId(value: unknown): value is PathMuscleId {
  return typeof value === 'string' && (PATH_MUSCLES as readonly string[]).includes(value);
}

/** The rest-pose points of a muscle's path, origin first, each with the segment it moves with. */
export function pathPoints(id: PathMuscleId): { points: readonly PathPoint[]; wrapsKnee: boolean } {
  if (isLengthMuscleId(id)) {
    const def = PATHS[id];
    return { points: def.points.map((name) => ({ segment: LANDMARKS[name].segment, point: LANDMARKS[name].point })), wrapsKnee: def.wrapsKnee };
  }
  const extra = EXTRA_PATHS[id as ExtraPathMuscleId];
  if (!extra) throw new Error(`Unknown muscle "${String(id)}": expected one of ${PATH_MUSCLES.join(', ')}`);
  return extra;
}

function assertPose(pose: Pose): void {
  if (!pose || !Number.isFinite(pose.knee) || !Number.isFinite(pose.ankle) || (pose.toes !== undefined && !Number.isFinite(pose.toes))) {
    throw new Error(`Invalid pose ${JSON.stringify(pose)}: expected finite { knee, ankle } angles in degrees (and optionally toes)`);
  }
}

function assertMuscle(id: PathMuscleId): void {
  if (!isPathMuscleId(id)) {
    throw new Error(`Unknown muscle "${String(id)}": expected one of ${PATH_MUSCLES.join(', ')}`);
  }
}

/**
 * World position of a point fixed to `segment` (given in rest-pose world coordinates) in `pose`.
 * Mirrors the .glb hierarchy: knee_joint moved by kneePose (flexion coupled with tibial rotation
 * and roll-back, knee.ts), ankle_joint below it at ANKLE.centre − KNEE.centre rotated by the ankle
 * angle, and toes_joint (under subtalar_joint, held at 0° here) rotated by `pose.toes` about TOES.
 */
export function pointAt(segment: Segment | PathSegment, restPoint: Vec3, pose: Pose): Vec3 {
  assertPose(pose);
  // the patella rides on the femur's groove: its track is a function of the knee angle alone
  if (segment === 'patella') return patellaPointAt(restPoint, pose.knee);
  if (segment === 'thigh') return [restPoint[0], restPoint[1], restPoint[2]];
  if (segment === 'toes') {
    // the phalanges turn about the MTP hinge in the foot's frame; the foot then carries them
    const fromMtp: Vec3 = [restPoint[0] - TOES.centre[0], restPoint[1] - TOES.centre[1], restPoint[2] - TOES.centre[2]];
    const r = rotate(jointRotation(TOES, pose.toes ?? 0), fromMtp);
    return pointAt('foot', [TOES.centre[0] + r[0], TOES.centre[1] + r[1], TOES.centre[2] + r[2]], pose);
  }
  let local: Vec3 = [restPoint[0] - KNEE.centre[0], restPoint[1] - KNEE.centre[1], restPoint[2] - KNEE.centre[2]];
  if (segment === 'foot') {
    const fromAnkle: Vec3 = [restPoint[0] - ANKLE.centre[0], restPoint[1] - ANKLE.centre[1], restPoint[2] - ANKLE.centre[2]];
    const r = rotate(jointRotation(ANKLE, pose.ankle), fromAnkle);
    local = [
      ANKLE.centre[0] - KNEE.centre[0] + r[0],
      ANKLE.centre[1] - KNEE.centre[1] + r[1],
      ANKLE.centre[2] - KNEE.centre[2] + r[2],
    ];
  } else if (segment !== 'shank') {
    throw new Error(`Unknown segment "${String(segment)}": expected thigh, shank, foot, toes or patella`);
  }
  const knee = kneePose(pose.knee);
  const w = rotate(knee.rotation, local);
  return [knee.translation[0] + w[0], knee.translation[1] + w[1], knee.translation[2] + w[2]];
}

/**
 * Shortest path from p to q (world) around the knee cylinder (axis = KNEE.axis = +X through
 * KNEE.centre): the straight segment if it clears the cylinder, else tangent–arc–tangent, with the
 * x coordinate interpolated along the way (a helix on the cylinder). Returns the intermediate
 * points (tangent points and arc samples), excluding p and q.
 */
function wrapAroundKnee(p: Vec3, q: Vec3, radius: number): Vec3[] {
  const cy = KNEE.centre[1];
  const cz = KNEE.centre[2];
  const a: [number, number] = [p[1] - cy, p[2] - cz];
  const b: [number, number] = [q[1] - cy, q[2] - cz];
  const d: [number, number] = [b[0] - a[0], b[1] - a[1]];
  const dd = d[0] * d[0] + d[1] * d[1];
  const t = dd > 0 ? Math.max(0, Math.min(1, -(a[0] * d[0] + a[1] * d[1]) / dd)) : 0;
  const closest = Math.hypot(a[0] + t * d[0], a[1] + t * d[1]);
  if (closest >= radius || t <= 0 || t >= 1) return [];
  const la = Math.hypot(a[0], a[1]);
  const lb = Math.hypot(b[0], b[1]);
  if (la <= radius || lb <= radius) return [];
  const angA = Math.atan2(a[1], a[0]);
  const angB = Math.atan2(b[1], b[0]);
  const alphaA = Math.acos(radius / la);
  const alphaB = Math.acos(radius / lb);
  let best: { length: number; from: number; sweep: number } | null = null;
  for (const dir of [1, -1]) {
    const ta = angA + dir * alphaA;
    const tb = angB - dir * alphaB;
    let sweep = tb - ta;
    // go round in the direction `dir`, never more than one turn
    while (dir * sweep < 0) sweep += dir * 2 * Math.PI;
    while (dir * sweep > 2 * Math.PI) sweep -= dir * 2 * Math.PI;
    const length = la * Math.sin(alphaA) + lb * Math.sin(alphaB) + Math.abs(sweep) * radius;
    if (!best || length < best.length) best = { length, from: ta, sweep };
  }
  if (!best) return [];
  const steps = Math.max(1, Math.ceil(Math.abs(best.sweep) / (Math.PI / 12)));
  const tangentA = la * Math.sin(alphaA);
  const points: Vec3[] = [];
  for (let i = 0; i <= steps; i++) {
    const ang = best.from + (best.sweep * i) / steps;
    const s = (tangentA + (Math.abs(best.sweep) * radius * i) / steps) / best.length;
    points.push([p[0] + (q[0] - p[0]) * s, cy + radius * Math.cos(ang), cz + radius * Math.sin(ang)]);
  }
  return points;
}

/** The muscle's path in `pose`: origin, via (and wrapping) points, insertion — world, metres. */
export function musclePathAt(id: PathMuscleId, pose: Pose): Vec3[] {
  assertMuscle(id);
  assertPose(pose);
  const def = pathPoints(id);
  const posed = def.points.map((p) => pointAt(p.segment, p.point, pose));
  if (!def.wrapsKnee) return posed;
  const out: Vec3[] = [posed[0]];
  for (let i = 1; i < posed.length; i++) {
    if (def.points[i - 1].segment === 'thigh' && def.points[i].segment === 'shank') out.push(...wrapAroundKnee(posed[i - 1], posed[i], KNEE_WRAP_RADIUS));
    out.push(posed[i]);
  }
  return out;
}

function polylineLength(points: readonly Vec3[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    length += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
  }
  return length;
}

/** Muscle–tendon unit length in `pose`, metres (origin to insertion along the path). */
export function muscleLengthAt(id: PathMuscleId, pose: Pose): number {
  return polylineLength(musclePathAt(id, pose));
}

/** Length in `pose` divided by the length in the anatomical position (NEUTRAL_POSE). */
export function relativeLength(id: PathMuscleId, pose: Pose): number {
  return muscleLengthAt(id, pose) / muscleLengthAt(id, NEUTRAL_POSE);
}

/** Step of the central difference, degrees. */
const MOMENT_ARM_STEP_DEG = 0.5;

/**
 * Moment arm about `joint` in `pose`, metres, by the principle of virtual work: r = −dL/dθ
 * (θ in radians), by central finite difference. Positive: the muscle pulls toward the joint's
 * positive direction (knee flexion, ankle plantarflexion, toe flexion at the MTP joints); negative:
 * toward extension / dorsiflexion (tibialis anterior at the ankle, the long extensors at the toes).
 * Zero for a joint the muscle does not cross. 'toes' is the MTP hinge (joints.ts TOES), posed by
 * `pose.toes` (0 when absent).
 */
export function momentArm(id: PathMuscleId, joint: JointId | 'toes', pose: Pose): number {
  assertMuscle(id);
  assertPose(pose);
  if (!(joint in JOINTS) && joint !== 'toes') throw new Error(`Unknown joint "${String(joint)}": expected knee, ankle or toes`);
  const h = MOMENT_ARM_STEP_DEG;
  const at = joint === 'toes' ? (pose.toes ?? 0) : pose[joint];
  const plus: Pose = { ...pose, [joint]: at + h };
  const minus: Pose = { ...pose, [joint]: at - h };
  const dL = muscleLengthAt(id, plus) - muscleLengthAt(id, minus);
  return -dL / ((2 * h * Math.PI) / 180);
}

/**
 * Moment arm about the subtalar axis (joints.ts SUBTALAR) in `pose`, metres: positive = inversion,
 * negative = eversion. The subtalar joint is not part of `Pose`, so this is the static moment of a
 * unit pull where the path first reaches the foot, along the path back toward the leg, about the
 * axis carried with the foot: r = ((p − c) × û) · â. Zero for a muscle that does not reach the foot.
 */
export function subtalarMomentArm(id: PathMuscleId, pose: Pose): number {
  assertMuscle(id);
  const def = pathPoints(id);
  const i = def.points.findIndex((p) => p.segment === 'foot');
  if (i <= 0) return 0;
  const path = def.points.map((p) => pointAt(p.segment, p.point, pose));
  const p = path[i];
  const q = path[i - 1];
  const c = pointAt('foot', SUBTALAR.centre, pose);
  const tip = pointAt('foot', [SUBTALAR.centre[0] + SUBTALAR.axis[0], SUBTALAR.centre[1] + SUBTALAR.axis[1], SUBTALAR.centre[2] + SUBTALAR.axis[2]], pose);
  const a: Vec3 = [tip[0] - c[0], tip[1] - c[1], tip[2] - c[2]];
  const len = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
  const u: Vec3 = [(q[0] - p[0]) / len, (q[1] - p[1]) / len, (q[2] - p[2]) / len];
  const r: Vec3 = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
  const m: Vec3 = [r[1] * u[2] - r[2] * u[1], r[2] * u[0] - r[0] * u[2], r[0] * u[1] - r[1] * u[0]];
  return m[0] * a[0] + m[1] * a[1] + m[2] * a[2];
}
