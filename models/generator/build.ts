/**
 * Assemble the lower-leg glTF: bones (SDF → mesh), soft tissues (lofted, skinned where they cross
 * a joint), attachment areas, landmark nodes, the skin envelope (its field: skinCover.ts), the joint
 * hierarchy and the clips; then weld, quantize normals/colours/weights (positions stay float, snapped to a grid so
 * they compress well and no node needs a dequantization transform), reorder and compress with
 * EXT_meshopt_compression. Deterministic: same code, same bytes.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import type { Mesh, Node, Skin } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { LANDMARK_PARENTS, STRUCTURES } from '../../src/anatomy/ids';
import type { StructureId } from '../../src/anatomy/ids';
import { ANKLE, KNEE, SUBTALAR, TOES } from '../../src/kinematics/joints';
import { LANDMARKS } from '../../src/kinematics/landmarks';
import { PATELLA_APEX, PATELLA_BASE, PATELLA_ORIGIN } from '../../src/kinematics/patella';
import type { Segment } from '../../src/kinematics/landmarks';
import { ATTACHMENT_DEFS, buildAttachment } from './attachments';
import { boneFields, meniscusFields } from './bones';
import type { BoneField, BoneId } from './bones';
import { CLIPS, sampleClip } from './clips';
import { ENVELOPE_BOUNDS, envelopeWeights } from './envelope';
import { LOFT_DEFAULTS, loft } from './loft';
import { MATERIAL_BY_KIND, boneColours } from './materials';
import { computeNormals, mergeMeshes } from './mesh';
import type { MeshData } from './mesh';
import { initMeshing, meshSdf } from './meshing';
import { skinField } from './skinCover';
import { gradient } from './sdf';
import { PATELLA_LINKED, crossesJoint, patellaLinkWeights, skinToBones } from './skinning';
import { SOFT_TISSUES } from './softTissue';
import { SKIN_JOINT_COUNT, TOES_JOINT_INDEX, TOE_BONES, mtpJoints, toeWeights } from './toeSkinning';
import { combineWithScan } from './scan/combine';
import type { GeneratedPart } from './scan/combine';
import { REAL_FEMUR, REAL_KNEE_LIGAMENTS, REAL_MUSCLES } from './scan/realLeg';
import type { KneeLigamentId } from './scan/kneeLigaments';
import { SOURCE_CREDIT } from './scan/credit';
import { muscleColours } from './tissueColour';
import type { V3 } from './vec';

/**
 * World position of each segment's frame in the rest pose (its joint node). The foot segment is
 * everything beyond the subtalar joint; the talus alone rides on the ankle joint (TALUS_ORIGIN).
 */
export const SEGMENT_ORIGIN: Record<Segment, V3> = {
  thigh: [0, 0, 0],
  shank: [...KNEE.centre] as V3,
  foot: [...SUBTALAR.centre] as V3,
};

/**
 * The patella is not part of the shank: it hangs from the root as its own node (rest translation
 * PATELLA_ORIGIN) and follows its track over the femur (src/kinematics/patella.ts).
 */
const PATELLA_NODE_ORIGIN: V3 = [...PATELLA_ORIGIN] as V3;
/** Foot bones that move with the talocrural joint only, not with the subtalar joint. */
const ANKLE_BONES: ReadonlySet<StructureId> = new Set(['talus']);
const TALUS_ORIGIN: V3 = [...ANKLE.centre] as V3;
/** The phalanges (TOE_BONES) and what hangs from them turn at the MTP joints, about TOES. */
const TOES_ORIGIN: V3 = [...TOES.centre] as V3;

/** Positions are snapped to this grid (2^-14 m ≈ 0.06 mm): exact in float32, compresses well. */
const GRID = 1 / 16384;

export interface BuiltModel {
  /** World rest-pose geometry of every structure, before compression (for tests and previews). */
  meshes: Map<StructureId, MeshData & { segment: Segment | 'skinned' }>;
  document: Document;
}

function snap(v: number): number {
  return Math.round(v / GRID) * GRID;
}

/** Clearance kept between soft tissue and bone in the rest pose, metres. */
export const BONE_CLEARANCE = 0.0006;
/** Clearance for structures that cross a joint (they are skinned), metres. */
export const SKINNED_CLEARANCE = 0.0025;

