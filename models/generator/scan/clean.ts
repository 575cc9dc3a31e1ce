/**
 * Cleaning a scanned surface for the model: keep the largest connected piece (drop islands), split
 * by per-vertex labels, close the holes a split leaves, Taubin smoothing against the segmentation's
 * voxel steps, meshoptimizer simplification to a triangle budget, compact buffers and normals.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import { computeNormals } from '../mesh';
import type { MeshData } from '../mesh';
import { taubin } from '../meshing';
import type { IndexedMesh } from './stl';

/** Connected components of the triangle graph, as a component id per vertex. */
export function components(mesh: IndexedMesh): Int32Array {
  const n = mesh.positions.length / 3;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = find(mesh.indices[t]);
    parent[find(mesh.indices[t + 1])] = a;
    parent[find(mesh.indices[t + 2])] = a;
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

/** Keep only the triangles for which `keep(triangle index)` holds, and the vertices they use. */
export function filterTriangles(mesh: IndexedMesh, keep: (t: number) => boolean): IndexedMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1);
  const positions: number[] = [];
  const indices: number[] = [];
  for (let t = 0; t < mesh.indices.length / 3; t++) {
    if (!keep(t)) continue;
    for (let k = 0; k < 3; k++) {
      const v = mesh.indices[t * 3 + k];
      if (remap[v] < 0) {
        remap[v] = positions.length / 3;
        positions.push(mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2]);
      }
      indices.push(remap[v]);
    }
  }
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}

/** The largest connected piece (by triangles): segmentation islands and specks go. */
export function largestComponent(mesh: IndexedMesh): IndexedMesh {
  const comp = components(mesh);
  const count = new Map<number, number>();
  for (let t = 0; t < mesh.indices.length; t += 3) count.set(comp[mesh.indices[t]], (count.get(comp[mesh.indices[t]]) ?? 0) + 1);
  let best = -1;
  let bestN = -1;
  for (const [c, k] of count) if (k > bestN || (k === bestN && c < best)) [best, bestN] = [c, k];
  return filterTriangles(mesh, (t) => comp[mesh.indices[t * 3]] === best);
}

/**
 * Close every hole (boundary loop) with a fan around the loop's centroid — the cut faces left where
 * a surface of fused bones was split along a joint.
 */
export function closeHoles(mesh: IndexedMesh): IndexedMesh {
  const next = new Map<number, number>();
  const edges = new Set<string>();
  for (let t = 0; t < mesh.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) edges.add(`${mesh.indices[t + k]},${mesh.indices[t + ((k + 1) % 3)]}`);
  }
  // a directed edge without its twin is on a boundary; the hole runs the other way round
  for (let t = 0; t < mesh.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = mesh.indices[t + k];
      const b = mesh.indices[t + ((k + 1) % 3)];
      if (!edges.has(`${b},${a}`)) next.set(b, a);
    }
  }
  const positions = Array.from(mesh.positions);
  const indices = Array.from(mesh.indices);
  fanLoops(positions, indices, next);
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}

/**
 * Walk the loops of a `next` map (vertex → following vertex along a hole's rim) and close each with
 * a fan round its centroid, appending to `positions` and `indices`.
 */
export function fanLoops(positions: number[], indices: number[], next: ReadonlyMap<number, number>): void {
  const seen = new Set<number>();
  for (const start of [...next.keys()].sort((x, y) => x - y)) {
    if (seen.has(start)) continue;
    const loop: number[] = [];
    for (let v: number | undefined = start; v !== undefined && !seen.has(v); v = next.get(v)) {
      seen.add(v);
      loop.push(v);
    }
    if (loop.length < 3) continue;
    const c = [0, 0, 0];
    for (const v of loop) for (let k = 0; k < 3; k++) c[k] += positions[v * 3 + k] / loop.length;
    const ci = positions.length / 3;
    positions.push(c[0], c[1], c[2]);
    for (let i = 0; i < loop.length; i++) indices.push(loop[i], loop[(i + 1) % loop.length], ci);
  }
}

export interface FinishOptions {
  /** Triangle budget after simplification. */
  triangles: number;
  /** Taubin iterations (each a shrink and an inflate step). */
  smoothing?: number;
}

/** Smooth, simplify, compact and give normals. */
export async function finish(mesh: IndexedMesh, options: FinishOptions): Promise<MeshData> {
  await MeshoptSimplifier.ready;
  let positions: Float32Array = new Float32Array(mesh.positions);
  let indices: Uint32Array = new Uint32Array(mesh.indices);
  taubin(positions, indices, options.smoothing ?? 6);
  if (indices.length / 3 > options.triangles) {
    const [simplified] = MeshoptSimplifier.simplify(indices, positions, 3, options.triangles * 3, 0.02, ['LockBorder']);
    const kept = filterTriangles({ positions, indices: simplified }, () => true);
    positions = kept.positions;
    indices = kept.indices;
  }
  return { positions, indices, normals: computeNormals(positions, indices) };
}
