/**
 * Fit the patella's track over knee flexion to the femur's shape (run by `npm run fit:patella`,
 * which writes src/kinematics/patellaTrack.ts; tests/unit/kneeKinematics.test.ts checks that the
 * committed table equals what this computes from the current bones).
 *
 * The patella is held by two constraints (the anatomist's review, section 4; Amis et al. 2006,
 * J Orthop Res 24:2201): the patellar ligament, of constant length from the apex (it arises from
 * the apex and the rough lower posterior surface: Gray's Anatomy) to the upper part of the tibial
 * tuberosity (which moves with kneePose), and contact of its posterior (articular) surface with
 * the femur. In the sagittal plane that leaves its tilt, which follows the measured ratio of
 * patellar to knee flexion (0.7: Amis et al. 2006, 8 cadaver knees with loaded quadriceps). Seating
 * the patella instead so that its proximal and distal halves touch equally gave 0.5 at 90° on
 * this femur (circular posterior condyles); the measured ratio is the better teacher. From the
 * rest pose it settles onto the trochlea over the first ENGAGE_DEG of flexion (engagement by
 * 20–30°: Goodfellow et al. 1976, JBJS Br 58:287).
 */
import { shankPointAt } from '../../src/kinematics/knee';
import type { Vec3 } from '../../src/kinematics/joints';
import { boneFields } from './bones';
import { gradient } from './sdf';
import type { Sdf } from './sdf';

/** Gap kept between the patella's posterior surface and the femur once engaged, metres (cartilage). */
export const CONTACT_GAP = 0.0015;
/** Flexion by which the patella has settled onto the trochlea, degrees. */
export const ENGAGE_DEG = 20;
/** Patellar flexion per degree of knee flexion (Amis et al. 2006: 0.7; review 0.6–0.7). */
export const PATELLAR_FLEXION_RATIO = 0.7;
/** Table step, degrees. */
export const TRACK_STEP_DEG = 5;
export const TRACK_MAX_DEG = 140;
/** Sampling grid for the patella and the tuberosity, metres. */
const GRID = 0.001;

export interface PatellaGeometry {
  /** Rest-pose centroid: the patella node's rest translation. */
  origin: Vec3;
  /** Most distal point (apex), where the patellar ligament arises. */
  apex: Vec3;
  /** Most proximal point (base). */
  base: Vec3;
  /** Posterior (articular) surface samples, rest pose. */
  posterior: Vec3[];
  /** Tibial tuberosity where the patellar ligament inserts (its upper part), rest pose. */
  tuberosity: Vec3;
}

function sampleInside(sdf: Sdf, min: Vec3, max: Vec3, step: number, visit: (p: Vec3, d: number) => void): void {
  for (let x = min[0]; x <= max[0]; x += step)
    for (let y = min[1]; y <= max[1]; y += step)
      for (let z = min[2]; z <= max[2]; z += step) {
        const d = sdf(x, y, z);
        visit([x, y, z], d);
      }
}

/** The patella's and tuberosity's reference points, measured from the bones' fields. */
export function patellaGeometry(): PatellaGeometry {
  const fields = boneFields();
  const pat = fields.patella;
  let n = 0;
  const c = [0, 0, 0];
  let apex: Vec3 = [0, Infinity, 0];
  let base: Vec3 = [0, -Infinity, 0];
  const surface: Vec3[] = [];
  sampleInside(pat.sdf, pat.min as Vec3, pat.max as Vec3, GRID, (p, d) => {
    if (d < 0) {
      n++;
      c[0] += p[0];
      c[1] += p[1];
      c[2] += p[2];
      if (p[1] < apex[1]) apex = p;
      if (p[1] > base[1]) base = p;
    }
    if (Math.abs(d) < GRID / 2) surface.push(p);
  });
  if (n === 0) throw new Error('patellaGeometry: the patella field has no inside within its bounds');
  const origin: Vec3 = [c[0] / n, c[1] / n, c[2] / n];
  // posterior surface: facing backwards (toward the femur)
  // posterior surface: facing backwards (toward the femur); every other sample is dense enough
  const posterior = surface.filter((p) => gradient(pat.sdf, p[0], p[1], p[2])[2] < -0.5).filter((_, i) => i % 2 === 0);
  const tib = fields.tibia;
  let top = -Infinity;
  sampleInside(tib.sdf, [-0.01, tib.max[1] - 0.04, -0.01], [0.01, tib.max[1], 0.01], 0.002, (p, d) => {
    if (d < 0) top = Math.max(top, p[1]);
  });
  let peak: Vec3 = [0, 0, -Infinity];
  sampleInside(tib.sdf, [-0.004, top - 0.06, -0.01], [0.004, top - 0.012, 0.06], GRID / 2, (p, d) => {
    if (d < 0 && p[2] > peak[2]) peak = p;
  });
  // Insall–Salvati measure the ligament to its insertion on the tuberosity, whose fibres reach down
  // to the prominence: the summit (most anterior point) stands for the insertion. (Taking the
  // upper edge of the swelling gave 0.73 with the sculpted tibia: too short a ligament.)
  const tuberosity: Vec3 = peak;
  return { origin, apex, base, posterior, tuberosity };
}

