import { Raycaster, Vector2 } from 'three';
import type { Camera, Intersection, Object3D } from 'three';
import type { StructureId } from '../anatomy/ids';
import { isShown, refreshSkinnedBounds } from './modelIndex';
import type { ModelIndex } from './modelIndex';

const raycaster = new Raycaster();
const ndc = new Vector2();

/** Meshes a ray can hit: shown, and not see-through (faded structures let clicks pass to what they hid). */
export function pickTargets(index: ModelIndex, faded: readonly StructureId[] = []): Object3D[] {
  refreshSkinnedBounds(index);
  return index.pickable.filter((m) => isShown(m) && !faded.includes(m.userData.structureId as StructureId));
}

/** The first structure under a canvas pixel (CSS px relative to the canvas), or null for empty space. */
export function pickAt(
  index: ModelIndex,
  camera: Camera,
  x: number,
  y: number,
  width: number,
  height: number,
  faded: readonly StructureId[] = [],
): { id: StructureId; hit: Intersection } | null {
  ndc.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  raycaster.firstHitOnly = true;
  const hits = raycaster.intersectObjects(pickTargets(index, faded), false);
  const hit = hits[0];
  if (!hit) return null;
  return { id: hit.object.userData.structureId as StructureId, hit };
}
