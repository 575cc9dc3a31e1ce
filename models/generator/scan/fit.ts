/** Least-squares fits used to find joint axes on the real surfaces. Pure numerics. */
import type { V3 } from '../vec';

/** Solve the 4×4 (or n×n) linear system A x = b by Gaussian elimination with partial pivoting. */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

/** Sphere through points (algebraic least squares): centre and radius. */
export function fitSphere(points: readonly V3[]): { centre: V3; radius: number; rms: number } {
  // x² + y² + z² = 2ax + 2by + 2cz + d
  const A = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const b = [0, 0, 0, 0];
  for (const p of points) {
    const row = [2 * p[0], 2 * p[1], 2 * p[2], 1];
    const rhs = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
    for (let i = 0; i < 4; i++) {
      b[i] += row[i] * rhs;
      for (let j = 0; j < 4; j++) A[i][j] += row[i] * row[j];
    }
  }
  const [a, bb, c, d] = solve(A, b);
  const radius = Math.sqrt(d + a * a + bb * bb + c * c);
  const centre: V3 = [a, bb, c];
  let s = 0;
  for (const p of points) s += (Math.hypot(p[0] - a, p[1] - bb, p[2] - c) - radius) ** 2;
  return { centre, radius, rms: Math.sqrt(s / points.length) };
}

/** Centroid and principal axes (largest variance first) of a point set. */
export function principalAxes(points: readonly V3[]): { centroid: V3; axes: [V3, V3, V3]; variances: V3 } {
  const c: V3 = [0, 0, 0];
  for (const p of points) for (let k = 0; k < 3; k++) c[k] += p[k] / points.length;
  const C = [0, 1, 2].map(() => [0, 0, 0]);
  for (const p of points) {
    const d = [p[0] - c[0], p[1] - c[1], p[2] - c[2]];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) C[i][j] += (d[i] * d[j]) / points.length;
  }
  // Jacobi eigen-decomposition of the symmetric 3×3 covariance
  const V = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  const A = C.map((r) => [...r]);
  for (let sweep = 0; sweep < 50; sweep++) {
    for (let p = 0; p < 2; p++) {
      for (let q = p + 1; q < 3; q++) {
        if (Math.abs(A[p][q]) < 1e-12) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cs = 1 / Math.sqrt(t * t + 1);
        const sn = t * cs;
        for (let k = 0; k < 3; k++) {
          const akp = A[k][p];
          const akq = A[k][q];
          A[k][p] = cs * akp - sn * akq;
          A[k][q] = sn * akp + cs * akq;
        }
        for (let k = 0; k < 3; k++) {
          const apk = A[p][k];
          const aqk = A[q][k];
          A[p][k] = cs * apk - sn * aqk;
          A[q][k] = sn * apk + cs * aqk;
        }
        for (let k = 0; k < 3; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = cs * vkp - sn * vkq;
          V[k][q] = sn * vkp + cs * vkq;
        }
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => A[j][j] - A[i][i]);
  const axes = order.map((i) => [V[0][i], V[1][i], V[2][i]] as V3) as [V3, V3, V3];
  return { centroid: c, axes, variances: order.map((i) => A[i][i]) as V3 };
}

/** Eigen-decomposition of a symmetric matrix (cyclic Jacobi): eigenvalues and column eigenvectors. */
export function symmetricEigen(M: readonly (readonly number[])[]): { values: number[]; vectors: number[][] } {
  const n = M.length;
  const A = M.map((r) => [...r]);
  const V: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p][q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(A[p][q]) < 1e-15) continue;
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k][p];
          const akq = A[k][q];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p][k];
          const aqk = A[q][k];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p];
          const vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: A.map((r, i) => r[i]), vectors: V };
}

/**
 * Least-squares similarity (rotation, uniform scale, translation) taking `from` onto `to` (Horn's
 * quaternion method, 1987): returns the map and the rms residual.
 */
export function fitSimilarity(from: readonly V3[], to: readonly V3[]): { map: (p: readonly number[]) => V3; scale: number; rms: number } {
  const n = from.length;
  const cf: V3 = [0, 0, 0];
  const ct: V3 = [0, 0, 0];
  for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) {
    cf[k] += from[i][k] / n;
    ct[k] += to[i][k] / n;
  }
  const S = [0, 1, 2].map(() => [0, 0, 0]);
  let sf = 0;
  let st = 0;
  for (let i = 0; i < n; i++) {
    const a = [0, 1, 2].map((k) => from[i][k] - cf[k]);
    const b = [0, 1, 2].map((k) => to[i][k] - ct[k]);
    sf += a[0] ** 2 + a[1] ** 2 + a[2] ** 2;
    st += b[0] ** 2 + b[1] ** 2 + b[2] ** 2;
    for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) S[r][c] += a[r] * b[c];
  }
  const [[xx, xy, xz], [yx, yy, yz], [zx, zy, zz]] = S;
  const N = [
    [xx + yy + zz, yz - zy, zx - xz, xy - yx],
    [yz - zy, xx - yy - zz, xy + yx, zx + xz],
    [zx - xz, xy + yx, -xx + yy - zz, yz + zy],
    [xy - yx, zx + xz, yz + zy, -xx - yy + zz],
  ];
  const { values, vectors } = symmetricEigen(N);
  const best = values.indexOf(Math.max(...values));
  const [w, x, y, z] = vectors.map((row) => row[best]);
  const R = [
    [w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z],
  ];
  const scale = Math.sqrt(st / sf);
  const map = (p: readonly number[]): V3 => {
    const d = [p[0] - cf[0], p[1] - cf[1], p[2] - cf[2]];
    return [0, 1, 2].map((r) => ct[r] + scale * (R[r][0] * d[0] + R[r][1] * d[1] + R[r][2] * d[2])) as V3;
  };
  let e = 0;
  for (let i = 0; i < n; i++) {
    const q = map(from[i]);
    e += (q[0] - to[i][0]) ** 2 + (q[1] - to[i][1]) ** 2 + (q[2] - to[i][2]) ** 2;
  }
  return { map, scale, rms: Math.sqrt(e / n) };
}
