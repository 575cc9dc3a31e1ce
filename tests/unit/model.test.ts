/**
 * The committed model: contents, hierarchy, clips, anatomy that must read right, motion through
 * the hierarchy, no muscle inside bone, validity, size and determinism.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { NodeIO } from '@gltf-transform/core';
import validator from 'gltf-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, JOINT_NODES, LANDMARK_PARENTS, STRUCTURES, STRUCTURE_IDS } from '../../src/anatomy/ids';
import { ANKLE, JOINTS, KNEE, SUBTALAR, TOES, jointAngle, jointRotation } from '../../src/kinematics/joints';
import type { Pose, Quat } from '../../src/kinematics/joints';
import { muscleLengthAt } from '../../src/kinematics/muscleLength';
import { PATELLA_ORIGIN } from '../../src/kinematics/patella';
import { nodeTransforms } from '../../src/kinematics/pose';
import type { PosedNode } from '../../src/kinematics/pose';
import { boneFields } from '../../models/generator/bones';
import { FOOT_BONE_IDS } from '../../models/generator/bones/foot';
import { CLIPS } from '../../models/generator/clips';
import type { BoneId } from '../../models/generator/bones';
import { restOrigin } from '../../models/generator/build';
import { skinField } from '../../models/generator/skinCover';
import { TOE_BONES } from '../../models/generator/toeSkinning';
import {
  findNode,
  invertRigid,
  readModel,
  setPose,
  transformPoint,
  worldPosition,
  worldVertices,
} from '../../models/generator/inspect';
import type { Mat4 } from '../../models/generator/inspect';

const GLB = fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url));
let doc: Document;

beforeAll(async () => {
  doc = await readModel(GLB);
});

const REST: Pose = { knee: 0, ankle: 0 };

function vertices(name: string, pose: Pose = REST): Float32Array {
  setPose(doc, pose);
  return worldVertices(findNode(doc, name));
}

function centroid(v: Float32Array): [number, number, number] {
  const c = [0, 0, 0];
  for (let i = 0; i < v.length; i += 3) for (let k = 0; k < 3; k++) c[k] += v[i + k];
  const n = v.length / 3;
  return [c[0] / n, c[1] / n, c[2] / n];
}

function minAlong(v: Float32Array, axis: 0 | 1 | 2): number {
  let m = Infinity;
  for (let i = axis; i < v.length; i += 3) m = Math.min(m, v[i]);
  return m;
}

describe('model contents', () => {
  it('has a node for every structure id, with its kind and its own material named by id', () => {
    for (const id of STRUCTURE_IDS) {
      const node = findNode(doc, id);
      expect(node.getExtras().kind, id).toBe(STRUCTURES[id]);
      const prims = node.getMesh()?.listPrimitives() ?? [];
      expect(prims.length, id).toBeGreaterThan(0);
      for (const p of prims) expect(p.getMaterial()?.getName(), id).toBe(id);
    }
    const materialNames = doc.getRoot().listMaterials().map((m) => m.getName());
    expect(new Set(materialNames).size).toBe(materialNames.length);
  });

  it('has no nodes other than structures, joints, landmarks and the root, and only structures carry meshes', () => {
    const allowed = new Set<string>([...STRUCTURE_IDS, ...JOINT_NODES, ...Object.keys(LANDMARK_PARENTS), 'lower_leg']);
    for (const node of doc.getRoot().listNodes()) {
      expect(allowed.has(node.getName()), node.getName()).toBe(true);
      if (node.getMesh()) expect(STRUCTURE_IDS as string[]).toContain(node.getName());
    }
    const names = doc.getRoot().listNodes().map((n) => n.getName());
    expect(new Set(names).size).toBe(names.length);
  });

  it('hangs the joints and bones in the right hierarchy, joints at their centres with identity rotation at rest', () => {
    const parent = (name: string): string | undefined => findNode(doc, name).getParentNode()?.getName();
    expect(doc.getRoot().getDefaultScene()?.listChildren().map((n) => n.getName())).toEqual(['lower_leg']);
    expect(parent('femur')).toBe('lower_leg');
    expect(parent('knee_joint')).toBe('lower_leg');
    expect(parent('ankle_joint')).toBe('knee_joint');
    expect(parent('subtalar_joint')).toBe('ankle_joint');
    expect(parent('toes_joint')).toBe('subtalar_joint');
    for (const b of ['tibia', 'fibula']) expect(parent(b)).toBe('knee_joint');
    // the patella moves over the femur on its own track (patella.ts), not with the tibia
    expect(parent('patella')).toBe('lower_leg');
    // the talus turns with the talocrural joint only; every other foot bone also at the subtalar joint
    expect(parent('talus')).toBe('ankle_joint');
    // and the phalanges also at the metatarsophalangeal joints
    for (const b of FOOT_BONE_IDS.filter((id) => id !== 'talus')) expect(parent(b), b).toBe(TOE_BONES.has(b) ? 'toes_joint' : 'subtalar_joint');
    setPose(doc, REST);
    expect(worldPosition(findNode(doc, 'knee_joint'))).toEqual([...KNEE.centre].map((v) => expect.closeTo(v, 6)));
    expect(worldPosition(findNode(doc, 'ankle_joint'))).toEqual([...ANKLE.centre].map((v) => expect.closeTo(v, 6)));
    expect(worldPosition(findNode(doc, 'subtalar_joint'))).toEqual([...SUBTALAR.centre].map((v) => expect.closeTo(v, 6)));
    expect(worldPosition(findNode(doc, 'toes_joint'))).toEqual([...TOES.centre].map((v) => expect.closeTo(v, 6)));
    expect(worldPosition(findNode(doc, 'patella'))).toEqual([...PATELLA_ORIGIN].map((v) => expect.closeTo(v, 6)));
    // the rest pose of the animated nodes is the pose functions' value at 0°
    for (const [name, t] of Object.entries(nodeTransforms(REST))) {
      const node = findNode(doc, name);
      expect(node.getRotation(), name).toEqual([...t.rotation].map((v) => expect.closeTo(v, 9)));
      expect(node.getTranslation(), name).toEqual([...t.translation].map((v) => expect.closeTo(v, 9)));
    }
  });

  it('puts every landmark under the bone named in LANDMARK_PARENTS, and attachment areas under bones', () => {
    for (const [name, bone] of Object.entries(LANDMARK_PARENTS)) {
      expect(findNode(doc, name).getParentNode()?.getName(), name).toBe(bone);
    }
    for (const id of STRUCTURE_IDS.filter((i) => STRUCTURES[i] === 'attachment')) {
      const parent = findNode(doc, id).getParentNode()?.getName() as keyof typeof STRUCTURES;
      expect(STRUCTURES[parent], id).toBe('bone');
    }
  });

  it('skins joint-crossing structures to the three segment nodes, the patella and the toes', () => {
    const skinned = doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getSkin());
    const names = skinned.map((n) => n.getName());
    // soleus too: its lowest fibres reach the front of the calcaneal tendon 3–5 cm above the heel
    // and ride on it when the heel rises
    for (const id of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus', 'calcaneal_tendon', 'tibialis_anterior', 'skin'])
      expect(names).toContain(id);
    expect(names).not.toContain('superior_extensor_retinaculum'); // on the shank only: hangs from knee_joint
    // the extensor mechanism hangs from the patella: the quadriceps tendon from the femur, the
    // patellar ligament from the tibial tuberosity
    for (const id of ['quadriceps_tendon', 'patellar_ligament']) expect(names).toContain(id);
    for (const n of skinned) {
      expect(n.getSkin()!.listJoints().map((j) => j.getName())).toEqual(['femur', 'knee_joint', 'subtalar_joint', 'patella', 'toes_joint']);
    }
  });
});

describe('clips', () => {
  it.each([
    ['plantarflexion', 'ankle_joint', ANKLE.range.max, ['ankle_joint.rotation']],
    ['knee_flexion', 'knee_joint', KNEE.range.max, ['knee_joint.rotation', 'knee_joint.translation', 'patella.rotation', 'patella.translation']],
    // subtalar inversion 0 → 20° → 0 (about 20° of inversion: Norkin & White, Measurement of Joint Motion)
    ['inversion', 'subtalar_joint', 20, ['subtalar_joint.rotation']],
  ] as const)('%s turns %s from 0° to %s° and back, animating only %j', (name, node, peak, targets) => {
    const anim = doc.getRoot().listAnimations().find((a) => a.getName() === name);
    expect(anim).toBeDefined();
    const channels = anim!.listChannels();
    expect(channels.map((c) => `${c.getTargetNode()?.getName()}.${c.getTargetPath()}`)).toEqual(targets);
    expect(channels[0].getTargetNode()?.getName()).toBe(node);
    expect(channels[0].getTargetPath()).toBe('rotation');
    const joint = node === 'knee_joint' ? JOINTS.knee : node === 'ankle_joint' ? JOINTS.ankle : SUBTALAR;
    const out = channels[0].getSampler()!.getOutput()!;
    const input = channels[0].getSampler()!.getInput()!;
    const angles: number[] = [];
    const q = [0, 0, 0, 0];
    for (let i = 0; i < out.getCount(); i++) angles.push(jointAngle(joint, out.getElement(i, q) as unknown as Quat));
    expect(angles[0]).toBeCloseTo(0, 1);
    expect(angles[angles.length - 1]).toBeCloseTo(0, 1);
    expect(Math.max(...angles)).toBeCloseTo(peak, 0);
    expect(Math.min(...angles)).toBeGreaterThan(-0.5);
    const duration = input.getMax([0])[0];
    expect(duration).toBeGreaterThanOrEqual(3);
    expect(duration).toBeLessThanOrEqual(4);
    // every channel's keyframes are the pose functions' transforms at that frame's angle
    const v = [0, 0, 0, 0];
    for (const c of channels) {
      const o = c.getSampler()!.getOutput()!;
      const target = c.getTargetNode()!.getName() as PosedNode | 'subtalar_joint';
      for (let i = 0; i < o.getCount(); i += 10) {
        // the subtalar joint turns on its own (nodeTransforms poses the knee and the ankle)
        const t = target === 'subtalar_joint' ? null : nodeTransforms({ ...REST, [joint.id]: angles[i] })[target];
        const want = !t ? jointRotation(SUBTALAR, angles[i]) : c.getTargetPath() === 'rotation' ? t.rotation : t.translation;
        o.getElement(i, v);
        // meshopt's animation filters keep translations to ≈ 0.25 mm and rotations to ≈ 1e-4
        expect(v.slice(0, want.length), `${target} frame ${i}`).toEqual([...want].map((x) => expect.closeTo(x, 3)));
      }
    }
  });

  it('has exactly the clips in ACTIONS, plus the subtalar inversion clip the viewer does not list yet', () => {
    expect(doc.getRoot().listAnimations().map((a) => a.getName()).sort()).toEqual([...ACTIONS, 'inversion'].sort());
    expect(CLIPS.map((c) => c.name).sort()).toEqual([...ACTIONS, 'inversion'].sort());
  });
});

describe('anatomy reads right (rest pose, world frame: medial +X, anterior +Z)', () => {
  it('fibula lies lateral and slightly posterior to the tibia', () => {
    const f = centroid(vertices('fibula'));
    const t = centroid(vertices('tibia'));
    expect(f[0]).toBeLessThan(t[0] - 0.02);
    expect(f[2]).toBeLessThan(t[2]);
  });

  it('the medial gastrocnemius head reaches lower than the lateral', () => {
    expect(minAlong(vertices('gastrocnemius_medial_head'), 1)).toBeLessThan(minAlong(vertices('gastrocnemius_lateral_head'), 1) - 0.015);
  });

  it('the lateral malleolus tip is lower than the medial malleolus tip', () => {
    expect(minAlong(vertices('fibula'), 1)).toBeLessThan(minAlong(vertices('tibia'), 1) - 0.008);
  });

  it('the patella sits in front of the femoral trochlea', () => {
    const p = centroid(vertices('patella'));
    const femur = vertices('femur');
    let front = -Infinity;
    for (let i = 0; i < femur.length; i += 3) {
      if (Math.abs(femur[i] - p[0]) < 0.005 && Math.abs(femur[i + 1] - p[1]) < 0.005) front = Math.max(front, femur[i + 2]);
    }
    expect(front).toBeGreaterThan(0);
    expect(p[2]).toBeGreaterThan(front);
  });

  it('the calcaneal tendon inserts behind the ankle, on the back of the calcaneus', () => {
    setPose(doc, REST);
    for (const name of ['gastrocnemius_medial_head_insertion', 'soleus_insertion']) {
      const p = worldPosition(findNode(doc, name));
      expect(p[2]).toBeLessThan(ANKLE.centre[2] - 0.045);
      expect(p[1]).toBeLessThan(ANKLE.centre[1]);
    }
    const area = centroid(vertices('calcaneal_tendon_insertion_area'));
    expect(area[2]).toBeLessThan(minAlong(vertices('calcaneus'), 2) + 0.01);
  });

  it('soleus lies deep (anterior) to gastrocnemius at mid-calf', () => {
    const slice = (name: string): number => {
      const v = vertices(name);
      let z = 0;
      let n = 0;
      for (let i = 0; i < v.length; i += 3) if (Math.abs(v[i + 1] - 0.33) < 0.01) (z += v[i + 2]), n++;
      expect(n, name).toBeGreaterThan(0);
      return z / n;
    };
    const soleus = slice('soleus');
    expect(soleus).toBeGreaterThan(slice('gastrocnemius_medial_head'));
    expect(soleus).toBeGreaterThan(slice('gastrocnemius_lateral_head'));
  });

  it('attachment areas lie on their bone surface (within 1 mm)', () => {
    const fields = boneFields();
    setPose(doc, REST);
    for (const id of STRUCTURE_IDS.filter((i) => STRUCTURES[i] === 'attachment')) {
      const v = worldVertices(findNode(doc, id));
      let far = 0;
      for (let i = 0; i < v.length; i += 3) {
        const d = Math.min(...(Object.keys(fields) as BoneId[]).map((b) => Math.abs(fields[b].sdf(v[i], v[i + 1], v[i + 2]))));
        if (d > 0.001) far++;
      }
      expect(far / (v.length / 3), id).toBeLessThan(0.02);
    }
  });
});

describe('skin', () => {
  it('envelops every muscle, tendon, ligament, nerve, artery, vein and bone at rest', () => {
    const field = skinField();
    setPose(doc, REST);
    let outside = 0;
    let total = 0;
    for (const id of STRUCTURE_IDS.filter((i) => STRUCTURES[i] !== 'skin' && STRUCTURES[i] !== 'attachment')) {
      const v = worldVertices(findNode(doc, id));
      for (let i = 0; i < v.length; i += 3 * 7) {
        total++;
        if (field(v[i], v[i + 1], v[i + 2]) > 0.0005) outside++;
      }
    }
    // 0.5 % measured (model v3 interim: the envelope follows the real bellies through cores of their fields, coarse at 5 mm)
    expect(outside / total).toBeLessThan(0.006);
  });

  it('is skinned so the heel goes up with plantarflexion and the calf swings back with knee flexion', () => {
    const rest = vertices('skin', REST);
    const pf = vertices('skin', { knee: 0, ankle: 40 });
    const kf = vertices('skin', { knee: 90, ankle: 0 });
    let heel = -1;
    for (let i = 0; i < rest.length / 3; i++) {
      if (rest[i * 3 + 1] < 0.05 && (heel < 0 || rest[i * 3 + 2] < rest[heel * 3 + 2])) heel = i;
    }
    expect(pf[heel * 3 + 1]).toBeGreaterThan(rest[heel * 3 + 1] + 0.02);
    expect(minAlong(kf, 2)).toBeLessThan(minAlong(rest, 2) - 0.2);
  });
});

describe('motion through the hierarchy', () => {
  const span = (muscle: string, pose: Pose): number => {
    setPose(doc, pose);
    const a = worldPosition(findNode(doc, `${muscle}_origin`));
    const b = worldPosition(findNode(doc, `${muscle}_insertion`));
    return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
  };

  it('knee flexion shortens gastrocnemius but leaves soleus unchanged (landmark nodes)', () => {
    for (const m of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head']) {
      expect(span(m, { knee: 60, ankle: 0 })).toBeLessThan(span(m, REST) - 0.005);
    }
    expect(span('soleus', { knee: 90, ankle: 0 })).toBeCloseTo(span('soleus', REST), 6);
  });

  it('plantarflexion shortens gastrocnemius and soleus, and lengthens tibialis anterior (landmark nodes)', () => {
    for (const m of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus']) {
      expect(span(m, { knee: 0, ankle: 40 })).toBeLessThan(span(m, REST) - 0.01);
    }
    expect(span('tibialis_anterior', { knee: 0, ankle: 40 })).toBeGreaterThan(span('tibialis_anterior', REST) + 0.005);
  });

  it('landmark nodes posed through the hierarchy agree with muscleLength’s posed points', () => {
    // muscleLength uses the same landmark table and joint transforms: the origin–insertion chord
    // can never exceed the path length, and both shorten together
    for (const m of ['gastrocnemius_medial_head', 'soleus'] as const) {
      const pose: Pose = { knee: 45, ankle: 30 };
      expect(span(m, pose)).toBeLessThanOrEqual(muscleLengthAt(m, pose) + 1e-6);
      expect(Math.sign(span(m, pose) - span(m, REST))).toBe(Math.sign(muscleLengthAt(m, pose) - muscleLengthAt(m, REST)));
    }
  });

  it('skinned muscles stay attached: gastrocnemius keeps its femoral end on the thigh and its belly on the shank', () => {
    const rest = vertices('gastrocnemius_medial_head', REST);
    const bent = vertices('gastrocnemius_medial_head', { knee: 90, ankle: 0 });
    // the top vertex (origin) does not move; the lowest vertex swings back with the shank
    let top = 0;
    let bottom = 0;
    for (let i = 0; i < rest.length / 3; i++) {
      if (rest[i * 3 + 1] > rest[top * 3 + 1]) top = i;
      if (rest[i * 3 + 1] < rest[bottom * 3 + 1]) bottom = i;
    }
    expect(Math.hypot(bent[top * 3] - rest[top * 3], bent[top * 3 + 1] - rest[top * 3 + 1], bent[top * 3 + 2] - rest[top * 3 + 2])).toBeLessThan(0.002);
    expect(bent[bottom * 3 + 2]).toBeLessThan(rest[bottom * 3 + 2] - 0.1);
  });
});

describe('muscles do not pass through bone', () => {
  /**
   * Allowed fraction of sampled muscle vertices more than 1 mm inside a bone. At rest and at the
   * ankle's extremes almost none. In deep knee flexion linear-blend skinning between the femur and
   * the flexed, internally rotated tibia squeezes the posterior knee muscles (gastrocnemius heads,
   * plantaris, popliteus, semimembranosus) against the condyles, so the bound is looser there;
   * these numbers are measured, and a regression beyond them fails.
   */
  const CASES: [Pose, number][] = [
    // model v3 interim (measured on the scanned bones with the generated femur and the generated tissue warped onto them; re-fitting on the real surfaces is issue 18's next step): the scanned bellies lie on the generated femur's
    // shaft and meet the real bones at their attachments, ≈ 4 % of their vertices 1 mm inside at rest
    [{ knee: 0, ankle: 0 }, 0.045],
    [{ knee: 0, ankle: ANKLE.range.max }, 0.045],
    [{ knee: 0, ankle: ANKLE.range.min }, 0.045],
    // measured 0.51 %: the tibia's internal rotation (knee.ts) brings the lateral shank forward
    // under the lateral gastrocnemius head, which the blend squeezes against the lateral condyle
    [{ knee: 45, ankle: 0 }, 0.05],
    [{ knee: 90, ankle: 20 }, 0.062], // measured 5.7 % (v3 interim): the broad gastrocnemius heads are squeezed against the condyles
    [{ knee: KNEE.range.max, ankle: 0 }, 0.09], // measured 8.3 % (v3 interim): the tibial plateau itself reaches the femur here
  ];
  it.each(CASES)('muscle vertices inside bone at %o stay below %s', (pose, bound) => {
    const fields = boneFields();
    setPose(doc, pose);
    const bones = (Object.keys(fields) as BoneId[]).map((b) => {
      const node = findNode(doc, b);
      // posed world → bone's rest world: undo the pose, redo the rest translation (the patella
      // hangs from its own node, the other bones from their segment's joint)
      const inv = invertRigid(node.getWorldMatrix() as unknown as Mat4);
      const o = b === 'patella' ? PATELLA_ORIGIN : restOrigin(b, b, fields[b].segment);
      return { sdf: fields[b].sdf, inv, o };
    });
    let inside = 0;
    let total = 0;
    const offenders = new Map<string, number>();
    for (const id of STRUCTURE_IDS.filter((i) => STRUCTURES[i] === 'muscle')) {
      const v = worldVertices(findNode(doc, id));
      for (let i = 0; i < v.length; i += 3 * 2) {
        total++;
        for (const b of bones) {
          const p = transformPoint(b.inv, v[i], v[i + 1], v[i + 2]);
          if (b.sdf(p[0] + b.o[0], p[1] + b.o[1], p[2] + b.o[2]) < -0.001) {
            inside++;
            offenders.set(id, (offenders.get(id) ?? 0) + 1);
            break;
          }
        }
      }
    }
    expect(total).toBeGreaterThan(10_000);
    expect(inside / total, `${(inside / total).toFixed(4)} ${JSON.stringify(Object.fromEntries(offenders))}`).toBeLessThan(bound);
  });
});

