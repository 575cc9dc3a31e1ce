/**
 * The dataset's "Phalanges" surface holds the five metatarsals and the toes of the forefoot as one
 * piece (touching bones were segmented together). Split it into metatarsal_1..5 and phalanges_1..5:
 * label each vertex by the nearest of ten bone axes (k-segments from rough seeds along each ray,
 * refitted to the data), keep each label's triangles, close the cut faces.
 */
import { SEGMENT_BONES } from '../../../src/kinematics/landmarks';
import type { V3 } from '../vec';
import { closeHoles, filterTriangles, largestComponent } from './clean';
import { kSegments } from './kSegments';
import type { Segment3 } from './kSegments';
import type { IndexedMesh } from './stl';

export type ForefootId = Extract<(typeof SEGMENT_BONES.foot)[number], `metatarsal_${number}` | `phalanges_${number}`>;
/** metatarsal_1..5 then phalanges_1..5, in the order of landmarks.ts's foot list (SEEDS follow it). */
export const FOREFOOT_IDS: readonly ForefootId[] = SEGMENT_BONES.foot.filter((id): id is ForefootId => /^(metatarsal|phalanges)_/.test(id));

/**
 * Seed axes (x, z in mm of the model's rest frame; y taken from the surface there), read off a
 * dorsal render of the posed forefoot: each metatarsal from base to head, each toe from its
 * proximal phalanx's base to its tip. k-segments moves them onto the bones.
 */
const SEEDS: readonly [number, number, number, number][] = [
  [-2, 82, 1, 142],
  [-27, 75, -24, 147],
  [-36, 75, -36, 140],
  [-46, 72, -46, 134],
  [-56, 50, -61, 120],
  [-2, 157, -20, 205],
  [-27, 158, -44, 203],
  [-43, 152, -59, 190],
  [-57, 145, -65, 173],
  [-65, 130, -69, 165],
];

/** `mesh` in model coordinates (metres, rest pose). */
export function splitForefoot(mesh: IndexedMesh): Record<ForefootId, IndexedMesh> {
  const n = mesh.positions.length / 3;
  const points: V3[] = [];
  for (let i = 0; i < n; i++) points.push([mesh.positions[i * 3], mesh.positions[i * 3 + 1], mesh.positions[i * 3 + 2]]);
  const heightAt = (x: number, z: number) => {
    let s = 0;
    let k = 0;
    for (const p of points) {
      if (Math.hypot(p[0] - x, p[2] - z) < 0.004) {
        s += p[1];
        k++;
      }
    }
    return k ? s / k : 0.02;
  };
  const seeds: Segment3[] = SEEDS.map(([x1, z1, x2, z2]) => ({
    a: [x1 / 1000, heightAt(x1 / 1000, z1 / 1000), z1 / 1000],
    b: [x2 / 1000, heightAt(x2 / 1000, z2 / 1000), z2 / 1000],
  }));
  // fit on every other vertex (fast), then label all of them with the fitted axes
  const { segments } = kSegments(points.filter((_, i) => i % 2 === 0), seeds, 8);
  const { labels } = kSegments(points, segments, 0);
  const out = {} as Record<ForefootId, IndexedMesh>;
  FOREFOOT_IDS.forEach((id, k) => {
    const own = filterTriangles(mesh, (t) => labels[mesh.indices[t * 3]] === k && labels[mesh.indices[t * 3 + 1]] === k && labels[mesh.indices[t * 3 + 2]] === k);
    out[id] = closeHoles(largestComponent(own));
  });
  return out;
}