function rotX(alphaDeg: number, v: Vec3): Vec3 {
  const a = (alphaDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c];
}

export interface TrackRow {
  flexion: number;
  /** Patellar flexion (tilt about +X), degrees. */
  tilt: number;
  /** Translation of the patella node from its rest position, metres. */
  offset: Vec3;
}

/** Solve the patella's pose at every TRACK_STEP_DEG from 0 to TRACK_MAX_DEG. */
export function fitPatellaTrack(geometry: PatellaGeometry = patellaGeometry()): TrackRow[] {
  const femur = boneFields().femur.sdf;
  const { apex, origin, posterior, tuberosity } = geometry;
  const ligament = Math.hypot(apex[0] - tuberosity[0], apex[1] - tuberosity[1], apex[2] - tuberosity[2]);
  const gapOf = (points: Vec3[], tilt: number, at: Vec3): number => {
    let m = Infinity;
    for (const p of points) {
      const r = rotX(tilt, [p[0] - apex[0], p[1] - apex[1], p[2] - apex[2]]);
      m = Math.min(m, femur(r[0] + at[0], r[1] + at[1], r[2] + at[2]));
    }
    return m;
  };
  const restGap = gapOf(posterior, 0, apex);
  const rows: TrackRow[] = [];
  let beta = Math.atan2(apex[2] - tuberosity[2], apex[1] - tuberosity[1]);
  for (let flexion = 0; flexion <= TRACK_MAX_DEG + 1e-9; flexion += TRACK_STEP_DEG) {
    const t = shankPointAt(tuberosity, flexion);
    const r = Math.sqrt(Math.max(0, ligament * ligament - (apex[0] - t[0]) ** 2));
    const apexAt = (b: number): Vec3 => [apex[0], t[1] + r * Math.cos(b), t[2] + r * Math.sin(b)];
    const w = smooth(flexion / ENGAGE_DEG);
    const target = restGap + (CONTACT_GAP - restGap) * w;
    // for a tilt, swing the apex about the tuberosity (ligament taut) until the gap is the target
    const seat = (tl: number, from: number): number => {
      const f = (b: number) => gapOf(posterior, tl, apexAt(b)) - target;
      let lo = from;
      let hi = from;
      const step = 0.01;
      if (f(from) > 0) {
        for (let i = 0; i < 400 && f(lo) > 0; i++) lo -= step;
      } else {
        for (let i = 0; i < 400 && f(hi) <= 0; i++) hi += step;
      }
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (f(mid) > 0) hi = mid;
        else lo = mid;
      }
      return hi;
    };
    const tilt = PATELLAR_FLEXION_RATIO * flexion;
    beta = seat(tilt, beta);
    const a = apexAt(beta);
    const o = rotX(tilt, [origin[0] - apex[0], origin[1] - apex[1], origin[2] - apex[2]]);
    rows.push({
      flexion,
      tilt: round(tilt, 3),
      offset: [round(a[0] + o[0] - origin[0], 6), round(a[1] + o[1] - origin[1], 6), round(a[2] + o[2] - origin[2], 6)],
    });
  }
  return rows;
}

function smooth(u: number): number {
  const c = Math.min(1, Math.max(0, u));
  return c * c * (3 - 2 * c);
}

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k + 0;
}

const fmt = (v: readonly number[]): string => `[${v.map((x) => round(x, 6)).join(', ')}]`;

/** The text of src/kinematics/patellaTrack.ts for the current bones. */
export function patellaTrackSource(): string {
  const g = patellaGeometry();
  const rows = fitPatellaTrack(g);
  return `/**
 * GENERATED by \`npm run fit:patella\` (models/generator/patellaFit.ts) from the femur, patella and
 * tibia fields of models/generator/bones/ — do not edit by hand; re-run the script when a bone changes
 * (tests/unit/kneeKinematics.test.ts fails until the table matches the bones).
 */
import type { Vec3 } from './joints';

/** Rest-pose centroid of the patella: the patella node's rest translation (world, metres). */
export const PATELLA_ORIGIN: Vec3 = ${fmt(g.origin)};
/** Apex (most distal point) of the patella in the rest pose. */
export const PATELLA_APEX: Vec3 = ${fmt(g.apex)};
/** Base (most proximal point) of the patella in the rest pose. */
export const PATELLA_BASE: Vec3 = ${fmt(g.base)};
/** Tibial tuberosity (insertion of the patellar ligament) in the rest pose. */
export const TIBIAL_TUBEROSITY: Vec3 = ${fmt(g.tuberosity)};
/** Gap kept between the patella's posterior surface and the femur once engaged, metres. */
export const PATELLA_CONTACT_GAP = ${CONTACT_GAP};

/** [knee flexion °, patellar flexion (tilt about +X) °, translation from rest x, y, z (m)] every ${TRACK_STEP_DEG}°. */
export const PATELLA_TRACK: readonly (readonly [number, number, number, number, number])[] = [
${rows.map((r) => `  [${r.flexion}, ${r.tilt}, ${r.offset.join(', ')}],`).join('\n')}
];
`;
}
