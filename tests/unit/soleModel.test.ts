/**
 * The sole in the model (issue 18 item 5; the anatomist's two major errors E1/E2): its four layers in
 * order under the real foot, the aponeurosis reaching the toes, the hallux sesamoids either side of
 * the FHL tendon, the interossei between the metatarsals, nothing through bone. Reads the .glb once.
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructureId } from '../../src/anatomy/ids';
import { GROUP_MEMBERS } from '../../src/anatomy/structureIndex';
import { boneFields } from '../../models/generator/bones';
import { findNode, readModel, setPose, worldVertices } from '../../models/generator/inspect';
import { boundsOf } from '../../models/generator/mesh';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
let doc: Document;
const cache = new Map<StructureId, Float32Array>();

beforeAll(async () => {
  doc = await readModel(GLB);
  setPose(doc, { knee: 0, ankle: 0 });
});

function verts(id: StructureId): Float32Array {
  let v = cache.get(id);
  if (!v) cache.set(id, (v = worldVertices(findNode(doc, id))));
  return v;
}

/** Mean height (m) of a structure's vertices within `r` of the vertical line through (x, z), or NaN. */
function heightAt(id: StructureId, x: number, z: number, r = 0.004): number {
  const v = verts(id);
  let sum = 0;
  let n = 0;
  for (let i = 0; i < v.length; i += 3) {
    if (Math.hypot(v[i] - x, v[i + 2] - z) < r) {
      sum += v[i + 1];
      n++;
    }
  }
  return n ? sum / n : NaN;
}

/** Mean position and count of a structure's vertices that pass `keep`. */
function meanIn(id: StructureId, keep: (v: Float32Array) => boolean): { mean: number[]; n: number } {
  const v = verts(id);
  const sum = [0, 0, 0];
  let n = 0;
  for (let i = 0; i < v.length; i += 3) {
    const p = v.subarray(i, i + 3);
    if (!keep(p)) continue;
    for (let k = 0; k < 3; k++) sum[k] += p[k];
    n++;
  }
  return { mean: sum.map((s) => s / (n || 1)), n };
}

function extent(id: StructureId): { lo: number[]; hi: number[]; mid: number[] } {
  const { min: lo, max: hi } = boundsOf(verts(id));
  return { lo, hi, mid: lo.map((l, k) => (l + hi[k]) / 2) };
}

const SOLE_MUSCLES: StructureId[] = [
  ...GROUP_MEMBERS.sole_first_layer,
  ...GROUP_MEMBERS.sole_second_layer,
  ...GROUP_MEMBERS.sole_third_layer,
  ...GROUP_MEMBERS.sole_fourth_layer,
];

