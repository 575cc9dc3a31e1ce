/**
 * Signed distance functions (negative inside, metres) and smooth blends, after Inigo Quilez's
 * catalogue (iquilezles.org/articles/distfunctions). Bones are built from these on landmarks.
 */
import type { V3 } from './vec';

export type Sdf = (x: number, y: number, z: number) => number;

export function sphere(c: V3, r: number): Sdf {
  return (x, y, z) => Math.hypot(x - c[0], y - c[1], z - c[2]) - r;
}

/** Approximate ellipsoid distance (IQ's bound-corrected version), axis-aligned. */
export function ellipsoid(c: V3, radii: V3): Sdf {
  const [rx, ry, rz] = radii;
  return (x, y, z) => {
    const px = x - c[0];
    const py = y - c[1];
    const pz = z - c[2];
    const k0 = Math.hypot(px / rx, py / ry, pz / rz);
    const k1 = Math.hypot(px / (rx * rx), py / (ry * ry), pz / (rz * rz));
    if (k1 === 0) return -Math.min(rx, ry, rz);
    return (k0 * (k0 - 1)) / k1;
  };
}

/** Capsule from a to b with radius varying linearly from ra to rb (a cone with rounded ends). */
export function roundCone(a: V3, b: V3, ra: number, rb: number = ra): Sdf {
  const bax = b[0] - a[0];
  const bay = b[1] - a[1];
  const baz = b[2] - a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  return (x, y, z) => {
    const pax = x - a[0];
    const pay = y - a[1];
    const paz = z - a[2];
    const h = Math.min(1, Math.max(0, (pax * bax + pay * bay + paz * baz) / l2));
    const dx = pax - bax * h;
    const dy = pay - bay * h;
    const dz = paz - baz * h;
    return Math.hypot(dx, dy, dz) - (ra + (rb - ra) * h);
  };
}

/** Axis-aligned box with rounded edges (radius r), centre c, half-size h. */
export function roundBox(c: V3, h: V3, r: number): Sdf {
  return (x, y, z) => {
    const qx = Math.abs(x - c[0]) - h[0] + r;
    const qy = Math.abs(y - c[1]) - h[1] + r;
    const qz = Math.abs(z - c[2]) - h[2] + r;
    const ox = Math.max(qx, 0);
    const oy = Math.max(qy, 0);
    const oz = Math.max(qz, 0);
    return Math.hypot(ox, oy, oz) + Math.min(Math.max(qx, qy, qz), 0) - r;
  };
}

/** Infinite cylinder along X through c, radius r. */
export function cylinderX(c: V3, r: number): Sdf {
  return (_x, y, z) => Math.hypot(y - c[1], z - c[2]) - r;
}

/** Polynomial smooth minimum, blend radius k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** Smooth union of several fields, each with its own blend radius against what came before. */
export function union(parts: readonly (readonly [Sdf, number])[]): Sdf {
  return (x, y, z) => {
    let d = Infinity;
    for (const [f, k] of parts) d = d === Infinity ? f(x, y, z) : smin(d, f(x, y, z), k);
    return d;
  };
}

/** base minus each cutter, smoothly. */
export function subtract(base: Sdf, cutters: readonly (readonly [Sdf, number])[]): Sdf {
  return (x, y, z) => {
    let d = base(x, y, z);
    for (const [f, k] of cutters) d = smax(d, -f(x, y, z), k);
    return d;
  };
}

/** Gradient by central differences (unit length). */
export function gradient(f: Sdf, x: number, y: number, z: number, h = 1e-4): V3 {
  const gx = f(x + h, y, z) - f(x - h, y, z);
  const gy = f(x, y + h, z) - f(x, y - h, z);
  const gz = f(x, y, z + h) - f(x, y, z - h);
  const l = Math.hypot(gx, gy, gz) || 1;
  return [gx / l, gy / l, gz / l];
}

/** Move p onto the zero level set of f (a few Newton steps along the gradient). */
export function projectToSurface(f: Sdf, p: V3, iterations = 6): V3 {
  let q: V3 = [p[0], p[1], p[2]];
  for (let i = 0; i < iterations; i++) {
    const d = f(q[0], q[1], q[2]);
    const g = gradient(f, q[0], q[1], q[2]);
    q = [q[0] - g[0] * d, q[1] - g[1] * d, q[2] - g[2] * d];
  }
  return q;
}
