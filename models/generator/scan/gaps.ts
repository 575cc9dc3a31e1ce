/**
 * Nerves and vessels through the real intermuscular spaces. Their courses are laid out on the
 * procedural leg and carried onto the real one by the segment warps (warp.ts), which move bones,
 * not the gaps between the scanned bellies: carried over, the tibial nerve ran through soleus for a
 * third of its length and the popliteal artery through semimembranosus. Each course is sampled
 * densely and relaxed: a sample inside a scanned belly or a bone moves out along that field's
 * gradient to just past its surface (between two touching bellies that is their shared boundary,
 * the fascial plane the vessel really follows), then the line is smoothed, until no sample is
 * deeper than ROUTE_TOLERANCE. Landmark points (fixed) stay put.
 */
import type { Segment } from '../../../src/kinematics/landmarks';
import type { BoneField } from '../bones';
import { loft } from '../loft';
import type { PathPoint } from '../loft';
import { boundsOf } from '../mesh';
import type { MeshData } from '../mesh';
import { gradient } from '../sdf';
import type { Sdf } from '../sdf';
import type { TissueDef } from '../tissue';
import { segmentTransitions } from '../skinning';
import { distance } from '../vec';
import type { V3 } from '../vec';
import { meshField } from './meshField';

/** Spacing of the relaxed course's points, metres. */
const SPACING = 0.004;
/** A relaxed sample is moved to this far outside the surface it was inside, metres. */
const CLEARANCE = 0.0008;
/** A course is done when no sample is deeper than this inside a belly or bone, metres. */
export const ROUTE_TOLERANCE = 0.0005;
const ITERATIONS = 80;
/** Share of the way to its neighbours' midpoint a sample moves per smoothing pass. */
const SMOOTHING = 0.35;

interface Obstacle {
  sdf: Sdf;
  min: V3;
  max: V3;
}

/** The scanned bellies and the bones, each with the box outside which it is not read. */
export function obstacles(muscles: Iterable<MeshData>, bones: Iterable<BoneField>): Obstacle[] {
  const out: Obstacle[] = [];
  for (const m of muscles) out.push({ sdf: meshField(m), ...boundsOf(m.positions, 0.002) });
  for (const b of bones) out.push({ sdf: b.sdf, min: b.min, max: b.max });
  return out;
}

/** The deepest obstacle containing p, and how deep (negative), or null. */
function deepest(p: V3, all: readonly Obstacle[]): { o: Obstacle; d: number } | null {
  let best: { o: Obstacle; d: number } | null = null;
  for (const o of all) {
    if (p[0] < o.min[0] || p[1] < o.min[1] || p[2] < o.min[2] || p[0] > o.max[0] || p[1] > o.max[1] || p[2] > o.max[2]) continue;
    const d = o.sdf(p[0], p[1], p[2]);
    if (d < 0 && (!best || d < best.d)) best = { o, d };
  }
  return best;
}

/** How deep p lies inside the belly or bone it is deepest in (0 when in none), metres. */
export function depthInside(p: V3, all: readonly Obstacle[]): number {
  return -(deepest(p, all)?.d ?? 0);
}

/** Step and reach of the march out of a belly or bone, metres. */
const MARCH_STEP = 0.0005;
const MARCH_REACH = 0.04;

/**
 * p moved along the first of `dirs` that leads out within MARCH_REACH until it is CLEARANCE outside
 * everything (or, failing all, as it was).
 */
function marchOut(p: V3, dirs: readonly (V3 | undefined)[], all: readonly Obstacle[]): V3 {
  for (const dir of dirs) if (dir) {
    const q = march(p, dir, all);
    if (q) return q;
  }
  return p;
}

function march(p: V3, dir: V3, all: readonly Obstacle[]): V3 | null {
  for (let t = MARCH_STEP; t <= MARCH_REACH; t += MARCH_STEP) {
    const q: V3 = [p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t];
    if (depthInside(q, all) === 0) {
      const r: V3 = [q[0] + dir[0] * CLEARANCE, q[1] + dir[1] * CLEARANCE, q[2] + dir[2] * CLEARANCE];
      return depthInside(r, all) === 0 ? r : q;
    }
  }
  return null;
}

