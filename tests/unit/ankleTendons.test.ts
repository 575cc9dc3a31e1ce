/**
 * The long tendons round the ankle, laid on the real bones (models/generator/muscles/ankleCourses.ts;
 * issue 18 item 6): their order behind each malleolus (with the posterior tibial artery between FDL
 * and FHL) and in front of the ankle, flexor hallucis
 * longus in the talus's groove and under the sustentaculum tali, fibularis longus below the fibular
 * trochlea and on the cuboid, fibularis brevis onto the tuberosity of the fifth metatarsal, and how
 * little of them lies inside bone at rest and at the ends of the ankle's everyday range. Reads the
 * committed .glb once (MODEL may name another file, to measure an older build).
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructureId } from '../../src/anatomy/ids';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';
import type { MeshData } from '../../models/generator/mesh';
import { meshField } from '../../models/generator/scan/meshField';
import type { Sdf } from '../../models/generator/sdf';

const GLB = process.env.MODEL ?? fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
type V3 = [number, number, number];

const TENDONS = [
  'tibialis_posterior',
  'flexor_digitorum_longus',
  'flexor_hallucis_longus',
  'fibularis_longus',
  'fibularis_brevis',
  'tibialis_anterior',
  'extensor_hallucis_longus',
  'extensor_digitorum_longus',
] as const satisfies readonly StructureId[];

const BONES = [
  'tibia',
  'fibula',
  'talus',
  'calcaneus',
  'navicular',
  'cuboid',
  'medial_cuneiform',
  'intermediate_cuneiform',
  'lateral_cuneiform',
  'metatarsal_1',
  'metatarsal_2',
  'metatarsal_3',
  'metatarsal_4',
  'metatarsal_5',
] as const;

let doc: Document;

/** World positions and indices of a node's mesh in the document's current pose. */
function meshOf(id: string): MeshData {
  const node = findNode(doc, id);
  const prim = node.getMesh()!.listPrimitives()[0];
  const positions = worldVertices(node);
  return { positions, normals: new Float32Array(positions.length), indices: new Uint32Array(prim.getIndices()!.getArray()!) };
}

let rest: Record<string, Float32Array>;
let restIndices: Record<string, Uint32Array>;
let field: Record<string, Sdf>;
let boneRest: Record<string, Float32Array>;

beforeAll(async () => {
  doc = await readModel(GLB);
  setPose(doc, { knee: 0, ankle: 0 });
  rest = Object.fromEntries(TENDONS.map((id) => [id, worldVertices(findNode(doc, id))]));
  restIndices = Object.fromEntries(TENDONS.map((id) => [id, meshOf(id).indices]));
  const bones = Object.fromEntries(BONES.map((b) => [b, meshOf(b)]));
  field = Object.fromEntries(BONES.map((b) => [b, meshField(bones[b])]));
  boneRest = Object.fromEntries(BONES.map((b) => [b, bones[b].positions]));
});

/**
 * Centre of a mesh's section by the plane `axis` = `at` (0 x, 1 y, 2 z): the mean of the points where
 * its edges cross the plane (the rings lie 5–8 mm apart, so a slab of vertices would catch a ring or
 * none), optionally only the crossings that `keep` accepts.
 */
function planeCentre(p: Float32Array, t: Uint32Array, axis: 0 | 1 | 2, at: number, keep: (q: V3) => boolean = () => true): V3 | null {
  const c: V3 = [0, 0, 0];
  let n = 0;
  for (let k = 0; k < t.length; k += 3) {
    for (const [a, b] of [
      [t[k], t[k + 1]],
      [t[k + 1], t[k + 2]],
      [t[k + 2], t[k]],
    ]) {
      const da = p[a * 3 + axis] - at;
      const db = p[b * 3 + axis] - at;
      if (da * db >= 0) continue;
      const f = da / (da - db);
      const q = [0, 1, 2].map((j) => p[a * 3 + j] + (p[b * 3 + j] - p[a * 3 + j]) * f) as V3;
      if (!keep(q)) continue;
      for (let j = 0; j < 3; j++) c[j] += q[j];
      n++;
    }
  }
  return n ? (c.map((v) => v / n) as V3) : null;
}

/** A tendon's rest section centre (planeCentre). */
function centreAt(id: (typeof TENDONS)[number], axis: 0 | 1 | 2, at: number, keep?: (q: V3) => boolean): V3 {
  const c = planeCentre(rest[id], restIndices[id], axis, at, keep);
  if (!c) throw new Error(`${id}: no section at ${'xyz'[axis]} = ${at}`);
  return c;
}