/**
 * Move any soft-tissue vertex that the sweep put inside (or too close to) a bone out along the
 * bone's gradient, so sections hug bones instead of cutting into them.
 */
export function pushOutOfBones(positions: Float32Array, fields: ReturnType<typeof boneFields>, clearance = BONE_CLEARANCE): void {
  const list = Object.values(fields);
  // a vertex pushed out of one bone can land in its neighbour (the sole's muscles run in the narrow
  // spaces between metatarsals): the ones that were inside get a few more rounds
  let todo: number[] | null = null;
  for (let round = 0; round < PUSH_ROUNDS && todo?.length !== 0; round++) {
    const next: number[] = [];
    const count = todo ? todo.length : positions.length / 3;
    for (let k = 0; k < count; k++) {
      const i = todo ? todo[k] : k * 3;
      if (pushVertex(positions, i, list, clearance)) next.push(i);
    }
    todo = next;
  }
}

const PUSH_ROUNDS = 4;

/** One pass over the bones for the vertex at offset i; true if it was inside one of them. */
function pushVertex(positions: Float32Array, i: number, list: readonly BoneField[], clearance: number): boolean {
  let wasInside = false;
  for (const f of list) {
    const x = positions[i];
    const y = positions[i + 1];
    const z = positions[i + 2];
    if (x < f.min[0] || y < f.min[1] || z < f.min[2] || x > f.max[0] || y > f.max[1] || z > f.max[2]) continue;
    const d = f.sdf(x, y, z);
    if (d >= clearance) continue;
    const g = gradient(f.sdf, x, y, z);
    const push = clearance - d;
    positions[i] = x + g[0] * push;
    positions[i + 1] = y + g[1] * push;
    positions[i + 2] = z + g[2] * push;
    wasInside ||= d < 0;
  }
  return wasInside;
}

/** Build all geometry in world rest coordinates. */
export async function buildGeometry(): Promise<BuiltModel['meshes']> {
  await initMeshing();
  const meshes: BuiltModel['meshes'] = new Map();
  const fields = boneFields();
  for (const [id, f] of Object.entries(fields) as [BoneId, (typeof fields)[BoneId]][]) {
    const m = f.mesh ?? meshSdf(f.sdf, { min: f.min, max: f.max, triangles: f.triangles, ...(f.edge ? { edge: f.edge } : {}) });
    m.colors ??= boneColours(m, f.cartilage);
    meshes.set(id, { ...m, segment: f.segment });
  }
  for (const [id, f] of Object.entries(meniscusFields())) {
    meshes.set(id as StructureId, { ...meshSdf(f.sdf, { min: f.min, max: f.max, triangles: f.triangles, edge: 0.0012 }), segment: f.segment });
  }
  const realMuscles = REAL_MUSCLES;
  for (const def of SOFT_TISSUES) {
    const kind = STRUCTURES[def.id];
    const parts: MeshData[] = [];
    const generated: GeneratedPart[] = [];
    let skinned = false;
    let segment: Segment = def.pieces[0].path[0].segment;
    for (const piece of def.pieces) {
      const lofted = loft(piece.path, piece.profile, piece.options);
      // joint-crossing structures keep a little more room (bursae, fat) so that blending across the
      // joint squeezes them less into the condyles
      pushOutOfBones(lofted.positions, fields, piece.clearance ?? (crossesJoint(piece.path) ? SKINNED_CLEARANCE : BONE_CLEARANCE));
      const part: MeshData = { positions: lofted.positions, normals: computeNormals(lofted.positions, lofted.indices), indices: lofted.indices };
      part.weights = skinToBones(piece.path, lofted);
      if (crossesJoint(piece.path)) skinned = true;
      if (kind === 'muscle') part.colors = muscleColours(lofted.along, piece.options?.sides ?? LOFT_DEFAULTS.sides, piece.tendon, piece.aponeurosis, piece.options?.exponent);
      else part.colors = new Float32Array(part.positions.length).fill(1);
      parts.push(part);
      generated.push({ part, lofted });
    }
    // a structure whose pieces all sit on one segment but differ between pieces is still skinned
    const segs = new Set(def.pieces.flatMap((p) => p.path.map((q) => q.segment)));
    if (segs.size > 1) skinned = true;
    else segment = [...segs][0];
    const belly = realMuscles.get(def.id);
    const merged = belly ? combineWithScan(belly, generated) : mergeMeshes(parts);
    if (kind !== 'muscle') delete merged.colors;
    const link = PATELLA_LINKED[def.id];
    if (link) {
      // one end on the patella, which moves on its own: skinned to it and to the far end's segment
      merged.weights = patellaLinkWeights(merged.positions, link, { apexY: PATELLA_APEX[1], baseY: PATELLA_BASE[1] });
      skinned = true;
    }
    if (!skinned) delete merged.weights;
    meshes.set(def.id, { ...merged, segment: skinned ? 'skinned' : segment });
  }
  // the scanned knee ligaments: femoral end with the femur, tibial and fibular ends with the shank
  // (weights decided with the femur, which is seated under the collaterals' sweep: scan/femur.ts)
  for (const [id, m] of Object.entries(REAL_KNEE_LIGAMENTS) as [KneeLigamentId, MeshData][]) {
    meshes.set(id, { ...m, weights: REAL_FEMUR.ligamentWeights[id], segment: 'skinned' });
  }
  for (const def of ATTACHMENT_DEFS) {
    meshes.set(def.id, { ...buildAttachment(def, fields), segment: fields[def.parent].segment });
  }
  const skin = meshSdf(skinField(), { ...ENVELOPE_BOUNDS, edge: 0.005, triangles: 10000, smoothing: 6 });
  skin.weights = envelopeWeights(skin.positions);
  meshes.set('skin', { ...skin, segment: 'skinned' });
  for (const id of Object.keys(STRUCTURES) as StructureId[]) {
    if (!meshes.has(id)) throw new Error(`buildGeometry: no geometry for structure "${id}"`);
  }
  skinAcrossToes(meshes);
  return meshes;
}