describe('the sole', () => {
  it('has its four layers in order under the midfoot: aponeurosis, FDB, quadratus plantae, then bone', () => {
    // a vertical line through the middle of the sole, in front of the calcaneus (real foot, metres)
    const [x, z] = [0.002, 0.02];
    const aponeurosis = heightAt('plantar_aponeurosis', x, z);
    const fdb = heightAt('flexor_digitorum_brevis', x, z);
    const qp = heightAt('quadratus_plantae', x + 0.008, z, 0.006);
    const bone = heightAt('calcaneus', x, z, 0.006);
    for (const [name, y] of Object.entries({ aponeurosis, fdb, qp, bone })) expect(y, name).not.toBeNaN();
    expect(aponeurosis).toBeLessThan(fdb);
    expect(fdb).toBeLessThan(qp);
    expect(qp).toBeLessThan(bone);
  });

  it('abductor hallucis runs along the medial border, abductor digiti minimi along the lateral one', () => {
    const abh = extent('abductor_hallucis');
    const adm = extent('abductor_digiti_minimi');
    // across the sole 3 cm in front of the heel's weight-bearing point (+X is medial)
    const across = (id: StructureId) => meanIn(id, (v) => Math.abs(v[2] - 0.03) < 0.004).mean[0];
    expect(across('abductor_hallucis')).toBeGreaterThan(across('flexor_digitorum_brevis') + 0.01);
    expect(across('abductor_digiti_minimi')).toBeLessThan(across('flexor_digitorum_brevis') - 0.01);
    // both from the calcaneal tuberosity (behind the talus) to the toes (beyond the metatarsal heads)
    for (const e of [abh, adm]) {
      expect(e.lo[2]).toBeLessThan(-0.015);
      expect(e.hi[2]).toBeGreaterThan(0.125);
    }
  });

  it('the plantar aponeurosis starts at the heel and its slips reach beyond the metatarsal heads (E1)', () => {
    const apo = extent('plantar_aponeurosis');
    const heel = extent('calcaneus');
    expect(apo.lo[2]).toBeLessThan(heel.lo[2] + 0.035);
    // past the heads of the second and fifth metatarsals, onto the plantar plates and the toes' sheaths
    expect(apo.hi[2]).toBeGreaterThan(extent('metatarsal_2').hi[2]);
    expect(heightAt('plantar_aponeurosis', -0.058, 0.132, 0.006)).not.toBeNaN(); // the fifth slip, beyond MT5's head
  });

  it('the sesamoids lie under the first metatarsal head, the medial one medial, the FHL tendon between them', () => {
    const med = extent('medial_sesamoid');
    const lat = extent('lateral_sesamoid');
    expect(med.mid[0]).toBeGreaterThan(lat.mid[0] + 0.006);
    for (const s of [med, lat]) {
      // 8–15 mm long in adults (scaled): a small bone, not a blob
      expect(s.hi[2] - s.lo[2]).toBeGreaterThan(0.008);
      expect(s.hi[2] - s.lo[2]).toBeLessThan(0.016);
      expect(s.hi[1]).toBeLessThan(heightAt('metatarsal_1', s.mid[0], s.mid[2], 0.004) + 0.001);
    }
    // the tendon's rings lie about a centimetre apart: those along the sesamoids' length
    const fhl = meanIn('flexor_hallucis_longus', (v) => v[2] > Math.min(med.lo[2], lat.lo[2]) - 0.004 && v[2] < Math.max(med.hi[2], lat.hi[2]) + 0.004);
    expect(fhl.n, 'FHL passes the sesamoids').toBeGreaterThan(0);
    expect(fhl.mean[0], 'FHL between the sesamoids').toBeGreaterThan(lat.mid[0]);
    expect(fhl.mean[0], 'FHL between the sesamoids').toBeLessThan(med.mid[0]);
  });

  it('the interossei lie between the metatarsals, the dorsal ones above the plantar ones', () => {
    const di = extent('dorsal_interossei');
    const pi = extent('plantar_interossei');
    const mt1 = extent('metatarsal_1');
    const mt5 = extent('metatarsal_5');
    for (const e of [di, pi]) {
      expect(e.mid[0]).toBeLessThan(mt1.mid[0]);
      expect(e.mid[0]).toBeGreaterThan(mt5.mid[0]);
    }
    expect(di.mid[1]).toBeGreaterThan(pi.mid[1]);
  });

  it('no muscle of the sole passes through bone (≤ 1 % of its vertices more than 1 mm inside)', () => {
    const fields = Object.values(boneFields());
    for (const id of [...SOLE_MUSCLES, 'extensor_hallucis_brevis'] as StructureId[]) {
      const v = verts(id);
      let inside = 0;
      for (let i = 0; i < v.length; i += 3) {
        for (const f of fields) {
          if (v[i] < f.min[0] || v[i + 1] < f.min[1] || v[i + 2] < f.min[2] || v[i] > f.max[0] || v[i + 1] > f.max[1] || v[i + 2] > f.max[2]) continue;
          if (f.sdf(v[i], v[i + 1], v[i + 2]) < -0.001) {
            inside++;
            break;
          }
        }
      }
      expect(inside / (v.length / 3), id).toBeLessThan(0.01);
    }
  });
});
