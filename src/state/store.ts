import { create } from 'zustand';
import { createSelectionSlice } from './selectionSlice';
import { createPlaybackSlice } from './playbackSlice';
import { createCameraSlice } from './cameraSlice';
import { createStatusSlice } from './statusSlice';
import { createLayersSlice } from './layersSlice';
import { createQuizSlice } from './quizSlice';
import { createPinsSlice } from './pinsSlice';
import { createPoseSlice } from './poseSlice';
import { createLectureSlice } from './lectureSlice';
import { createTourSlice } from './tourSlice';
import { createExplorerSlice } from './explorerSlice';
import { createClinicalSlice } from './clinicalSlice';
import { createFootMotionSlice } from './footMotionSlice';
import { createLiveSlice } from './liveSlice';
import type { ViewerStore } from './types';

export type { ViewerStore, SliceCreator } from './types';

/**
 * The viewer's one store, composed of slices (one file each). Read it through selectors
 * (`useViewer((s) => s.selected)`); per-frame code reads `useViewer.getState()` instead.
 */
export const useViewer = create<ViewerStore>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createPlaybackSlice(...a),
  ...createCameraSlice(...a),
  ...createStatusSlice(...a),
  ...createLayersSlice(...a),
  ...createQuizSlice(...a),
  ...createPinsSlice(...a),
  ...createPoseSlice(...a),
  ...createLectureSlice(...a),
  ...createTourSlice(...a),
  ...createExplorerSlice(...a),
  ...createClinicalSlice(...a),
  ...createFootMotionSlice(...a),
  ...createLiveSlice(...a),
}));

/** The state the store starts with, for tests to reset to (`useViewer.setState(initialViewerState, true)`). */
export const initialViewerState: ViewerStore = useViewer.getState();