/** Any structure's rest section centre at height y. */
function sectionOf(id: StructureId, y: number): V3 {
  const m = meshOf(id);
  const c = planeCentre(m.positions, m.indices, 1, y);
  if (!c) throw new Error(`${id}: no section at y = ${y}`);
  return c;
}

const mm = (bone: string, p: V3) => field[bone](p[0], p[1], p[2]) * 1000;

describe('behind the medial malleolus (its tip at y ≈ 81 mm)', () => {
  // the subject's ankle is turned outward, so "behind" the medial malleolus runs back and laterally:
  // anterior → posterior is also medial → lateral here
  for (const y of [0.092, 0.086]) {
    it(`tibialis posterior, flexor digitorum longus, (posterior tibial artery), flexor hallucis longus, front to back, at y = ${y * 1000} mm`, () => {
      const [tp, fdl, fhl] = (['tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus'] as const).map((id) => centreAt(id, 1, y));
      expect(tp[2]).toBeGreaterThan(fdl[2] + 0.002);
      expect(fdl[2]).toBeGreaterThan(fhl[2] + 0.005);
      expect(tp[0]).toBeGreaterThan(fdl[0]);
      expect(fdl[0]).toBeGreaterThan(fhl[0] + 0.005);
      // TP in the malleolar groove: its centre a tendon's half-thickness (2.2 mm) and a sheath off the bone
      expect(mm('tibia', tp)).toBeLessThan(4.5);
      // the posterior tibial artery (routed between the real bellies, scan/gaps.ts) between FDL and FHL
      const artery = sectionOf('posterior_tibial_artery', y);
      expect(artery[2]).toBeLessThan(fdl[2]);
      expect(artery[2]).toBeGreaterThan(fhl[2]);
    });
  }
});

describe('behind the lateral malleolus (its tip at y ≈ 65 mm)', () => {
  for (const y of [0.092, 0.08]) {
    it(`fibularis brevis in front of longus and on the bone at y = ${y * 1000} mm`, () => {
      const fb = centreAt('fibularis_brevis', 1, y);
      const fl = centreAt('fibularis_longus', 1, y);
      expect(fb[2]).toBeGreaterThan(fl[2] + 0.002);
      expect(mm('fibula', fb)).toBeLessThan(mm('fibula', fl));
      expect(mm('fibula', fb)).toBeLessThan(4.5);
    });
  }
});

describe('in front of the ankle', () => {
  for (const y of [0.1, 0.09]) {
    it(`tibialis anterior, extensor hallucis longus, extensor digitorum longus, medial to lateral, at y = ${y * 1000} mm`, () => {
      const [ta, ehl, edl] = (['tibialis_anterior', 'extensor_hallucis_longus', 'extensor_digitorum_longus'] as const).map((id) => centreAt(id, 1, y));
      expect(ta[0]).toBeGreaterThan(ehl[0] + 0.005);
      expect(ehl[0]).toBeGreaterThan(edl[0] + 0.005);
    });
  }
});

describe('flexor hallucis longus', () => {
  it('lies in the groove on the back of the talus', () => {
    const c = centreAt('flexor_hallucis_longus', 1, 0.068);
    expect(mm('talus', c)).toBeLessThan(4.5);
    expect(mm('talus', c)).toBeGreaterThan(0);
  });

  it('runs under the sustentaculum tali, against it', () => {
    const c = centreAt('flexor_hallucis_longus', 2, 0.002, (p) => p[0] > 0.005 && p[1] < 0.065);
    // the sustentaculum: the calcaneus's most medial point in the same frontal slab
    const b = boneRest.calcaneus;
    let shelf: V3 = [-1, 0, 0];
    for (let i = 0; i < b.length; i += 3) if (Math.abs(b[i + 2] - 0.002) < 0.002 && b[i] > shelf[0]) shelf = [b[i], b[i + 1], b[i + 2]];
    expect(c[1]).toBeLessThan(shelf[1] - 0.004);
    expect(mm('calcaneus', c)).toBeLessThan(4.5);
  });
});

