/**
 * Attachment footprints: thin patches lying on the bone surface, shaped like the real muscle
 * attachment. An outline is laid out near the bone, each point projected onto the bone's field
 * and lifted 0.4 mm along the surface normal, then triangulated as a grid, so the patch hugs the
 * bone at any zoom. Footprint shapes follow standard descriptions of the femur, tibia, fibula
 * and calcaneus attachments (Gray's Anatomy; the shared fact sheets), drawn by hand.
 */
import type { StructureId } from '../../src/anatomy/ids';
import type { BoneId } from './bones';
import type { MeshData } from './mesh';
import { warpPatch } from './attachments/warpPatch';
import { mergeMeshes } from './mesh';
import { generatedAttachmentDefs } from './attachments/generated';
import { gradient, projectToSurface } from './sdf';
import type { Sdf } from './sdf';
import { add, cross, dot, length, lerp, normalize, scale, sub } from './vec';
import type { V3 } from './vec';

/** A strip following a centre line (half-width per point) or an oval (centre, two half-axes). */
export type Patch =
  | { bone: BoneId; kind: 'strip'; line: V3[]; halfWidth: number[] }
  | { bone: BoneId; kind: 'oval'; centre: V3; a: V3; b: V3 };

export interface AttachmentDef {
  id: StructureId;
  /** Bone node the area is a child of. */
  parent: BoneId;
  patches: Patch[];
}

export const LIFT = 0.0004;

/** The areas drawn by hand; the other muscle ends come from attachments/generated.ts. */
const HAND_DRAWN: AttachmentDef[] = [
  {
    // medial head: upper posterior medial condyle, continuing behind the adductor tubercle up
    // onto a raised patch of the popliteal surface
    id: 'gastrocnemius_medial_head_origin_area',
    parent: 'femur',
    patches: [
      {
        bone: 'femur',
        kind: 'strip',
        line: [
          [0.027, 0.512, -0.024],
          [0.026, 0.525, -0.022],
          [0.024, 0.542, -0.02],
          [0.02, 0.558, -0.021],
        ],
        halfWidth: [0.005, 0.0075, 0.007, 0.005],
      },
    ],
  },
  {
    // lateral head: lateral face of the lateral condyle and lowest lateral supracondylar line
    id: 'gastrocnemius_lateral_head_origin_area',
    parent: 'femur',
    patches: [
      {
        bone: 'femur',
        kind: 'strip',
        // (on the condyle's posterolateral corner: the femur's lateral side is narrower since its
        // epicondyle was seated under the real LCL, and a strip further in lay under plantaris)
        line: [
          [-0.043, 0.505, -0.016],
          [-0.043, 0.514, -0.018],
          [-0.041, 0.523, -0.02],
          [-0.039, 0.531, -0.021],
        ],
        halfWidth: [0.0045, 0.006, 0.005, 0.0035],
      },
    ],
  },
  {
    // middle of the three facets on the back of the calcaneus
    id: 'calcaneal_tendon_insertion_area',
    parent: 'calcaneus',
    patches: [{ bone: 'calcaneus', kind: 'oval', centre: [-0.005, 0.034, -0.065], a: [0.011, 0, 0], b: [0, 0.0065, 0] }],
  },
  {
    // lateral condyle and upper half of the lateral surface of the tibia
    id: 'tibialis_anterior_origin_area',
    parent: 'tibia',
    patches: [
      {
        bone: 'tibia',
        kind: 'strip',
        line: [
          [-0.026, 0.455, 0.012],
          [-0.02, 0.42, 0.012],
          [-0.016, 0.36, 0.01],
          [-0.014, 0.3, 0.009],
          [-0.013, 0.27, 0.009],
        ],
        halfWidth: [0.006, 0.007, 0.0065, 0.005, 0.003],
      },
    ],
  },
];

/** Every attachment area of the model: the hand-drawn ones, then those generated from the muscles' contact with the bones. */
export const ATTACHMENT_DEFS: AttachmentDef[] = [
  ...HAND_DRAWN.map((def) => ({ ...def, patches: def.patches.map(warpPatch) })),
  ...generatedAttachmentDefs(),
];

