/** Which of the on-demand study panels are open: flashcards and the printable worksheet (issue 14). */
import type { SliceCreator } from './types';

export interface StudyPanelsSlice {
  flashcardsOpen: boolean;
  worksheetOpen: boolean;
  setFlashcardsOpen: (open: boolean) => void;
  setWorksheetOpen: (open: boolean) => void;
}

export const createStudyPanelsSlice: SliceCreator<StudyPanelsSlice> = (set) => ({
  flashcardsOpen: false,
  worksheetOpen: false,
  setFlashcardsOpen: (flashcardsOpen) => set({ flashcardsOpen }),
  setWorksheetOpen: (worksheetOpen) => set({ worksheetOpen }),
});
