/**
 * The dataset's "Phalanges" surface holds the five metatarsals and the toes of the forefoot as one
 * piece (touching bones were segmented together). Split it into metatarsal_1..5 and phalanges_1..5
 * at the joints:
 *
 * 1. Seeds. Cut the surface with planes across the foot (z = const) where the shafts stand apart:
 *    each closed loop of the section rings one bone's shaft; the ring's vertices seed that bone
 *    (RINGS lists the section levels and the loop centres they were read from). Each metatarsal's
 *    base is also seeded by the surface lying on the distal face of the tarsal it stands on
 *    (medial, intermediate, lateral cuneiform; cuboid for the 4th and 5th).
 * 2. Growth. Every vertex goes to the seed nearest along the surface, where a step costs its length,
 *    far more where the surface is concave (the creases between fused bones: MTP joints, the
 *    contacts of the metatarsal bases and heads) and more again where the vertex lies nearer another
 *    ray's axis (the polyline through the ring centres) than its own. The boundaries settle in the
 *    creases, i.e. in the joints.
 * 3. Joint spaces. Vertices within JOINT_SPACE of another piece's vertices are dropped, so the
 *    closed pieces stand apart by a joint space instead of sharing a cut face (each keeps its
 *    largest part and its holes are closed), and so does surface nearer than TARSAL_CLEARANCE to
 *    a tarsal (the closing faces kept off the tarsal). The faces closing an MTP cut are domed:
 *    convex on the head, hollow on the base.
 */
import { SEGMENT_BONES } from '../../../src/kinematics/landmarks';
import { computeNormals } from '../mesh';
import { taubin } from '../meshing';
import type { V3 } from '../vec';
import { closeHoles, filterTriangles, largestComponent } from './clean';
import { principalAxes } from './fit';
import { meshField } from './meshField';
import type { IndexedMesh } from './stl';

export type ForefootId = Extract<(typeof SEGMENT_BONES.foot)[number], `metatarsal_${number}` | `phalanges_${number}`>;
/** metatarsal_1..5 then phalanges_1..5, in the order of landmarks.ts's foot list (RINGS follow it). */
export const FOREFOOT_IDS: readonly ForefootId[] = SEGMENT_BONES.foot.filter((id): id is ForefootId => /^(metatarsal|phalanges)_/.test(id));

/**
 * Per bone, the cross-sections that ring its shaft alone: [z, x, y] in mm of the model's rest frame
 * — the section plane z and the centre of the loop to take there (the nearest loop within 5 mm).
 * Read off the sections of the posed surface: at z = 110–115 mm the five metatarsal shafts are five
 * loops; the toes stand apart from z ≈ 145 mm (the 5th) to 200 mm (the 2nd).
 */
const RINGS: readonly (readonly [number, number, number])[][] = [
  [[105, -3, 44], [115, -1, 42], [125, 0, 38]],
  [[105, -22, 45], [115, -22, 40], [125, -22, 35]],
  [[110, -33, 33], [115, -33, 31], [125, -33, 27]],
  [[110, -41, 20], [115, -41, 18]],
  [[100, -52, 15], [105, -53, 13], [110, -55, 10], [115, -55, 9]],
  [[170, -1, 28], [185, -9, 29], [195, -12, 29]],
  [[170, -32, 38], [185, -36, 39], [200, -42, 37]],
  [[170, -49, 37], [180, -54, 37], [190, -59, 34]],
  [[155, -57, 32], [170, -62, 31], [175, -64, 31]],
  [[145, -65, 19], [150, -65, 18], [155, -65, 19], [160, -64, 18]],
];

export type BaseTarsal = 'medial_cuneiform' | 'intermediate_cuneiform' | 'lateral_cuneiform' | 'cuboid';
/** The tarsal(s) each metatarsal base stands on (index into RINGS); the cuboid carries two. */
const BASES: readonly [BaseTarsal, number[]][] = [
  ['medial_cuneiform', [0]],
  ['intermediate_cuneiform', [1]],
  ['lateral_cuneiform', [2]],
  ['cuboid', [3, 4]],
];

