import type { StateCreator } from 'zustand';
import type { SelectionSlice } from './selectionSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { CameraSlice } from './cameraSlice';
import type { StatusSlice } from './statusSlice';
import type { LayersSlice } from './layersSlice';
import type { QuizSlice } from './quizSlice';
import type { PinsSlice } from './pinsSlice';
import type { PoseSlice } from './poseSlice';
import type { LectureSlice } from './lectureSlice';
import type { TourSlice } from './tourSlice';
import type { ExplorerSlice } from './explorerSlice';
import type { ClinicalSlice } from './clinicalSlice';
import type { FootMotionSlice } from './footMotionSlice';
import type { LiveSlice } from './liveSlice';

/**
 * The whole viewer store: the intersection of its slices. To add a slice (pose, layers, quiz, tours,
 * lecture mode), write `fooSlice.ts` exporting `FooSlice` and `createFooSlice: SliceCreator<FooSlice>`,
 * add it to this type and spread it in `store.ts`.
 */
export type ViewerStore = SelectionSlice &
  PlaybackSlice &
  CameraSlice &
  StatusSlice &
  LayersSlice &
  QuizSlice &
  PinsSlice &
  PoseSlice &
  LectureSlice &
  TourSlice &
  ExplorerSlice &
  FootMotionSlice &
  ClinicalSlice &
  LiveSlice;

/** A slice creator that can read and write the whole store (zustand's slices pattern). */
export type SliceCreator<T> = StateCreator<ViewerStore, [], [], T>;
