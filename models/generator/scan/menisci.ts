/**
 * The menisci, which the dataset lacks, fitted between the real condyles and plateaus: each is a
 * ring laid on the periphery of its real tibial plateau cartilage (the ring's outline an ellipse fitted
 * to that cartilage in plan, turned with it), wedge-shaped in section — its full height at the outer
 * rim, thinning to a sliver at the free inner edge — sitting on the plateau's real upper surface and
 * cut off above by the femoral condyle it carries, so its upper face follows the condyle. The medial
 * is an open C, wider behind than in front; the lateral a nearly closed O of even width. Their horns
 * end at the inner edge of the plateau, beside the intercondylar eminence.
 * Sizes (Gray's Anatomy 42nd ed.; McDermott et al. 2004, Knee Surg Sports Traumatol Arthrosc): rim
 * 9–12 mm wide, 5–7 mm high at the periphery; medial ≈ 45 × 27 mm, lateral ≈ 35 × 29 mm in an adult.
 */
import { smax } from '../sdf';
import type { Sdf } from '../sdf';
import { boundsOf } from '../mesh';
import type { MeshData } from '../mesh';
import { smoothstep } from '../vec';
import type { V3 } from '../vec';
import { finish, largestComponent } from './clean';
import { posedSource } from './bones';
import { meshField } from './meshField';

export interface MeniscusShape {
  /** Height of the outer rim above the plateau, metres. */
  rimHeight: number;
  /** Radial width of the ring behind, at the sides and in front, metres. */
  width: { posterior: number; middle: number; anterior: number };
  /** Half the opening between the horns, along the plateau's long axis, metres. */
  gapHalf: number;
  /** How far the outer rim reaches past the cartilage's outline, metres. */
  overhang: number;
}

/** Medial: an open C, its posterior body wider than its anterior. */
export const MEDIAL_MENISCUS: MeniscusShape = {
  rimHeight: 0.0062,
  width: { posterior: 0.0125, middle: 0.0095, anterior: 0.0075 },
  gapHalf: 0.0075,
  overhang: 0.0015,
};
/** Lateral: nearly closed, its width even all round. */
export const LATERAL_MENISCUS: MeniscusShape = {
  rimHeight: 0.0058,
  width: { posterior: 0.0105, middle: 0.0105, anterior: 0.0095 },
  gapHalf: 0.002,
  overhang: 0.0015,
};

/** Film kept between a meniscus and the bones (and cartilage) above and below, metres. */
const CLEARANCE = 0.0004;
/** Thickness of the free inner edge, metres. */
const MIN_EDGE = 0.001;

/** An ellipse fitted to a plateau's cartilage in plan (x, z): centre, axes and semi-axes. */
export interface PlateauOutline {
  centre: readonly [number, number];
  /** Unit vector of the long (antero-posterior) axis, pointing forward (+z). */
  ap: readonly [number, number];
  /** Unit vector across it, pointing towards the intercondylar area. */
  inward: readonly [number, number];
  /** Semi-axes along ap and inward. */
  semi: readonly [number, number];
}

/** Plan centroid (x, z) of a surface's vertices. */
function planCentroid(positions: ArrayLike<number>): [number, number] {
  const n = positions.length / 3;
  let cx = 0;
  let cz = 0;
  for (let i = 0; i < n; i++) {
    cx += positions[i * 3] / n;
    cz += positions[i * 3 + 2] / n;
  }
  return [cx, cz];
}

/**
 * The outline of one plateau's cartilage in the frame of both plateaus: across = the line from the
 * lateral plateau's centroid to the medial one's (the real tibia is turned ≈ 20° against the model's
 * x axis), ap perpendicular to it; the extents along each (1st–99th percentile) give the semi-axes.
 * (The lateral plateau is nearly round: its own principal axes would be arbitrary.)
 */