describe('the fibulares on the lateral foot', () => {
  /** The fibular trochlea: the calcaneus's most lateral point between 5 and 30 mm in front of the ankle. */
  function trochlea(): V3 {
    const b = boneRest.calcaneus;
    let t: V3 = [1, 0, 0];
    for (let i = 0; i < b.length; i += 3) if (b[i + 2] > 0.005 && b[i + 2] < 0.03 && b[i] < t[0]) t = [b[i], b[i + 1], b[i + 2]];
    return t;
  }

  it('longus passes below the fibular trochlea, brevis above it, both on the calcaneus', () => {
    const t = trochlea();
    const fl = centreAt('fibularis_longus', 2, t[2]);
    const fb = centreAt('fibularis_brevis', 2, t[2]);
    expect(fl[1]).toBeLessThan(t[1] - 0.004);
    expect(fb[1]).toBeGreaterThan(t[1] + 0.004);
    expect(mm('calcaneus', fl)).toBeLessThan(4.5);
    expect(mm('calcaneus', fb)).toBeLessThan(4.5);
  });

  it('longus turns round the cuboid within 3 mm of it', () => {
    // the groove on the cuboid's plantar face, medial to the fifth metatarsal's base
    const c = centreAt('fibularis_longus', 2, 0.048, (p) => p[0] > -0.042 && p[1] < 0.035);
    expect(mm('cuboid', c) - 2.8).toBeLessThan(3);
  });

  it('brevis ends on the tuberosity of the fifth metatarsal', () => {
    // the tuberosity: the proximal-lateral end of the bone (least x + z: lateral is −x, proximal −z)
    const b = boneRest.metatarsal_5;
    let tub: V3 = [0, 0, 1];
    for (let i = 0; i < b.length; i += 3) if (b[i] + b[i + 2] < tub[0] + tub[2]) tub = [b[i], b[i + 1], b[i + 2]];
    // the tendon's end: its section 1.5 mm short of its most distal (greatest z) point, and the
    // vertices of its last 4 mm
    const p = rest.fibularis_brevis;
    let zmax = -1;
    for (let i = 2; i < p.length; i += 3) zmax = Math.max(zmax, p[i]);
    const end = centreAt('fibularis_brevis', 2, zmax - 0.0015);
    let touch = Infinity;
    for (let i = 0; i < p.length; i += 3) if (p[i + 2] > zmax - 0.004) touch = Math.min(touch, mm('metatarsal_5', [p[i], p[i + 1], p[i + 2]]));
    expect(touch).toBeLessThan(1);
    // its centre within 2 mm of the bone beyond the tendon's half-thickness (2 mm)
    expect(mm('metatarsal_5', end)).toBeLessThan(2 + 2);
    expect(Math.hypot(end[0] - tub[0], end[1] - tub[1], end[2] - tub[2]) * 1000).toBeLessThan(8);
    // and its footprint (from contact, attachments/generated.ts) lies there too, on the bone
    const area = worldVertices(findNode(doc, 'fibularis_brevis_insertion_area'));
    const c: V3 = [0, 0, 0];
    for (let i = 0; i < area.length; i += 3) for (let j = 0; j < 3; j++) c[j] += area[i + j] / (area.length / 3);
    expect(Math.hypot(c[0] - tub[0], c[1] - tub[1], c[2] - tub[2]) * 1000).toBeLessThan(8);
    expect(Math.abs(mm('metatarsal_5', c))).toBeLessThan(1.5);
  });
});

describe('tendons outside bone', () => {
  // the ankle's everyday range (walking uses ≈ 20° of plantarflexion and 10° of dorsiflexion)
  for (const ankle of [0, 30, -20]) {
    it(`under 1 % of each tendon's vertices lie more than 1 mm inside a bone at ankle ${ankle}°`, () => {
      setPose(doc, { knee: 0, ankle });
      const fields = BONES.map((b) => meshField(meshOf(b)));
      for (const id of TENDONS) {
        const p = worldVertices(findNode(doc, id));
        let inside = 0;
        let n = 0;
        for (let i = 0; i < p.length; i += 3) {
          // the ankle region: the bellies above it are the scan's and are checked elsewhere
          if (p[i + 1] > 0.14) continue;
          n++;
          if (fields.some((f) => f(p[i], p[i + 1], p[i + 2]) < -0.001)) inside++;
        }
        expect(inside / n, `${id}: ${inside} of ${n}`).toBeLessThan(0.01);
      }
      setPose(doc, { knee: 0, ankle: 0 });
    });
  }
});
