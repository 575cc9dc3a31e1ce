/**
 * Model v3's source data: the re-encoded Visible Human Female surfaces in models/source/ match the
 * manifest, and the structures built from them still are those surfaces (after the recorded pose
 * and uniform scale, the smoothing and simplification move almost nothing by more than 1.5 mm).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../../src/anatomy/ids';
import { computeNormals } from '../../models/generator/mesh';
import type { MeshData } from '../../models/generator/mesh';
import { posedSource } from '../../models/generator/scan/bones';
import type { ScanBoneId } from '../../models/generator/scan/bones';
import { decodeSourceMesh } from '../../models/generator/scan/sourceCodec';
import { meshField } from '../../models/generator/scan/meshField';
import { scanMuscles } from '../../models/generator/scan/muscles';
import { REAL_BONES, REAL_FEMUR, REAL_KNEE_LIGAMENTS } from '../../models/generator/scan/realLeg';
import { KNEE_LIGAMENT_SOURCES } from '../../models/generator/scan/kneeLigaments';
import type { KneeLigamentId } from '../../models/generator/scan/kneeLigaments';
import { FEMUR_TOP } from '../../models/generator/bones/femur';

const dir = fileURLToPath(new URL('../../models/source/', import.meta.url));
const manifest = JSON.parse(readFileSync(dir + 'manifest.json', 'utf8')) as {
  licence: string;
  citation: string;
  files: { source: string; sourceSha256: string; copy: string; copySha256: string; structures: string[]; triangles: number; vertices: number }[];
};

/** Share of `m`'s vertices (those passing `use`) within `tol` of the surface `ref`. */
function shareWithin(m: MeshData, ref: MeshData, tol: number, use: (y: number) => boolean = () => true): number {
  const field = meshField(ref);
  let n = 0;
  let near = 0;
  for (let i = 0; i < m.positions.length; i += 3) {
    if (!use(m.positions[i + 1])) continue;
    n++;
    if (Math.abs(field(m.positions[i], m.positions[i + 1], m.positions[i + 2])) <= tol) near++;
  }
  return near / n;
}

async function posedRef(copy: string, segment: 'thigh' | 'shank' | 'foot'): Promise<MeshData> {
  const m = await posedSource(copy, segment);
  return { ...m, normals: computeNormals(m.positions, m.indices) };
}

describe('source data (models/source)', () => {
  it('names its licence and citation, and every copy exists with the recorded hash and counts', async () => {
    expect(manifest.licence).toMatch(/CC BY 4\.0/);
    expect(manifest.citation).toMatch(/Andreassen/);
    expect(manifest.files.length).toBe(43);
    for (const f of manifest.files) {
      expect(existsSync(dir + f.copy), f.copy).toBe(true);
      const bytes = readFileSync(dir + f.copy);
      expect(createHash('sha256').update(bytes).digest('hex'), f.copy).toBe(f.copySha256);
      expect(f.sourceSha256, f.source).toMatch(/^[0-9a-f]{64}$/);
      const mesh = await decodeSourceMesh(new Uint8Array(bytes));
      expect(mesh.indices.length / 3, f.copy).toBe(f.triangles);
      expect(mesh.positions.length / 3, f.copy).toBe(f.vertices);
      for (const id of f.structures) expect(id in STRUCTURES, `${f.copy} → ${id}`).toBe(true);
    }
  });
});

