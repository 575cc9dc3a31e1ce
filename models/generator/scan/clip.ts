/**
 * Cut a closed surface with a horizontal plane and keep what lies below it, capped: the thigh
 * muscles end at the model's thigh cut (the femur's top) with a clean section, as in a
 * dissection, not a rounded dome.
 */
import { fanLoops } from './clean';
import type { IndexedMesh } from './stl';

export function clipBelow(mesh: IndexedMesh, yMax: number): IndexedMesh {
  const positions = Array.from(mesh.positions);
  const indices: number[] = [];
  const edgeVertex = new Map<string, number>();
  const cutEdges: [number, number][] = [];
  const y = (v: number) => positions[v * 3 + 1];
  const split = (a: number, b: number) => {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let v = edgeVertex.get(key);
    if (v === undefined) {
      const t = (yMax - y(a)) / (y(b) - y(a));
      v = positions.length / 3;
      positions.push(
        positions[a * 3] + (positions[b * 3] - positions[a * 3]) * t,
        yMax,
        positions[a * 3 + 2] + (positions[b * 3 + 2] - positions[a * 3 + 2]) * t,
      );
      edgeVertex.set(key, v);
    }
    return v;
  };
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const tri = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]];
    const below = tri.map((v) => y(v) <= yMax);
    const n = below.filter(Boolean).length;
    if (n === 3) indices.push(...tri);
    if (n === 0 || n === 3) continue;
    // rotate so that the odd vertex comes first
    const odd = below.findIndex((b) => b === (n === 1));
    const [a, b, c] = [tri[odd], tri[(odd + 1) % 3], tri[(odd + 2) % 3]];
    const ab = split(a, b);
    const ac = split(a, c);
    if (n === 1) {
      indices.push(a, ab, ac);
      cutEdges.push([ab, ac]);
    } else {
      indices.push(ab, b, c, ab, c, ac);
      cutEdges.push([ac, ab]);
    }
  }
  // cap: the cut edges form loops in the plane; a fan round each loop's centroid closes it
  fanLoops(positions, indices, new Map(cutEdges.map(([p, q]) => [q, p] as [number, number])));
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) };
}