describe('knee flexion keeps bone out of bone', () => {
  /**
   * Fraction of tibia and fibula vertices more than `depth` inside the femur's field. The femoral
   * shaft sits in front of the flexion axis and the back of the tibial plateau slopes away from it;
   * with the femur rolling back on the tibia in deep flexion (knee.ts) the plateau no longer meets
   * the femur at 140° (it did, ≈ 3 % of tibia vertices up to 6 mm deep, with the fixed hinge).
   */
  const CASES: [number, number, number][] = [
    // model v3 interim (measured on the scanned bones with the generated femur and the generated tissue warped onto them; re-fitting on the real surfaces is issue 18's next step): the real tibia's cartilage meets the generated femur, ≤ 0.4 % of vertices
    [90, 0.0005, 0.005],
    [110, 0.0005, 0.004],
    [120, 0.0005, 0.004],
    [140, 0.0005, 0.001],
  ];
  it.each(CASES)('at %s° of knee flexion, shank bone entering the femur deeper than %s m stays below %s', (knee, depth, bound) => {
    const femur = boneFields().femur.sdf;
    let inside = 0;
    let total = 0;
    for (const bone of ['tibia', 'fibula']) {
      const v = vertices(bone, { knee, ankle: 0 });
      for (let i = 0; i < v.length; i += 3) {
        total++;
        if (femur(v[i], v[i + 1], v[i + 2]) < -depth) inside++;
      }
    }
    expect(total).toBeGreaterThan(5000);
    expect(inside / total).toBeLessThanOrEqual(bound);
  });
});

