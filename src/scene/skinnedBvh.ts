/**
 * A picking tree over a skinned mesh's posed triangles, built as a plain MeshBVH over a stand-in
 * geometry that holds the posed positions. three-mesh-bvh's SkinnedMeshBVH asks
 * `SkinnedMesh.getVertexPosition` for every corner of every triangle each time it computes bounds,
 * so a vertex is skinned many times per build — 10–60 ms a muscle under software rendering, the long
 * tasks after the first frame (issue 20). Skinning every vertex once costs well under a millisecond;
 * the tree is then as cheap as a static one (measured on the model in Node: all 46 skinned meshes
 * 54 ms vs 166 ms). The ray test reads the stand-in's positions, which are in the mesh's local
 * space like three's own skinned raycast, so hits are the same.
 */
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import type { SkinnedMesh } from 'three';
import type * as Bvh from 'three-mesh-bvh';

type Tree = InstanceType<typeof Bvh.MeshBVH>;

/** The mesh each posed tree stands for, and the geometry holding its posed positions. */
const standIns = new WeakMap<Tree, { mesh: SkinnedMesh; positions: BufferAttribute }>();
const v = new Vector3();

function skinInto(mesh: SkinnedMesh, out: Float32Array): Float32Array {
  for (let i = 0; i < out.length / 3; i++) {
    mesh.getVertexPosition(i, v);
    out[i * 3] = v.x;
    out[i * 3 + 1] = v.y;
    out[i * 3 + 2] = v.z;
  }
  return out;
}

/** A tree over `mesh` as its skeleton poses it now (call `skeleton.update()` first). */
export function buildPosedTree(bvh: typeof Bvh, mesh: SkinnedMesh): Tree {
  const n = mesh.geometry.getAttribute('position').count;
  const positions = new BufferAttribute(skinInto(mesh, new Float32Array(n * 3)), 3);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', positions);
  // the tree reorders its geometry's index in place: its own copy
  const index = mesh.geometry.getIndex();
  if (index) geometry.setIndex(index.clone());
  const tree = new bvh.MeshBVH(geometry);
  standIns.set(tree, { mesh, positions });
  return tree;
}

export function isPosedTree(tree: unknown): tree is Tree {
  return typeof tree === 'object' && tree !== null && standIns.has(tree as Tree);
}

/** After the joints moved: skin the stand-in again and refit the tree's bounds. */
export function refitPosedTree(tree: Tree): void {
  const s = standIns.get(tree);
  if (!s) return;
  skinInto(s.mesh, s.positions.array as Float32Array);
  s.positions.needsUpdate = true;
  tree.refit();
}
