/** The flashcards and worksheet panels, each loaded (code, ts-fsrs, outline renderer) when first opened. */
import { Suspense, lazy } from 'react';
import { useViewer } from '../../state/store';

const Flashcards = lazy(() => import('./FlashcardsPanel'));
const Worksheet = lazy(() => import('./WorksheetPanel'));

export function FlashcardsPanelLazy() {
  const open = useViewer((s) => s.flashcardsOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading flashcards…</p>}>
      <Flashcards />
    </Suspense>
  ) : null;
}

export function WorksheetPanelLazy() {
  const open = useViewer((s) => s.worksheetOpen);
  return open ? (
    <Suspense fallback={<p className="muted">Loading the worksheet…</p>}>
      <Worksheet />
    </Suspense>
  ) : null;
}
