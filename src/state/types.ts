import type { StateCreator } from 'zustand';
import type { SelectionSlice } from './selectionSlice';
import type { PlaybackSlice } from './playbackSlice';
import type { CameraSlice } from './cameraSlice';
import type { StatusSlice } from './statusSlice';

/**
 * The whole viewer store: the intersection of its slices. To add a slice (pose, layers, quiz, tours,
 * lecture mode), write `fooSlice.ts` exporting `FooSlice` and `createFooSlice: SliceCreator<FooSlice>`,
 * add it to this type and spread it in `store.ts`.
 */
export type ViewerStore = SelectionSlice & PlaybackSlice & CameraSlice & StatusSlice;

/** A slice creator that can read and write the whole store (zustand's slices pattern). */
export type SliceCreator<T> = StateCreator<ViewerStore, [], [], T>;
