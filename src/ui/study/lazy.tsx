/** The flashcards and worksheet panels, each loaded (code, ts-fsrs, outline renderer) when first opened. */
import { Suspense, lazy } from 'react';
import { useStudyPanels } from './studyPanels';

const Flashcards = lazy(() => import('./FlashcardsPanel'));
const Worksheet = lazy(() => import('./WorksheetPanel'));

export function FlashcardsPanelLazy() {
  const open = useStudyPanels((s) => s.flashcardsOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading flashcards…</p>}>
      <Flashcards />
    </Suspense>
  ) : null;
}

export function WorksheetPanelLazy() {
  const open = useStudyPanels((s) => s.worksheetOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading the worksheet…</p>}>
      <Worksheet />
    </Suspense>
  ) : null;
}