describe('file', () => {
  it('is at most 2.5 MB (issue 18: model v3 from the scan surfaces, within the budget)', () => {
    expect(statSync(GLB).size).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });

  it('has at most 350 k triangles (issue 18)', () => {
    let triangles = 0;
    for (const mesh of doc.getRoot().listMeshes()) for (const prim of mesh.listPrimitives()) triangles += (prim.getIndices()?.getCount() ?? 0) / 3;
    expect(triangles).toBeLessThanOrEqual(350_000);
  });

  it('passes the Khronos validator without errors (compressed file, and decoded to plain glTF)', async () => {
    const bytes = new Uint8Array(readFileSync(GLB));
    const report = await validator.validateBytes(bytes);
    expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 5))).toBe(0);
    // the validator cannot look inside meshopt buffers: check the decoded geometry as well
    const plain = await readModel(GLB);
    plain.getRoot().listExtensionsUsed().find((e) => e.extensionName === 'EXT_meshopt_compression')?.dispose();
    const io = new NodeIO().registerExtensions(
      plain.getRoot().listExtensionsUsed().map((e) => e.constructor as never),
    );
    const decoded = await io.writeBinary(plain);
    const report2 = await validator.validateBytes(decoded);
    expect(report2.issues.numErrors, JSON.stringify(report2.issues.messages.slice(0, 5))).toBe(0);
  });

  it('uses meshopt compression and mesh quantization, never Draco', () => {
    const used = doc.getRoot().listExtensionsUsed().map((e) => e.extensionName);
    expect(used).toContain('EXT_meshopt_compression');
    expect(used).toContain('KHR_mesh_quantization');
    expect(used).not.toContain('KHR_draco_mesh_compression');
  });
});

