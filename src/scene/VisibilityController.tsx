import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { isStructureVisible } from '../state/layersSlice';
import { structureOf } from './modelIndex';
import type { ModelIndex } from './modelIndex';

/** The structure whose node carries this one (an attachment area lies on its bone), or null. */
function carrierOf(index: ModelIndex, id: StructureId): StructureId | null {
  const node = index.structures.get(id)?.node;
  return node ? structureOf(node.parent) : null;
}

/** Which structures to draw: the visible ones, plus the bone under a visible attachment area (three hides children with their parent). */
export function drawnStructures(index: ModelIndex, s: Pick<ViewerStore, 'layers' | 'hidden' | 'isolated'>): Set<StructureId> {
  const drawn = new Set<StructureId>();
  for (const id of index.structures.keys()) {
    if (!isStructureVisible(id, s)) continue;
    for (let c: StructureId | null = id; c && !drawn.has(c); c = carrierOf(index, c)) drawn.add(c);
  }
  return drawn;
}

// The skin is a see-through envelope: clicks and hover pass through it to what lies beneath.
const passThrough = () => undefined;

/**
 * Shows and hides structures as the layer switches, Hide, Isolate and Show all say, by setting each
 * structure node's `visible` (hidden nodes are skipped by picking and by screenPosition).
 */
export function VisibilityController({ index }: { index: ModelIndex }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    for (const mesh of index.structures.get('skin')?.meshes ?? []) mesh.raycast = passThrough;
    const apply = (s: ViewerStore) => {
      const drawn = drawnStructures(index, s);
      for (const entry of index.structures.values()) entry.node.visible = drawn.has(entry.id);
      if (s.hovered && !drawn.has(s.hovered)) s.hover(null);
      invalidate();
    };
    apply(useViewer.getState());
    return useViewer.subscribe((s, prev) => {
      if (s.layers !== prev.layers || s.hidden !== prev.hidden || s.isolated !== prev.isolated) apply(s);
    });
  }, [index, invalidate]);
  return null;
}
