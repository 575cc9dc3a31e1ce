import type { StructureId } from '../anatomy/ids';
import type { ViewName } from '../embed/types';
import type { SliceCreator } from './types';

/** Where the camera should go next; the camera rig consumes it. */
export type CameraGoal =
  | { type: 'view'; view: ViewName }
  | { type: 'reset' }
  /** Frame a structure (select + frame from a related-muscle link, the list's "show" action). */
  | { type: 'frame'; id: StructureId }
  /** Fly to where an attachment area / nerve / vessel is visible, light it up and fade what hides it. */
  | { type: 'focus'; id: StructureId };

export interface CameraSlice {
  /** The last view preset applied, or null once the user orbited away from it. */
  view: ViewName | null;
  cameraMoving: boolean;
  /** The pending goal and a counter so the same goal twice still triggers. */
  cameraGoal: CameraGoal | null;
  cameraGoalSeq: number;
  setView: (view: ViewName) => void;
  resetView: () => void;
  frameStructure: (id: StructureId) => void;
  /** Fly to a structure and light it up (see CameraGoal 'focus'). */
  flyToFocus: (id: StructureId) => void;
  /** Called by the rig: the user moved the camera, so no preset applies any more. */
  leaveView: () => void;
  setCameraMoving: (moving: boolean) => void;
}

export const DEFAULT_VIEW: ViewName = 'posterior';

export const createCameraSlice: SliceCreator<CameraSlice> = (set, get) => ({
  view: DEFAULT_VIEW,
  cameraMoving: false,
  cameraGoal: null,
  cameraGoalSeq: 0,
  setView: (view) => set((s) => ({ view, cameraGoal: { type: 'view', view }, cameraGoalSeq: s.cameraGoalSeq + 1 })),
  resetView: () =>
    set((s) => ({ view: DEFAULT_VIEW, cameraGoal: { type: 'reset' }, cameraGoalSeq: s.cameraGoalSeq + 1 })),
  frameStructure: (id) =>
    set((s) => ({ view: null, cameraGoal: { type: 'frame', id }, cameraGoalSeq: s.cameraGoalSeq + 1 })),
  flyToFocus: (id) =>
    set((s) => ({ view: null, cameraGoal: { type: 'focus', id }, cameraGoalSeq: s.cameraGoalSeq + 1 })),
  leaveView: () => {
    if (get().view !== null) set({ view: null });
  },
  setCameraMoving: (cameraMoving) => {
    if (get().cameraMoving !== cameraMoving) set({ cameraMoving });
  },
});
