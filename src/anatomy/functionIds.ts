/**
 * Ids of the function explorer's lesions and movements: the contract of the embedding API, the URL
 * and the tests. Tiny on purpose: the store and the URL parser import it at startup, while the
 * explorer itself (src/anatomy/function.ts and its data) loads on demand.
 */

export const LESION_IDS = [
  'tibial_nerve',
  'common_fibular_nerve',
  'deep_fibular_nerve',
  'superficial_fibular_nerve',
  // the tibial nerve's two end branches in the sole (they supply the sole's intrinsic muscles)
  'medial_plantar_nerve',
  'lateral_plantar_nerve',
  'root_L4',
  'root_L5',
  'root_S1',
  'root_S2',
] as const;
export type LesionId = (typeof LESION_IDS)[number];

export const MOVEMENT_IDS = [
  'plantarflexion',
  'dorsiflexion',
  'inversion',
  'eversion',
  'knee_flexion',
  'knee_extension',
  'toe_flexion',
  'toe_extension',
] as const;
export type MovementId = (typeof MOVEMENT_IDS)[number];

export function isLesionId(value: unknown): value is LesionId {
  return typeof value === 'string' && (LESION_IDS as readonly string[]).includes(value);
}
export function isMovementId(value: unknown): value is MovementId {
  return typeof value === 'string' && (MOVEMENT_IDS as readonly string[]).includes(value);
}
