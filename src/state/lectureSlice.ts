/** Lecture mode: a projector view (large type, high contrast, panels collapsed, the leg large). */
import type { SliceCreator } from './types';

export interface LectureSlice {
  lecture: boolean;
  setLecture: (on: boolean) => void;
  toggleLecture: () => void;
}

export const createLectureSlice: SliceCreator<LectureSlice> = (set, get) => ({
  lecture: false,
  setLecture: (lecture) => {
    if (get().lecture !== lecture) set({ lecture });
  },
  toggleLecture: () => set({ lecture: !get().lecture }),
});
