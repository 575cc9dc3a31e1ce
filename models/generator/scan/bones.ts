/**
 * The bones from the scan (Visible Human Female; models/source/): each surface cleaned, posed to the
 * rest pose (frame.ts), smoothed and simplified to its budget, its articular cartilage (from the
 * dataset's cartilage surfaces) merged in and coloured as cartilage. The femur, which the dataset
 * copy lacks, is built around the real distal femoral cartilage (femur.ts).
 */
import type { Segment } from '../../../src/kinematics/landmarks';
import { mergeMeshes } from '../mesh';
import type { MeshData } from '../mesh';
import { BONE_COLOUR, CARTILAGE_COLOUR } from '../materials';
import type { V3 } from '../vec';
import { finish, largestComponent } from './clean';
import { FOREFOOT_IDS, splitForefoot } from './forefoot';
import type { BaseTarsal, ForefootId } from './forefoot';
import { scanFrame } from './frame';
import { loadSource } from './load';
import type { IndexedMesh } from './stl';

export type ScanBoneId =
  | 'tibia'
  | 'fibula'
  | 'patella'
  | 'talus'
  | 'calcaneus'
  | 'navicular'
  | 'cuboid'
  | 'medial_cuneiform'
  | 'intermediate_cuneiform'
  | 'lateral_cuneiform'
  | ForefootId;

export interface ScanBone {
  segment: Segment;
  /** Bone with its cartilage, model rest frame, per-vertex colours. */
  mesh: MeshData;
  /** The bone surface alone (no cartilage), for distance fields and tests. */
  bone: MeshData;
}

interface BoneSpec {
  copy: string;
  segment: Segment;
  triangles: number;
  cartilage?: readonly { copy: string; triangles: number }[];
}

const SPECS: Record<Exclude<ScanBoneId, ForefootId>, BoneSpec> = {
  tibia: {
    copy: 'tibia.mesh',
    segment: 'shank',
    triangles: 14000,
    cartilage: [
      { copy: 'tibia_cartilage_medial.mesh', triangles: 1400 },
      { copy: 'tibia_cartilage_lateral.mesh', triangles: 1200 },
      { copy: 'tibia_cartilage_distal.mesh', triangles: 900 },
    ],
  },
  fibula: { copy: 'fibula.mesh', segment: 'shank', triangles: 5000 },
  patella: { copy: 'patella.mesh', segment: 'shank', triangles: 2600, cartilage: [{ copy: 'patella_cartilage.mesh', triangles: 1200 }] },
  talus: { copy: 'talus.mesh', segment: 'foot', triangles: 3600, cartilage: [{ copy: 'talus_cartilage.mesh', triangles: 1200 }] },
  calcaneus: { copy: 'calcaneus.mesh', segment: 'foot', triangles: 4500 },
  navicular: { copy: 'navicular.mesh', segment: 'foot', triangles: 1500 },
  cuboid: { copy: 'cuboid.mesh', segment: 'foot', triangles: 1500 },
  medial_cuneiform: { copy: 'medial_cuneiform.mesh', segment: 'foot', triangles: 1200 },
  intermediate_cuneiform: { copy: 'intermediate_cuneiform.mesh', segment: 'foot', triangles: 900 },
  lateral_cuneiform: { copy: 'lateral_cuneiform.mesh', segment: 'foot', triangles: 900 },
};

const BASE_TARSALS: readonly BaseTarsal[] = ['medial_cuneiform', 'intermediate_cuneiform', 'lateral_cuneiform', 'cuboid'];

const FOREFOOT_TRIANGLES: Record<ForefootId, number> = {
  metatarsal_1: 1600,
  metatarsal_2: 1300,
  metatarsal_3: 1200,
  metatarsal_4: 1200,
  metatarsal_5: 1400,
  phalanges_1: 1300,
  phalanges_2: 1000,
  phalanges_3: 1000,
  phalanges_4: 900,
  phalanges_5: 900,
};

/**
 * The cadaver's quadriceps were slack, which leaves the patella low: its apex 3 mm above the joint
 * line (Insall–Salvati ≈ 0.7). With the muscle's resting tone the patella rides up the trochlea: it
 * is lifted 9 mm along it (1 mm back, staying clear of the femur), apex ≈ 19 mm above the joint
 * line and Insall–Salvati ≈ 0.85, as in the anatomical position atlases show.
 */
export const PATELLA_TONE_LIFT: V3 = [0, 0.009, -0.001];
const PATELLA_COPIES = new Set(['patella.mesh', 'patella_cartilage.mesh']);

/**
 * A source surface moved into the model's rest frame (metres); with `mirrorX` (dataset millimetres)
 * first mirrored across that plane — a left-side surface standing in for the right one.
 */
export async function posedSource(copy: string, segment: Segment, mirrorX?: number): Promise<IndexedMesh> {
  const frame = await scanFrame();
  const src = await loadSource(copy);
  const posed = segment === 'foot' ? frame.toModelFoot : frame.toModel;
  const lift = PATELLA_COPIES.has(copy) ? PATELLA_TONE_LIFT : null;
  const to = lift ? (p: V3): V3 => posed(p).map((v, k) => v + lift[k]) as V3 : posed;
  const positions = new Float32Array(src.positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = mirrorX === undefined ? src.positions[i] : 2 * mirrorX - src.positions[i];
    positions.set(to([x, src.positions[i + 1], src.positions[i + 2]]), i);
  }
  // the frame change is a proper rotation, so winding (outward normals) is kept; a mirror image
  // turns its triangles inside out: swap two corners of each
  if (mirrorX === undefined) return { positions, indices: src.indices };
  const indices = new Uint32Array(src.indices);
  for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2], indices[t + 1]];
  return { positions, indices };
}

export function coloured(mesh: MeshData, rgb: V3): MeshData {
  const colors = new Float32Array(mesh.positions.length);
  for (let i = 0; i < colors.length; i += 3) colors.set(rgb, i);
  return { ...mesh, colors };
}

let bonesPromise: Promise<Record<ScanBoneId, ScanBone>> | null = null;

/** Every scanned bone, built once per process. */
export function scanBones(): Promise<Record<ScanBoneId, ScanBone>> {
  bonesPromise ??= buildScanBones();
  return bonesPromise;
}

async function buildScanBones(): Promise<Record<ScanBoneId, ScanBone>> {
  const out = {} as Record<ScanBoneId, ScanBone>;
  for (const [id, spec] of Object.entries(SPECS) as [Exclude<ScanBoneId, ForefootId>, BoneSpec][]) {
    const bone = await finish(largestComponent(await posedSource(spec.copy, spec.segment)), { triangles: spec.triangles });
    const parts = [coloured(bone, BONE_COLOUR)];
    for (const c of spec.cartilage ?? []) {
      parts.push(coloured(await finish(largestComponent(await posedSource(c.copy, spec.segment)), { triangles: c.triangles }), CARTILAGE_COLOUR));
    }
    const mesh = mergeMeshes(parts);
    out[id] = { segment: spec.segment, mesh, bone };
  }
  const tarsals = {} as Record<BaseTarsal, IndexedMesh>;
  for (const id of BASE_TARSALS) tarsals[id] = largestComponent(await posedSource(SPECS[id].copy, 'foot'));
  const pieces = splitForefoot(await posedSource('forefoot.mesh', 'foot'), tarsals);
  for (const id of FOREFOOT_IDS) {
    const bone = await finish(pieces[id], { triangles: FOREFOOT_TRIANGLES[id], smoothing: 4 });
    out[id] = { segment: 'foot', mesh: coloured(bone, BONE_COLOUR), bone };
  }
  return out;
}
