/**
 * The two sesamoids of the hallux, which the scan's forefoot surface does not show apart from the
 * first metatarsal head: ovoid bones in the two tendons of flexor hallucis brevis, each in its groove
 * under the head with the flexor hallucis longus tendon between them. The medial (tibial) one is the
 * larger and longer (≈ 12–15 × 9–11 mm vs ≈ 10–12 × 8–9 mm in adults; Gray's Anatomy 42nd ed.;
 * Taylor et al., Foot Ankle Int 2011). Each sits just under the real head, read off the plantar
 * height map.
 */
import type { BoneField } from '../bones';
import { plantarY } from '../scan/plantar';
import { cross, normalize } from '../vec';
import type { V3 } from '../vec';

export type SesamoidId = 'medial_sesamoid' | 'lateral_sesamoid';

/** Long axis of both: the first metatarsal's, flattened toward the ground as the sesamoids lie. */
const AXIS: V3 = normalize([0.15, -0.2, 0.97]);
/** Clearance under the metatarsal head's plantar facets (the cartilage of the joint), metres. */
const UNDER_HEAD = 0.0008;

/** Centre in x and z on the real foot, half axes (long, across, plantar-dorsal), metres. */
const SHAPES: Record<SesamoidId, { x: number; z: number; half: V3 }> = {
  medial_sesamoid: { x: 0.0085, z: 0.1445, half: [0.0068, 0.0048, 0.0037] },
  lateral_sesamoid: { x: -0.0015, z: 0.1455, half: [0.0057, 0.0042, 0.0034] },
};

function ellipsoid(centre: V3, half: V3): BoneField['sdf'] {
  const u = AXIS;
  const w = normalize(cross(u, [0, 1, 0])); // across the foot
  const v = cross(w, u); // plantar-dorsal
  const rMin = Math.min(...half);
  return (x, y, z) => {
    const d: V3 = [x - centre[0], y - centre[1], z - centre[2]];
    const a = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / half[0];
    const b = (d[0] * w[0] + d[1] * w[1] + d[2] * w[2]) / half[1];
    const c = (d[0] * v[0] + d[1] * v[1] + d[2] * v[2]) / half[2];
    // scaled distance: exact on the surface, a smooth and conservative field near it
    return (Math.hypot(a, b, c) - 1) * rMin;
  };
}

export function sesamoidFields(): Record<SesamoidId, BoneField> {
  const out = {} as Record<SesamoidId, BoneField>;
  for (const [id, s] of Object.entries(SHAPES) as [SesamoidId, (typeof SHAPES)[SesamoidId]][]) {
    const top = plantarY(s.x, s.z, 0.003) - UNDER_HEAD;
    const centre: V3 = [s.x, top - s.half[2], s.z];
    const r = Math.max(...s.half) + 0.002;
    out[id] = {
      segment: 'foot',
      sdf: ellipsoid(centre, s.half),
      min: [centre[0] - r, centre[1] - r, centre[2] - r],
      max: [centre[0] + r, centre[1] + r, centre[2] + r],
      triangles: 500,
      edge: 0.0006,
    };
  }
  return out;
}
