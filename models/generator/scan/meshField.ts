/**
 * A signed distance field (negative inside, metres) from a closed triangle mesh, for the steps that
 * were written against the procedural bones' fields: pushing soft tissue out of bone, projecting
 * footprints, the skin's bone cores. Distance from three-mesh-bvh's closest-point query; the sign
 * from the interpolated vertex normal at the closest point, checked by counting ray crossings when
 * it says "inside" further than 1.5 mm from the surface: there a closest point on an edge or a
 * vertex of a sharp crease (the forefoot's closed cut faces) can have a normal that points the wrong
 * way, and a point 15 mm outside a metatarsal read as inside it.
 */
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { Sdf } from '../sdf';
import { boundsOf } from '../mesh';
import type { MeshData } from '../mesh';

/**
 * Beyond this distance from the mesh's bounding box the field returns the distance to the box (a
 * lower bound of the true distance): every user of the field (clearances, blends, projections) acts
 * within a few millimetres of the surface, and the BVH query is what costs.
 */
const EXACT_WITHIN = 0.012;
/** Beyond this distance from the surface the sign comes from the ray-crossing parity. */
const SIGN_BY_PARITY = 0.0015;
/** An oblique direction, so a ray rarely runs through an edge or a vertex exactly. */
const PARITY_DIR = new Vector3(0.5773, 0.5774, 0.5775).normalize();

const fields = new WeakMap<MeshData, Sdf>();

/** The field of `mesh`, built once per mesh (its BVH is the costly part). */
export function meshField(mesh: MeshData): Sdf {
  let field = fields.get(mesh);
  if (!field) {
    field = buildField(mesh);
    fields.set(mesh, field);
  }
  return field;
}

function buildField(mesh: MeshData): Sdf {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(new Uint32Array(mesh.indices), 1));
  const bvh = new MeshBVH(geometry);
  // the BVH may reorder the index: read triangles from the geometry it holds
  const index = geometry.getIndex()!.array;
  const p = new Vector3();
  const hit = { point: new Vector3(), distance: 0, faceIndex: 0 };
  const normals = mesh.normals;
  const pos = mesh.positions;
  const { min, max } = boundsOf(pos);
  const ray = new Ray(new Vector3(), PARITY_DIR);
  return (x, y, z) => {
    const dx = Math.max(min[0] - x, 0, x - max[0]);
    const dy = Math.max(min[1] - y, 0, y - max[1]);
    const dz = Math.max(min[2] - z, 0, z - max[2]);
    const box = Math.hypot(dx, dy, dz);
    if (box > EXACT_WITHIN) return box;
    p.set(x, y, z);
    bvh.closestPointToPoint(p, hit);
    const f = hit.faceIndex * 3;
    const a = index[f];
    const b = index[f + 1];
    const c = index[f + 2];
    // barycentric weights of the closest point
    const w = barycentric(pos, a, b, c, hit.point);
    const nx = normals[a * 3] * w[0] + normals[b * 3] * w[1] + normals[c * 3] * w[2];
    const ny = normals[a * 3 + 1] * w[0] + normals[b * 3 + 1] * w[1] + normals[c * 3 + 1] * w[2];
    const nz = normals[a * 3 + 2] * w[0] + normals[b * 3 + 2] * w[1] + normals[c * 3 + 2] * w[2];
    const side = (x - hit.point.x) * nx + (y - hit.point.y) * ny + (z - hit.point.z) * nz;
    if (side >= 0) return hit.distance;
    // "inside" far from the surface is where the normal misleads: count crossings to be sure
    if (hit.distance > SIGN_BY_PARITY) {
      ray.origin.set(x, y, z);
      return bvh.raycast(ray, DoubleSide).length % 2 === 1 ? -hit.distance : hit.distance;
    }
    return -hit.distance;
  };
}

function barycentric(pos: Float32Array, a: number, b: number, c: number, q: Vector3): [number, number, number] {
  const v0 = [pos[b * 3] - pos[a * 3], pos[b * 3 + 1] - pos[a * 3 + 1], pos[b * 3 + 2] - pos[a * 3 + 2]];
  const v1 = [pos[c * 3] - pos[a * 3], pos[c * 3 + 1] - pos[a * 3 + 1], pos[c * 3 + 2] - pos[a * 3 + 2]];
  const v2 = [q.x - pos[a * 3], q.y - pos[a * 3 + 1], q.z - pos[a * 3 + 2]];
  const d00 = v0[0] * v0[0] + v0[1] * v0[1] + v0[2] * v0[2];
  const d01 = v0[0] * v1[0] + v0[1] * v1[1] + v0[2] * v1[2];
  const d11 = v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2];
  const d20 = v2[0] * v0[0] + v2[1] * v0[1] + v2[2] * v0[2];
  const d21 = v2[0] * v1[0] + v2[1] * v1[1] + v2[2] * v1[2];
  const den = d00 * d11 - d01 * d01 || 1;
  const v = (d11 * d20 - d01 * d21) / den;
  const w = (d00 * d21 - d01 * d20) / den;
  return [1 - v - w, v, w];
}