/**
 * The post-pass of toeSkinning.ts: every soft tissue that follows the foot and reaches past the MTP
 * joints is skinned to toes_joint there (a static foot structure becomes skinned), and every skinned
 * structure's weights are widened to the five skin joints. Bones and footprints stay rigid: the
 * phalanges and the footprints on them hang from toes_joint (buildDocument).
 */
function skinAcrossToes(meshes: BuiltModel['meshes']): void {
  const rays = [1, 2, 3, 4, 5] as const;
  const joints = mtpJoints(
    rays.map((k) => meshes.get(`metatarsal_${k}`)!),
    rays.map((k) => meshes.get(`phalanges_${k}`)!),
  );
  for (const [id, m] of meshes) {
    const kind = STRUCTURES[id];
    if (kind === 'bone' || kind === 'attachment') continue;
    if (m.segment !== 'skinned' && m.segment !== 'foot') continue;
    const w = toeWeights(m.segment === 'skinned' ? m : { ...m, weights: undefined }, joints);
    if (w) meshes.set(id, { ...m, weights: w, segment: 'skinned' });
  }
}

/** Which node a non-skinned structure hangs from. Attachment areas hang from their bone. */
function parentOf(id: StructureId, segment: Segment): string {
  const att = ATTACHMENT_DEFS.find((a) => a.id === id);
  if (att) return att.parent;
  if (ANKLE_BONES.has(id)) return 'ankle_joint';
  if (TOE_BONES.has(id)) return 'toes_joint';
  return { thigh: 'lower_leg', shank: 'knee_joint', foot: 'subtalar_joint' }[segment];
}

/**
 * World rest position of the node a static structure's vertices are stored relative to: the
 * patella's, the talus's (ankle), the toes' (MTP) or its segment's joint.
 */
export function restOrigin(id: StructureId, parent: string, segment: Segment): V3 {
  if (parent === 'patella') return PATELLA_NODE_ORIGIN;
  if (ANKLE_BONES.has(id) || ANKLE_BONES.has(parent as StructureId)) return TALUS_ORIGIN;
  if (TOE_BONES.has(id) || TOE_BONES.has(parent as StructureId)) return TOES_ORIGIN;
  return SEGMENT_ORIGIN[segment];
}

