/**
 * The four knee ligaments from the scan (Visible Human Female; models/source/{acl,pcl,mcl,lcl}.mesh):
 * posed like the knee bones (they are segmented in the same cadaver pose as the tibia and the femoral
 * cartilage), cleaned like the other scanned surfaces, and skinned across the knee so that their
 * femoral end stays with the femur and their tibial (fibular, for the LCL) end with the shank.
 */
import { shankPointAt } from '../../../src/kinematics/knee';
import { smoothstep } from '../vec';
import type { V3 } from '../vec';
import type { Sdf } from '../sdf';
import { computeNormals } from '../mesh';
import type { MeshData } from '../mesh';
import { finish, largestComponent } from './clean';
import { posedSource } from './bones';

export type KneeLigamentId = 'anterior_cruciate_ligament' | 'posterior_cruciate_ligament' | 'medial_collateral_ligament' | 'lateral_collateral_ligament';

interface LigamentSpec {
  copy: string;
  /** Triangle budget after simplification: about 40 % of the source, enough for a 3–10 mm band. */
  triangles: number;
  /** Skin-weight blend (share of the femoral → tibial attachment line), where the default does not fit. */
  blend?: readonly [number, number];
}

export const KNEE_LIGAMENT_SOURCES: Record<KneeLigamentId, LigamentSpec> = {
  anterior_cruciate_ligament: { copy: 'acl.mesh', triangles: 1800 },
  posterior_cruciate_ligament: { copy: 'pcl.mesh', triangles: 1600 },
  // the MCL's tibial attachment reaches 6 cm below the joint line: its centroid is far down, and the
  // fibres at the joint line must already follow the tibia, or deep flexion drags them into the condyle
  medial_collateral_ligament: { copy: 'mcl.mesh', triangles: 1400, blend: [-0.05, 0.3] },
  lateral_collateral_ligament: { copy: 'lcl.mesh', triangles: 900 },
};

/** The collaterals lie on the epicondyles: the (procedural) femur is seated under them (femur.ts). */
export const COLLATERALS: readonly KneeLigamentId[] = ['medial_collateral_ligament', 'lateral_collateral_ligament'];

let promise: Promise<Record<KneeLigamentId, MeshData>> | null = null;

/** Every knee ligament posed into the model's rest frame, largest piece, smoothed and simplified; built once. */
export function scanKneeLigaments(): Promise<Record<KneeLigamentId, MeshData>> {
  promise ??= (async () => {
    const out = {} as Record<KneeLigamentId, MeshData>;
    for (const [id, spec] of Object.entries(KNEE_LIGAMENT_SOURCES) as [KneeLigamentId, LigamentSpec][]) {
      // thin bands: fewer Taubin steps than the bones, so their edges keep their thickness
      out[id] = await finish(largestComponent(await posedSource(spec.copy, 'shank')), { triangles: spec.triangles, smoothing: 4 });
    }
    return out;
  })();
  return promise;
}

export interface LigamentWeightOptions {
  /** Within this distance of a bone a vertex counts as on its attachment, metres. */
  contact: number;
  /** Share of the length (from the femoral end) over which the weight passes from femur to shank. */
  blend: readonly [number, number];
  /** Neighbour-averaging passes over the weights, so no triangle spans a step. */
  smoothing: number;
}

export const LIGAMENT_WEIGHT_DEFAULTS: LigamentWeightOptions = { contact: 0.002, blend: [0.2, 0.8], smoothing: 6 };

/**
 * Skin weights [thigh, shank, foot] per vertex: a vertex's place along the line from the femoral to
 * the tibial attachment (the centroids of the vertices touching each bone) sets its share of the
 * shank, and a vertex lying on one bone only follows that bone, so the long tibial attachment of the
 * MCL stays on the tibia all the way down and the femoral footprints stay on the femur.
 */
