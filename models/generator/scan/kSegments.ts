/**
 * "k-segments": label the vertices of a surface that holds several touching, elongated bones (the
 * dataset's forefoot is one surface for the five metatarsals and five toes) by the nearest of k line
 * segments, then refit each segment to its vertices (centroid, principal axis, extent) and repeat —
 * k-means with segments as prototypes. Seeds are rough axes; the refit moves each to its bone.
 */
import type { V3 } from '../vec';
import { principalAxes } from './fit';

export interface Segment3 {
  a: V3;
  b: V3;
}

function distToSegment(p: V3, s: Segment3): number {
  const ab = [s.b[0] - s.a[0], s.b[1] - s.a[1], s.b[2] - s.a[2]];
  const ap = [p[0] - s.a[0], p[1] - s.a[1], p[2] - s.a[2]];
  const l2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
  const t = Math.min(1, Math.max(0, (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / l2));
  return Math.hypot(ap[0] - ab[0] * t, ap[1] - ab[1] * t, ap[2] - ab[2] * t);
}

export function nearestSegment(p: V3, segments: readonly Segment3[]): number {
  let best = 0;
  let bestD = Infinity;
  segments.forEach((s, i) => {
    const d = distToSegment(p, s);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/** Labels (index of the segment) per point, after `iterations` refits. */
export function kSegments(points: readonly V3[], seeds: readonly Segment3[], iterations = 6): { labels: Int32Array; segments: Segment3[] } {
  let segments = seeds.map((s) => ({ a: [...s.a] as V3, b: [...s.b] as V3 }));
  const labels = new Int32Array(points.length);
  for (let it = 0; it <= iterations; it++) {
    points.forEach((p, i) => (labels[i] = nearestSegment(p, segments)));
    if (it === iterations) break;
    segments = segments.map((s, k) => {
      const own = points.filter((_, i) => labels[i] === k);
      if (own.length < 20) return s;
      const { centroid, axes } = principalAxes(own);
      let axis = axes[0];
      const dir = [s.b[0] - s.a[0], s.b[1] - s.a[1], s.b[2] - s.a[2]];
      if (axis[0] * dir[0] + axis[1] * dir[1] + axis[2] * dir[2] < 0) axis = axis.map((v) => -v) as V3;
      // ends at the 3rd and 97th percentiles of the projections, pulled in by a bone radius so the
      // segment is the bone's axis, not its outline
      const t = own.map((p) => (p[0] - centroid[0]) * axis[0] + (p[1] - centroid[1]) * axis[1] + (p[2] - centroid[2]) * axis[2]).sort((x, y) => x - y);
      const lo = t[Math.floor(t.length * 0.03)];
      const hi = t[Math.floor(t.length * 0.97)];
      const inset = Math.min(0.004, (hi - lo) * 0.15);
      return {
        a: [0, 1, 2].map((j) => centroid[j] + axis[j] * (lo + inset)) as V3,
        b: [0, 1, 2].map((j) => centroid[j] + axis[j] * (hi - inset)) as V3,
      };
    });
  }
  return { labels, segments };
}
