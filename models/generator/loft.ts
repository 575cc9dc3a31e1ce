/**
 * Sweep a cross-section along a smooth centre line: muscles (fusiform or flat bellies tapering into
 * tendons), tendons, ligaments, nerves and vessels. The centre line is a centripetal Catmull-Rom
 * spline through control points; each control point belongs to a body segment, which is what the
 * skinning step blends between.
 */
import type { Segment } from '../../src/kinematics/landmarks';
import type { MeshData } from './mesh';
import { computeNormals } from './mesh';
import { add, cross, distance, dot, lerp, normalize, scale, sub } from './vec';
import type { V3 } from './vec';

export interface PathPoint {
  p: V3;
  segment: Segment;
  /** A landmark point (landmarks.ts), already on the real bones: not warped (scan/realLeg.ts). */
  fixed?: boolean;
}

/** Cross-section half-width and half-thickness at arc-length fraction s (0 = origin, 1 = insertion). */
export type Profile = readonly (readonly [s: number, halfWidth: number, halfThickness: number])[];

export interface LoftOptions {
  /** Ring count along the path. */
  rings: number;
  /** Vertices around each ring. */
  sides: number;
  /** Superellipse exponent of the section: 2 = ellipse, larger = flatter sides (tendon straps). */
  exponent: number;
  /** Direction the section's width is laid along (projected perpendicular to the path). */
  widthDir: V3;
  /** Twist of the section from origin to insertion, radians (the calcaneal tendon twists ≈ 90°). */
  twist: number;
  /** Offset of the section centre along the thickness direction, as a fraction of thickness (e.g. a belly bulging backwards). */
  bulge: readonly (readonly [s: number, offset: number])[];
  /**
   * Rings of the rounded cap at each end: the last section shrinks along a quarter circle over a
   * length of its own half-thickness, so cut ends (thigh muscles leaving the region) read as domes.
   */
  capRings: number;
  /**
   * Crescent section: each point moves along the thickness direction by curl × half-thickness ×
   * (its across position)², so with curl > 0 the edges bend toward +v (anterior, for a path running
   * down with width along +X): the calcaneal tendon's kidney-shaped section, concave in front.
   */
  curl: number;
}

export const LOFT_DEFAULTS: LoftOptions = {
  rings: 48,
  sides: 20,
  exponent: 2,
  widthDir: [1, 0, 0],
  twist: 0,
  bulge: [],
  capRings: 3,
  curl: 0,
};

export interface LoftResult extends MeshData {
  /** Arc-length fraction of each vertex (0 at origin, 1 at insertion). */
  along: Float32Array;
  /** The sampled centre line and its arc-length fractions. */
  centre: V3[];
  centreS: number[];
  /** Arc-length fractions of the control points (to place skin-weight transitions). */
  controlS: number[];
  /** Per centre sample: the section's width axis (unit), half-width and half-thickness. */
  sections: { u: V3; hw: number; ht: number }[];
}

function catmullRom(points: readonly V3[], samplesPerSpan: number): V3[] {
  const out: V3[] = [];
  const n = points.length;
  const P = (i: number): V3 => {
    if (i < 0) return sub(scale(points[0], 2), points[1]) as V3;
    if (i >= n) return sub(scale(points[n - 1], 2), points[n - 2]) as V3;
    return points[i];
  };
  for (let i = 0; i < n - 1; i++) {
    const p0 = P(i - 1);
    const p1 = P(i);
    const p2 = P(i + 1);
    const p3 = P(i + 2);
    // centripetal parameterisation avoids cusps and self-intersections
    const t0 = 0;
    const t1 = t0 + Math.sqrt(distance(p0, p1)) + 1e-9;
    const t2 = t1 + Math.sqrt(distance(p1, p2)) + 1e-9;
    const t3 = t2 + Math.sqrt(distance(p2, p3)) + 1e-9;
    for (let k = 0; k < samplesPerSpan; k++) {
      const t = t1 + ((t2 - t1) * k) / samplesPerSpan;
      const A1 = add(scale(p0, (t1 - t) / (t1 - t0)), scale(p1, (t - t0) / (t1 - t0)));
      const A2 = add(scale(p1, (t2 - t) / (t2 - t1)), scale(p2, (t - t1) / (t2 - t1)));
      const A3 = add(scale(p2, (t3 - t) / (t3 - t2)), scale(p3, (t - t2) / (t3 - t2)));
      const B1 = add(scale(A1, (t2 - t) / (t2 - t0)), scale(A2, (t - t0) / (t2 - t0)));
      const B2 = add(scale(A2, (t3 - t) / (t3 - t1)), scale(A3, (t - t1) / (t3 - t1)));
      out.push(add(scale(B1, (t2 - t) / (t2 - t1)), scale(B2, (t - t1) / (t2 - t1))));
    }
  }
  out.push(points[n - 1]);
  return out;
}

