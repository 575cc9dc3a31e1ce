/**
 * The toes in the committed model: the metatarsophalangeal joint node (joints.ts TOES), what hangs
 * from it, and the skin weights of toeSkinning.ts across the MTP joints — read back from the .glb
 * and posed the way three.js skins it (inspect.ts).
 */
import { fileURLToPath } from 'node:url';
import type { Document, Node } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRUCTURES } from '../../src/anatomy/ids';
import { TOES } from '../../src/kinematics/joints';
import type { Pose } from '../../src/kinematics/joints';
import { findNode, invertRigid, readModel, setPose, transformPoint, worldPosition, worldVertices } from '../../models/generator/inspect';
import type { Mat4 } from '../../models/generator/inspect';
import type { MeshData } from '../../models/generator/mesh';
import { meshField } from '../../models/generator/scan/meshField';
import { SKIN_JOINT_COUNT, TOES_JOINT_INDEX, TOE_SKIN_DEFAULTS, mtpJoints, toeShare, toeWeights } from '../../models/generator/toeSkinning';
import type { MtpJoint } from '../../models/generator/toeSkinning';
import { cross, dot, length, normalize, sub } from '../../models/generator/vec';
import type { V3 } from '../../models/generator/vec';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
const REST: Pose = { knee: 0, ankle: 0 };
const RAYS = [1, 2, 3, 4, 5] as const;

let doc: Document;
let metatarsals: MeshData[];
let phalanges: MeshData[];
let joints: MtpJoint[];

/** A node's mesh in world rest coordinates, with its normals (the distance field's sign needs them). */
function restMesh(name: string): MeshData {
  setPose(doc, REST);
  const node = findNode(doc, name);
  const prim = node.getMesh()!.listPrimitives()[0];
  const normal = prim.getAttribute('NORMAL')!;
  const normals = new Float32Array(normal.getCount() * 3);
  const n = [0, 0, 0];
  for (let i = 0; i < normal.getCount(); i++) normals.set(normal.getElement(i, n), i * 3);
  return { positions: worldVertices(node), normals, indices: new Uint32Array(prim.getIndices()!.getArray()!) };
}

/** Each vertex's weight on toes_joint (the skin's fifth joint), from JOINTS_0 / WEIGHTS_0. */
function toesWeights(node: Node): Float32Array {
  const prim = node.getMesh()!.listPrimitives()[0];
  const j = prim.getAttribute('JOINTS_0')!;
  const w = prim.getAttribute('WEIGHTS_0')!;
  const out = new Float32Array(j.getCount());
  const j4 = [0, 0, 0, 0];
  const w4 = [0, 0, 0, 0];
  for (let i = 0; i < out.length; i++) {
    j.getElement(i, j4);
    w.getElement(i, w4);
    for (let k = 0; k < 4; k++) if (j4[k] === TOES_JOINT_INDEX) out[i] += w4[k];
  }
  return out;
}

const skinnedToToes = (): Node[] =>
  doc
    .getRoot()
    .listNodes()
    .filter((n) => n.getSkin() && toesWeights(n).some((w) => w > 0));

/** Distance of p past toe k's metatarsal head centre, along the joint's distal direction. */
const past = (k: number, p: V3): number => dot(sub(p, joints[k].head), joints[k].across);

beforeAll(async () => {
  doc = await readModel(GLB);
  metatarsals = RAYS.map((k) => restMesh(`metatarsal_${k}`));
  phalanges = RAYS.map((k) => restMesh(`phalanges_${k}`));
  // sorted medial → lateral along TOES.axis, which is toe 1 → 5 on this foot
  joints = mtpJoints(metatarsals, phalanges);
});

describe('toeWeights (the pass itself, on a made-up mesh)', () => {
  // two toes 3 cm apart along TOES.axis, both pointing forward (square to the axis)
  const c = TOES.centre as V3;
  const a = TOES.axis;
  const forwardDir = normalize([-a[2] * a[0], -a[2] * a[1], 1 - a[2] * a[2]]);
  const at = (along: number, forward: number): V3 => [0, 1, 2].map((k) => c[k] + a[k] * along + forwardDir[k] * forward) as V3;
  const made: MtpJoint[] = [
    { head: at(0.015, 0), radius: 0.01, across: forwardDir, u: 0.015 },
    { head: at(-0.015, 0), radius: 0.01, across: forwardDir, u: -0.015 },
  ];
  const o = TOE_SKIN_DEFAULTS;

  it('blends from the foot to the toes over `blend`, centred `offset` past the heads, between toes too', () => {
    expect(toeShare(made, at(0.015, -0.02))).toBe(0);
    expect(toeShare(made, at(0.015, o.offset - o.blend / 2))).toBeLessThan(0.001);
    expect(toeShare(made, at(0.015, o.offset))).toBeCloseTo(0.5, 6);
    expect(toeShare(made, at(0, o.offset))).toBeCloseTo(0.5, 6); // the web between the two toes
    expect(toeShare(made, at(-0.015, o.offset + o.blend / 2))).toBeGreaterThan(0.999);
    expect(toeShare(made, at(-0.015, 0.03))).toBe(1);
  });

  it('moves only foot weight, widens to five joints, and says when nothing reaches the toes', () => {
    const positions = new Float32Array([...at(0, -0.03), ...at(0, 0.03), ...at(0, 0.03)]);
    const weights = new Float32Array([0, 0, 1, 0, 0.5, 0.5, 1, 0, 0]); // foot; shank + foot; thigh
    const w = toeWeights({ positions, normals: positions, indices: new Uint32Array(0), weights }, made)!;
    expect(w.length).toBe(3 * SKIN_JOINT_COUNT);
    expect([...w.subarray(0, 5)]).toEqual([0, 0, 1, 0, 0]);
    expect([...w.subarray(5, 10)]).toEqual([0, 0.5, 0, 0, 0.5]);
    expect([...w.subarray(10, 15)]).toEqual([1, 0, 0, 0, 0]);
    // a static foot structure (no weights) behind the heads stays static
    expect(toeWeights({ positions: positions.slice(0, 3), normals: positions, indices: new Uint32Array(0) }, made)).toBeNull();
  });
});

