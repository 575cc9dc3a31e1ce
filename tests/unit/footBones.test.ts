/**
 * The fibula and the foot skeleton of the committed model, measured on its meshes (rest pose,
 * world frame: metres, +Y up, medial +X, anterior +Z) against published bands, and the subtalar
 * joint with its inversion clip. Bands from shared/anatomy/morphology-kinematics.md (row ids in
 * brackets) unless another source is named beside them.
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRUCTURES, isStructureId } from '../../src/anatomy/ids';
import { ANKLE, SUBTALAR } from '../../src/kinematics/joints';
import type { Pose } from '../../src/kinematics/joints';
import { boneFields } from '../../models/generator/bones';
import type { BoneId } from '../../models/generator/bones';
import { FOOT_BONE_IDS, METATARSALS } from '../../models/generator/bones/foot';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
const REST: Pose = { knee: 0, ankle: 0 };
const MM = 0.001;
const DEG = Math.PI / 180;
let doc: Document;
const fields = boneFields();
const rest = new Map<string, Float32Array>();

beforeAll(async () => {
  doc = await readModel(GLB);
  setPose(doc, REST);
  for (const id of [...FOOT_BONE_IDS, 'tibia', 'fibula']) rest.set(id, worldVertices(findNode(doc, id)));
});

function v(id: string): Float32Array {
  return rest.get(id)!;
}

function range(p: Float32Array, axis: 0 | 1 | 2, keep: (x: number, y: number, z: number) => boolean = () => true): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    if (!keep(p[i], p[i + 1], p[i + 2])) continue;
    lo = Math.min(lo, p[i + axis]);
    hi = Math.max(hi, p[i + axis]);
  }
  return [lo, hi];
}

function lowest(p: Float32Array, keep: (x: number, y: number, z: number) => boolean = () => true): [number, number, number] {
  let best: [number, number, number] = [0, Infinity, 0];
  for (let i = 0; i < p.length; i += 3) if (keep(p[i], p[i + 1], p[i + 2]) && p[i + 1] < best[1]) best = [p[i], p[i + 1], p[i + 2]];
  return best;
}

/** Smallest value of bone b's field over bone a's vertices: the gap from a to b (negative = inside b). */
function gapFrom(a: string, b: BoneId): number {
  const p = v(a);
  const f = fields[b];
  let m = Infinity;
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i];
    const y = p[i + 1];
    const z = p[i + 2];
    if (x < f.min[0] || y < f.min[1] || z < f.min[2] || x > f.max[0] || y > f.max[1] || z > f.max[2]) continue;
    m = Math.min(m, f.sdf(x, y, z));
  }
  return m;
}

const gap = (a: BoneId, b: BoneId): number => Math.min(gapFrom(a, b), gapFrom(b, a));

function boxesNear(a: BoneId, b: BoneId, margin: number): boolean {
  const fa = fields[a];
  const fb = fields[b];
  return [0, 1, 2].every((k) => fa.min[k] - margin < fb.max[k] && fb.min[k] - margin < fa.max[k]);
}

/** Extent of a metatarsal's vertices along its own axis (base centre → head centre). */
function metatarsalLength(i: number): number {
  const m = METATARSALS[i];
  const d = [m.head[0] - m.base[0], m.head[1] - m.base[1], m.head[2] - m.base[2]];
  const l = Math.hypot(d[0], d[1], d[2]);
  const p = v(`metatarsal_${i + 1}`);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < p.length; k += 3) {
    const s = (p[k] * d[0] + p[k + 1] * d[1] + p[k + 2] * d[2]) / l;
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  return hi - lo;
}

