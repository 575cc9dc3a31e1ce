import type { StructureId } from '../anatomy/ids';
import type { GroupId } from '../anatomy/groupIds';
import type { SliceCreator } from './types';

export interface SelectionSlice {
  /** The structure whose information the panel shows, highlighted strongly. */
  selected: StructureId | null;
  /** The group (triceps surae, hamstrings…) whose information the panel shows; its members are lit. Never set together with `selected`. */
  selectedGroup: GroupId | null;
  /** The structure under the pointer (hover label + pointer cursor). */
  hovered: StructureId | null;
  /** The attachment area or linked structure a link lit up (pulsing glow). */
  focused: StructureId | null;
  /** Structures faded (transparent) because they hide the focused one from the camera. */
  faded: readonly StructureId[];
  select: (id: StructureId | null) => void;
  /** Select a group: the panel shows it and all its members light up as selected. */
  selectGroup: (id: GroupId | null) => void;
  hover: (id: StructureId | null) => void;
  /** Light a structure up; `faded` lists what stands between the camera and it. */
  focus: (id: StructureId | null, faded?: readonly StructureId[]) => void;
  /** Esc / click on empty space: nothing selected, nothing lit, nothing faded. */
  clearSelection: () => void;
}

const NONE: readonly StructureId[] = [];

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selected: null,
  selectedGroup: null,
  hovered: null,
  focused: null,
  faded: NONE,
  select: (id) => {
    // Selecting something new ends a previous focus: its glow and fading belong to the old context.
    if (id === get().selected && get().focused === null && get().selectedGroup === null) return;
    set({ selected: id, selectedGroup: null, focused: null, faded: NONE });
  },
  selectGroup: (id) => {
    if (id === get().selectedGroup && get().focused === null && get().selected === null) return;
    set({ selected: null, selectedGroup: id, focused: null, faded: NONE });
  },
  hover: (id) => {
    if (id !== get().hovered) set({ hovered: id });
  },
  focus: (id, faded = NONE) => set({ focused: id, faded: id === null ? NONE : faded }),
  clearSelection: () => set({ selected: null, selectedGroup: null, focused: null, faded: NONE }),
});