describe('the metatarsophalangeal joint node', () => {
  it('hangs toes_joint from subtalar_joint at TOES.centre, the phalanges from it, the sesamoids with the first metatarsal', () => {
    const parent = (name: string) => findNode(doc, name).getParentNode()?.getName();
    expect(parent('toes_joint')).toBe('subtalar_joint');
    setPose(doc, REST);
    expect(worldPosition(findNode(doc, 'toes_joint'))).toEqual([...TOES.centre].map((v) => expect.closeTo(v, 6)));
    for (const k of RAYS) {
      expect(parent(`phalanges_${k}`)).toBe('toes_joint');
      expect(parent(`metatarsal_${k}`)).toBe('subtalar_joint');
    }
    for (const s of ['medial_sesamoid', 'lateral_sesamoid']) expect(parent(s)).toBe('subtalar_joint');
    // footprints on the phalanges ride with them
    const onToes = doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getExtras().kind === 'attachment' && /^phalanges_/.test(n.getParentNode()?.getName() ?? ''));
    expect(onToes.length).toBeGreaterThan(10);
  });

  it('turns about an axis that passes through every metatarsal head (within 5.5 mm of its centre, inside its radius)', () => {
    expect(joints.map((j) => j.u)).toEqual([...joints.map((j) => j.u)].sort((a, b) => b - a));
    for (const j of joints) {
      const miss = length(cross(sub(j.head, TOES.centre as V3), TOES.axis));
      expect(miss).toBeLessThan(0.0055);
      expect(miss).toBeLessThan(j.radius * 0.7);
    }
  });

  it('has the range of AAOS / Norkin & White: extension to 60°, flexion to 40°', () => {
    expect(TOES.range).toEqual({ min: -60, max: 40 });
    // pointing medially: positive rotation carries the toe tips down (flexion)
    expect(TOES.axis[0]).toBeGreaterThan(0.85);
  });
});

describe('skin weights across the MTP joints', () => {
  it('skins the skin, the long and short toe tendons, the aponeurosis and the small muscles to the toes', () => {
    const names = skinnedToToes().map((n) => n.getName());
    for (const id of [
      'skin',
      'plantar_aponeurosis',
      'flexor_digitorum_longus',
      'flexor_hallucis_longus',
      'extensor_digitorum_longus',
      'extensor_hallucis_longus',
      'extensor_digitorum_brevis',
      'extensor_hallucis_brevis',
      'flexor_digitorum_brevis',
      'lumbricals',
      'plantar_interossei',
      'dorsal_interossei',
    ])
      expect(names, id).toContain(id);
  });

  it('puts the skin over the proximal phalanges on toes_joint (≥ 0.9) and leaves it 2 cm behind the heads on the foot (≤ 0.05)', () => {
    setPose(doc, REST);
    const node = findNode(doc, 'skin');
    const v = worldVertices(node);
    const w = toesWeights(node);
    const fields = phalanges.map((m) => meshField(m));
    let over = 0;
    let behind = 0;
    for (let i = 0; i < w.length; i++) {
      const p: V3 = [v[i * 3], v[i * 3 + 1], v[i * 3 + 2]];
      for (let k = 0; k < 5; k++) {
        const d = past(k, p);
        const side = length(sub(sub(p, joints[k].head), joints[k].across.map((a) => a * d) as V3));
        // 16–24 mm past the head's centre (the proximal phalanx's shaft) and within 2 cm of the toe's
        // bones: the envelope lies 1–1.6 cm out over the toes (fat pads, tendons, a coarse 5 mm mesh)
        if (d > 0.016 && d < 0.024 && fields[k](p[0], p[1], p[2]) < 0.02) {
          over++;
          expect(w[i], `over the proximal phalanx of toe ${k + 1}`).toBeGreaterThanOrEqual(0.9);
        }
        // 2 cm proximal of the head (± 4 mm), over or under the metatarsal
        if (d < -0.016 && d > -0.024 && side < 0.03) {
          behind++;
          expect(w[i], `2 cm behind the head of metatarsal ${k + 1}`).toBeLessThanOrEqual(0.05);
        }
      }
    }
    expect(over).toBeGreaterThan(20);
    expect(behind).toBeGreaterThan(20);
  });

  it('keeps every skinned vertex 2 cm or more behind the heads on the foot', () => {
    setPose(doc, REST);
    for (const node of skinnedToToes()) {
      const v = worldVertices(node);
      const w = toesWeights(node);
      for (let i = 0; i < w.length; i++) {
        if (w[i] === 0) continue;
        const p: V3 = [v[i * 3], v[i * 3 + 1], v[i * 3 + 2]];
        const k = joints.reduce((best, j, m) => (length(sub(p, j.head)) < length(sub(p, joints[best].head)) ? m : best), 0);
        expect(past(k, p), node.getName()).toBeGreaterThan(-0.02);
      }
    }
  });
});