describe('every foot bone is its own node', () => {
  it('has a bone node with a mesh for each foot bone, and the old grouped ids are gone', () => {
    for (const id of FOOT_BONE_IDS) {
      expect(STRUCTURES[id], id).toBe('bone');
      expect(findNode(doc, id).getMesh(), id).not.toBeNull();
    }
    expect(FOOT_BONE_IDS).toHaveLength(17); // 7 tarsals, 5 metatarsals, 5 toes
    for (const old of ['cuneiforms', 'metatarsals', 'phalanges']) {
      expect(isStructureId(old), old).toBe(false);
      expect(doc.getRoot().listNodes().some((n) => n.getName() === old), old).toBe(false);
    }
  });

  it('has no bone inside another: foot bones, tibia and fibula at rest (deepest vertex < 0.3 mm)', () => {
    const ids: BoneId[] = [...FOOT_BONE_IDS, 'tibia', 'fibula'];
    let checked = 0;
    for (const a of ids)
      for (const b of ids) {
        if (a === b || !boxesNear(a, b, 0.003)) continue;
        checked++;
        expect(gapFrom(a, b), `${a} inside ${b}`).toBeGreaterThan(-0.3 * MM);
      }
    expect(checked).toBeGreaterThan(40);
  });

  // Joint spaces of 2–3 mm between articulating bones (articular cartilage ≈ 1–1.5 mm on each
  // side; Gray's Anatomy 42nd ed.), ±0.5 mm for meshing: no visible gap, no contact.
  it.each([
    ['talus', 'calcaneus'],
    ['talus', 'navicular'],
    ['calcaneus', 'cuboid'],
    ['navicular', 'medial_cuneiform'],
    ['navicular', 'intermediate_cuneiform'],
    ['navicular', 'lateral_cuneiform'],
    ['medial_cuneiform', 'intermediate_cuneiform'],
    ['intermediate_cuneiform', 'lateral_cuneiform'],
    ['lateral_cuneiform', 'cuboid'],
    ['medial_cuneiform', 'metatarsal_1'],
    ['intermediate_cuneiform', 'metatarsal_2'],
    ['medial_cuneiform', 'metatarsal_2'],
    ['lateral_cuneiform', 'metatarsal_3'],
    ['cuboid', 'metatarsal_4'],
    ['cuboid', 'metatarsal_5'],
    ['metatarsal_2', 'metatarsal_3'],
    ['metatarsal_3', 'metatarsal_4'],
    ['metatarsal_4', 'metatarsal_5'],
    ['metatarsal_1', 'phalanges_1'],
    ['metatarsal_2', 'phalanges_2'],
    ['metatarsal_3', 'phalanges_3'],
    ['metatarsal_4', 'phalanges_4'],
    ['metatarsal_5', 'phalanges_5'],
  ] as const)('%s and %s articulate with a 1.5–3 mm joint space', (a, b) => {
    const g = gap(a, b);
    expect(g).toBeGreaterThan(1.5 * MM);
    expect(g).toBeLessThan(3 * MM);
  });

  // The articular faces face each other with an even joint space, not two rounded blocks touching
  // at one point with a wedge of dark gap around it. Over the band of each bone within 5 mm of its
  // neighbour, a ball resting on a plane at a 2.5 mm gap has a median gap of (2.5 + 5) / 2 = 3.75 mm
  // (the area of a sphere's cap grows linearly with its height), matched faces stay near 2.5–3 mm.
  it.each([
    ['talus', 'calcaneus'],
    ['talus', 'navicular'],
    ['calcaneus', 'cuboid'],
    ['navicular', 'medial_cuneiform'],
    ['navicular', 'intermediate_cuneiform'],
    ['navicular', 'lateral_cuneiform'],
    ['medial_cuneiform', 'intermediate_cuneiform'],
    ['intermediate_cuneiform', 'lateral_cuneiform'],
    ['lateral_cuneiform', 'cuboid'],
    ['medial_cuneiform', 'metatarsal_1'],
    ['intermediate_cuneiform', 'metatarsal_2'],
    ['lateral_cuneiform', 'metatarsal_3'],
    ['cuboid', 'metatarsal_4'],
    ['cuboid', 'metatarsal_5'],
    ['metatarsal_1', 'phalanges_1'],
  ] as const)('%s and %s have matching faces: median gap over the 5 mm band < 3.7 mm', (a, b) => {
    for (const [p, q] of [
      [a, b],
      [b, a],
    ] as const) {
      const pts = v(p);
      const f = fields[q].sdf;
      const near: number[] = [];
      for (let i = 0; i < pts.length; i += 3) {
        const d = f(pts[i], pts[i + 1], pts[i + 2]);
        if (d < 5 * MM) near.push(d);
      }
      near.sort((x, y) => x - y);
      expect(near.length, `${p} facing ${q}`).toBeGreaterThan(20);
      expect(near[near.length >> 1], `${p} facing ${q}`).toBeLessThan(3.7 * MM);
    }
  });

  it('holds the talus snug in the mortise: within 3 mm of the tibial plafond and of the lateral malleolus', () => {
    // the ankle mortise: talus and malleoli separated only by cartilage (Gray's Anatomy 42nd ed.)
    for (const b of ['tibia', 'fibula'] as const) {
      const g = gap('talus', b);
      expect(g, b).toBeGreaterThan(0.3 * MM);
      expect(g, b).toBeLessThan(3 * MM);
    }
  });
});