export function plateauOutline(positions: ArrayLike<number>, medialCentroid: readonly [number, number], lateralCentroid: readonly [number, number]): PlateauOutline {
  const n = positions.length / 3;
  const [cx, cz] = planCentroid(positions);
  const ml = [medialCentroid[0] - lateralCentroid[0], medialCentroid[1] - lateralCentroid[1]];
  const len = Math.hypot(ml[0], ml[1]);
  const toMedial: [number, number] = [ml[0] / len, ml[1] / len];
  const ap: [number, number] = toMedial[0] > 0 ? [-toMedial[1], toMedial[0]] : [toMedial[1], -toMedial[0]];
  // towards the intercondylar area: lateral for the medial plateau, medial for the lateral one
  const across: [number, number] = cx > 0 ? [-toMedial[0], -toMedial[1]] : toMedial;
  // extent along each axis (the 1st and 99th percentiles, past stray vertices at the edges)
  const extent = (axis: readonly [number, number]): number => {
    const d: number[] = [];
    for (let i = 0; i < n; i++) d.push((positions[i * 3] - cx) * axis[0] + (positions[i * 3 + 2] - cz) * axis[1]);
    d.sort((a, b) => a - b);
    return (d[Math.floor(0.99 * (n - 1))] - d[Math.floor(0.01 * (n - 1))]) / 2;
  };
  // centre the ellipse on the extents, not the mean (the cartilage is not symmetric)
  const mid = (axis: readonly [number, number]): number => {
    const d: number[] = [];
    for (let i = 0; i < n; i++) d.push((positions[i * 3] - cx) * axis[0] + (positions[i * 3 + 2] - cz) * axis[1]);
    d.sort((a, b) => a - b);
    return (d[Math.floor(0.99 * (n - 1))] + d[Math.floor(0.01 * (n - 1))]) / 2;
  };
  const ma = mid(ap);
  const mi = mid(across);
  return {
    centre: [cx + ap[0] * ma + across[0] * mi, cz + ap[1] * ma + across[1] * mi],
    ap,
    inward: across,
    semi: [extent(ap), extent(across)],
  };
}

/**
 * The height of the highest surface among `meshes` over each cell of a plan grid (triangles
 * rasterized at their cells' centres): the plateau's upper face, which a meniscus rests on.
 */
export function topSurface(meshes: readonly MeshData[], min: readonly [number, number], max: readonly [number, number], cell: number): (x: number, z: number) => number {
  const nx = Math.ceil((max[0] - min[0]) / cell) + 1;
  const nz = Math.ceil((max[1] - min[1]) / cell) + 1;
  const top = new Float32Array(nx * nz).fill(-Infinity);
  for (const m of meshes) {
    const p = m.positions;
    for (let t = 0; t < m.indices.length; t += 3) {
      const a = m.indices[t] * 3;
      const b = m.indices[t + 1] * 3;
      const c = m.indices[t + 2] * 3;
      const i0 = Math.max(0, Math.floor((Math.min(p[a], p[b], p[c]) - min[0]) / cell));
      const i1 = Math.min(nx - 1, Math.ceil((Math.max(p[a], p[b], p[c]) - min[0]) / cell));
      const k0 = Math.max(0, Math.floor((Math.min(p[a + 2], p[b + 2], p[c + 2]) - min[1]) / cell));
      const k1 = Math.min(nz - 1, Math.ceil((Math.max(p[a + 2], p[b + 2], p[c + 2]) - min[1]) / cell));
      const det = (p[b] - p[a]) * (p[c + 2] - p[a + 2]) - (p[c] - p[a]) * (p[b + 2] - p[a + 2]);
      if (Math.abs(det) < 1e-14) continue;
      for (let i = i0; i <= i1; i++) {
        for (let k = k0; k <= k1; k++) {
          const x = min[0] + i * cell;
          const z = min[1] + k * cell;
          const u = ((x - p[a]) * (p[c + 2] - p[a + 2]) - (p[c] - p[a]) * (z - p[a + 2])) / det;
          const v = ((p[b] - p[a]) * (z - p[a + 2]) - (x - p[a]) * (p[b + 2] - p[a + 2])) / det;
          if (u < -1e-9 || v < -1e-9 || u + v > 1 + 1e-9) continue;
          const y = p[a + 1] + u * (p[b + 1] - p[a + 1]) + v * (p[c + 1] - p[a + 1]);
          if (y > top[i * nz + k]) top[i * nz + k] = y;
        }
      }
    }
  }
  // bilinear between the cells' heights (a step per cell would show on the meniscus' faces)
  return (x, z) => {
    const fi = (x - min[0]) / cell;
    const fk = (z - min[1]) / cell;
    const i = Math.floor(fi);
    const k = Math.floor(fk);
    if (i < 0 || k < 0 || i >= nx - 1 || k >= nz - 1) return -Infinity;
    const u = fi - i;
    const v = fk - k;
    return (1 - u) * ((1 - v) * top[i * nz + k] + v * top[i * nz + k + 1]) + u * ((1 - v) * top[(i + 1) * nz + k] + v * top[(i + 1) * nz + k + 1]);
  };
}

export interface MeniscusField {
  sdf: Sdf;
  min: V3;
  max: V3;
  outline: PlateauOutline;
}

/**
 * One meniscus' field: the ring of `shape` on the plateau `outline` (whose cartilage spans `heights`
 * in y), resting on `base` (the plateau's upper face), clear of `below` (tibia and its cartilage) and
 * of `femur` above.
 */
