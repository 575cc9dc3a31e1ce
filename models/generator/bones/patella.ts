/**
 * Patella (shank segment at rest; the knee-motion code may move it onto its own node): a rounded
 * triangle, base up and apex down, ≈ 45 mm high, 45 mm wide and 22 mm thick (Iranpour et al.
 * and others, tabulated in Arthroplasty 2022 s42836-022-00117-8 Table 10: height 35–50, width
 * 38–55, thickness 18–27 mm). Its back is a shallow roof: a vertical ridge slightly medial of the
 * midline, the larger lateral facet sloping gently, the medial facet more steeply and a narrow odd
 * facet along the medial border. At rest (knee straight) the apex is ≈ 15 mm above the joint line
 * and the lower part of the back rests on the upper trochlea.
 */
import { ellipsoid, smax, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';

/**
 * The patella's frame and size in the rest pose (world metres), for anyone placing or moving it:
 * `centre` is the middle of its bounding box, `ridge` the posterior ridge (x and the z of its crest,
 * from `ridgeBottom` to `ridgeTop` in y), `apexY`/`baseY` its lowest and highest points.
 */
export const PATELLA = {
  centre: [0.001, 0.5175, 0.0455] as V3,
  height: 0.045,
  width: 0.045,
  thickness: 0.022,
  apexY: 0.495,
  baseY: 0.54,
  ridge: { x: 0.003, z: 0.0345, ridgeBottom: 0.502, ridgeTop: 0.535 },
  /** Slopes (dz/dx) of the lateral and medial facets away from the ridge, and where the odd facet starts. */
  facets: { lateralSlope: 0.42, medialSlope: 0.62, oddFrom: 0.014, oddSlope: 1.5 },
} as const;

export function patella(): Sdf {
  const { centre: c, ridge, facets } = PATELLA;
  // front-view rounded triangle: a broad, gently convex base with rounded superolateral and
  // superomedial corners, borders converging on a blunt apex
  const body = union([
    [ellipsoid([c[0], 0.5285, c[2] - 0.0005], [0.0235, 0.0115, 0.011]), 0],
    [ellipsoid([c[0] - 0.004, 0.53, c[2] + 0.0015], [0.0125, 0.0065, 0.0085]), 0.006],
    [ellipsoid([c[0] + 0.004, 0.53, c[2] + 0.0015], [0.0125, 0.0065, 0.0085]), 0.006],
    [ellipsoid([c[0] - 0.0005, 0.515, c[2] + 0.0005], [0.017, 0.0135, 0.0102]), 0.01],
    [ellipsoid([c[0], 0.5, c[2] + 0.002], [0.0052, 0.0075, 0.0066]), 0.012],
  ]);
  // the articular back: a roof of facets meeting at the vertical ridge
  const back: Sdf = (x, _y, z) => {
    const dx = x - ridge.x;
    let zb = ridge.z + (dx < 0 ? -dx * facets.lateralSlope : dx * facets.medialSlope);
    if (dx > facets.oddFrom) zb += (dx - facets.oddFrom) * (facets.oddSlope - facets.medialSlope);
    return (zb - z) * 0.85;
  };
  return (x, y, z) => smax(body(x, y, z), back(x, y, z), 0.003);
}

/** Articular cartilage of the patella: the facets on its back, not the apex or the front. */
export function patellaCartilage(p: V3, n: V3): number {
  const [, y, z] = p;
  if (y < PATELLA.apexY + 0.009 || y > PATELLA.baseY - 0.004) return 0;
  return n[2] < -0.35 && z < PATELLA.ridge.z + 0.012 ? 1 : 0;
}