describe('tarsal bones', () => {
  it('calcaneus is 75–90 mm long', () => {
    // maximum length 74.2 ± 3.0 mm (Korean cadavers), Western men ≈ 80–88 mm [C8]; the review's 75–90
    const [back, front] = range(v('calcaneus'), 2);
    expect(front - back).toBeGreaterThan(75 * MM);
    expect(front - back).toBeLessThan(90 * MM);
  });

  it('calcaneus has a pitch of 18–30°: its plantar tangent rises forward from the tuber', () => {
    // calcaneal inclination (pitch) on weight-bearing lateral radiographs ≈ 18–30°, normal ≈ 20–25°
    // (Radiopaedia, "Calcaneal pitch"; the review's target 20–25°)
    const p = v('calcaneus');
    const tuber = lowest(p, (_x, _y, z) => z < -0.03);
    let pitch = Infinity;
    for (let i = 0; i < p.length; i += 3) {
      const dz = p[i + 2] - tuber[2];
      if (dz > 0.03) pitch = Math.min(pitch, Math.atan2(p[i + 1] - tuber[1], dz) / DEG);
    }
    expect(pitch).toBeGreaterThan(18);
    expect(pitch).toBeLessThan(30);
  });

  it('calcaneus carries the sustentaculum tali as a shelf standing ≈ 15 mm medially from its body', () => {
    // sustentaculum tali: a medial shelf under the talar neck (Gray's Anatomy 42nd ed.; review: ≈ 15 mm)
    const p = v('calcaneus');
    const shelf = range(p, 0, (_x, y, z) => y > 0.043 && Math.abs(z - 0.004) < 0.006)[1];
    const body = range(p, 0, (_x, y, z) => y < 0.03 && y > 0.02 && Math.abs(z + 0.02) < 0.006)[1];
    expect(shelf - body).toBeGreaterThan(10 * MM);
    expect(shelf - body).toBeLessThan(22 * MM);
  });

  it('talus is 49–67 mm long with a trochlea ≈ 31 mm wide in front and narrower behind', () => {
    const p = v('talus');
    const [back, front] = range(p, 2);
    // talar length 60.9 ± 2.8 mm (CT, men), 56.5 ± 3.3 (Korean cadavers) [C9]
    expect(front - back).toBeGreaterThan(49 * MM);
    expect(front - back).toBeLessThan(67 * MM);
    // trochlear breadth anterior 31.0, posterior 21.4 mm [C9]: measured across the dome 5 mm below its top
    const top = range(p, 1)[1];
    const width = (zLo: number, zHi: number) => {
      const [lo, hi] = range(p, 0, (_x, y, z) => y > top - 0.005 && z > zLo && z < zHi);
      return hi - lo;
    };
    const anterior = width(0.004, 0.012);
    const posterior = width(-0.016, -0.008);
    expect(anterior).toBeGreaterThan(26 * MM);
    expect(anterior).toBeLessThan(35 * MM);
    expect(anterior - posterior).toBeGreaterThan(2 * MM);
  });

  it('talus has a neck: a waist at least 15 % lower than its head, between body and head', () => {
    // the neck is the constricted part between the body (trochlea) and the head (Gray's Anatomy 42nd
    // ed., talus); heights of vertical slices through the neck and through the head
    const p = v('talus');
    const height = (zLo: number, zHi: number) => {
      const [lo, hi] = range(p, 1, (x, _y, z) => z > zLo && z < zHi && x > 0.0 && x < 0.016);
      return hi - lo;
    };
    const neck = height(0.019, 0.022);
    const head = height(0.028, 0.032);
    expect(neck / head).toBeLessThan(0.85);
    expect(neck).toBeGreaterThan(10 * MM);
  });

  it('navicular tuberosity stands 30–50 mm above the ground, the summit of a medial longitudinal arch', () => {
    // navicular tuberosity height standing ≈ 30–50 mm, 0.13–0.18 × foot length [C12]
    const ground = Math.min(range(v('calcaneus'), 1)[0], range(v('metatarsal_1'), 1)[0]);
    const p = v('navicular');
    let tub: [number, number, number] = [-Infinity, 0, 0];
    for (let i = 0; i < p.length; i += 3) if (p[i] > tub[0]) tub = [p[i], p[i + 1], p[i + 2]];
    expect(tub[1] - ground).toBeGreaterThan(30 * MM);
    expect(tub[1] - ground).toBeLessThan(50 * MM);
    // the arch: the medial cuneiform and the base of M1 stand clear of the ground
    expect(range(v('medial_cuneiform'), 1)[0] - ground).toBeGreaterThan(10 * MM);
  });

  it('keeps the foot skeleton ≈ 0.26 m long and ≈ 0.09 m wide', () => {
    // foot length / stature 0.154 ± 0.005 (men) → 0.26–0.28 m at 1.75 m with skin; bone a little less [C13]
    let back = Infinity;
    let front = -Infinity;
    let medial = -Infinity;
    let lateral = Infinity;
    for (const id of FOOT_BONE_IDS) {
      const [b, f] = range(v(id), 2);
      const [l, m] = range(v(id), 0);
      back = Math.min(back, b);
      front = Math.max(front, f);
      medial = Math.max(medial, m);
      lateral = Math.min(lateral, l);
    }
    expect(front - back).toBeGreaterThan(0.24);
    expect(front - back).toBeLessThan(0.275);
    // foot breadth / length 0.376 (skin) [C13]: ≈ 0.085–0.1 m of bone
    expect(medial - lateral).toBeGreaterThan(0.08);
    expect(medial - lateral).toBeLessThan(0.105);
  });
});

