/**
 * Camera flight maths: easing, duration and "where to stand to see this". Pure (plain tuples, no
 * three.js objects) so tests can call it directly, like model-viewer's Damper.
 */
export type V3 = readonly [number, number, number];

export interface CameraPose {
  position: V3;
  target: V3;
}

export interface Flight {
  from: CameraPose;
  to: CameraPose;
  /** Seconds. */
  duration: number;
}

/** Smooth start and stop (cubic ease-in-out): 0 → 0, 0.5 → 0.5, 1 → 1, zero slope at both ends. */
export function easeInOutCubic(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
}

export const MAX_FLIGHT_S = 0.9;
export const MIN_FLIGHT_S = 0.35;
export const REDUCED_MOTION_FLIGHT_S = 0.15;

/**
 * How long a flight takes: longer for longer trips but always under a second (0.35–0.9 s);
 * 0.15 s when the user prefers reduced motion (a quick cut rather than a sweep).
 */
export function flightDuration(from: CameraPose, to: CameraPose, reducedMotion = false): number {
  if (reducedMotion) return REDUCED_MOTION_FLIGHT_S;
  const travel = distance(from.position, to.position) + distance(from.target, to.target);
  return Math.min(MAX_FLIGHT_S, MIN_FLIGHT_S + travel * 0.5);
}

/**
 * The camera pose `elapsed` seconds into a flight. The camera swings around the moving target rather
 * than cutting through the model: the offset from target to camera is interpolated in direction
 * (spherical) and length separately.
 */
export function flightPoseAt(flight: Flight, elapsed: number): CameraPose {
  const t = flight.duration <= 0 ? 1 : easeInOutCubic(elapsed / flight.duration);
  const target = lerp3(flight.from.target, flight.to.target, t);
  const a = sub(flight.from.position, flight.from.target);
  const b = sub(flight.to.position, flight.to.target);
  const la = length(a);
  const lb = length(b);
  const dir = slerpDir(scale(a, 1 / (la || 1)), scale(b, 1 / (lb || 1)), t);
  const len = la + (lb - la) * t;
  return { position: add(target, scale(dir, len)), target };
}

export function flightDone(flight: Flight, elapsed: number): boolean {
  return elapsed >= flight.duration;
}

/**
 * Where to put the camera to see an area whose world bounding box is [min, max] and whose surface
 * faces `normal` (outward from the bone): on the normal, far enough that the area fills about a
 * third of the view at vertical field of view `fovDeg`, with at least `minDistance` metres so the
 * student sees the area in context (which bone, which end).
 */
export function viewOfArea(
  min: V3,
  max: V3,
  normal: V3,
  fovDeg: number,
  { fill = 0.35, minDistance = 0.3, up = [0, 1, 0] as V3, tiltToward = [0, 0, -1] as V3 } = {},
): CameraPose {
  const target = scale(add(min, max), 0.5);
  const radius = length(sub(max, min)) / 2;
  let n = normalize(normal);
  // Looking exactly along the up axis makes OrbitControls flip; tilt such views slightly.
  if (Math.abs(dot(n, up)) > 0.95) n = normalize(add(n, scale(normalize(tiltToward), 0.4)));
  const d = Math.max(minDistance, fitDistance(radius / fill, fovDeg));
  return { position: add(target, scale(n, d)), target };
}

/** Camera distance at which a sphere of `radius` just fits a vertical field of view of `fovDeg`. */
export function fitDistance(radius: number, fovDeg: number): number {
  return radius / Math.sin(((fovDeg / 2) * Math.PI) / 180);
}

/** A pose looking at `target` from `direction` (need not be unit) at `distance`. */
export function poseFrom(target: V3, direction: V3, dist: number): CameraPose {
  return { position: add(target, scale(normalize(direction), dist)), target };
}

// --- small vector helpers -------------------------------------------------------------------
function add(a: V3, b: V3): V3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}
function sub(a: V3, b: V3): V3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
function scale(a: V3, s: number): V3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}
function dot(a: V3, b: V3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
function length(a: V3): number {
  return Math.hypot(a[0], a[1], a[2]);
}
function distance(a: V3, b: V3): number {
  return length(sub(a, b));
}
function normalize(a: V3): V3 {
  const l = length(a);
  return l === 0 ? [0, 0, 1] : scale(a, 1 / l);
}
function lerp3(a: V3, b: V3, t: number): V3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
/** Spherical interpolation of unit vectors (falls back to a normalised lerp when nearly parallel or opposite). */
function slerpDir(a: V3, b: V3, t: number): V3 {
  const c = Math.min(1, Math.max(-1, dot(a, b)));
  const angle = Math.acos(c);
  if (angle < 1e-4 || Math.PI - angle < 1e-3) return normalize(lerp3(a, b, t));
  const s = Math.sin(angle);
  const wa = Math.sin((1 - t) * angle) / s;
  const wb = Math.sin(t * angle) / s;
  return [a[0] * wa + b[0] * wb, a[1] * wa + b[1] * wb, a[2] * wa + b[2] * wb];
}
