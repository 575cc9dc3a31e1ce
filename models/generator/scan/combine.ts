/**
 * A muscle made of its real belly (scan) and the generated parts the dataset lacks — the tendons
 * beyond the belly, toe slips — taken from the generated (lofted, warped) muscle: only its tendinous
 * parts (by their colour) whose ring centre lies outside the real belly are kept, so a tendon starts
 * where the real belly ends. The belly is skinned like the generated muscle it replaces (each vertex takes the
 * weights of the nearest generated vertex) and coloured as muscle, or as tendon where its section is
 * a tendon's.
 */
import type { LoftResult } from '../loft';
import type { MeshData } from '../mesh';
import { mergeMeshes } from '../mesh';
import { MUSCLE_RGB, TENDON_RGB, tendonShareOfColour } from '../tissueColour';
import { meshField } from './meshField';

/** Centre samples deeper than this inside the real belly are covered by it. */
const INSIDE = 0.0015;

export interface GeneratedPart {
  part: MeshData;
  lofted: LoftResult;
}

export function combineWithScan(belly: MeshData, generated: readonly GeneratedPart[]): MeshData {
  const field = meshField(belly);
  const kept: MeshData[] = [];
  for (const { part, lofted } of generated) {
    const covered = lofted.centre.map((c) => field(c[0], c[1], c[2]) < -INSIDE);
    const sampleOf = (s: number) => {
      let best = 0;
      for (let k = 1; k < lofted.centreS.length; k++) if (Math.abs(lofted.centreS[k] - s) < Math.abs(lofted.centreS[best] - s)) best = k;
      return best;
    };
    // only the generated tendon survives, and only outside the real belly: the generated belly,
    // wherever it strays from the real one, goes
    const tendon = (v: number) => !covered[sampleOf(lofted.along[v])] && tendonShareOfColour(part.colors![v * 3], part.colors![v * 3 + 1], part.colors![v * 3 + 2]) > 0.5;
    kept.push(filterPart(part, (a, b, c) => tendon(a) || tendon(b) || tendon(c)));
  }
  const all = mergeMeshes(generated.map((g) => g.part));
  const n = belly.positions.length / 3;
  const colors = bellyColours(belly);
  const out: MeshData = { ...belly, colors };
  if (all.weights) {
    const per = all.weights.length / (all.positions.length / 3);
    const weights = new Float32Array(n * per);
    for (let i = 0; i < n; i++) {
      const j = nearest(all.positions, belly.positions, i);
      weights.set(all.weights.subarray(j * per, j * per + per), i * per);
    }
    out.weights = weights;
  }
  return mergeMeshes([out, ...kept.filter((k) => k.indices.length > 0)]);
}

function nearest(candidates: Float32Array, points: Float32Array, i: number): number {
  let best = 0;
  let bestD = Infinity;
  const x = points[i * 3];
  const y = points[i * 3 + 1];
  const z = points[i * 3 + 2];
  for (let j = 0; j < candidates.length; j += 3) {
    const d = (candidates[j] - x) ** 2 + (candidates[j + 1] - y) ** 2 + (candidates[j + 2] - z) ** 2;
    if (d < bestD) {
      bestD = d;
      best = j / 3;
    }
  }
  return best;
}

/** The triangles of a part that pass `keep`, with every per-vertex attribute carried along. */
function filterPart(m: MeshData, keep: (a: number, b: number, c: number) => boolean): MeshData {
  const n = m.positions.length / 3;
  const remap = new Int32Array(n).fill(-1);
  const order: number[] = [];
  const indices: number[] = [];
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [m.indices[t], m.indices[t + 1], m.indices[t + 2]];
    if (!keep(a, b, c)) continue;
    for (const v of [a, b, c]) {
      if (remap[v] < 0) {
        remap[v] = order.length;
        order.push(v);
      }
      indices.push(remap[v]);
    }
  }
  const pick = (arr: Float32Array | undefined, per: number) => {
    if (!arr) return undefined;
    const out = new Float32Array(order.length * per);
    order.forEach((v, i) => out.set(arr.subarray(v * per, v * per + per), i * per));
    return out;
  };
  const per = m.weights ? m.weights.length / n : 0;
  return {
    positions: pick(m.positions, 3)!,
    normals: pick(m.normals, 3)!,
    indices: Uint32Array.from(indices),
    colors: pick(m.colors, 3),
    weights: pick(m.weights, per),
  };
}

/** Slab height for reading a belly's section, metres. */
const SLAB = 0.002;
/**
 * A scanned belly is muscle red except where its section is a tendon's: the segmentations keep the
 * first centimetres of tendon with the belly (tibialis anterior down to the ankle). A 2 mm slab whose
 * width is under a third of the belly's widest and under 12 mm is tendon (off-white).
 */
function bellyColours(belly: MeshData): Float32Array {
  const p = belly.positions;
  const n = p.length / 3;
  const slabs = new Map<number, [number, number, number, number]>();
  for (let i = 0; i < n; i++) {
    const k = Math.floor(p[i * 3 + 1] / SLAB);
    const b = slabs.get(k) ?? [Infinity, -Infinity, Infinity, -Infinity];
    slabs.set(k, [Math.min(b[0], p[i * 3]), Math.max(b[1], p[i * 3]), Math.min(b[2], p[i * 3 + 2]), Math.max(b[3], p[i * 3 + 2])]);
  }
  const width = new Map([...slabs].map(([k, b]) => [k, Math.max(b[1] - b[0], b[3] - b[2])]));
  const widest = Math.max(...width.values());
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    const w = width.get(Math.floor(p[i * 3 + 1] / SLAB))!;
    colors.set(w < widest / 3 && w < 0.012 ? TENDON_RGB : MUSCLE_RGB, i * 3);
  }
  return colors;
}