export function meniscusField(
  shape: MeniscusShape,
  outline: PlateauOutline,
  heights: readonly [number, number],
  base: (x: number, z: number) => number,
  below: Sdf,
  femur: Sdf,
): MeniscusField {
  const [A, B] = [outline.semi[0] + shape.overhang, outline.semi[1] + shape.overhang];
  const { centre: c, ap, inward } = outline;
  const sdf: Sdf = (x, y, z) => {
    const s = (x - c[0]) * ap[0] + (z - c[1]) * ap[1];
    const t = (x - c[0]) * inward[0] + (z - c[1]) * inward[1];
    const k = Math.hypot(s / A, t / B);
    // distance from the centre to the outline in this point's direction
    const reach = k > 1e-9 ? Math.hypot(s, t) / k : Math.min(A, B);
    const along = k > 1e-9 ? s / (k * A) : 0; // +1 in front, −1 behind
    const w = shape.width;
    const width = w.middle + (along < 0 ? (w.posterior - w.middle) * -along : (w.anterior - w.middle) * along);
    const r = k * reach;
    let plan = smax(r - reach, reach - width - r, 0.002);
    // the opening between the horns, on the intercondylar side
    plan = smax(plan, Math.min(shape.gapHalf - Math.abs(s), t), 0.003);
    if (plan > 0.004) return plan;
    // wedge: the rim's full height at the periphery, a sliver at the free edge
    const radial = Math.min(1, Math.max(0, (r - (reach - width)) / width));
    const height = 0.0006 + (shape.rimHeight - 0.0006) * smoothstep(0.05, 0.85, radial);
    const floor = base(x, z);
    if (!Number.isFinite(floor)) return Math.max(plan, 0.002);
    // past the plateau's rim the floor drops away: no meniscus where it falls > 2 mm within 3 mm outward
    const inX = x - (s * ap[0] + t * inward[0]) * (0.003 / Math.max(r, 1e-6));
    const inZ = z - (s * ap[1] + t * inward[1]) * (0.003 / Math.max(r, 1e-6));
    const floorIn = base(inX, inZ);
    if (Number.isFinite(floorIn)) plan = Math.max(plan, floorIn - 0.002 - floor);
    // where the condyle leaves less room than a free edge's thickness the meniscus ends (a thinner
    // sheet would mesh as tatters): its inner edge lies where the condyle meets the plateau
    plan = Math.max(plan, MIN_EDGE - (femur(x, floor, z) - 2 * CLEARANCE));
    let d = smax(plan, y - (floor + height), 0.0015);
    d = Math.max(d, floor - CLEARANCE - y, CLEARANCE - below(x, y, z), CLEARANCE - femur(x, y, z));
    return d;
  };
  const corners = [-1, 1].flatMap((i) => [-1, 1].map((j) => [c[0] + ap[0] * A * i + inward[0] * B * j, c[1] + ap[1] * A * i + inward[1] * B * j]));
  const xs = corners.map((p) => p[0]);
  const zs = corners.map((p) => p[1]);
  const pad = 0.003;
  return {
    sdf,
    min: [Math.min(...xs) - pad, heights[0] - pad, Math.min(...zs) - pad],
    max: [Math.max(...xs) + pad, heights[1] + shape.rimHeight + pad, Math.max(...zs) + pad],
    outline,
  };
}

function heightsOf(m: MeshData): [number, number] {
  const { min, max } = boundsOf(m.positions);
  return [min[1], max[1]];
}

/** Both menisci on the real plateaus (the tibia's bone surface and its plateau cartilage, posed). */
export async function scanMenisci(tibia: MeshData, femur: Sdf): Promise<{ medial: MeniscusField; lateral: MeniscusField }> {
  // the same cartilage surfaces as the tibia carries (scan/bones.ts budgets)
  const medialCartilage = await finish(largestComponent(await posedSource('tibia_cartilage_medial.mesh', 'shank')), { triangles: 1400 });
  const lateralCartilage = await finish(largestComponent(await posedSource('tibia_cartilage_lateral.mesh', 'shank')), { triangles: 1200 });
  const base = topSurface([tibia, medialCartilage, lateralCartilage], [-0.06, -0.05], [0.06, 0.06], 0.0005);
  const tibiaField = meshField(tibia);
  const medialField = meshField(medialCartilage);
  const lateralField = meshField(lateralCartilage);
  const mc = planCentroid(medialCartilage.positions);
  const lc = planCentroid(lateralCartilage.positions);
  const below: Sdf = (x, y, z) => Math.min(tibiaField(x, y, z), medialField(x, y, z), lateralField(x, y, z));
  return {
    medial: meniscusField(MEDIAL_MENISCUS, plateauOutline(medialCartilage.positions, mc, lc), heightsOf(medialCartilage), base, below, femur),
    lateral: meniscusField(LATERAL_MENISCUS, plateauOutline(lateralCartilage.positions, mc, lc), heightsOf(lateralCartilage), base, below, femur),
  };
}