describe('flexing and extending the toes', () => {
  it('30° of flexion carries the hallux tip plantarward and leaves the metatarsal heads in place', () => {
    const tip = (name: string, toes: number): V3 => {
      setPose(doc, REST, 0, toes);
      const v = worldVertices(findNode(doc, name));
      // the rest pose's most distal vertex along the first toe's joint direction
      setPose(doc, REST);
      const r = worldVertices(findNode(doc, name));
      let best = 0;
      for (let i = 0; i < r.length / 3; i++) if (past(0, [r[i * 3], r[i * 3 + 1], r[i * 3 + 2]]) > past(0, [r[best * 3], r[best * 3 + 1], r[best * 3 + 2]])) best = i;
      return [v[best * 3], v[best * 3 + 1], v[best * 3 + 2]];
    };
    const rest = tip('phalanges_1', 0);
    const flexed = tip('phalanges_1', 30);
    // ≈ 55 mm from the axis: 30° moves the tip ≈ 28 mm, mostly down
    expect(rest[1] - flexed[1]).toBeGreaterThan(0.015);
    expect(length(sub(rest, flexed))).toBeGreaterThan(0.02);
    // the skin over the hallux's tip comes along
    const skinRest = tip('skin', 0);
    const skinFlexed = tip('skin', 30);
    expect(skinRest[1] - skinFlexed[1]).toBeGreaterThan(0.01);
    for (const k of RAYS) {
      setPose(doc, REST);
      const a = worldVertices(findNode(doc, `metatarsal_${k}`));
      setPose(doc, REST, 0, 30);
      const b = worldVertices(findNode(doc, `metatarsal_${k}`));
      expect(Math.max(...a.map((x, i) => Math.abs(x - b[i])))).toBe(0);
    }
  });

  /**
   * Soft tissue that linear-blend skinning pulls into bone at the ends of the range. Measured: at 40°
   * of flexion 0.1 % of the toe-skinned tissue's vertices lie inside a phalanx and 2.0 % inside any
   * forefoot bone (mostly the plantar muscles squeezed against the metatarsal heads and the
   * sesamoids); at 60° of extension 0.1 % and 1.1 %.
   */
  const CASES: [number, number, number][] = [
    [40, 0.005, 0.03],
    [-60, 0.005, 0.02],
  ];
  it.each(CASES)('at %s° few tissue vertices end inside a phalanx (≤ %s) or any forefoot bone (≤ %s)', (toes, phalanxBound, boneBound) => {
    const bones = [
      ...phalanges.map((m, k) => ({ name: `phalanges_${k + 1}`, sdf: meshField(m), toe: true })),
      ...metatarsals.map((m, k) => ({ name: `metatarsal_${k + 1}`, sdf: meshField(m), toe: false })),
      ...['medial_sesamoid', 'lateral_sesamoid'].map((s) => ({ name: s, sdf: meshField(restMesh(s)), toe: false })),
    ];
    setPose(doc, REST, 0, toes);
    // posed world → the phalanges' rest world (the other bones do not move)
    const m = findNode(doc, 'toes_joint').getWorldMatrix() as unknown as Mat4;
    const back = invertRigid(m);
    let total = 0;
    let inPhalanx = 0;
    let inBone = 0;
    for (const node of skinnedToToes()) {
      if (STRUCTURES[node.getName() as keyof typeof STRUCTURES] === 'skin') continue;
      const v = worldVertices(node);
      const w = toesWeights(node);
      for (let i = 0; i < w.length; i++) {
        if (w[i] === 0) continue;
        total++;
        const p = [v[i * 3], v[i * 3 + 1], v[i * 3 + 2]] as const;
        const local = transformPoint(back, p[0], p[1], p[2]);
        const rest = [local[0] + TOES.centre[0], local[1] + TOES.centre[1], local[2] + TOES.centre[2]];
        const hit = bones.find((b) => (b.toe ? b.sdf(rest[0], rest[1], rest[2]) : b.sdf(p[0], p[1], p[2])) < -0.0005);
        if (hit) inBone++;
        if (hit?.toe) inPhalanx++;
      }
    }
    expect(total).toBeGreaterThan(2000);
    expect(inPhalanx / total).toBeLessThan(phalanxBound);
    expect(inBone / total).toBeLessThan(boneBound);
  });
});
