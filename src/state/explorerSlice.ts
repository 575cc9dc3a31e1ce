/**
 * The function explorer's state: the bone whose attachments are listed and lit, the nerve or root
 * that is cut, the movement whose muscles are coloured, and whether lines of action are drawn.
 * Setters validate their ids and return false (changing nothing) for an unknown one.
 */
import { isStructureId, kindOf } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { isLesionId, isMovementId } from '../anatomy/functionIds';
import type { LesionId, MovementId } from '../anatomy/functionIds';
import type { LesionSummary } from '../anatomy/lesionModel';
import { AREA_BONE } from '../anatomy/structureIndex';
import type { SliceCreator } from './types';

/** Which ends of the selected muscle's attachments are lit on the bones. */
export type AttachmentEnds = 'origin' | 'insertion' | 'both';

export interface ExplorerSlice {
  lesion: LesionId | null;
  movement: MovementId | null;
  linesOfAction: boolean;
  attachmentEnds: AttachmentEnds;
  /** Moment arms (mm) of the muscles whose lines of action are drawn, written by the overlay as the pose changes. */
  momentArms: Readonly<Record<string, MomentArmsMm>>;
  /**
   * What the cut leaves of each movement (% strength at the current pose, lost / weak / normal) and
   * the numb skin; null with nothing cut. Written by the explorer (it follows the pose) once its
   * chunk has loaded.
   */
  lesionEffect: LesionSummary | null;
  /**
   * Select a bone (shown if it was hidden): the panel lists what attaches to it and its footprints
   * light up. null clears a bone selection. False (nothing changes) for an id that is not a bone.
   */
  selectBone: (id: string | null) => boolean;
  setLesion: (id: string | null) => boolean;
  setMovement: (id: string | null) => boolean;
  setLinesOfAction: (on: boolean) => void;
  setAttachmentEnds: (ends: AttachmentEnds) => void;
  /** Called by the line-of-action overlay only. */
  reportMomentArms: (arms: Readonly<Record<string, MomentArmsMm>>) => void;
  /** Called by the explorer only: the graded effect of `lesion` (ignored when it is no longer the cut). */
  reportLesionEffect: (lesion: LesionId, effect: LesionSummary) => void;
}

/** Moment arms about the joints a muscle crosses, mm (+ knee flexion / plantarflexion, − dorsiflexion). */
export interface MomentArmsMm {
  knee?: number;
  ankle?: number;
}

const NO_ARMS: Readonly<Record<string, MomentArmsMm>> = {};

export function isBoneId(value: unknown): value is StructureId {
  return isStructureId(value) && kindOf(value) === 'bone';
}

/** The bone an attachment-area mesh lies on (from the muscles' attachments in structures.json), or null. */
export function boneOfArea(area: StructureId): StructureId | null {
  return AREA_BONE[area] ?? null;
}

/** The bone of bone-first navigation: the selection when it is a bone, or the bone under a selected attachment area. */
export function currentBone(s: { selected: StructureId | null }): StructureId | null {
  const id = s.selected;
  if (!id) return null;
  if (isBoneId(id)) return id;
  return kindOf(id) === 'attachment' ? boneOfArea(id) : null;
}

export const createExplorerSlice: SliceCreator<ExplorerSlice> = (set, get) => ({
  lesion: null,
  movement: null,
  linesOfAction: false,
  attachmentEnds: 'both',
  momentArms: NO_ARMS,
  lesionEffect: null,
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
    if (id !== get().lesion) set({ lesion: id, lesionEffect: null });
    return true;
  },
  setMovement: (id) => {
    if (id !== null && !isMovementId(id)) return false;
    set({ movement: id });
    return true;
  },
  setLinesOfAction: (linesOfAction) => set({ linesOfAction: linesOfAction === true }),
  setAttachmentEnds: (attachmentEnds) => set({ attachmentEnds }),
  reportLesionEffect: (lesion, effect) => {
    if (get().lesion !== lesion) return;
    if (JSON.stringify(effect) !== JSON.stringify(get().lesionEffect)) set({ lesionEffect: effect });
  },
  reportMomentArms: (arms) => {
    if (JSON.stringify(arms) !== JSON.stringify(get().momentArms)) set({ momentArms: Object.keys(arms).length ? arms : NO_ARMS });
  },
});