/** Surface within this of a tarsal's distal face seeds the metatarsal base on it (m). */
const BASE_CONTACT = 0.002;
/** Cost of a step: length × (1 + CONCAVE_WEIGHT (κ·CONCAVE_SCALE)²) × (1 + OFF_AXIS_WEIGHT · excess). */
const CONCAVE_WEIGHT = 100;
const CONCAVE_SCALE = 0.003;
const OFF_AXIS_WEIGHT = 1000;
/**
 * The joint space left between neighbouring pieces (m): each piece drops its vertices nearer than
 * this to another piece's, so the closed pieces stand about this far apart (1–4 mm, issue 18 item 4).
 */
const JOINT_SPACE = 0.00145;
/** Forefoot surface nearer than this to a tarsal goes too (the tarsometatarsal joint spaces). */
const TARSAL_CLEARANCE = 0.0022;

function points(mesh: IndexedMesh): V3[] {
  const out: V3[] = [];
  for (let i = 0; i < mesh.positions.length; i += 3) out.push([mesh.positions[i], mesh.positions[i + 1], mesh.positions[i + 2]]);
  return out;
}

function neighbours(mesh: IndexedMesh): number[][] {
  const nb: Set<number>[] = Array.from({ length: mesh.positions.length / 3 }, () => new Set<number>());
  for (let t = 0; t < mesh.indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = mesh.indices[t + k];
      const b = mesh.indices[t + ((k + 1) % 3)];
      nb[a].add(b);
      nb[b].add(a);
    }
  }
  return nb.map((s) => [...s]);
}

/** Loops of the section z = c: the vertices of each connected band of crossing triangles, and its centre. */
function sectionLoops(mesh: IndexedMesh, c: number): { verts: number[]; centre: V3 }[] {
  const P = mesh.positions;
  const I = mesh.indices;
  const tris: number[] = [];
  for (let t = 0; t < I.length / 3; t++) {
    const zs = [0, 1, 2].map((k) => P[I[t * 3 + k] * 3 + 2]);
    if (Math.min(...zs) < c && Math.max(...zs) >= c) tris.push(t);
  }
  const parent = tris.map((_, j) => j);
  const find = (a: number): number => (parent[a] === a ? a : (parent[a] = find(parent[a])));
  const byEdge = new Map<string, number>();
  tris.forEach((t, j) => {
    for (let k = 0; k < 3; k++) {
      const a = I[t * 3 + k];
      const b = I[t * 3 + ((k + 1) % 3)];
      if (P[a * 3 + 2] < c === P[b * 3 + 2] < c) continue;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      const other = byEdge.get(key);
      if (other === undefined) byEdge.set(key, j);
      else parent[find(j)] = find(other);
    }
  });
  const groups = new Map<number, Set<number>>();
  tris.forEach((t, j) => {
    const g = groups.get(find(j)) ?? groups.set(find(j), new Set()).get(find(j))!;
    for (let k = 0; k < 3; k++) g.add(I[t * 3 + k]);
  });
  return [...groups.values()].map((vs) => {
    const centre: V3 = [0, 0, 0];
    for (const v of vs) for (let k = 0; k < 3; k++) centre[k] += P[v * 3 + k] / vs.size;
    return { verts: [...vs].sort((a, b) => a - b), centre };
  });
}

