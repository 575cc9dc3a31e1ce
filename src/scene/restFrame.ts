/**
 * Overlays drawn on a moving body segment (goniometer, hand marker, referral zones) are authored in
 * rest-pose world coordinates, the frame of src/kinematics. A rest frame is a group under the
 * segment's node whose matrix maps those coordinates onto the posed model, so children placed at
 * rest-pose points follow the knee and ankle without per-frame work.
 */
import { CylinderGeometry, Group, Matrix4, Mesh, Quaternion, Raycaster, SkinnedMesh, Vector3 } from 'three';
import type { Intersection, Material, Object3D } from 'three';
import { pointAt } from '../kinematics/muscleLength';
import type { Segment } from '../kinematics/landmarks';
import type { Vec3 } from '../kinematics/joints';
import { readJointAngles } from './ActionPlayer';
import { refreshSkinnedBounds } from './modelIndex';
import type { ModelIndex } from './modelIndex';

/** The scene node a segment moves with: the thigh is the model root, the shank and foot their joint nodes. */
export function segmentNode(index: ModelIndex, segment: Segment): Object3D | null {
  if (segment === 'thigh') return index.root;
  return segment === 'shank' ? index.joints.knee : index.joints.ankle;
}

const v = (a: Vec3) => new Vector3(a[0], a[1], a[2]);

/** A group under the segment's node in which rest-pose world coordinates land on the posed model. */
export function createRestFrame(index: ModelIndex, segment: Segment): Group | null {
  const node = segmentNode(index, segment);
  if (!node) return null;
  const pose = readJointAngles(index);
  const o = v(pointAt(segment, [0, 0, 0], pose));
  const x = v(pointAt(segment, [1, 0, 0], pose)).sub(o);
  const y = v(pointAt(segment, [0, 1, 0], pose)).sub(o);
  const z = v(pointAt(segment, [0, 0, 1], pose)).sub(o);
  // pointAt gives posed world coordinates relative to the model root; the root may sit in a group.
  index.root.updateWorldMatrix(true, true);
  const posedInRoot = new Matrix4().makeBasis(x, y, z).setPosition(o);
  const world = index.root.matrixWorld.clone().multiply(posedInRoot);
  const group = new Group();
  group.name = `rest-frame-${segment}`;
  group.matrixAutoUpdate = false;
  group.matrix.copy(node.matrixWorld).invert().multiply(world);
  node.add(group);
  return group;
}

export interface SurfaceRay {
  segment: Segment;
  from: Vec3;
  toward: Vec3;
}

/**
 * The outermost point of `meshes` on the line through `ray.from` along `ray.toward`, in the model as
 * posed now, returned in rest-pose coordinates (to place in a rest frame); null when it misses. The
 * ray is cast from outside the leg inwards, so it meets the front faces of the skin or muscle.
 * `classRaycast`: test with the mesh class's raycast, for the skin, whose own raycast lets clicks
 * through on purpose.
 */
export function surfaceHit(index: ModelIndex, ray: SurfaceRay, meshes: readonly Mesh[], frame: Group, classRaycast = false): Vector3 | null {
  refreshSkinnedBounds(index);
  frame.updateWorldMatrix(true, false);
  const out = v(ray.toward).normalize();
  const start = v(ray.from).addScaledVector(out, OUTSIDE).applyMatrix4(frame.matrixWorld);
  const end = v(ray.from).applyMatrix4(frame.matrixWorld);
  const raycaster = new Raycaster(start, end.sub(start).normalize(), 0, OUTSIDE + 0.05);
  const hits: Intersection[] = [];
  for (const mesh of meshes) {
    const cast = classRaycast ? (mesh instanceof SkinnedMesh ? SkinnedMesh.prototype.raycast : Mesh.prototype.raycast) : mesh.raycast;
    cast.call(mesh, raycaster, hits);
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.distance - b.distance);
  return frame.worldToLocal(hits[0].point.clone());
}

/** How far outside `from` the inward ray starts, metres: beyond any part of the leg. */
const OUTSIDE = 0.35;

const UP = new Vector3(0, 1, 0);

/** A thin rod between two points (lines are 1 px in WebGL: too thin to read on a projector). */
export function rod(from: Vector3, to: Vector3, radius: number, material: Material): Mesh {
  const dir = to.clone().sub(from);
  const mesh = new Mesh(new CylinderGeometry(radius, radius, dir.length(), 10), material);
  mesh.position.copy(from).addScaledVector(dir, 0.5);
  mesh.quaternion.copy(new Quaternion().setFromUnitVectors(UP, dir.normalize()));
  return mesh;
}

/** Disposes the geometries and materials of an overlay and removes it from its parent. */
export function disposeOverlay(root: Object3D): void {
  root.traverse((o) => {
    if (o instanceof Mesh) {
      o.geometry.dispose();
      (Array.isArray(o.material) ? o.material : [o.material]).forEach((m: Material) => m.dispose());
    }
  });
  root.removeFromParent();
}