/** Every piece of a nerve or vessel, re-routed (see the file's comment). */
export function routeThroughGaps(def: TissueDef, all: readonly Obstacle[], exit?: V3): TissueDef {
  return { ...def, pieces: def.pieces.map((piece) => ({ ...piece, path: relaxPath(piece.path, all, exit) })) };
}

/**
 * `exit`: the one direction a course leaves a belly by, for a branch that runs on one face of the
 * muscle it supplies (the sural arteries on the heads' deep faces, not out of their backs).
 */
function relaxPath(path: readonly PathPoint[], all: readonly Obstacle[], exit?: V3): PathPoint[] {
  const lofted = loft(path, [[0, 0.001, 0.001], [1, 0.001, 0.001]], { rings: 400, sides: 3 });
  let length = 0;
  for (let i = 1; i < lofted.centre.length; i++) length += distance(lofted.centre[i - 1], lofted.centre[i]);
  const n = Math.max(path.length, Math.round(length / SPACING) + 1);
  // samples evenly along the course, with each control point's own sample pinned where it is fixed
  const samples: V3[] = [];
  const s: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = k / (n - 1);
    const j = Math.min(lofted.centre.length - 1, Math.round(t * (lofted.centre.length - 1)));
    samples.push([...lofted.centre[j]] as V3);
    s.push(lofted.centreS[j]);
  }
  // both ends move too: a branch that ends in the belly it supplies ends at its surface (its hilum)
  const pinned = new Set<number>();
  path.forEach((q, i) => {
    if (!q.fixed) return;
    let best = 0;
    for (let k = 1; k < n; k++) if (Math.abs(s[k] - lofted.controlS[i]) < Math.abs(s[best] - lofted.controlS[i])) best = k;
    samples[best] = [...q.p] as V3;
    pinned.add(best);
  });
  for (let it = 0; it < ITERATIONS; it++) {
    // runs of consecutive samples inside something leave it together, along their depth-weighted
    // mean gradient: each along its own, a run across a belly's edge split to both sides of it
    const hits = samples.map((p, k) => (pinned.has(k) ? null : deepest(p, all)));
    const depth = hits.map((hit) => -(hit?.d ?? 0));
    let moved = false;
    for (let k = 0; k < n; k++) {
      if (depth[k] <= ROUTE_TOLERANCE) continue;
      let end = k;
      while (end + 1 < n && depth[end + 1] > ROUTE_TOLERANCE) end++;
      const dir: V3 = [0, 0, 0];
      for (let j = k; j <= end; j++) {
        const g = gradient(hits[j]!.o.sdf, ...samples[j]);
        for (let c = 0; c < 3; c++) dir[c] += g[c] * depth[j];
      }
      const len = Math.hypot(...dir) || 1;
      for (let j = k; j <= end; j++) samples[j] = marchOut(samples[j], [exit, [dir[0] / len, dir[1] / len, dir[2] / len]], all);
      moved = true;
      k = end;
    }
    if (!moved) break;
    const prev = samples.map((p) => [...p] as V3);
    for (let k = 1; k < n - 1; k++) {
      if (pinned.has(k)) continue;
      for (let c = 0; c < 3; c++) samples[k][c] += SMOOTHING * ((prev[k - 1][c] + prev[k + 1][c]) / 2 - prev[k][c]);
    }
  }
  // the last smoothing may have pulled a sample back in: each leaves on its own, unsmoothed
  for (let k = 0; k < n; k++) {
    const hit = pinned.has(k) ? null : deepest(samples[k], all);
    if (hit && hit.d < -ROUTE_TOLERANCE) samples[k] = marchOut(samples[k], [exit, gradient(hit.o.sdf, ...samples[k])], all);
  }
  const segmentAt = transitions(path, lofted);
  return samples.map((p, k) => ({ p, segment: segmentAt(s[k]), ...(pinned.has(k) && k > 0 && k < n - 1 ? { fixed: true } : {}) }));
}

/** The segment each arc-length fraction belongs to (where skinning.ts puts the course's transitions). */
function transitions(path: readonly PathPoint[], lofted: ReturnType<typeof loft>): (s: number) => Segment {
  const cuts = segmentTransitions(path, lofted);
  return (t) => {
    let seg = path[0].segment;
    for (const c of cuts) if (t >= c.s) seg = c.to;
    return seg;
  };
}
