/**
 * The function explorer's state: the bone whose attachments are listed and lit, the nerve or root
 * that is cut, the movement whose muscles are coloured, and whether lines of action are drawn.
 * Setters validate their ids and return false (changing nothing) for an unknown one.
 */
import { isStructureId, kindOf } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { isLesionId, isMovementId } from '../anatomy/function';
import type { LesionId, MovementId } from '../anatomy/function';
import type { SliceCreator } from './types';

/** Which ends of the selected muscle's attachments are lit on the bones. */
export type AttachmentEnds = 'origin' | 'insertion' | 'both';

export interface ExplorerSlice {
  lesion: LesionId | null;
  movement: MovementId | null;
  linesOfAction: boolean;
  attachmentEnds: AttachmentEnds;
  /**
   * Select a bone (shown if it was hidden): the panel lists what attaches to it and its footprints
   * light up. null clears a bone selection. False (nothing changes) for an id that is not a bone.
   */
  selectBone: (id: string | null) => boolean;
  setLesion: (id: string | null) => boolean;
  setMovement: (id: string | null) => boolean;
  setLinesOfAction: (on: boolean) => void;
  setAttachmentEnds: (ends: AttachmentEnds) => void;
}

export function isBoneId(value: unknown): value is StructureId {
  return isStructureId(value) && kindOf(value) === 'bone';
}

/** The bone of bone-first navigation: the selection when it is a bone. */
export function currentBone(s: { selected: StructureId | null }): StructureId | null {
  return isBoneId(s.selected) ? s.selected : null;
}

export const createExplorerSlice: SliceCreator<ExplorerSlice> = (set, get) => ({
  lesion: null,
  movement: null,
  linesOfAction: false,
  attachmentEnds: 'both',
  selectBone: (id) => {
    if (id === null) {
      if (currentBone(get())) get().clearSelection();
      return true;
    }
    if (!isBoneId(id)) return false;
    get().revealStructure(id);
    get().select(id);
    return true;
  },
  setLesion: (id) => {
    if (id !== null && !isLesionId(id)) return false;
    set({ lesion: id });
    return true;
  },
  setMovement: (id) => {
    if (id !== null && !isMovementId(id)) return false;
    set({ movement: id });
    return true;
  },
  setLinesOfAction: (linesOfAction) => set({ linesOfAction: linesOfAction === true }),
  setAttachmentEnds: (attachmentEnds) => set({ attachmentEnds }),
});
