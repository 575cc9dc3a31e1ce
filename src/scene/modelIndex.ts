/**
 * Indexes the loaded glTF scene by structure id, once, at load: gives every structure its own
 * materials (cloned once if the loader shared them), hides the skin, and records the joint nodes'
 * rest rotations. Picking BVHs come later, in slices after the first frame (startBvhBuild).
 */
import { Box3, Color, Matrix4, Mesh, Quaternion, SkinnedMesh, Vector3 } from 'three';
import { buildPosedTree, isPosedTree, refitPosedTree } from './skinnedBvh';
import type { BufferAttribute, Material, Object3D } from 'three';
import type * as Bvh from 'three-mesh-bvh';
import { isStructureId, kindOf } from '../anatomy/ids';
import type { StructureId, StructureKind } from '../anatomy/ids';

/** A material's look before any highlight, kept to restore it. */
export interface BaseLook {
  color: number | null;
  emissive: number | null;
  emissiveIntensity: number;
  opacity: number;
  transparent: boolean;
  depthWrite: boolean;
}

export type HighlightableMaterial = Material & {
  color?: { getHex(): number; setHex(hex: number): unknown; lerp?: unknown };
  emissive?: { getHex(): number; setHex(hex: number): unknown };
  emissiveIntensity?: number;
};

export interface StructureEntry {
  id: StructureId;
  kind: StructureKind;
  /** The glTF node named after the structure. */
  node: Object3D;
  /** Meshes that belong to it (its own node and unnamed descendants, not nested structures). */
  meshes: Mesh[];
  /** Its own materials, with their base look in `userData.baseLook`. */
  materials: HighlightableMaterial[];
}


/** The bones' ivory (models/generator/materials.ts BONE_COLOUR, linear RGB), for footprints that are not lit. */
const FOOTPRINT_UNLIT_RGB: [number, number, number] = [0.86, 0.8, 0.66];

export interface ModelIndex {
  root: Object3D;
  structures: Map<StructureId, StructureEntry>;
  /** Every mesh that can be picked, each with `userData.structureId`. */
  pickable: Mesh[];
  skinned: SkinnedMesh[];
  joints: { knee: Object3D | null; ankle: Object3D | null; toes: Object3D | null };
  /** Rest (anatomical) local rotation of each joint node. */
  jointRest: { knee: Quaternion; ankle: Quaternion; toes: Quaternion };
  /** Set when the joints moved; skinned bounds are refreshed before the next raycast. */
  poseDirty: boolean;
  /** Whether the background build of the picking BVHs has started (see startBvhBuild). */
  bvhStarted: boolean;
  /** Whether every picking BVH exists. */
  bvhReady: boolean;
}

let bvhLoading: Promise<typeof Bvh> | null = null;

/** three-mesh-bvh, fetched on first need: the first frame does not wait for it. */
export function loadBvhModule(): Promise<typeof Bvh> {
  bvhLoading ??= import('three-mesh-bvh');
  return bvhLoading;
}

/**
 * Structures whose picking trees are built first: the viewer opens on the calf, and a new user's
 * first click is most often on a gastrocnemius head or what lies beside it.
 */
export const PICK_FIRST: readonly StructureId[] = [
  'gastrocnemius_medial_head',
  'gastrocnemius_lateral_head',
  'soleus',
  'calcaneal_tendon',
  'plantaris',
];

/**
 * Longest stretch of tree building (ms) before the main thread is handed back: input and frames
 * wait at most this long (plus the one mesh in progress) for it.
 */
export const BVH_SLICE_MS = 8;

/** Whether each skinned mesh's tree was built or last refitted at its bind pose (then rest needs no refit). */
const treeAtBind = new WeakMap<SkinnedMesh, boolean>();

/**
 * Starts building the picking BVHs, once, in slices of at most BVH_SLICE_MS between frames (built
 * all at once they held the main thread for ~1 s after the first frame, and a first click waited
 * for it). Order: PICK_FIRST, then the rest nearest to `viewpoint` first. Until a mesh has its tree,
 * rays test it with three's own raycast (slower per ray, equally exact). Returns at once.
 */
