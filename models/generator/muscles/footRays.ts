/**
 * The real foot's rays as the sole's tendons and muscles need them: where each metatarsal head,
 * phalanx base and the interosseous spaces are, read off the scanned skeleton (plantar view of the
 * posed Visible Human Female foot, millimetres). The subject's toes deviate laterally (her hallux
 * ≈ 28° valgus, toes 2–4 ≈ 25°), and her first metatarsal head sits high: depths are measured
 * from her own plantar surface (scan/plantar.ts), not from a flat floor.
 */
import type { PathPoint } from '../loft';
import { at } from '../tissue';
import { dorsalY, plantarY } from '../scan/plantar';
import type { V3 } from '../vec';

/** A point given on the real foot in millimetres (not warped: scan/realLeg.ts). */
export const R = (x: number, y: number, z: number): PathPoint => at('foot', x, y, z);

/** A point `depth` mm under the lowest bone surface above (x, z): the sole's layers hang from the skeleton. */
export const U = (x: number, z: number, depth: number): PathPoint => R(x, plantarY(x / 1000, z / 1000) * 1000 - depth, z);

/** A point `height` mm over the highest bone surface below (x, z): tendons on the dorsum of the foot. */
export const D = (x: number, z: number, height: number): PathPoint => R(x, dorsalY(x / 1000, z / 1000) * 1000 + height, z);

/** Plantar stations of a ray, (x, z) in mm: under the metatarsal head, then the bases of the phalanges. */
export interface Ray {
  head: readonly [number, number];
  proximal: readonly [number, number];
  /** The hallux has no middle phalanx. */
  middle?: readonly [number, number];
  distal: readonly [number, number];
}

/** Rays 1–5 (index 0 = hallux). */
export const RAYS: readonly Ray[] = [
  { head: [4, 146], proximal: [0, 165], distal: [-14, 192] },
  { head: [-16, 143], proximal: [-22, 160], middle: [-31, 176], distal: [-39, 190] },
  { head: [-35, 143], proximal: [-40, 158], middle: [-48, 172], distal: [-55, 184] },
  { head: [-44, 131], proximal: [-49, 146], middle: [-55, 159], distal: [-59, 168] },
  { head: [-57, 122], proximal: [-60, 136], middle: [-62, 148], distal: [-63, 157] },
];

/** Shaft axes of metatarsals 1–5, base and head centres (mm; principal axes of the scanned bones). */
export const METATARSAL_AXES: readonly (readonly [V3, V3])[] = [
  [[-11.3, 40.6, 76.8], [3.1, 36.7, 154]],
  [[-21.3, 58.6, 79.9], [-15.4, 21.6, 146.8]],
  [[-28.1, 44.6, 71.6], [-35.1, 18.3, 147.7]],
  [[-39.3, 34.5, 59.5], [-43.1, 10, 134]],
  [[-45.2, 23.4, 47], [-57.1, 7.3, 124.9]],
];

/** A point at fraction t along metatarsal k's axis (k = 0 for the first), shifted by `offset` mm. */
export function alongMetatarsal(k: number, t: number, offset: V3 = [0, 0, 0]): PathPoint {
  const [b, h] = METATARSAL_AXES[k];
  return R(b[0] + (h[0] - b[0]) * t + offset[0], b[1] + (h[1] - b[1]) * t + offset[1], b[2] + (h[2] - b[2]) * t + offset[2]);
}

/** A point at fraction t along the space between metatarsals k and k + 1, shifted by `offset` mm. */
export function betweenMetatarsals(k: number, t: number, offset: V3 = [0, 0, 0]): PathPoint {
  const a = alongMetatarsal(k, t).p;
  const b = alongMetatarsal(k + 1, t).p;
  return R(((a[0] + b[0]) / 2) * 1000 + offset[0], ((a[1] + b[1]) / 2) * 1000 + offset[1], ((a[2] + b[2]) / 2) * 1000 + offset[2]);
}

/** The side of a phalanx base `side` mm medial (+) or lateral (−) of ray k's proximal station, `up` mm above its plantar surface. */
export function phalanxSide(k: number, side: number, up: number): PathPoint {
  const [x, z] = RAYS[k].proximal;
  return U(x + side, z - 2, -up);
}
