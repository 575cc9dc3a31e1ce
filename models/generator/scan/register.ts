/**
 * Similarity registration of points onto a signed distance field: find the rotation, translation and
 * uniform scale that bring the points onto the field's zero surface (Gauss–Newton on the signed
 * distances, trimmed: points farther than `trim` from the surface are left out of each step, so a
 * part the field lacks does not pull the fit). Used to lay the generator's procedural bone shapes
 * over the real forefoot, to tell its fused bones apart.
 */
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';
import { solve } from './fit';
import { rotateAbout } from './frame';

export interface Similarity {
  /** Rotation vector (axis × angle in radians). */
  rotation: V3;
  translation: V3;
  scale: number;
  /** Centre the rotation and scale act about. */
  centre: V3;
}

export function applySimilarity(t: Similarity, p: readonly number[]): V3 {
  const angle = Math.hypot(...t.rotation);
  const d: V3 = [p[0] - t.centre[0], p[1] - t.centre[1], p[2] - t.centre[2]];
  const r = angle > 0 ? rotateAbout(d, t.rotation.map((v) => v / angle), (angle * 180) / Math.PI) : d;
  return [0, 1, 2].map((k) => t.centre[k] + t.translation[k] + t.scale * r[k]) as V3;
}

export function registerToField(points: readonly V3[], sdf: Sdf, options: { iterations?: number; trim?: number } = {}): Similarity & { rms: number } {
  const centre: V3 = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) centre[k] += p[k] / points.length;
  let params = [0, 0, 0, 0, 0, 0, 0]; // rotation (3), translation (3), log scale
  const toT = (q: number[]): Similarity => ({ rotation: [q[0], q[1], q[2]], translation: [q[3], q[4], q[5]], scale: Math.exp(q[6]), centre });
  const residual = (q: number[], p: V3) => {
    const x = applySimilarity(toT(q), p);
    return sdf(x[0], x[1], x[2]);
  };
  const trim = options.trim ?? 0.004;
  const h = [1e-4, 1e-4, 1e-4, 1e-5, 1e-5, 1e-5, 1e-4];
  for (let it = 0; it < (options.iterations ?? 15); it++) {
    const JtJ = params.map(() => params.map(() => 0));
    const Jtr = params.map(() => 0);
    for (const p of points) {
      const r = residual(params, p);
      if (Math.abs(r) > trim) continue;
      const J = params.map((_, k) => {
        const q = [...params];
        q[k] += h[k];
        return (residual(q, p) - r) / h[k];
      });
      for (let i = 0; i < 7; i++) {
        Jtr[i] += J[i] * r;
        for (let j = 0; j < 7; j++) JtJ[i][j] += J[i] * J[j];
      }
    }
    for (let i = 0; i < 7; i++) JtJ[i][i] *= 1.001; // Levenberg damping
    const step = solve(JtJ, Jtr);
    params = params.map((v, i) => v - step[i]);
    if (Math.hypot(...step) < 1e-7) break;
  }
  let s = 0;
  for (const p of points) s += residual(params, p) ** 2;
  return { ...toT(params), rms: Math.sqrt(s / points.length) };
}