export function startBvhBuild(index: ModelIndex, viewpoint?: Vector3): void {
  if (index.bvhReady || index.bvhStarted) return;
  index.bvhStarted = true;
  void loadBvhModule().then((bvh) => {
    const queue = bvhQueue(index, viewpoint);
    const users = sharedUse(index);
    const slice = () => {
      const end = performance.now() + BVH_SLICE_MS;
      // Bones may have moved since the last render: trees are built from the posed skeleton.
      index.root.updateMatrixWorld();
      while (queue.length > 0 && performance.now() < end) buildBvh(bvh, queue.shift()!, users);
      if (queue.length > 0) later(slice);
      else index.bvhReady = true;
    };
    later(slice);
  });
}

/** Next slice: in idle time, but within 100 ms even while frames are drawn back to back (a clip). */
function later(slice: () => void): void {
  if (typeof window !== 'undefined' && window.requestIdleCallback) window.requestIdleCallback(slice, { timeout: 100 });
  else setTimeout(slice, 0);
}

function bvhQueue(index: ModelIndex, viewpoint?: Vector3): Mesh[] {
  const rank = (m: Mesh) => {
    const first = PICK_FIRST.indexOf(m.userData.structureId as StructureId);
    return first >= 0 ? first : PICK_FIRST.length;
  };
  const distance = new Map<Mesh, number>();
  const centre = new Vector3();
  for (const m of index.pickable) {
    if (!viewpoint) break;
    if (!m.geometry.boundingSphere) m.geometry.computeBoundingSphere();
    m.updateWorldMatrix(true, false);
    distance.set(m, centre.copy(m.geometry.boundingSphere!.center).applyMatrix4(m.matrixWorld).distanceTo(viewpoint));
  }
  // Keep a raycast another part of the scene replaced on purpose (the skin lets rays through).
  return index.pickable
    .filter((o) => !Object.prototype.hasOwnProperty.call(o, 'raycast'))
    .sort((a, b) => rank(a) - rank(b) || (distance.get(a) ?? 0) - (distance.get(b) ?? 0));
}

interface SharedUse {
  geometries: Map<string, number>;
  indices: Map<BufferAttribute, number>;
}

function sharedUse(index: ModelIndex): SharedUse {
  const geometries = new Map<string, number>();
  const indices = new Map<BufferAttribute, number>();
  for (const m of index.pickable) {
    geometries.set(m.geometry.uuid, (geometries.get(m.geometry.uuid) ?? 0) + 1);
    if (m.geometry.index) indices.set(m.geometry.index, (indices.get(m.geometry.index) ?? 0) + 1);
  }
  return { geometries, indices };
}

function buildBvh(bvh: typeof Bvh, o: Mesh, users: SharedUse): void {
  // A raycast replaced after the queue was made (the skin) stays.
  if (Object.prototype.hasOwnProperty.call(o, 'raycast')) return;
  const { MeshBVH, acceleratedRaycast } = bvh;
  // The .glb shares one index accessor between meshes with the same triangle layout (the attachment
  // strips and ovals, muscles lofted on the same grid), and a BVH reorders its geometry's index in
  // place: built over a shared index, each tree would scramble the others' triangles (a footprint
  // then missed every ray and its bone was picked). Each mesh gets its own copy first.
  const ownIndex = () => {
    const ix = o.geometry.index;
    if (ix && (users.indices.get(ix) ?? 0) > 1 && users.geometries.get(o.geometry.uuid) === 1) o.geometry.setIndex(ix.clone());
  };
  if (o instanceof SkinnedMesh) {
    // A BVH over the posed triangles (refitted when the joints move, see refreshSkinnedBounds);
    // three's own SkinnedMesh.raycast would skin and test every triangle on every ray. The tree
    // lives on the geometry, so only where the geometry is this mesh's alone.
    if (users.geometries.get(o.geometry.uuid) !== 1) return;
    ownIndex();
    o.skeleton.update();
    o.geometry.boundsTree = buildPosedTree(bvh, o);
    treeAtBind.set(o, atBindPose(o));
    o.raycast = acceleratedRaycast;
  } else {
    if (!o.geometry.boundsTree) {
      ownIndex();
      o.geometry.boundsTree = new MeshBVH(o.geometry);
    }
    o.raycast = acceleratedRaycast;
  }
}

/**
 * Builds every picking BVH now, in one go (Node-side tools and tests; the viewer uses
 * startBvhBuild). Resolves once three-mesh-bvh has loaded and the trees exist.
 */