describe('metatarsals', () => {
  // dry-bone maximum lengths, men: M1 58–68, M2 70–82, M3 66–76, M4 64–74, M5 62–74 mm [C10]
  it.each([
    [1, 58, 68],
    [2, 70, 82],
    [3, 66, 76],
    [4, 64, 74],
    [5, 62, 74],
  ])('metatarsal %i is %i–%i mm long', (n, lo, hi) => {
    const l = metatarsalLength(n - 1);
    expect(l).toBeGreaterThan(lo * MM);
    expect(l).toBeLessThan(hi * MM);
  });

  it('M2 is the longest, and the heads follow the metatarsal parabola', () => {
    const lengths = [0, 1, 2, 3, 4].map(metatarsalLength);
    expect(Math.max(...lengths)).toBe(lengths[1]);
    // head protrusion relative to M2 (mm): M1 −5…+6, M3 −8…−1, M4 −16…−7, M5 −28…−13 [C10]
    const tip = (n: number) => range(v(`metatarsal_${n}`), 2)[1];
    const bands: [number, number, number][] = [
      [1, -5, 6],
      [3, -8, -1],
      [4, -16, -7],
      [5, -28, -13],
    ];
    for (const [n, lo, hi] of bands) {
      const d = (tip(n) - tip(2)) / MM;
      expect(d, `M${n}`).toBeGreaterThan(lo);
      expect(d, `M${n}`).toBeLessThan(hi);
    }
  });

  it('M1 is the stoutest, its shaft ≈ 15 mm thick', () => {
    // M1 "shortest and widest" [C10]; review target: shaft ≈ 15 mm
    const mid = (n: number) => {
      const m = METATARSALS[n - 1];
      const z = (m.base[2] + m.head[2]) / 2;
      const [lo, hi] = range(v(`metatarsal_${n}`), 1, (_x, _y, zz) => Math.abs(zz - z) < 0.002);
      return hi - lo;
    };
    const m1 = mid(1);
    expect(m1).toBeGreaterThan(12 * MM);
    expect(m1).toBeLessThan(18 * MM);
    for (const n of [2, 3, 4, 5]) expect(m1, `M${n}`).toBeGreaterThan(mid(n));
  });

  it('the tuberosity of M5 stands out 10–15 mm lateral to its shaft', () => {
    // tuberosity on the lateral side of the base, for fibularis brevis (Gray's Anatomy 42nd ed.);
    // review target 10–15 mm
    const p = v('metatarsal_5');
    const m = METATARSALS[4];
    const zMid = (m.base[2] + m.head[2]) / 2;
    const shaft = range(p, 0, (_x, _y, z) => Math.abs(z - zMid) < 0.002)[0];
    const tuberosity = range(p, 0)[0];
    expect(shaft - tuberosity).toBeGreaterThan(10 * MM);
    expect(shaft - tuberosity).toBeLessThan(15 * MM);
  });
});