export async function buildDocument(): Promise<Document> {
  const geometry = await buildGeometry();
  const doc = new Document();
  const asset = doc.getRoot().getAsset();
  asset.copyright = SOURCE_CREDIT.copyright;
  asset.extras = { source: SOURCE_CREDIT };
  const buffer = doc.createBuffer();
  const scene = doc.createScene('lower_leg');
  doc.getRoot().setDefaultScene(scene);
  const root = doc.createNode('lower_leg').setExtras({ kind: 'root' });
  scene.addChild(root);
  const kneeJoint = doc.createNode('knee_joint').setTranslation([...KNEE.centre]).setExtras({ kind: 'joint' });
  const ankleJoint = doc
    .createNode('ankle_joint')
    .setTranslation([ANKLE.centre[0] - KNEE.centre[0], ANKLE.centre[1] - KNEE.centre[1], ANKLE.centre[2] - KNEE.centre[2]])
    .setExtras({ kind: 'joint' });
  const subtalarJoint = doc
    .createNode('subtalar_joint')
    .setTranslation([SUBTALAR.centre[0] - ANKLE.centre[0], SUBTALAR.centre[1] - ANKLE.centre[1], SUBTALAR.centre[2] - ANKLE.centre[2]])
    .setExtras({ kind: 'joint' });
  const toesJoint = doc
    .createNode('toes_joint')
    .setTranslation([TOES.centre[0] - SUBTALAR.centre[0], TOES.centre[1] - SUBTALAR.centre[1], TOES.centre[2] - SUBTALAR.centre[2]])
    .setExtras({ kind: 'joint' });
  root.addChild(kneeJoint);
  kneeJoint.addChild(ankleJoint);
  ankleJoint.addChild(subtalarJoint);
  subtalarJoint.addChild(toesJoint);
  const nodes = new Map<string, Node>([
    ['lower_leg', root],
    ['knee_joint', kneeJoint],
    ['ankle_joint', ankleJoint],
    ['subtalar_joint', subtalarJoint],
    ['toes_joint', toesJoint],
  ]);

  const makeMesh = (id: StructureId, m: MeshData, origin: V3): Mesh => {
    const spec = MATERIAL_BY_KIND[STRUCTURES[id]];
    const material = doc
      .createMaterial(id)
      .setBaseColorFactor(spec.baseColor)
      .setRoughnessFactor(spec.roughness)
      .setMetallicFactor(0)
      .setAlphaMode(spec.alphaMode)
      .setDoubleSided(spec.doubleSided);
    const pos = new Float32Array(m.positions.length);
    for (let i = 0; i < pos.length; i += 3) {
      pos[i] = snap(m.positions[i] - origin[0]);
      pos[i + 1] = snap(m.positions[i + 1] - origin[1]);
      pos[i + 2] = snap(m.positions[i + 2] - origin[2]);
    }
    const prim = doc
      .createPrimitive()
      .setMaterial(material)
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(m.indices)).setBuffer(buffer))
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.normals)).setBuffer(buffer));
    if (m.colors) prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.colors)).setBuffer(buffer));
    if (m.weights) {
      const n = m.positions.length / 3;
      const joints = new Uint8Array(n * 4);
      const weights = new Float32Array(n * 4);
      // [thigh, shank, foot], for structures linked to the patella [thigh, shank, foot, patella], past
      // the MTP joints [thigh, shank, foot, patella, toes]; glTF takes four influences, and the
      // patella's links end at the knee, so the fourth is the patella or the toes
      const per = m.weights.length / n;
      for (let v = 0; v < n; v++) {
        const w = m.weights.subarray(v * per, v * per + per);
        const toes = per === SKIN_JOINT_COUNT ? w[TOES_JOINT_INDEX] : 0;
        const patella = per >= 4 ? w[3] : 0;
        if (toes > 0 && patella > 0) throw new Error(`makeMesh: ${id} has a vertex on both the patella and the toes`);
        joints.set([0, 1, 2, toes > 0 ? TOES_JOINT_INDEX : 3], v * 4);
        weights.set([w[0], w[1], w[2], toes > 0 ? toes : patella], v * 4);
      }
      prim.setAttribute('JOINTS_0', doc.createAccessor().setType('VEC4').setArray(joints).setBuffer(buffer));
      prim.setAttribute('WEIGHTS_0', doc.createAccessor().setType('VEC4').setArray(weights).setBuffer(buffer));
    }
    return doc.createMesh(id).addPrimitive(prim);
  };

  // bones first (parents of attachment areas and landmarks)
  const order = (Object.keys(STRUCTURES) as StructureId[]).sort((a, b) => {
    const rank = (id: StructureId) => (STRUCTURES[id] === 'bone' ? 0 : STRUCTURES[id] === 'attachment' ? 2 : 1);
    return rank(a) - rank(b);
  });
  let skin: Skin | null = null;
  for (const id of order) {
    const m = geometry.get(id)!;
    const node = doc.createNode(id).setExtras({ kind: STRUCTURES[id] });
    if (m.segment === 'skinned') {
      node.setMesh(makeMesh(id, m, [0, 0, 0]));
      if (!skin) skin = createSkin(doc, buffer, root, [nodes.get('femur')!, kneeJoint, subtalarJoint, nodes.get('patella')!, toesJoint]);
      node.setSkin(skin);
      root.addChild(node);
    } else if (id === 'patella') {
      node.setTranslation([...PATELLA_NODE_ORIGIN]).setMesh(makeMesh(id, m, PATELLA_NODE_ORIGIN));
      root.addChild(node);
    } else {
      // an attachment area on the patella or talus sits in that bone's frame, not its segment's
      const parent = parentOf(id, m.segment);
      const origin = restOrigin(id, parent, m.segment);
      node.setMesh(makeMesh(id, m, origin));
      nodes.get(parent)!.addChild(node);
    }
    nodes.set(id, node);
  }

  for (const [name, parent] of Object.entries(LANDMARK_PARENTS)) {
    const lm = LANDMARKS[name as keyof typeof LANDMARKS];
    const o = SEGMENT_ORIGIN[lm.segment];
    const node = doc
      .createNode(name)
      .setTranslation([lm.point[0] - o[0], lm.point[1] - o[1], lm.point[2] - o[2]])
      .setExtras({ kind: 'landmark', segment: lm.segment });
    nodes.get(parent)!.addChild(node);
  }

  for (const clip of CLIPS) {
    const { times, tracks } = sampleClip(clip);
    const animation = doc.createAnimation(clip.name);
    const input = doc.createAccessor().setType('SCALAR').setArray(times).setBuffer(buffer);
    for (const track of tracks) {
      const sampler = doc
        .createAnimationSampler()
        .setInput(input)
        .setOutput(doc.createAccessor().setType(track.path === 'rotation' ? 'VEC4' : 'VEC3').setArray(track.values).setBuffer(buffer))
        .setInterpolation('LINEAR');
      const channel = doc.createAnimationChannel().setTargetNode(nodes.get(track.node)!).setTargetPath(track.path).setSampler(sampler);
      animation.addSampler(sampler).addChannel(channel);
    }
  }
  return doc;
}