function grid(points: V3[][], sdf: Sdf): MeshData {
  const rows = points.length;
  const cols = points[0].length;
  const positions = new Float32Array(rows * cols * 3);
  const normals = new Float32Array(rows * cols * 3);
  points.forEach((row, i) =>
    row.forEach((p, j) => {
      const q = projectToSurface(sdf, p);
      const n = gradient(sdf, q[0], q[1], q[2]);
      positions.set(add(q, scale(n, LIFT)), (i * cols + j) * 3);
      normals.set(n, (i * cols + j) * 3);
    }),
  );
  const indices: number[] = [];
  for (let i = 0; i < rows - 1; i++) {
    for (let j = 0; j < cols - 1; j++) {
      const a = i * cols + j;
      const b = a + 1;
      const c = a + cols;
      const d = c + 1;
      indices.push(a, b, c, b, d, c);
    }
  }
  const idx = Uint32Array.from(indices);
  // wind triangles so their faces point out of the bone
  const e1 = sub(positions.subarray(idx[1] * 3, idx[1] * 3 + 3), positions.subarray(idx[0] * 3, idx[0] * 3 + 3));
  const e2 = sub(positions.subarray(idx[2] * 3, idx[2] * 3 + 3), positions.subarray(idx[0] * 3, idx[0] * 3 + 3));
  const fn = cross(e1, e2);
  const n0 = normals.subarray(idx[0] * 3, idx[0] * 3 + 3);
  if (fn[0] * n0[0] + fn[1] * n0[1] + fn[2] * n0[2] < 0) {
    for (let k = 0; k < idx.length; k += 3) {
      const t = idx[k + 1];
      idx[k + 1] = idx[k + 2];
      idx[k + 2] = t;
    }
  }
  return { positions, normals, indices: idx };
}

function stripGrid(line: V3[], halfWidth: number[], sdf: Sdf, steps = 18, across = 7): V3[][] {
  const rows: V3[][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * (line.length - 1);
    const k = Math.min(line.length - 2, Math.floor(t));
    const f = t - k;
    const c = lerp(line[k], line[k + 1], f);
    const dir = normalize(sub(line[k + 1], line[k]));
    const n = gradient(sdf, c[0], c[1], c[2]);
    const side = normalize(cross(n, dir));
    // rounded ends
    const end = Math.sin((Math.PI * i) / steps) ** 0.35;
    const hw = (halfWidth[k] + (halfWidth[k + 1] - halfWidth[k]) * f) * Math.max(0.15, end);
    const row: V3[] = [];
    for (let j = 0; j <= across; j++) row.push(add(c, scale(side, hw * ((2 * j) / across - 1))));
    rows.push(row);
  }
  return rows;
}

function ovalGrid(near: V3, a0: V3, b0: V3, sdf: Sdf, rings = 6, sides = 20): V3[][] {
  // laid on the bone's tangent plane at the surface point nearest `near`, so an oval placed off
  // the bone (at a muscle's end) keeps its size
  const centre = projectToSurface(sdf, near);
  const n = gradient(sdf, centre[0], centre[1], centre[2]);
  const ua = normalize(sub(a0, scale(n, dot(n, a0))));
  const a = scale(ua, length(a0));
  const b = scale(normalize(cross(n, ua)), length(b0));
  // a polar grid stored as rows of constant angle; the first column is the (shared) centre
  const rows: V3[][] = [];
  for (let k = 0; k <= sides; k++) {
    const ang = (2 * Math.PI * k) / sides;
    const row: V3[] = [];
    for (let r = 0; r <= rings; r++) {
      const f = Math.max(0.04, r / rings);
      row.push(add(centre, add(scale(a, Math.cos(ang) * f), scale(b, Math.sin(ang) * f))));
    }
    rows.push(row);
  }
  return rows;
}

/** Build one attachment area mesh (world rest coordinates) from its patches. */
export function buildAttachment(def: AttachmentDef, fields: Record<BoneId, { sdf: Sdf }>): MeshData {
  return mergeMeshes(
    def.patches.map((p) => {
      const sdf = fields[p.bone].sdf;
      return grid(p.kind === 'strip' ? stripGrid(p.line, p.halfWidth, sdf) : ovalGrid(p.centre, p.a, p.b, sdf), sdf);
    }),
  );
}
