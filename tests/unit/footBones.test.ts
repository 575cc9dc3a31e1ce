/**
 * The foot skeleton of the committed model (model v3: the Visible Human Female's bones, posed and
 * scaled ×1.156 — tests/unit/modelSource.test.ts checks they are the scan), measured on its meshes
 * (rest pose, world frame: metres, +Y up, medial +X, anterior +Z): the overall shape a student
 * reads (foot length and width, calcaneal pitch, the malleoli), and the subtalar joint with its
 * inversion clip. Adult bands (shared/anatomy/morphology-kinematics.md, row ids in brackets) are
 * widened by the model's scale where a length is compared.
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRUCTURES, isStructureId } from '../../src/anatomy/ids';
import { ANKLE, SUBTALAR } from '../../src/kinematics/joints';
import type { Pose } from '../../src/kinematics/joints';
import { boneFields } from '../../models/generator/bones';
import { FOOT_BONE_IDS } from '../../models/generator/bones/foot';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
const REST: Pose = { knee: 0, ankle: 0 };
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

});

/** The foot's long axis in the horizontal plane: back of the heel → tip of the second toe. */
function footAxis(): { axis: [number, number, number]; heel: [number, number, number] } {
  const cal = v('calcaneus');
  const toe = v('phalanges_2');
  let heel: [number, number, number] = [0, 0, Infinity];
  let tip: [number, number, number] = [0, 0, -Infinity];
  for (let i = 0; i < cal.length; i += 3) if (cal[i + 2] < heel[2]) heel = [cal[i], cal[i + 1], cal[i + 2]];
  for (let i = 0; i < toe.length; i += 3) if (toe[i + 2] > tip[2]) tip = [toe[i], toe[i + 1], toe[i + 2]];
  const l = Math.hypot(tip[0] - heel[0], tip[2] - heel[2]);
  return { axis: [(tip[0] - heel[0]) / l, 0, (tip[2] - heel[2]) / l], heel };
}

function extentAlong(ids: readonly string[], d: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of ids) {
    const p = v(id);
    for (let i = 0; i < p.length; i += 3) {
      const s = p[i] * d[0] + p[i + 1] * d[1] + p[i + 2] * d[2];
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
  }
  return hi - lo;
}

describe('the real foot skeleton', () => {
  it('is 0.24–0.28 m long and 0.08–0.10 m wide, turned out 5–20° from the knee axis’s normal (tibial torsion)', () => {
    const { axis } = footAxis();
    expect(extentAlong(FOOT_BONE_IDS, axis)).toBeGreaterThan(0.24);
    expect(extentAlong(FOOT_BONE_IDS, axis)).toBeLessThan(0.28);
    const across = [axis[2], 0, -axis[0]];
    expect(extentAlong(FOOT_BONE_IDS, across)).toBeGreaterThan(0.08);
    expect(extentAlong(FOOT_BONE_IDS, across)).toBeLessThan(0.1);
    // external tibial torsion ≈ 20–30° (Yoshioka et al. 1989) carries the foot out from the knee's plane
    const out = Math.atan2(-axis[0], axis[2]) / DEG;
    expect(out).toBeGreaterThan(5);
    expect(out).toBeLessThan(20);
  });

  it('calcaneus is 80–100 mm long (adult 70–87 mm × 1.156) with a pitch of 18–30° [calcaneal pitch 20–25° in the review]', () => {
    const { axis } = footAxis();
    const cal = v('calcaneus');
    const t = (i: number) => cal[i] * axis[0] + cal[i + 2] * axis[2];
    let t0 = Infinity;
    let t1 = -Infinity;
    for (let i = 0; i < cal.length; i += 3) {
      t0 = Math.min(t0, t(i));
      t1 = Math.max(t1, t(i));
    }
    expect(t1 - t0).toBeGreaterThan(0.08);
    expect(t1 - t0).toBeLessThan(0.1);
    // plantar tangent: lowest point of the tuber → lowest point of the front (cuboid facet region)
    let back: [number, number] = [0, Infinity];
    let front: [number, number] = [0, Infinity];
    for (let i = 0; i < cal.length; i += 3) {
      if (t(i) < t0 + 0.025 && cal[i + 1] < back[1]) back = [t(i), cal[i + 1]];
      if (t(i) > t1 - 0.02 && cal[i + 1] < front[1]) front = [t(i), cal[i + 1]];
    }
    const pitch = Math.atan2(front[1] - back[1], front[0] - back[0]) / DEG;
    expect(pitch).toBeGreaterThan(18);
    expect(pitch).toBeLessThan(30);
  });

  it('rests on the ground at heel and forefoot (ankle 0°: the pose the pipeline turned the foot to)', () => {
    const heel = range(v('calcaneus'), 1)[0];
    const fore = Math.min(...['metatarsal_1', 'metatarsal_2', 'metatarsal_3', 'metatarsal_4', 'metatarsal_5'].map((id) => range(v(id), 1)[0]));
    expect(Math.abs(heel - fore)).toBeLessThan(0.003);
  });

  it('has the lateral malleolus reaching lower (≥ 8 mm) and further back than the medial', () => {
    const med = lowest(v('tibia'), (x) => x > ANKLE.centre[0] + 0.005);
    const lat = lowest(v('fibula'));
    expect(med[1] - lat[1]).toBeGreaterThan(0.008);
    expect(lat[2]).toBeLessThan(med[2]);
  });

  it('seats the talus in the mortise: the talar dome within 3 mm of the tibial plafond', () => {
    const talus = v('talus');
    const tibia = fields.tibia;
    let m = Infinity;
    for (let i = 0; i < talus.length; i += 3) m = Math.min(m, Math.abs(tibia.sdf(talus[i], talus[i + 1], talus[i + 2])));
    expect(m).toBeLessThan(0.003);
  });
});

describe('subtalar joint and inversion', () => {
  it("has Inman's axis: 35–50° up from the horizontal and 15–30° medial to the foot's long axis", () => {
    // Isman & Inman 1969 / Inman 1976: elevation 42 ± 9°, medial deviation 23 ± 11° [B2a, B2b]
    const [x, y, z] = SUBTALAR.axis;
    const elevation = Math.atan2(y, Math.hypot(x, z)) / DEG;
    const { axis } = footAxis();
    const medial = (Math.atan2(x, z) - Math.atan2(axis[0], axis[2])) / DEG;
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
