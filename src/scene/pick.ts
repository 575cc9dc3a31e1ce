import { Raycaster, Vector2 } from 'three';
import type { Camera, Intersection, Object3D } from 'three';
import { kindOf } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import { isShown, refreshSkinnedBounds } from './modelIndex';
import type { ModelIndex } from './modelIndex';

/** Footprints the function explorer has lit (set by ExplorerTint, which loads on demand). */
let explorerLit: readonly StructureId[] = [];

export function setLitFootprints(ids: readonly StructureId[]): void {
  explorerLit = ids;
}

/** Footprints shown lit now: the explorer's, and an area a link has lit up (focused). */
export function litFootprints(focused: StructureId | null): readonly StructureId[] {
  return focused && kindOf(focused) === 'attachment' && !explorerLit.includes(focused) ? [...explorerLit, focused] : explorerLit;
}

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
  lit: readonly StructureId[] = litFootprints(useViewer.getState().focused),
): { id: StructureId; hit: Intersection } | null {
  ndc.set((x / width) * 2 - 1, -(y / height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  raycaster.firstHitOnly = true;
  const hits = raycaster.intersectObjects(pickTargets(index, faded), false);
  const hit = preferFootprint(hits, lit);
  if (!hit) return null;
  return { id: hit.object.userData.structureId as StructureId, hit };
}

/** How far (metres) behind the first hit a shown footprint still wins: it lies 0.4 mm off its bone. */
export const FOOTPRINT_PICK_DEPTH = 0.0015;

/**
 * The hit a click means: the first, unless a lit attachment area lies within
 * FOOTPRINT_PICK_DEPTH behind it — the area sits just above its bone, and at a grazing angle or
 * where the bone mesh bulges past it the ray meets the bone first, so a click on a lit footprint
 * would otherwise pick the bone. Unlit areas (drawn like their bone) do not win: a click there means the bone.
 */
export function preferFootprint<T extends { distance: number; object: { userData: Record<string, unknown> } }>(
  hits: readonly T[],
  lit: readonly StructureId[],
): T | undefined {
  const first = hits[0];
  if (!first || lit.length === 0) return first;
  const area = hits.find((h) => h.distance - first.distance <= FOOTPRINT_PICK_DEPTH && lit.includes(h.object.userData.structureId as StructureId));
  return area ?? first;
}
