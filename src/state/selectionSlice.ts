import type { StructureId } from '../anatomy/ids';
import type { SliceCreator } from './types';

export interface SelectionSlice {
  /** The structure whose information the panel shows, highlighted strongly. */
  selected: StructureId | null;
  /** The structure under the pointer (hover label + pointer cursor). */
  hovered: StructureId | null;
  /** The attachment area or linked structure a link lit up (pulsing glow). */
  focused: StructureId | null;
  /** Structures faded (transparent) because they hide the focused one from the camera. */
  faded: readonly StructureId[];
  select: (id: StructureId | null) => void;
  hover: (id: StructureId | null) => void;
  /** Light a structure up; `faded` lists what stands between the camera and it. */
  focus: (id: StructureId | null, faded?: readonly StructureId[]) => void;
  /** Esc / click on empty space: nothing selected, nothing lit, nothing faded. */
  clearSelection: () => void;
}

const NONE: readonly StructureId[] = [];

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selected: null,
  hovered: null,
  focused: null,
  faded: NONE,
  select: (id) => {
    // Selecting something new ends a previous focus: its glow and fading belong to the old context.
    if (id === get().selected && get().focused === null) return;
    set({ selected: id, focused: null, faded: NONE });
  },
  hover: (id) => {
    if (id !== get().hovered) set({ hovered: id });
  },
  focus: (id, faded = NONE) => set({ focused: id, faded: id === null ? NONE : faded }),
  clearSelection: () => set({ selected: null, focused: null, faded: NONE }),
});