/** Mean concavity (1/m, positive where the surface is concave) per vertex, on a smoothed copy. */
function concavity(mesh: IndexedMesh, nb: readonly number[][]): Float32Array {
  const s = new Float32Array(mesh.positions);
  taubin(s, new Uint32Array(mesh.indices), 10);
  const N = computeNormals(s, new Uint32Array(mesh.indices));
  const out = new Float32Array(nb.length);
  nb.forEach((list, i) => {
    let sum = 0;
    for (const j of list) {
      const d = [s[j * 3] - s[i * 3], s[j * 3 + 1] - s[i * 3 + 1], s[j * 3 + 2] - s[i * 3 + 2]];
      const l2 = d[0] * d[0] + d[1] * d[1] + d[2] * d[2] || 1e-12;
      sum -= ((N[j * 3] - N[i * 3]) * d[0] + (N[j * 3 + 1] - N[i * 3 + 1]) * d[1] + (N[j * 3 + 2] - N[i * 3 + 2]) * d[2]) / l2;
    }
    out[i] = list.length ? sum / list.length : 0;
  });
  return out;
}

function segmentDistance(p: V3, a: V3, b: V3): number {
  const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const ap = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
  const t = Math.max(0, Math.min(1, (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / (ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2])));
  return Math.hypot(ap[0] - ab[0] * t, ap[1] - ab[1] * t, ap[2] - ab[2] * t);
}

/** A binary min-heap of [cost, vertex]. */
class Heap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, v: number): void {
    const h = this.items;
    h.push([cost, v]);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p][0] < h[i][0] || (h[p][0] === h[i][0] && h[p][1] <= h[i][1])) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  pop(): [number, number] {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      const less = (a: number, b: number) => h[a][0] < h[b][0] || (h[a][0] === h[b][0] && h[a][1] < h[b][1]);
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(l, m)) m = l;
        if (r < h.length && less(r, m)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}

/** A bone label (index into FOREFOOT_IDS) per vertex of `mesh`. */
export function labelForefoot(mesh: IndexedMesh, tarsals: Readonly<Record<BaseTarsal, IndexedMesh>>): Int32Array {
  const P = points(mesh);
  const nb = neighbours(mesh);
  // 1. seeds: the rings, each bone's ring centres for its ray's axis
  const rings = RINGS.map((list) =>
    list.map(([z, x, y]) => {
      let best: { verts: number[]; centre: V3 } | null = null;
      let bestD = 0.005;
      for (const loop of sectionLoops(mesh, z / 1000)) {
        const d = Math.hypot(loop.centre[0] - x / 1000, loop.centre[1] - y / 1000);
        if (d < bestD) [best, bestD] = [loop, d];
      }
      if (!best) throw new Error(`forefoot: no section loop near (${x}, ${y}) at z = ${z} mm`);
      return best;
    }),
  );
  const seeds = rings.map((list) => list.flatMap((l) => l.verts));
  // each ray's axis: through its metatarsal's and toe's ring centres, carried 40 mm proximally
  // (through the base) and 15 mm distally (to the tip)
  const carry = (from: V3, to: V3, len: number): V3 => {
    const d = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
    const l = Math.hypot(d[0], d[1], d[2]);
    return [0, 1, 2].map((k) => to[k] + (d[k] / l) * len) as V3;
  };
  const ringRays = [0, 1, 2, 3, 4].map((r) => {
    const m = rings[r].map((l) => l.centre);
    const t = rings[r + 5].map((l) => l.centre);
    return [carry(m[m.length - 1], m[0], 0.04), ...m, ...t, carry(t[t.length - 2], t[t.length - 1], 0.015)];
  });
  const kappa = concavity(mesh, nb);
  const first = grow(P, nb, kappa, seeds, ringRays, tarsals);
  // the rings of a metatarsal span 5–20 mm, too short to aim its axis at its head (the 4th and 5th
  // heads are fused): aim it along the principal axis of the shaft the first pass found (the middle
  // half of its length), from 50 mm behind that half's centre to its 85th percentile
  const shaftRays = [0, 1, 2, 3, 4].map((r) => {
    const own = P.filter((_, i) => first[i] === r);
    const { centroid, axes } = principalAxes(own);
    const ring = rings[r];
    const along = [ring[ring.length - 1].centre[0] - ring[0].centre[0], ring[ring.length - 1].centre[1] - ring[0].centre[1], ring[ring.length - 1].centre[2] - ring[0].centre[2]];
    const u = axes[0][0] * along[0] + axes[0][1] * along[1] + axes[0][2] * along[2] < 0 ? (axes[0].map((v) => -v) as V3) : axes[0];
    const ts = own.map((p) => (p[0] - centroid[0]) * u[0] + (p[1] - centroid[1]) * u[1] + (p[2] - centroid[2]) * u[2]).sort((x, y) => x - y);
    const q = (f: number) => ts[Math.floor(f * (ts.length - 1))];
    const mid = own.filter((p) => {
      const t = (p[0] - centroid[0]) * u[0] + (p[1] - centroid[1]) * u[1] + (p[2] - centroid[2]) * u[2];
      return t >= q(0.25) && t <= q(0.75);
    });
    const c = principalAxes(mid).centroid;
    const at = (t: number): V3 => [c[0] + u[0] * t, c[1] + u[1] * t, c[2] + u[2] * t];
    const tc = (c[0] - centroid[0]) * u[0] + (c[1] - centroid[1]) * u[1] + (c[2] - centroid[2]) * u[2];
    const t = rings[r + 5].map((l) => l.centre);
    return [at(-0.05), at(q(0.85) - tc), ...t, carry(t[t.length - 2], t[t.length - 1], 0.015)];
  });
  return grow(P, nb, kappa, seeds, shaftRays, tarsals);
}

