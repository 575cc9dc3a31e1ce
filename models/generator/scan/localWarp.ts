/**
 * A smooth space warp from point pairs: the least-squares similarity of the pairs (fit.ts), plus a
 * Gaussian radial correction that makes each pair match and fades out `sigma` away from the pairs —
 * so tissue near a bone moves with that bone, and tissue far from every bone just follows the
 * similarity (no extrapolated shear). Pure numerics.
 */
import type { V3 } from '../vec';
import { fitSimilarity, solve } from './fit';

export type Warp = (p: readonly number[]) => V3;

export function localWarp(from: readonly V3[], to: readonly V3[], sigma: number, smoothing = 0.05): Warp {
  const base = fitSimilarity(from, to).map;
  const centres = from.map((p) => base(p));
  const n = from.length;
  const k = (a: readonly number[], b: readonly number[]) => Math.exp(-((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2) / (sigma * sigma));
  const K = centres.map((a, i) => centres.map((b, j) => k(a, b) + (i === j ? smoothing : 0)));
  const weights = [0, 1, 2].map((d) => solve(K, centres.map((c, i) => to[i][d] - c[d])));
  return (p) => {
    const q = base(p);
    const out: V3 = [q[0], q[1], q[2]];
    for (let i = 0; i < n; i++) {
      const w = k(q, centres[i]);
      if (w < 1e-6) continue;
      for (let d = 0; d < 3; d++) out[d] += w * weights[d][i];
    }
    return out;
  };
}
