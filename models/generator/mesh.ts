/** An indexed triangle mesh in world rest-pose coordinates, plus optional per-vertex extras. */
export interface MeshData {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /**
   * Per-vertex weights for [thigh, shank, foot] (skinned structures only; [.., patella] for the
   * patella's links, and [thigh, shank, foot, patella, toes] after build.ts's pass across the toes).
   */
  weights?: Float32Array;
  /** Per-vertex RGB colour (faint fibre shading on muscles). */
  colors?: Float32Array;
}

/** Axis-aligned bounds of a position buffer, widened by `pad` on every side. */
export function boundsOf(positions: ArrayLike<number>, pad = 0): { min: [number, number, number]; max: [number, number, number] } {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], positions[i + k] - pad);
      max[k] = Math.max(max[k], positions[i + k] + pad);
    }
  }
  return { min, max };
}

/** Area-weighted vertex normals. */
export function computeNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i] * 3;
    const b = indices[i + 1] * 3;
    const c = indices[i + 2] * 3;
    const e1x = positions[b] - positions[a];
    const e1y = positions[b + 1] - positions[a + 1];
    const e1z = positions[b + 2] - positions[a + 2];
    const e2x = positions[c] - positions[a];
    const e2y = positions[c + 1] - positions[a + 1];
    const e2z = positions[c + 2] - positions[a + 2];
    const nx = e1y * e2z - e1z * e2y;
    const ny = e1z * e2x - e1x * e2z;
    const nz = e1x * e2y - e1y * e2x;
    for (const v of [a, b, c]) {
      n[v] += nx;
      n[v + 1] += ny;
      n[v + 2] += nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i], n[i + 1], n[i + 2]) || 1;
    n[i] /= l;
    n[i + 1] /= l;
    n[i + 2] /= l;
  }
  return n;
}

/** Merge several meshes into one (e.g. the five metatarsals into one group node). */
export function mergeMeshes(parts: readonly MeshData[]): MeshData {
  let vCount = 0;
  let iCount = 0;
  for (const p of parts) {
    vCount += p.positions.length / 3;
    iCount += p.indices.length;
  }
  const positions = new Float32Array(vCount * 3);
  const normals = new Float32Array(vCount * 3);
  const indices = new Uint32Array(iCount);
  const hasWeights = parts.every((p) => p.weights);
  const hasColors = parts.every((p) => p.colors);
  const weights = hasWeights ? new Float32Array(vCount * 3) : undefined;
  const colors = hasColors ? new Float32Array(vCount * 3) : undefined;
  let vo = 0;
  let io = 0;
  for (const p of parts) {
    positions.set(p.positions, vo * 3);
    normals.set(p.normals, vo * 3);
    if (weights && p.weights) weights.set(p.weights, vo * 3);
    if (colors && p.colors) colors.set(p.colors, vo * 3);
    for (let i = 0; i < p.indices.length; i++) indices[io + i] = p.indices[i] + vo;
    vo += p.positions.length / 3;
    io += p.indices.length;
  }
  return { positions, normals, indices, weights, colors };
}