/**
 * Grow the seeds over the surface (Dijkstra): a step costs its length, more where the surface is
 * concave and where the vertex lies nearer another ray's axis than its own. The tarsal contacts
 * seed the bases (the cuboid's goes to the 4th or 5th metatarsal by the nearer axis).
 */
function grow(P: readonly V3[], nb: readonly number[][], kappa: Float32Array, ringSeeds: readonly number[][], rays: readonly V3[][], tarsals: Readonly<Record<BaseTarsal, IndexedMesh>>): Int32Array {
  const n = P.length;
  const seeds = ringSeeds.map((list) => [...list]);
  const rayDistance = new Float64Array(n * 5);
  P.forEach((p, i) => {
    for (let r = 0; r < 5; r++) {
      let d = Infinity;
      for (let j = 0; j + 1 < rays[r].length; j++) d = Math.min(d, segmentDistance(p, rays[r][j], rays[r][j + 1]));
      rayDistance[i * 5 + r] = d;
    }
  });
  // base seeds: the surface on each tarsal's distal face (the field rising anteriorly)
  for (const [id, bones] of BASES) {
    const field = tarsalField(tarsals[id]);
    const e = 0.0005;
    P.forEach(([x, y, z], i) => {
      if (field(x, y, z) > BASE_CONTACT) return;
      if ((field(x, y, z + e) - field(x, y, z - e)) / (2 * e) < 0.6) return;
      const k = bones.length > 1 && rayDistance[i * 5 + bones[1]] < rayDistance[i * 5 + bones[0]] ? bones[1] : bones[0];
      seeds[k].push(i);
    });
  }
  const offAxis = (i: number, k: number) => {
    let m = Infinity;
    for (let r = 0; r < 5; r++) m = Math.min(m, rayDistance[i * 5 + r]);
    return rayDistance[i * 5 + (k % 5)] - m;
  };
  const label = new Int32Array(n).fill(-1);
  const cost = new Float64Array(n).fill(Infinity);
  const owner = new Int32Array(n).fill(-1);
  const heap = new Heap();
  seeds.forEach((list, k) =>
    list.forEach((v) => {
      if (cost[v] === 0) return;
      cost[v] = 0;
      owner[v] = k;
      heap.push(0, v);
    }),
  );
  while (heap.size) {
    const [c, i] = heap.pop();
    if (c > cost[i] || label[i] >= 0) continue;
    label[i] = owner[i];
    for (const j of nb[i]) {
      if (label[j] >= 0) continue;
      const len = Math.hypot(P[j][0] - P[i][0], P[j][1] - P[i][1], P[j][2] - P[i][2]);
      const k = Math.max(0, (kappa[i] + kappa[j]) / 2) * CONCAVE_SCALE;
      const w = len * (1 + CONCAVE_WEIGHT * k * k) * (1 + OFF_AXIS_WEIGHT * offAxis(j, label[i]));
      if (c + w < cost[j]) {
        cost[j] = c + w;
        owner[j] = label[i];
        heap.push(c + w, j);
      }
    }
  }
  return label;
}

