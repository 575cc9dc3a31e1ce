/**
 * SDF → clean triangle mesh: manifold-3d's level-set mesher (watertight, manifold), a few Taubin
 * smoothing steps (volume-preserving), meshoptimizer simplification to a triangle budget, and
 * normals from the field's gradient so the surface shades smoothly close up.
 */
import Module from 'manifold-3d';
import { MeshoptSimplifier } from 'meshoptimizer';
import type { MeshData } from './mesh';
import { gradient } from './sdf';
import type { Sdf } from './sdf';
import type { V3 } from './vec';

type ManifoldToplevel = Awaited<ReturnType<typeof Module>>;
let wasm: ManifoldToplevel | null = null;

export async function initMeshing(): Promise<void> {
  if (!wasm) {
    wasm = await Module();
    wasm.setup();
  }
  await MeshoptSimplifier.ready;
}

export interface MeshSdfOptions {
  /** Axis-aligned bounds of the grid (must enclose the shape with margin). */
  min: V3;
  max: V3;
  /** Grid edge length, metres. */
  edge: number;
  /** Target triangle count after simplification. */
  triangles: number;
  /** Taubin smoothing iterations. */
  smoothing: number;
}

export const MESH_SDF_DEFAULTS: Omit<MeshSdfOptions, 'min' | 'max'> = {
  edge: 0.0022,
  triangles: 6000,
  smoothing: 4,
};

export function meshSdf(sdf: Sdf, options: Partial<MeshSdfOptions> & { min: V3; max: V3 }): MeshData {
  if (!wasm) throw new Error('meshSdf: call initMeshing() first');
  const opts = { ...MESH_SDF_DEFAULTS, ...options };
  // manifold-3d counts positive as inside: negate the usual SDF.
  const manifold = wasm.Manifold.levelSet(
    (p: V3) => -sdf(p[0], p[1], p[2]),
    { min: opts.min, max: opts.max },
    opts.edge,
    0,
    opts.edge * 0.05,
  );
  const m = manifold.getMesh();
  const stride = m.numProp;
  const count = m.vertProperties.length / stride;
  let positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = m.vertProperties[i * stride];
    positions[i * 3 + 1] = m.vertProperties[i * stride + 1];
    positions[i * 3 + 2] = m.vertProperties[i * stride + 2];
  }
  let indices = new Uint32Array(m.triVerts);
  manifold.delete();
  taubin(positions, indices, opts.smoothing);
  if (indices.length / 3 > opts.triangles) {
    const [simplified] = MeshoptSimplifier.simplify(indices, positions, 3, opts.triangles * 3, 0.01, ['LockBorder']);
    // compact the vertex buffer to the vertices still referenced
    const remap = new Int32Array(count).fill(-1);
    let next = 0;
    for (const v of simplified) if (remap[v] < 0) remap[v] = next++;
    const compact = new Float32Array(next * 3);
    for (let v = 0; v < count; v++) {
      const r = remap[v];
      if (r >= 0) compact.set(positions.subarray(v * 3, v * 3 + 3), r * 3);
    }
    positions = compact;
    indices = Uint32Array.from(simplified, (v) => remap[v]);
  }
  const normals = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const g = gradient(sdf, positions[i], positions[i + 1], positions[i + 2]);
    normals[i] = g[0];
    normals[i + 1] = g[1];
    normals[i + 2] = g[2];
  }
  return { positions, normals, indices };
}

/** Taubin λ|μ smoothing: shrink-free Laplacian relaxation on the mesh's edge graph. */
export function taubin(positions: Float32Array, indices: Uint32Array, iterations: number): void {
  if (iterations <= 0) return;
  const n = positions.length / 3;
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i];
    const b = indices[i + 1];
    const c = indices[i + 2];
    neighbours[a].add(b).add(c);
    neighbours[b].add(a).add(c);
    neighbours[c].add(a).add(b);
  }
  const lists = neighbours.map((s) => Int32Array.from(s));
  const tmp = new Float32Array(positions.length);
  const step = (factor: number): void => {
    for (let v = 0; v < n; v++) {
      const nb = lists[v];
      if (nb.length === 0) {
        tmp.set(positions.subarray(v * 3, v * 3 + 3), v * 3);
        continue;
      }
      let sx = 0;
      let sy = 0;
      let sz = 0;
      for (const u of nb) {
        sx += positions[u * 3];
        sy += positions[u * 3 + 1];
        sz += positions[u * 3 + 2];
      }
      const k = 1 / nb.length;
      tmp[v * 3] = positions[v * 3] + factor * (sx * k - positions[v * 3]);
      tmp[v * 3 + 1] = positions[v * 3 + 1] + factor * (sy * k - positions[v * 3 + 1]);
      tmp[v * 3 + 2] = positions[v * 3 + 2] + factor * (sz * k - positions[v * 3 + 2]);
    }
    positions.set(tmp);
  };
  for (let i = 0; i < iterations; i++) {
    step(0.5);
    step(-0.53);
  }
}