export async function buildAllBvhs(index: ModelIndex): Promise<void> {
  const bvh = await loadBvhModule();
  index.root.updateMatrixWorld();
  const users = sharedUse(index);
  for (const m of bvhQueue(index)) buildBvh(bvh, m, users);
  index.bvhStarted = true;
  index.bvhReady = true;
}

/**
 * three's SkinnedMesh.raycast tests against a bounding sphere cached for the pose it first saw;
 * after the joints move, recompute it (once, lazily, before a raycast) so posed muscles stay pickable.
 * At the bind pose (the rest pose the viewer opens in) the geometry's own bounds are the posed ones,
 * so the first click does not skin every vertex of every muscle.
 */
export function refreshSkinnedBounds(index: ModelIndex): void {
  startBvhBuild(index);
  if (!index.poseDirty) return;
  index.poseDirty = false;
  index.root.updateMatrixWorld();
  for (const m of index.skinned) {
    m.skeleton.update(); // bone matrices are otherwise only refreshed when the frame renders
    const atBind = atBindPose(m);
    if (atBind) {
      if (!m.geometry.boundingSphere) m.geometry.computeBoundingSphere();
      if (!m.geometry.boundingBox) m.geometry.computeBoundingBox();
      m.boundingSphere = m.geometry.boundingSphere!.clone();
      m.boundingBox = m.geometry.boundingBox!.clone();
    } else {
      m.computeBoundingSphere();
      m.computeBoundingBox();
    }
    const tree = m.geometry.boundsTree;
    if (isPosedTree(tree) && !(atBind && treeAtBind.get(m))) {
      refitPosedTree(tree);
      treeAtBind.set(m, atBind);
    }
  }
}

/** The structure a scene object belongs to: the nearest ancestor (or itself) named with a structure id. */
export function structureOf(object: Object3D | null): StructureId | null {
  for (let o: Object3D | null = object; o; o = o.parent) {
    if (isStructureId(o.name)) return o.name;
  }
  return null;
}

// indexModel mutates the scene (materials, BVHs); React's StrictMode runs useMemo twice in development,
// so the index of a root is made once and reused, or the second run would re-clone materials the
// highlight never touches.
const indexes = new WeakMap<Object3D, ModelIndex>();

export function indexModel(root: Object3D): ModelIndex {
  let index = indexes.get(root);
  if (!index) {
    index = buildIndex(root);
    indexes.set(root, index);
  }
  return index;
}

function buildIndex(root: Object3D): ModelIndex {
  const structures = new Map<StructureId, StructureEntry>();
  const pickable: Mesh[] = [];
  const skinned: SkinnedMesh[] = [];
  root.traverse((o) => {
    if (isStructureId(o.name) && !structures.has(o.name)) {
      structures.set(o.name, { id: o.name, kind: kindOf(o.name), node: o, meshes: [], materials: [] });
    }
  });
  // One clone per (structure, original material): shared loader materials must not light up together.
  const clones = new Map<string, Material>();
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    const id = structureOf(o);
    if (id === null) return;
    const entry = structures.get(id)!;
    o.userData.structureId = id;
    const own = (m: Material): Material => {
      const key = `${id}/${m.uuid}`;
      let c = clones.get(key);
      if (!c) {
        c = m.clone();
        c.name = `${id}_material`;
        // An unlit footprint reads as the bone under it: colour is a signal (origin, insertion,
        // a link's glow) that only the lit ones should carry.
        if (entry.kind === 'attachment' && 'color' in c && c.color instanceof Color) c.color.setRGB(...FOOTPRINT_UNLIT_RGB);
        c.userData.baseLook = baseLookOf(c as HighlightableMaterial);
        clones.set(key, c);
        entry.materials.push(c as HighlightableMaterial);
      }
      return c;
    };
    o.material = Array.isArray(o.material) ? o.material.map(own) : own(o.material as Material);
    entry.meshes.push(o);
    pickable.push(o);
    if (o instanceof SkinnedMesh) skinned.push(o);
  });
  const skin = structures.get('skin');
  if (skin) skin.node.visible = false; // the skin layer is hidden by default
  const knee = root.getObjectByName('knee_joint') ?? null;
  const ankle = root.getObjectByName('ankle_joint') ?? null;
  const toes = root.getObjectByName('toes_joint') ?? null;
  return {
    root,
    structures,
    pickable,
    skinned,
    joints: { knee, ankle, toes },
    jointRest: {
      knee: knee ? knee.quaternion.clone() : new Quaternion(),
      ankle: ankle ? ankle.quaternion.clone() : new Quaternion(),
      toes: toes ? toes.quaternion.clone() : new Quaternion(),
    },
    poseDirty: true,
    bvhStarted: false,
    bvhReady: false,
  };
}