function interpolate(table: readonly (readonly number[])[], s: number, column: number): number {
  if (table.length === 0) return 0;
  if (s <= table[0][0]) return table[0][column];
  for (let i = 1; i < table.length; i++) {
    if (s <= table[i][0]) {
      const a = table[i - 1];
      const b = table[i];
      const t = (s - a[0]) / (b[0] - a[0] || 1);
      const e = t * t * (3 - 2 * t); // smooth between keys
      return a[column] + (b[column] - a[column]) * e;
    }
  }
  return table[table.length - 1][column];
}

/** Resample a polyline at n+1 points equally spaced in arc length. */
function resample(poly: readonly V3[], n: number): { points: V3[]; cumulative: number[] } {
  const cum = [0];
  for (let i = 1; i < poly.length; i++) cum.push(cum[i - 1] + distance(poly[i - 1], poly[i]));
  const total = cum[cum.length - 1];
  const points: V3[] = [];
  let j = 1;
  for (let k = 0; k <= n; k++) {
    const target = (total * k) / n;
    while (j < poly.length - 1 && cum[j] < target) j++;
    const t = (target - cum[j - 1]) / (cum[j] - cum[j - 1] || 1);
    points.push(lerp(poly[j - 1], poly[j], Math.min(1, Math.max(0, t))));
  }
  return { points, cumulative: cum };
}