function createSkin(doc: Document, buffer: ReturnType<Document['createBuffer']>, skeleton: Node, joints: Node[]): Skin {
  // inverse bind matrices: each joint's world rest transform is a pure translation
  const ibm = new Float32Array(16 * joints.length);
  const origins: V3[] = [SEGMENT_ORIGIN.thigh, SEGMENT_ORIGIN.shank, SEGMENT_ORIGIN.foot, PATELLA_NODE_ORIGIN, TOES_ORIGIN];
  origins.forEach((o, i) => {
    ibm.set([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -o[0], -o[1], -o[2], 1], i * 16);
  });
  const skin = doc
    .createSkin('leg_skeleton')
    .setInverseBindMatrices(doc.createAccessor().setType('MAT4').setArray(ibm).setBuffer(buffer))
    .setSkeleton(skeleton);
  for (const j of joints) skin.addJoint(j);
  return skin;
}

/** Weld, quantize (not positions), reorder and meshopt-compress; returns GLB bytes. */
export async function buildLowerLegGlb(): Promise<Uint8Array> {
  const doc = await buildDocument();
  await MeshoptEncoder.ready;
  await doc.transform(
    weld(),
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^(NORMAL|COLOR_0|JOINTS_0|WEIGHTS_0)$/, quantizeNormal: 8, quantizeColor: 8, quantizeWeight: 8 }),
  );
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  });
  return io.writeBinary(doc);
}
