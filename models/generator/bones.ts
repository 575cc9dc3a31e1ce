/**
 * The bones in world rest-pose coordinates (metres; frame of src/kinematics/joints.ts): every bone
 * but the femur is a scanned surface of the Visible Human Female (scan/bones.ts), with a signed
 * distance field computed from its mesh for the steps that need one (soft tissue kept out of bone,
 * footprints, the skin). The femur is a field built around the real condylar cartilage
 * (scan/femur.ts) and meshed here; so are the menisci, fitted between the real condyles and plateaus
 * (scan/menisci.ts).
 */
import type { Segment } from '../../src/kinematics/landmarks';
import type { Sdf } from './sdf';
import type { V3 } from './vec';
import type { FootBoneId } from './bones/foot';
import { sesamoidFields } from './bones/sesamoids';
import type { SesamoidId } from './bones/sesamoids';
import { boundsOf } from './mesh';
import type { MeshData } from './mesh';
import type { ScanBoneId } from './scan/bones';
import { REAL_BONES, REAL_FEMUR, REAL_MENISCI } from './scan/realLeg';
import { meshField } from './scan/meshField';

export type BoneId =
  | 'femur'
  | 'patella'
  | 'tibia'
  | 'fibula'
  | FootBoneId
  | SesamoidId;

export interface BoneField {
  segment: Segment;
  sdf: Sdf;
  min: V3;
  max: V3;
  /** Triangle budget after simplification. */
  triangles: number;
  /** Where the surface is articular cartilage (1) rather than bare bone (0), from position and normal. */
  cartilage?: (p: V3, n: V3) => number;
  /** Meshing grid edge, metres (default MESH_SDF_DEFAULTS.edge). */
  edge?: number;
  /** The finished surface, for bones taken from the scan (no meshing of the field). */
  mesh?: MeshData;
}

/** The scanned bones and the femur built on the real cartilage (scan/), prepared once per process. */
const SCAN = REAL_BONES;
const FEMUR = REAL_FEMUR;
const FIELD_MARGIN = 0.003;

function fieldOf(id: ScanBoneId): BoneField {
  const b = SCAN[id];
  return { segment: b.segment, sdf: meshField(b.bone), ...boundsOf(b.bone.positions, FIELD_MARGIN), triangles: b.mesh.indices.length / 3, mesh: b.mesh };
}

/** Femoral surface within this distance of the real cartilage is drawn as cartilage. */
const CARTILAGE_BAND = 0.0008;

let cached: Record<BoneId, BoneField> | null = null;

/** Every bone's field, segment, meshing bounds and triangle budget (scanned bones carry their mesh). */
export function boneFields(): Record<BoneId, BoneField> {
  if (cached) return cached;
  const scanned = Object.fromEntries((Object.keys(SCAN) as ScanBoneId[]).map((id) => [id, fieldOf(id)])) as Record<ScanBoneId, BoneField>;
  cached = {
    femur: {
      segment: 'thigh',
      sdf: FEMUR.sdf,
      min: FEMUR.min,
      max: FEMUR.max,
      triangles: 20000,
      edge: 0.0018,
      cartilage: (p) => (FEMUR.cartilageSdf(p[0], p[1], p[2]) < CARTILAGE_BAND ? 1 : 0),
    },
    ...scanned,
    ...sesamoidFields(),
  };
  return cached;
}

export type KneeSoftId = 'medial_meniscus' | 'lateral_meniscus';

/**
 * The menisci, fitted between the real condyles and plateaus (scan/menisci.ts), meshed like the
 * bones but drawn as fibrocartilage (not bone).
 */
export function meniscusFields(): Record<KneeSoftId, BoneField> {
  return {
    medial_meniscus: { segment: 'shank', sdf: REAL_MENISCI.medial.sdf, min: REAL_MENISCI.medial.min, max: REAL_MENISCI.medial.max, triangles: 2500 },
    lateral_meniscus: { segment: 'shank', sdf: REAL_MENISCI.lateral.sdf, min: REAL_MENISCI.lateral.min, max: REAL_MENISCI.lateral.max, triangles: 2500 },
  };
}