const tarsalFields = new WeakMap<IndexedMesh, ReturnType<typeof meshField>>();
function tarsalField(t: IndexedMesh): ReturnType<typeof meshField> {
  let f = tarsalFields.get(t);
  if (!f) {
    f = meshField({ positions: t.positions, indices: t.indices, normals: computeNormals(t.positions, t.indices) });
    tarsalFields.set(t, f);
  }
  return f;
}

/** Indices of the points of `P` nearer than `r` to a point of `Q`, by a uniform grid of cell `r`. */
function nearAny(P: readonly V3[], Q: readonly V3[], r: number): Set<number> {
  const key = (p: V3, dx = 0, dy = 0, dz = 0) => `${Math.floor(p[0] / r) + dx},${Math.floor(p[1] / r) + dy},${Math.floor(p[2] / r) + dz}`;
  const grid = new Map<string, V3[]>();
  for (const q of Q) (grid.get(key(q)) ?? grid.set(key(q), []).get(key(q))!).push(q);
  const out = new Set<number>();
  P.forEach((p, i) => {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++)
          for (const q of grid.get(key(p, dx, dy, dz)) ?? []) if (Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]) < r) return out.add(i);
  });
  return out;
}

/** `mesh` and the four tarsals the metatarsals stand on, in model coordinates (metres, rest pose). */
export function splitForefoot(mesh: IndexedMesh, tarsals: Readonly<Record<BaseTarsal, IndexedMesh>>): Record<ForefootId, IndexedMesh> {
  const label = labelForefoot(mesh, tarsals);
  const P = points(mesh);
  // 3. joint spaces: drop what lies within a joint space of another piece
  const drop = new Uint8Array(P.length);
  FOREFOOT_IDS.forEach((_, k) => {
    const own = P.filter((_, i) => label[i] === k);
    const others = P.filter((_, i) => label[i] !== k);
    const ownIndex = P.map((_, i) => i).filter((i) => label[i] === k);
    for (const j of nearAny(own, others, JOINT_SPACE)) drop[ownIndex[j]] = 1;
  });
  // and what lies within TARSAL_CLEARANCE of a tarsal (the thin lips of the bases that wrap their
  // tarsals go with it; their faces are closed below and kept off the tarsal)
  const fields = Object.values(tarsals).map(tarsalField);
  P.forEach(([x, y, z], i) => {
    if (fields.some((f) => f(x, y, z) < TARSAL_CLEARANCE)) drop[i] = 1;
  });
  const moved: IndexedMesh = mesh;
  const out = {} as Record<ForefootId, IndexedMesh>;
  const rims: number[] = [];
  FOREFOOT_IDS.forEach((id, k) => {
    const keep = (v: number) => label[v] === k && !drop[v];
    const own = largestComponent(filterTriangles(moved, (t) => keep(mesh.indices[t * 3]) && keep(mesh.indices[t * 3 + 1]) && keep(mesh.indices[t * 3 + 2])));
    rims.push(own.positions.length / 3);
    out[id] = closeHoles(own);
  });
  domeJointFaces(out, rims);
  clearTarsals(out, rims, fields);
  return out;
}

