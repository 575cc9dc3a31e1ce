/**
 * The compact re-encoding of the source surfaces kept in models/source/ (`*.mesh`): positions
 * quantized to 16 bits per axis over the mesh's bounding box (a step of ≤ 0.006 mm on the largest
 * surface — far below the scan's 0.33 mm cryosection spacing) and both buffers compressed with
 * meshoptimizer's lossless vertex/index codecs. Layout (little endian):
 *   "VHFM" · u32 vertexCount · u32 indexCount · f32[3] min · f32[3] max ·
 *   u32 vertexBytes · vertex stream (4 × u16 per vertex, the 4th unused) · u32 indexBytes · index stream
 */
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { IndexedMesh } from './stl';

const MAGIC = 0x4d464856; // "VHFM"

export async function encodeSourceMesh(mesh: IndexedMesh): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const n = mesh.positions.length / 3;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k], mesh.positions[i * 3 + k]);
      max[k] = Math.max(max[k], mesh.positions[i * 3 + k]);
    }
  }
  const q = new Uint16Array(n * 4);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) q[i * 4 + k] = Math.round(((mesh.positions[i * 3 + k] - min[k]) / (max[k] - min[k] || 1)) * 65535);
  }
  const vb = MeshoptEncoder.encodeVertexBuffer(new Uint8Array(q.buffer), n, 8);
  const ib = MeshoptEncoder.encodeIndexBuffer(new Uint8Array(mesh.indices.buffer, mesh.indices.byteOffset, mesh.indices.byteLength), mesh.indices.length, 4);
  const out = new Uint8Array(12 + 24 + 4 + vb.length + 4 + ib.length);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, n, true);
  dv.setUint32(8, mesh.indices.length, true);
  for (let k = 0; k < 3; k++) {
    dv.setFloat32(12 + k * 4, min[k], true);
    dv.setFloat32(24 + k * 4, max[k], true);
  }
  dv.setUint32(36, vb.length, true);
  out.set(vb, 40);
  dv.setUint32(40 + vb.length, ib.length, true);
  out.set(ib, 44 + vb.length);
  return out;
}

/** Positions in the dataset's frame (millimetres), as written by encodeSourceMesh. */
export async function decodeSourceMesh(bytes: Uint8Array): Promise<IndexedMesh> {
  await MeshoptDecoder.ready;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 44 || dv.getUint32(0, true) !== MAGIC) throw new Error('decodeSourceMesh: not a models/source mesh file');
  const n = dv.getUint32(4, true);
  const ni = dv.getUint32(8, true);
  const min = [0, 1, 2].map((k) => dv.getFloat32(12 + k * 4, true));
  const max = [0, 1, 2].map((k) => dv.getFloat32(24 + k * 4, true));
  const vbLen = dv.getUint32(36, true);
  const q = new Uint16Array(n * 4);
  MeshoptDecoder.decodeVertexBuffer(new Uint8Array(q.buffer), n, 8, bytes.subarray(40, 40 + vbLen));
  const ibLen = dv.getUint32(40 + vbLen, true);
  const indices = new Uint32Array(ni);
  MeshoptDecoder.decodeIndexBuffer(new Uint8Array(indices.buffer), ni, 4, bytes.subarray(44 + vbLen, 44 + vbLen + ibLen));
  const positions = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) positions[i * 3 + k] = min[k] + (q[i * 4 + k] / 65535) * (max[k] - min[k]);
  }
  return { positions, indices };
}
