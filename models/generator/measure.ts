/**
 * Measurements on the generated soft tissue, for tests and tuning: skin girth and width at a height
 * (as a tape measure and calipers would take them), the volume of a closed mesh, and the width of
 * a mesh's section. Pure geometry, no glTF.
 */
import type { Sdf } from './sdf';

/** Points on the outline of the field's zero level at height y, found along rays from (cx, cz). */
export function outlineAt(field: Sdf, y: number, cx: number, cz: number, rays = 180, maxR = 0.15): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < rays; k++) {
    const a = (2 * Math.PI * k) / rays;
    const dx = Math.cos(a);
    const dz = Math.sin(a);
    // march out to the last inside → outside crossing, then bisect
    let lo = 0;
    let hi = 0;
    for (let r = 0.002; r <= maxR; r += 0.002) {
      if (field(cx + dx * r, y, cz + dz * r) < 0) lo = r;
      else if (lo > 0 && hi <= lo) hi = r;
    }
    if (lo === 0) continue;
    if (hi <= lo) hi = lo + 0.002;
    for (let i = 0; i < 20; i++) {
      const m = (lo + hi) / 2;
      if (field(cx + dx * m, y, cz + dz * m) < 0) lo = m;
      else hi = m;
    }
    out.push([cx + dx * lo, cz + dz * lo]);
  }
  return out;
}

/** Perimeter of the convex hull of 2D points: a tape measure bridges the hollows. */
export function hullPerimeter(points: readonly (readonly [number, number])[]): number {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return 0;
  const crossZ = (o: readonly number[], a: readonly number[], b: readonly number[]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: (readonly [number, number])[] = [];
  for (const q of p) {
    while (lower.length >= 2 && crossZ(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: (readonly [number, number])[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i];
    while (upper.length >= 2 && crossZ(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  const hull = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  let len = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i];
    const b = hull[(i + 1) % hull.length];
    len += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return len;
}

/** Girth (m) and medio-lateral width (m) of a closed field at height y. */
export function girthAt(field: Sdf, y: number, cx = 0, cz = -0.01): { girth: number; width: number } {
  const pts = outlineAt(field, y, cx, cz);
  const xs = pts.map((q) => q[0]);
  return { girth: hullPerimeter(pts), width: Math.max(...xs) - Math.min(...xs) };
}

/** Volume (m³) of a closed, consistently wound triangle mesh (divergence theorem). */
export function meshVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0;
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i] * 3;
    const b = indices[i + 1] * 3;
    const c = indices[i + 2] * 3;
    const [ax, ay, az] = [positions[a], positions[a + 1], positions[a + 2]];
    const [bx, by, bz] = [positions[b], positions[b + 1], positions[b + 2]];
    const [cx, cy, cz] = [positions[c], positions[c + 1], positions[c + 2]];
    v += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
  }
  return Math.abs(v);
}

/** Vertices of a mesh within ±half of height y: their x and z extents (m). */
export function bandExtent(positions: ArrayLike<number>, y: number, half = 0.002): { dx: number; dz: number; count: number } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let z0 = Infinity;
  let z1 = -Infinity;
  let count = 0;
  for (let i = 0; i < positions.length; i += 3) {
    if (Math.abs(positions[i + 1] - y) > half) continue;
    count++;
    x0 = Math.min(x0, positions[i]);
    x1 = Math.max(x1, positions[i]);
    z0 = Math.min(z0, positions[i + 2]);
    z1 = Math.max(z1, positions[i + 2]);
  }
  return { dx: x1 - x0, dz: z1 - z0, count };
}

/** Points where the triangle edges of a mesh cross the plane at height y (its section outline). */
export function sliceAt(positions: ArrayLike<number>, indices: ArrayLike<number>, y: number): [number, number][] {
  const out: [number, number][] = [];
  const edge = (a: number, b: number) => {
    const ya = positions[a * 3 + 1];
    const yb = positions[b * 3 + 1];
    if ((ya - y) * (yb - y) > 0 || ya === yb) return;
    const t = (y - ya) / (yb - ya);
    out.push([
      positions[a * 3] + (positions[b * 3] - positions[a * 3]) * t,
      positions[a * 3 + 2] + (positions[b * 3 + 2] - positions[a * 3 + 2]) * t,
    ]);
  };
  for (let i = 0; i < indices.length; i += 3) {
    edge(indices[i], indices[i + 1]);
    edge(indices[i + 1], indices[i + 2]);
    edge(indices[i + 2], indices[i]);
  }
  return out;
}

/** Medio-lateral (x) and antero-posterior (z) extent of a mesh's section at height y, metres. */
export function sectionExtent(positions: ArrayLike<number>, indices: ArrayLike<number>, y: number): { dx: number; dz: number; x0: number; x1: number; z0: number; z1: number } {
  const pts = sliceAt(positions, indices, y);
  const xs = pts.map((p) => p[0]);
  const zs = pts.map((p) => p[1]);
  const [x0, x1, z0, z1] = [Math.min(...xs), Math.max(...xs), Math.min(...zs), Math.max(...zs)];
  return { dx: x1 - x0, dz: z1 - z0, x0, x1, z0, z1 };
}

/** A lofted structure's sections, enough to tell whether a point lies inside it (rest pose, before bone push-out). */
export interface SectionStack {
  centre: readonly (readonly [number, number, number])[];
  sections: readonly { u: readonly [number, number, number]; hw: number; ht: number }[];
  exponent: number;
}

/**
 * How deep a point lies inside a lofted structure: the superellipse value |x/hw|^e + |y/ht|^e of
 * the point in the nearest section's frame (< 1 inside, 0 on the centre line), or Infinity when it
 * is beyond the ends. Cheap and approximate: for interpenetration bounds in tests.
 */
export function sectionValue(stack: SectionStack, px: number, py: number, pz: number): number {
  const { centre, sections, exponent } = stack;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < centre.length; i++) {
    const d = (centre[i][0] - px) ** 2 + (centre[i][1] - py) ** 2 + (centre[i][2] - pz) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  const a = centre[Math.max(0, best - 1)];
  const b = centre[Math.min(centre.length - 1, best + 1)];
  const t = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const tl = Math.hypot(t[0], t[1], t[2]) || 1;
  const tn = [t[0] / tl, t[1] / tl, t[2] / tl];
  const c = centre[best];
  const d = [px - c[0], py - c[1], pz - c[2]];
  const along = d[0] * tn[0] + d[1] * tn[1] + d[2] * tn[2];
  if ((best === 0 || best === centre.length - 1) && Math.abs(along) > tl / 2) return Infinity;
  const { u, hw, ht } = sections[best];
  const v = [tn[1] * u[2] - tn[2] * u[1], tn[2] * u[0] - tn[0] * u[2], tn[0] * u[1] - tn[1] * u[0]];
  const x = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / hw;
  const y = (d[0] * v[0] + d[1] * v[1] + d[2] * v[2]) / ht;
  return Math.abs(x) ** exponent + Math.abs(y) ** exponent;
}