describe('fibula', () => {
  const headCentreX = -0.037;

  it('has a head ≈ 25 mm across with an apex rising 5–15 mm from its posterolateral part', () => {
    const p = v('fibula');
    const [lo, hi] = range(p, 0, (_x, y) => Math.abs(y - 0.443) < 0.002);
    // head ≈ 25 mm across (review §4, Gray's Anatomy 42nd ed.)
    expect(hi - lo).toBeGreaterThan(20 * MM);
    expect(hi - lo).toBeLessThan(30 * MM);
    let apex: [number, number, number] = [0, -Infinity, 0];
    for (let i = 0; i < p.length; i += 3) if (p[i + 1] > apex[1]) apex = [p[i], p[i + 1], p[i + 2]];
    // the apex (styloid process) projects upward from the back of the head, laterally (Gray's)
    expect(apex[0]).toBeLessThan(headCentreX - 0.003);
    const articularTop = range(p, 1, (x, y) => x > headCentreX && y > 0.42)[1];
    expect(apex[1] - articularTop).toBeGreaterThan(5 * MM);
    expect(apex[1] - articularTop).toBeLessThan(15 * MM);
    // apex 5–20 mm below the lateral tibial plateau [C5]
    const plateau = range(v('tibia'), 1, (x) => x < -0.01)[1];
    expect(plateau - apex[1]).toBeGreaterThan(5 * MM);
    expect(plateau - apex[1]).toBeLessThan(20 * MM);
  });

  it('narrows from the head into a neck: neck ≤ 70 % of the head’s width', () => {
    // the neck is the constricted part below the head, where the common fibular nerve winds round
    // (Gray's Anatomy 42nd ed.): the head is not a ball on a stick of equal girth, nor a stick
    const p = v('fibula');
    const width = (y: number) => {
      const [lo, hi] = range(p, 0, (_x, yy) => Math.abs(yy - y) < 0.0015);
      return hi - lo;
    };
    expect(width(0.422) / width(0.443)).toBeLessThan(0.7);
    expect(width(0.422)).toBeGreaterThan(9 * MM);
  });

  it('has a slender shaft 10–16 mm thick at mid-leg', () => {
    // fibular shaft 12–15 mm (review §4), ±1 mm for its triangular section
    const p = v('fibula');
    const near = (_x: number, y: number) => Math.abs(y - 0.27) < 0.003;
    const wx = range(p, 0, near);
    const wz = range(p, 2, near);
    const thickness = Math.max(wx[1] - wx[0], wz[1] - wz[0]);
    expect(thickness).toBeGreaterThan(10 * MM);
    expect(thickness).toBeLessThan(16 * MM);
  });

  it('ends in a lateral malleolus lower and further back than the medial, facing the talus with a 20–35 mm facet', () => {
    const fib = v('fibula');
    const lateralTip = lowest(fib);
    const medialTip = lowest(v('tibia'), (x) => x > 0.01);
    // lateral tip 5–20 mm lower [B1d] and 8–30 mm more posterior [B1e] (review: ≈ 10 and 10–15 mm)
    expect(medialTip[1] - lateralTip[1]).toBeGreaterThan(5 * MM);
    expect(medialTip[1] - lateralTip[1]).toBeLessThan(20 * MM);
    expect(medialTip[2] - lateralTip[2]).toBeGreaterThan(8 * MM);
    expect(medialTip[2] - lateralTip[2]).toBeLessThan(30 * MM);
    // the articular facet: the part within 3.5 mm of the talus, ≈ 25 mm tall (review §4: malleolus ≈ 25 mm)
    const talus = fields.talus.sdf;
    let top = -Infinity;
    let bottom = Infinity;
    for (let i = 0; i < fib.length; i += 3) {
      if (fib[i + 1] > 0.12) continue;
      if (talus(fib[i], fib[i + 1], fib[i + 2]) < 3.5 * MM) {
        top = Math.max(top, fib[i + 1]);
        bottom = Math.min(bottom, fib[i + 1]);
      }
    }
    expect(top - bottom).toBeGreaterThan(20 * MM);
    expect(top - bottom).toBeLessThan(35 * MM);
    // the facet faces medially: it lies on the medial side of the malleolus
    const [, medialFace] = range(fib, 0, (_x, y) => y < 0.09);
    expect(medialFace).toBeGreaterThan(lateralTip[0]);
  });

  it('sits in the fibular notch of the tibia: 0.5–6 mm from it just above the ankle, never inside it', () => {
    // distal tibiofibular syndesmosis: the fibula lies in the tibia's fibular notch, joined by ligament
    // (tibiofibular clear space < 6 mm on radiographs; Harper & Keller 1989, Foot Ankle 10:156)
    const fib = v('fibula');
    const tibia = fields.tibia.sdf;
    let g = Infinity;
    for (let i = 0; i < fib.length; i += 3) {
      if (fib[i + 1] > 0.095 && fib[i + 1] < 0.125) g = Math.min(g, tibia(fib[i], fib[i + 1], fib[i + 2]));
    }
    expect(g).toBeGreaterThan(0.5 * MM);
    expect(g).toBeLessThanOrEqual(6 * MM);
  });
});

