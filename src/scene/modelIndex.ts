/**
 * Indexes the loaded glTF scene by structure id, once, at load: gives every structure its own
 * materials (cloned once if the loader shared them), hides the skin, and records the joint nodes'
 * rest rotations. Picking BVHs come later, on first need (ensureBvhs).
 */
import { Box3, Color, Matrix4, Mesh, Quaternion, SkinnedMesh, Vector3 } from 'three';
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
  joints: { knee: Object3D | null; ankle: Object3D | null };
  /** Rest (anatomical) local rotation of each joint node. */
  jointRest: { knee: Quaternion; ankle: Quaternion };
  /** Set when the joints moved; skinned bounds are refreshed before the next raycast. */
  poseDirty: boolean;
  /** Whether the picking BVHs exist yet (built on first need, see ensureBvhs). */
  bvhReady: boolean;
}

let bvhModule: typeof Bvh | null = null;
let bvhLoading: Promise<typeof Bvh> | null = null;

/** three-mesh-bvh, fetched on first need: the first frame does not wait for it. */
export function loadBvhModule(): Promise<typeof Bvh> {
  bvhLoading ??= import('three-mesh-bvh').then((m) => (bvhModule = m));
  return bvhLoading;
}

/**
 * Builds the picking BVHs, once: picking must not scan every triangle per pointer move. Deferred
 * from load so that building them does not delay the first frame; the first raycast (or the idle
 * time after the first frame, see LegModel) builds them. Until three-mesh-bvh has arrived, rays use
 * three's own (slower, equally exact) raycast.
 */
export function ensureBvhs(index: ModelIndex): void {
  if (index.bvhReady) return;
  if (!bvhModule) {
    void loadBvhModule().then(() => ensureBvhs(index));
    return;
  }
  const { MeshBVH, SkinnedMeshBVH, acceleratedRaycast } = bvhModule;
  index.bvhReady = true;
  const geometryUsers = new Map<string, number>();
  for (const m of index.pickable) geometryUsers.set(m.geometry.uuid, (geometryUsers.get(m.geometry.uuid) ?? 0) + 1);
  // The .glb shares one index accessor between meshes with the same triangle layout (the attachment
  // strips and ovals, muscles lofted on the same grid), and a BVH reorders its geometry's index in
  // place: built over a shared index, each tree would scramble the others' triangles (a footprint
  // then missed every ray and its bone was picked). Each mesh gets its own copy first.
  const indexUsers = new Map<BufferAttribute, number>();
  for (const m of index.pickable) if (m.geometry.index) indexUsers.set(m.geometry.index, (indexUsers.get(m.geometry.index) ?? 0) + 1);
  const ownIndex = (o: Mesh) => {
    const ix = o.geometry.index;
    if (ix && (indexUsers.get(ix) ?? 0) > 1 && geometryUsers.get(o.geometry.uuid) === 1) o.geometry.setIndex(ix.clone());
  };
  for (const o of index.pickable) {
    // Keep a raycast another part of the scene replaced on purpose (the skin lets rays through).
    if (Object.prototype.hasOwnProperty.call(o, 'raycast')) continue;
    if (o instanceof SkinnedMesh) {
      // A BVH over the posed triangles (refitted when the joints move, see refreshSkinnedBounds);
      // three's own SkinnedMesh.raycast would skin and test every triangle on every ray. The tree
      // lives on the geometry, so only where the geometry is this mesh's alone.
      if (geometryUsers.get(o.geometry.uuid) === 1) {
        ownIndex(o);
        o.geometry.boundsTree = new SkinnedMeshBVH(o);
        o.raycast = acceleratedRaycast;
      }
    } else {
      ownIndex(o);
      o.geometry.boundsTree = new MeshBVH(o.geometry);
      o.raycast = acceleratedRaycast;
    }
  }
  index.poseDirty = true; // refit the skinned trees to the current pose before they are used
}

/**
 * three's SkinnedMesh.raycast tests against a bounding sphere cached for the pose it first saw;
 * after the joints move, recompute it (once, lazily, before a raycast) so posed muscles stay pickable.
 */
export function refreshSkinnedBounds(index: ModelIndex): void {
  ensureBvhs(index);
  if (!index.poseDirty) return;
  index.poseDirty = false;
  index.root.updateMatrixWorld();
  for (const m of index.skinned) {
    m.skeleton.update(); // bone matrices are otherwise only refreshed when the frame renders
    m.computeBoundingSphere();
    m.computeBoundingBox();
    const bvh = m.geometry.boundsTree;
    if (bvhModule && bvh instanceof bvhModule.SkinnedMeshBVH) bvh.refit();
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
  return {
    root,
    structures,
    pickable,
    skinned,
    joints: { knee, ankle },
    jointRest: {
      knee: knee ? knee.quaternion.clone() : new Quaternion(),
      ankle: ankle ? ankle.quaternion.clone() : new Quaternion(),
    },
    poseDirty: true,
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