describe('structures built from the scan', () => {
  const sourceOf: Partial<Record<ScanBoneId, string>> = {
    tibia: 'tibia.mesh',
    fibula: 'fibula.mesh',
    patella: 'patella.mesh',
    talus: 'talus.mesh',
    calcaneus: 'calcaneus.mesh',
    navicular: 'navicular.mesh',
    cuboid: 'cuboid.mesh',
    medial_cuneiform: 'medial_cuneiform.mesh',
    intermediate_cuneiform: 'intermediate_cuneiform.mesh',
    lateral_cuneiform: 'lateral_cuneiform.mesh',
  };

  it('every bone: ≥ 95 % of its vertices within 1.5 mm of its posed source surface', async () => {
    const forefoot = await posedRef('forefoot.mesh', 'foot');
    for (const [id, bone] of Object.entries(REAL_BONES) as [ScanBoneId, (typeof REAL_BONES)[ScanBoneId]][]) {
      const copy = sourceOf[id];
      const ref = copy ? await posedRef(copy, bone.segment) : forefoot;
      // the forefoot's bones were split from one surface: their cut faces are new
      const share = shareWithin(bone.bone, ref, 0.0015);
      expect(share, `${id}: ${(share * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(copy ? 0.95 : 0.85);
    }
  });

  it('every scanned muscle: ≥ 95 % of its belly within 1.5 mm of its posed source (the thigh cut aside)', async () => {
    const muscles = await scanMuscles();
    const single: Record<string, string> = { gastrocnemius_medial_head: 'gastrocnemius_medial_head.mesh', soleus: 'soleus.mesh', tibialis_anterior: 'tibialis_anterior.mesh', semimembranosus: 'semimembranosus.mesh', vastus_medialis: 'vastus_medialis.mesh' };
    for (const [id, copy] of Object.entries(single)) {
      const share = shareWithin(muscles.get(id as never)!, await posedRef(copy, 'shank'), 0.0015, (y) => y < FEMUR_TOP - 0.002);
      expect(share, `${id}: ${(share * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('the four knee ligaments: ≥ 95 % of each within 1.5 mm of its posed source, both ends on their bones (≤ 2 mm)', async () => {
    // no end was extended or snapped: every vertex counts
    const shank = (x: number, y: number, z: number) => Math.min(meshField(REAL_BONES.tibia.bone)(x, y, z), meshField(REAL_BONES.fibula.bone)(x, y, z));
    for (const [id, spec] of Object.entries(KNEE_LIGAMENT_SOURCES) as [KneeLigamentId, (typeof KNEE_LIGAMENT_SOURCES)[KneeLigamentId]][]) {
      const lig = REAL_KNEE_LIGAMENTS[id];
      const share = shareWithin(lig, await posedRef(spec.copy, 'shank'), 0.0015);
      expect(share, `${id}: ${(share * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.95);
      let toFemur = Infinity;
      let toShank = Infinity;
      for (let i = 0; i < lig.positions.length; i += 3) {
        const [x, y, z] = [lig.positions[i], lig.positions[i + 1], lig.positions[i + 2]];
        toFemur = Math.min(toFemur, REAL_FEMUR.sdf(x, y, z));
        toShank = Math.min(toShank, shank(x, y, z));
      }
      // measured: femur −0.25 (ACL), 1.3 (PCL), 0.5 (MCL), 0.4 (LCL) mm; tibia or fibula ≤ 0.7 mm
      expect(toFemur, `${id} femoral end`).toBeLessThanOrEqual(0.002);
      expect(toShank, `${id} tibial end`).toBeLessThanOrEqual(0.002);
    }
  });

  it('cartilage lies on its bone: the femoral cartilage on the femur, the others on theirs (median gap < 2 mm)', async () => {
    const medianDistance = (from: MeshData, field: (x: number, y: number, z: number) => number) => {
      const d: number[] = [];
      for (let i = 0; i < from.positions.length; i += 3) d.push(Math.abs(field(from.positions[i], from.positions[i + 1], from.positions[i + 2])));
      return d.sort((a, b) => a - b)[Math.floor(d.length / 2)];
    };
    expect(medianDistance(REAL_FEMUR.cartilage, REAL_FEMUR.sdf)).toBeLessThan(0.0015);
    for (const [bone, copy] of [
      ['tibia', 'tibia_cartilage_medial.mesh'],
      ['talus', 'talus_cartilage.mesh'],
      ['patella', 'patella_cartilage.mesh'],
    ] as const) {
      const cart = await posedRef(copy, REAL_BONES[bone].segment);
      // the smoothed, simplified bone and the cartilage's deep face part by up to ~2 mm
      expect(medianDistance(cart, meshField(REAL_BONES[bone].bone)), bone).toBeLessThan(0.002);
    }
  });

  it('keeps the subject’s proportions: tibia 0.36–0.40 m long after the one uniform scale', () => {
    const p = REAL_BONES.tibia.bone.positions;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 1; i < p.length; i += 3) {
      lo = Math.min(lo, p[i]);
      hi = Math.max(hi, p[i]);
    }
    expect(hi - lo).toBeGreaterThan(0.36);
    expect(hi - lo).toBeLessThan(0.4);
  });
});