describe('subtalar joint and inversion', () => {
  it("has Inman's axis: 35–50° up from the horizontal and 15–30° medial to the foot's long axis", () => {
    // Isman & Inman 1969 / Inman 1976: elevation 42 ± 9°, medial deviation 23 ± 11° [B2a, B2b]
    const [x, y, z] = SUBTALAR.axis;
    const elevation = Math.atan2(y, Math.hypot(x, z)) / DEG;
    const medial = Math.atan2(x, z) / DEG;
    expect(elevation).toBeGreaterThan(35);
    expect(elevation).toBeLessThan(50);
    expect(medial).toBeGreaterThan(15);
    expect(medial).toBeLessThan(30);
    // the axis runs through the talocalcaneal joints: its centre lies between talus and calcaneus
    const [cx, cy, cz] = SUBTALAR.centre;
    expect(fields.talus.sdf(cx, cy, cz)).toBeGreaterThan(0);
    expect(fields.calcaneus.sdf(cx, cy, cz)).toBeLessThan(0.005);
    expect(cy).toBeLessThan(ANKLE.centre[1]);
  });

  it('20° of inversion turns the sole medially and the forefoot inward while the talus stays with the leg', () => {
    // supination about Inman's axis: inversion with adduction [B2c]
    const centre = (p: Float32Array) => {
      const c = [0, 0, 0];
      for (let i = 0; i < p.length; i += 3) for (let k = 0; k < 3; k++) c[k] += p[i + k];
      return c.map((s) => (s / p.length) * 3);
    };
    setPose(doc, REST, 20);
    const posed = (id: string) => centre(worldVertices(findNode(doc, id)));
    const talus = posed('talus');
    const m1 = posed('metatarsal_1');
    const m5 = posed('metatarsal_5');
    const m2 = posed('metatarsal_2');
    setPose(doc, REST);
    const talus0 = centre(v('talus'));
    const m10 = centre(v('metatarsal_1'));
    const m50 = centre(v('metatarsal_5'));
    const m20 = centre(v('metatarsal_2'));
    expect(Math.hypot(talus[0] - talus0[0], talus[1] - talus0[1], talus[2] - talus0[2])).toBeLessThan(1e-6);
    // the medial border rises relative to the lateral: the sole turns to face medially
    expect(m1[1] - m5[1] - (m10[1] - m50[1])).toBeGreaterThan(0.01);
    // the forefoot swings medially (adduction)
    expect(m2[0] - m20[0]).toBeGreaterThan(0.01);
  });
});