/**
 * The faces closing the cuts against a tarsal are fans round the rim's centre, which can lie nearer
 * the (convex) tarsal than the rim: carry each such centre out along the tarsal's field until it is
 * CAP_CLEARANCE off it (a shallow hollow in the base, as its facet is; the medial cuneiform's
 * distal-lateral corner otherwise comes within 0.4 mm of the first metatarsal's face).
 */
const CAP_CLEARANCE = 0.009;

function clearTarsals(pieces: Record<ForefootId, IndexedMesh>, rims: readonly number[], fields: readonly ((x: number, y: number, z: number) => number)[]): void {
  const e = 0.0002;
  FOREFOOT_IDS.forEach((id, k) => {
    const m = pieces[id];
    for (let c = rims[k]; c < m.positions.length / 3; c++) {
      for (const f of fields) {
        const [x, y, z] = [m.positions[c * 3], m.positions[c * 3 + 1], m.positions[c * 3 + 2]];
        const d = f(x, y, z);
        if (d >= CAP_CLEARANCE) continue;
        const g = [f(x + e, y, z) - f(x - e, y, z), f(x, y + e, z) - f(x, y - e, z), f(x, y, z + e) - f(x, y, z - e)];
        const l = Math.hypot(g[0], g[1], g[2]) || 1;
        for (let j = 0; j < 3; j++) m.positions[c * 3 + j] += (g[j] / l) * (CAP_CLEARANCE - d);
      }
    }
  });
}

/** How far the middle of an MTP cut face is carried distally, as a share of the face's radius. */
const HEAD_DOME = 0.45;

/**
 * The faces closing the MTP cuts are flat fans; a metatarsal head is convex and the phalanx base
 * cupped round it. Carry the centre of both faces of each MTP cut distally by HEAD_DOME × the
 * face's radius: the head's face bulges into the joint, the base's is hollowed by as much, so the
 * joint space keeps its width. `rims[k]` is the vertex count of piece k before its faces were added.
 */
function domeJointFaces(pieces: Record<ForefootId, IndexedMesh>, rims: readonly number[]): void {
  const centroid = (m: IndexedMesh): V3 => {
    const c: V3 = [0, 0, 0];
    const n = m.positions.length / 3;
    for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) c[k] += m.positions[i * 3 + k] / n;
    return c;
  };
  for (let r = 0; r < 5; r++) {
    const mt = pieces[FOREFOOT_IDS[r]];
    const toe = pieces[FOREFOOT_IDS[r + 5]];
    const [a, b] = [centroid(mt), centroid(toe)];
    const l = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    const d: V3 = [(b[0] - a[0]) / l, (b[1] - a[1]) / l, (b[2] - a[2]) / l];
    for (const [m, rim, other] of [
      [mt, rims[r], toe],
      [toe, rims[r + 5], mt],
    ] as const) {
      const otherPts = points(other);
      // each added face centre, with the mean distance to its rim
      const radius = new Map<number, { sum: number; n: number }>();
      for (let t = 0; t < m.indices.length; t += 3) {
        const c = m.indices[t + 2];
        if (c < rim) continue;
        const v = m.indices[t];
        const e = radius.get(c) ?? { sum: 0, n: 0 };
        e.sum += Math.hypot(m.positions[v * 3] - m.positions[c * 3], m.positions[v * 3 + 1] - m.positions[c * 3 + 1], m.positions[v * 3 + 2] - m.positions[c * 3 + 2]);
        e.n++;
        radius.set(c, e);
      }
      for (const [c, { sum, n }] of radius) {
        const p: V3 = [m.positions[c * 3], m.positions[c * 3 + 1], m.positions[c * 3 + 2]];
        // an MTP face: the other bone of the ray lies within a joint space and a bit of it
        if (!otherPts.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]) < 3 * JOINT_SPACE + sum / n)) continue;
        if (sum / n < 0.003) continue;
        const h = HEAD_DOME * (sum / n);
        for (let k = 0; k < 3; k++) m.positions[c * 3 + k] += d[k] * h;
      }
    }
  }
}
