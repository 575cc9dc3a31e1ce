/**
 * The muscles from the scan: each real belly posed into the model's frame (the leg's muscles move
 * with the shank, the thigh's with the thigh), cut at the thigh's cut, cleaned, smoothed and
 * simplified to its budget. The biceps femoris long head exists in the dataset for the left side
 * only: it is mirrored across the body's midline, placed so that its lower end meets the right
 * short head's (both join one tendon onto the fibular head).
 */
import type { StructureId } from '../../../src/anatomy/ids';
import { FEMUR_TOP } from '../bones/femur';
import type { MeshData } from '../mesh';
import { mergeMeshes } from '../mesh';
import { posedSource } from './bones';
import { finish, largestComponent } from './clean';
import { clipBelow } from './clip';
import { loadSource } from './load';
import type { IndexedMesh } from './stl';

interface MuscleSpec {
  copies: readonly string[];
  triangles: number;
}

export const SCAN_MUSCLES: Partial<Record<StructureId, MuscleSpec>> = {
  gastrocnemius_medial_head: { copies: ['gastrocnemius_medial_head.mesh'], triangles: 7000 },
  gastrocnemius_lateral_head: { copies: ['gastrocnemius_lateral_head.mesh'], triangles: 5500 },
  soleus: { copies: ['soleus.mesh'], triangles: 8000 },
  plantaris: { copies: ['plantaris.mesh'], triangles: 1200 },
  popliteus: { copies: ['popliteus.mesh'], triangles: 1800 },
  tibialis_anterior: { copies: ['tibialis_anterior.mesh'], triangles: 4500 },
  tibialis_posterior: { copies: ['tibialis_posterior.mesh'], triangles: 4000 },
  extensor_digitorum_longus: { copies: ['extensor_digitorum_longus.mesh'], triangles: 4000 },
  extensor_hallucis_longus: { copies: ['extensor_hallucis_longus.mesh'], triangles: 2200 },
  flexor_digitorum_longus: { copies: ['flexor_digitorum_longus.mesh'], triangles: 3000 },
  flexor_hallucis_longus: { copies: ['flexor_hallucis_longus.mesh'], triangles: 3500 },
  fibularis_longus: { copies: ['fibularis_longus.mesh'], triangles: 4500 },
  biceps_femoris: { copies: ['biceps_femoris_short_head.mesh', 'biceps_femoris_long_head_left.mesh'], triangles: 3500 },
  semimembranosus: { copies: ['semimembranosus.mesh'], triangles: 3500 },
  semitendinosus: { copies: ['semitendinosus.mesh'], triangles: 3000 },
  gracilis: { copies: ['gracilis.mesh'], triangles: 2500 },
  sartorius: { copies: ['sartorius.mesh'], triangles: 3000 },
  rectus_femoris: { copies: ['rectus_femoris.mesh'], triangles: 3500 },
  vastus_lateralis: { copies: ['vastus_lateralis.mesh'], triangles: 5000 },
  vastus_medialis: { copies: ['vastus_medialis.mesh'], triangles: 4500 },
  vastus_intermedius: { copies: ['vastus_intermedius.mesh'], triangles: 4500 },
};

/** The dataset x (mm) of the body's midline, from the biceps femoris heads' lower ends (see above). */
async function midlineX(): Promise<number> {
  const lowEnd = (m: IndexedMesh) => {
    let zMin = Infinity;
    for (let i = 2; i < m.positions.length; i += 3) zMin = Math.min(zMin, m.positions[i]);
    let sx = 0;
    let n = 0;
    for (let i = 0; i < m.positions.length; i += 3) {
      if (m.positions[i + 2] < zMin + 20) {
        sx += m.positions[i];
        n++;
      }
    }
    return sx / n;
  };
  const right = lowEnd(await loadSource('biceps_femoris_short_head.mesh'));
  const left = lowEnd(await loadSource('biceps_femoris_long_head_left.mesh'));
  return (right + left) / 2;
}

/** The leg's and thigh's muscles move with the shank and thigh frames (no foot turn). */
async function posed(copy: string): Promise<IndexedMesh> {
  return posedSource(copy, 'shank', copy.endsWith('_left.mesh') ? await midlineX() : undefined);
}

let musclesPromise: Promise<Map<StructureId, MeshData>> | null = null;

/** Every scanned muscle belly in the model's rest frame (no colours or weights yet). */
export function scanMuscles(): Promise<Map<StructureId, MeshData>> {
  musclesPromise ??= (async () => {
    const out = new Map<StructureId, MeshData>();
    for (const [id, spec] of Object.entries(SCAN_MUSCLES) as [StructureId, MuscleSpec][]) {
      const parts: MeshData[] = [];
      for (const copy of spec.copies) {
        const cut = clipBelow(largestComponent(await posed(copy)), FEMUR_TOP);
        parts.push(await finish(cut, { triangles: Math.round(spec.triangles / spec.copies.length), smoothing: 5 }));
      }
      out.set(id, mergeMeshes(parts));
    }
    return out;
  })();
  return musclesPromise;
}
