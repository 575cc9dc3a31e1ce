/**
 * Read the generated .glb back in Node and pose it: used by the model tests (and handy for anyone
 * checking the model without a browser). Skinning is applied here the way three.js does it
 * (linear blend of joint world matrices × inverse bind matrices).
 */
import { readFileSync } from 'node:fs';
import { NodeIO } from '@gltf-transform/core';
import type { Document, Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { SUBTALAR, TOES, jointRotation } from '../../src/kinematics/joints';
import type { Pose } from '../../src/kinematics/joints';
import { nodeTransforms } from '../../src/kinematics/pose';

export type Mat4 = number[];

export async function createIO(): Promise<NodeIO> {
  await MeshoptDecoder.ready;
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
}

export async function readModel(path: string): Promise<Document> {
  const io = await createIO();
  return io.readBinary(new Uint8Array(readFileSync(path)));
}

/**
 * Set the animated nodes of a loaded model to a pose (degrees): the knee, the patella, the ankle, and
 * `subtalar` degrees of inversion and `toes` degrees of toe flexion (negative: extension) at the
 * MTP joints (both default 0).
 */
export function setPose(doc: Document, pose: Pose, subtalar = 0, toes = 0): void {
  const nodes = doc.getRoot().listNodes();
  for (const [name, t] of Object.entries(nodeTransforms(pose))) {
    nodes
      .find((n) => n.getName() === name)!
      .setRotation([...t.rotation] as [number, number, number, number])
      .setTranslation([...t.translation] as [number, number, number]);
  }
  nodes
    .find((n) => n.getName() === 'subtalar_joint')
    ?.setRotation([...jointRotation(SUBTALAR, subtalar)] as [number, number, number, number]);
  nodes.find((n) => n.getName() === 'toes_joint')?.setRotation([...jointRotation(TOES, toes)] as [number, number, number, number]);
}

export function findNode(doc: Document, name: string): Node {
  const node = doc.getRoot().listNodes().find((n) => n.getName() === name);
  if (!node) throw new Error(`no node named "${name}"`);
  return node;
}

function multiply(a: Mat4, b: Mat4): Mat4 {
  const out = new Array<number>(16).fill(0);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) for (let k = 0; k < 4; k++) out[c * 4 + r] += a[k * 4 + r] * b[c * 4 + k];
  return out;
}

function apply(m: Mat4, x: number, y: number, z: number): [number, number, number] {
  return [m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13], m[2] * x + m[6] * y + m[10] * z + m[14]];
}

/** World position of a node's origin in the document's current pose. */
export function worldPosition(node: Node): [number, number, number] {
  const m = node.getWorldMatrix() as unknown as Mat4;
  return [m[12], m[13], m[14]];
}

/**
 * World-space vertex positions of a mesh node in the document's current pose (flat xyz array),
 * with skinning applied for skinned nodes.
 */
export function worldVertices(node: Node): Float32Array {
  const prim = node.getMesh()?.listPrimitives()[0];
  if (!prim) throw new Error(`node "${node.getName()}" has no mesh`);
  const pos = prim.getAttribute('POSITION')!;
  const n = pos.getCount();
  const out = new Float32Array(n * 3);
  const p = [0, 0, 0];
  const skin = node.getSkin();
  if (!skin) {
    const m = node.getWorldMatrix() as unknown as Mat4;
    for (let i = 0; i < n; i++) {
      pos.getElement(i, p);
      out.set(apply(m, p[0], p[1], p[2]), i * 3);
    }
    return out;
  }
  const ibm = skin.getInverseBindMatrices()!;
  const jointMats = skin.listJoints().map((j, k) => {
    const inv: number[] = [];
    ibm.getElement(k, inv);
    return multiply(j.getWorldMatrix() as unknown as Mat4, inv);
  });
  const joints = prim.getAttribute('JOINTS_0')!;
  const weights = prim.getAttribute('WEIGHTS_0')!;
  const j4 = [0, 0, 0, 0];
  const w4 = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    pos.getElement(i, p);
    joints.getElement(i, j4);
    weights.getElement(i, w4);
    let x = 0;
    let y = 0;
    let z = 0;
    for (let k = 0; k < 4; k++) {
      if (w4[k] === 0) continue;
      const q = apply(jointMats[j4[k]], p[0], p[1], p[2]);
      x += q[0] * w4[k];
      y += q[1] * w4[k];
      z += q[2] * w4[k];
    }
    out[i * 3] = x;
    out[i * 3 + 1] = y;
    out[i * 3 + 2] = z;
  }
  return out;
}

/** Inverse of a rigid transform (rotation + translation). */
export function invertRigid(m: Mat4): Mat4 {
  const r = [m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]];
  const t = [m[12], m[13], m[14]];
  // transpose of the rotation
  const out = [r[0], r[3], r[6], 0, r[1], r[4], r[7], 0, r[2], r[5], r[8], 0, 0, 0, 0, 1];
  out[12] = -(out[0] * t[0] + out[4] * t[1] + out[8] * t[2]);
  out[13] = -(out[1] * t[0] + out[5] * t[1] + out[9] * t[2]);
  out[14] = -(out[2] * t[0] + out[6] * t[1] + out[10] * t[2]);
  return out;
}

export { apply as transformPoint };