export function ligamentWeights(mesh: MeshData, femur: Sdf, shank: Sdf, options: Partial<LigamentWeightOptions> = {}): Float32Array {
  const o = { ...LIGAMENT_WEIGHT_DEFAULTS, ...options };
  const n = mesh.positions.length / 3;
  const dF = new Float32Array(n);
  const dS = new Float32Array(n);
  const fc: V3 = [0, 0, 0];
  const sc: V3 = [0, 0, 0];
  let nf = 0;
  let ns = 0;
  for (let v = 0; v < n; v++) {
    const p = [mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2]];
    dF[v] = Math.max(0, femur(p[0], p[1], p[2]));
    dS[v] = Math.max(0, shank(p[0], p[1], p[2]));
    if (dF[v] < o.contact && dF[v] < dS[v]) {
      for (let k = 0; k < 3; k++) fc[k] += p[k];
      nf++;
    } else if (dS[v] < o.contact) {
      for (let k = 0; k < 3; k++) sc[k] += p[k];
      ns++;
    }
  }
  if (nf === 0 || ns === 0) throw new Error(`ligamentWeights: a ligament touches ${nf === 0 ? 'no femur' : 'no shank bone'}`);
  for (let k = 0; k < 3; k++) {
    fc[k] /= nf;
    sc[k] /= ns;
  }
  const axis: V3 = [sc[0] - fc[0], sc[1] - fc[1], sc[2] - fc[2]];
  const len2 = axis[0] ** 2 + axis[1] ** 2 + axis[2] ** 2;
  let w: Float32Array = new Float32Array(n);
  for (let v = 0; v < n; v++) {
    const t = ((mesh.positions[v * 3] - fc[0]) * axis[0] + (mesh.positions[v * 3 + 1] - fc[1]) * axis[1] + (mesh.positions[v * 3 + 2] - fc[2]) * axis[2]) / len2;
    let s = smoothstep(o.blend[0], o.blend[1], t);
    // on one bone and clear of the other: that bone's alone
    const onShank = (1 - smoothstep(0.5 * o.contact, o.contact, dS[v])) * smoothstep(o.contact, 2 * o.contact, dF[v]);
    // (only at the femoral end: where a collateral passes over the condyle to the joint line it is no
    // attachment, and flexion carries it round with the tibia)
    const onFemur = (1 - smoothstep(0.5 * o.contact, o.contact, dF[v])) * smoothstep(o.contact, 2 * o.contact, dS[v]) * (1 - smoothstep(o.blend[0], o.blend[1], t));
    s = s + (1 - s) * onShank;
    s = s * (1 - onFemur);
    w[v] = s;
  }
  w = smoothOverEdges(w, mesh.indices, o.smoothing);
  const out = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    out[v * 3] = 1 - w[v];
    out[v * 3 + 1] = w[v];
  }
  return out;
}

/** Average each value with its mesh neighbours `passes` times. */
function smoothOverEdges(values: Float32Array, indices: Uint32Array, passes: number): Float32Array {
  let cur: Float32Array = values;
  for (let pass = 0; pass < passes; pass++) {
    const sum = new Float32Array(cur);
    const count = new Float32Array(cur.length).fill(1);
    for (let t = 0; t < indices.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = indices[t + k];
        const b = indices[t + ((k + 1) % 3)];
        sum[a] += cur[b];
        count[a]++;
        sum[b] += cur[a];
        count[b]++;
      }
    }
    cur = sum.map((s, i) => s / count[i]);
  }
  return cur;
}

/**
 * A ligament's surface at `flexionDeg` under its skin weights (linear blend of the femur, fixed, and
 * the shank's pose from src/kinematics/knee.ts), in the femur's (world) frame: what the viewer draws.
 */
export function flexedLigament(mesh: MeshData, weights: Float32Array, flexionDeg: number): MeshData {
  const positions = new Float32Array(mesh.positions.length);
  for (let v = 0; v < positions.length / 3; v++) {
    const p: V3 = [mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2]];
    const q = shankPointAt(p, flexionDeg);
    const ws = weights[v * 3 + 1];
    for (let k = 0; k < 3; k++) positions[v * 3 + k] = p[k] * (1 - ws) + q[k] * ws;
  }
  // fresh normals: a field's sign comes from them, and the rest ones point the wrong way once bent
  return { positions, indices: mesh.indices, normals: computeNormals(positions, mesh.indices) };
}