export function loft(path: readonly PathPoint[], profile: Profile, options: Partial<LoftOptions> = {}): LoftResult {
  const o = { ...LOFT_DEFAULTS, ...options };
  if (path.length < 2) throw new Error('loft: a path needs at least two points');
  const controls = path.map((q) => q.p);
  const dense = catmullRom(controls, 24);
  const { points: centre } = resample(dense, o.rings - 1);
  // arc-length fraction of each control point: nearest dense sample
  const denseCum = [0];
  for (let i = 1; i < dense.length; i++) denseCum.push(denseCum[i - 1] + distance(dense[i - 1], dense[i]));
  const total = denseCum[denseCum.length - 1];
  const controlS = path.map((_, i) => (i === path.length - 1 ? 1 : denseCum[i * 24] / total));
  const centreS = centre.map((_, i) => i / (o.rings - 1));

  // rotation-minimising frames by parallel transport, seeded with the width direction
  const tangents = centre.map((_, i) => {
    const a = centre[Math.max(0, i - 1)];
    const b = centre[Math.min(centre.length - 1, i + 1)];
    return normalize(sub(b, a));
  });
  const widths: V3[] = [];
  let u = normalize(sub(o.widthDir, scale(tangents[0], dot(o.widthDir, tangents[0]))));
  for (let i = 0; i < centre.length; i++) {
    if (i > 0) {
      // keep u perpendicular to the new tangent, then pull it gently toward widthDir to avoid drift
      u = normalize(sub(u, scale(tangents[i], dot(u, tangents[i]))));
      const want = normalize(sub(o.widthDir, scale(tangents[i], dot(o.widthDir, tangents[i]))));
      u = normalize(lerp(u, want, 0.15));
    }
    widths.push(u);
  }

  const { sides } = o;
  const caps = Math.max(0, Math.floor(o.capRings));
  // section frames at every sampled centre point, then the ring list: start cap, body, end cap
  type Ring = { c: V3; uu: V3; vv: V3; hw: number; ht: number; s: number };
  const body: Ring[] = centre.map((pt, i) => {
    const s = centreS[i];
    const t = tangents[i];
    const tw = o.twist * s;
    const u0 = widths[i];
    const v0 = cross(t, u0);
    const uu = add(scale(u0, Math.cos(tw)), scale(v0, Math.sin(tw)));
    const vv = add(scale(v0, Math.cos(tw)), scale(u0, -Math.sin(tw)));
    const hw = Math.max(1e-4, interpolate(profile, s, 1));
    const ht = Math.max(1e-4, interpolate(profile, s, 2));
    const off = interpolate(o.bulge, s, 1) * ht;
    return { c: add(pt, scale(vv, off)), uu, vv, hw, ht, s };
  });
  const capOf = (end: Ring, dir: V3, k: number): Ring => {
    // quarter circle: k = 1..caps, the section shrinks as cos and moves out as sin
    const a = (k / (caps + 1)) * (Math.PI / 2);
    const len = Math.min(end.ht, end.hw);
    return { ...end, c: add(end.c, scale(dir, Math.sin(a) * len)), hw: end.hw * Math.cos(a), ht: end.ht * Math.cos(a) };
  };
  const first = body[0];
  const lastRing = body[body.length - 1];
  const back = scale(tangents[0], -1);
  const fwd = tangents[tangents.length - 1];
  const ringList: Ring[] = [];
  for (let k = caps; k >= 1; k--) ringList.push(capOf(first, back, k));
  ringList.push(...body);
  for (let k = 1; k <= caps; k++) ringList.push(capOf(lastRing, fwd, k));
  const rings = ringList.length;
  const vertexCount = rings * sides + 2;
  const positions = new Float32Array(vertexCount * 3);
  const along = new Float32Array(vertexCount);
  const e = 2 / o.exponent;
  for (let i = 0; i < rings; i++) {
    const { c, uu, vv, hw, ht, s } = ringList[i];
    for (let k = 0; k < sides; k++) {
      const a = (2 * Math.PI * k) / sides;
      const ca = Math.cos(a);
      const sa = Math.sin(a);
      const x = Math.sign(ca) * Math.abs(ca) ** e * hw;
      const across = Math.sign(ca) * Math.abs(ca) ** e;
      const y = Math.sign(sa) * Math.abs(sa) ** e * ht + o.curl * ht * across * across;
      const p = add(c, add(scale(uu, x), scale(vv, y)));
      positions.set(p, (i * sides + k) * 3);
      along[i * sides + k] = s;
    }
  }
  // the poles of the domes
  const capLen = (r: Ring): number => Math.min(r.ht, r.hw) * (caps > 0 ? 1 : Math.min(1, 0.003 / Math.max(1e-9, Math.min(r.ht, r.hw))));
  const startCap = add(first.c, scale(back, capLen(first)));
  const endCap = add(lastRing.c, scale(fwd, capLen(lastRing)));
  positions.set(startCap, rings * sides * 3);
  positions.set(endCap, (rings * sides + 1) * 3);
  along[rings * sides] = 0;
  along[rings * sides + 1] = 1;

  const indices: number[] = [];
  for (let i = 0; i < rings - 1; i++) {
    for (let k = 0; k < sides; k++) {
      const a = i * sides + k;
      const b = i * sides + ((k + 1) % sides);
      const c = (i + 1) * sides + k;
      const d = (i + 1) * sides + ((k + 1) % sides);
      indices.push(a, c, b, b, c, d);
    }
  }
  const s0 = rings * sides;
  const s1 = rings * sides + 1;
  const last = (rings - 1) * sides;
  for (let k = 0; k < sides; k++) {
    indices.push(s0, k, (k + 1) % sides);
    indices.push(s1, last + ((k + 1) % sides), last + k);
  }
  const idx = Uint32Array.from(indices);
  // orientation check: normals must point away from the centre line
  let normals = computeNormals(positions, idx);
  const mid = (caps + Math.floor(body.length / 2)) * sides;
  const outward = sub([positions[mid * 3], positions[mid * 3 + 1], positions[mid * 3 + 2]], body[Math.floor(body.length / 2)].c);
  if (dot(outward, [normals[mid * 3], normals[mid * 3 + 1], normals[mid * 3 + 2]]) < 0) {
    for (let i = 0; i < idx.length; i += 3) {
      const tmp = idx[i + 1];
      idx[i + 1] = idx[i + 2];
      idx[i + 2] = tmp;
    }
    normals = computeNormals(positions, idx);
  }
  return { positions, normals, indices: idx, along, centre, centreS, controlS, sections: body.map((r) => ({ u: r.uu, hw: r.hw, ht: r.ht })) };
}