function baseLookOf(m: HighlightableMaterial): BaseLook {
  return {
    color: m.color ? m.color.getHex() : null,
    emissive: m.emissive ? m.emissive.getHex() : null,
    emissiveIntensity: m.emissiveIntensity ?? 1,
    opacity: m.opacity,
    transparent: m.transparent,
    depthWrite: m.depthWrite,
  };
}

/** True when the object and all its ancestors are visible. */
export function isShown(o: Object3D): boolean {
  for (let p: Object3D | null = o; p; p = p.parent) if (!p.visible) return false;
  return true;
}

const boneOffset = new Matrix4();
const IDENTITY = new Matrix4();
const meshBox = new Box3();

/** True when every bone of the mesh's skeleton is where it was bound: skinning then moves no vertex. */
function atBindPose(mesh: SkinnedMesh): boolean {
  const { bones, boneInverses } = mesh.skeleton;
  for (let i = 0; i < bones.length; i++) {
    // Before the first render the bones' world matrices may not have been computed yet.
    bones[i].updateWorldMatrix(true, false);
    boneOffset.multiplyMatrices(bones[i].matrixWorld, boneInverses[i]);
    for (let k = 0; k < 16; k++) if (Math.abs(boneOffset.elements[k] - IDENTITY.elements[k]) > 1e-5) return false;
  }
  return true;
}

/** World bounding box of a structure's meshes (posed: skinned meshes follow their bones). */
export function structureBox(entry: StructureEntry, target = new Box3()): Box3 {
  target.makeEmpty();
  const v = new Vector3();
  for (const mesh of entry.meshes) {
    mesh.updateWorldMatrix(true, false);
    if (mesh instanceof SkinnedMesh && atBindPose(mesh)) {
      // In the bind pose the accessor's min/max (three's geometry box) is the posed box: no CPU
      // skinning of sampled vertices, which cost ≈ 50 ms before the first frame.
      if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox();
      target.union(meshBox.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld));
      continue;
    }
    const pos = mesh.geometry.getAttribute('position');
    const step = Math.max(1, Math.floor(pos.count / 400));
    for (let i = 0; i < pos.count; i += step) {
      if (mesh instanceof SkinnedMesh) mesh.getVertexPosition(i, v);
      else v.fromBufferAttribute(pos, i);
      target.expandByPoint(v.applyMatrix4(mesh.matrixWorld));
    }
  }
  return target;
}

/** Up to `count` world-space points spread over a structure's surface (posed). */
export function samplePoints(entry: StructureEntry, count = 24): Vector3[] {
  const points: Vector3[] = [];
  const total = entry.meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0);
  if (total === 0) return points;
  const stride = Math.max(1, Math.floor(total / count));
  for (const mesh of entry.meshes) {
    mesh.updateWorldMatrix(true, false);
    const pos = mesh.geometry.getAttribute('position');
    for (let i = Math.floor(stride / 2) % pos.count; i < pos.count; i += stride) {
      const v = new Vector3();
      if (mesh instanceof SkinnedMesh) mesh.getVertexPosition(i, v);
      else v.fromBufferAttribute(pos, i);
      points.push(v.applyMatrix4(mesh.matrixWorld));
    }
  }
  return points;
}

/** Mean outward normal (world) of a structure's surface, e.g. of an attachment area lying on a bone. */
export function meanNormal(entry: StructureEntry): Vector3 {
  const sum = new Vector3();
  const n = new Vector3();
  for (const mesh of entry.meshes) {
    const normals = mesh.geometry.getAttribute('normal');
    if (!normals) continue;
    mesh.updateWorldMatrix(true, false);
    for (let i = 0; i < normals.count; i++) {
      n.fromBufferAttribute(normals, i).transformDirection(mesh.matrixWorld);
      sum.add(n);
    }
  }
  return sum.lengthSq() > 0 ? sum.normalize() : sum.set(0, 0, -1);
}
