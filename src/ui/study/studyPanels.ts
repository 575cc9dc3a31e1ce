/**
 * Which of the on-demand study panels are open: flashcards and the printable worksheet (issue 14).
 * A small store of its own rather than a slice of the viewer's: the viewer's store is part of the
 * first download, which must not grow (tests/e2e/budgets.test.ts); this comes with the interface
 * after the first frame.
 */
import { create } from 'zustand';

export interface StudyPanelsState {
  flashcardsOpen: boolean;
  worksheetOpen: boolean;
  setFlashcardsOpen: (open: boolean) => void;
  setWorksheetOpen: (open: boolean) => void;
}

export const useStudyPanels = create<StudyPanelsState>()((set) => ({
  flashcardsOpen: false,
  worksheetOpen: false,
  setFlashcardsOpen: (flashcardsOpen) => set({ flashcardsOpen }),
  setWorksheetOpen: (worksheetOpen) => set({ worksheetOpen }),
}));
