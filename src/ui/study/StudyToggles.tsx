/**
 * The Study tools buttons that open the flashcards and the printable worksheet. Tiny, part of the
 * deferred interface; the panels themselves load on first use (lazy.tsx).
 */
import { useStudyPanels } from './studyPanels';

export function FlashcardsToggle() {
  const open = useStudyPanels((s) => s.flashcardsOpen);
  return (
    <button
      type="button"
      className="chip chip-small"
      data-testid="flashcards-toggle"
      aria-pressed={open}
      aria-controls={open ? 'flashcards-panel' : undefined}
      title="Spaced-repetition flashcards from the model's data"
      onClick={() => useStudyPanels.getState().setFlashcardsOpen(!open)}
    >
      Flashcards
    </button>
  );
}

export function WorksheetToggle() {
  const open = useStudyPanels((s) => s.worksheetOpen);
  return (
    <button
      type="button"
      className="chip chip-small"
      data-testid="worksheet-toggle"
      aria-pressed={open}
      aria-controls={open ? 'worksheet-panel' : undefined}
      title="A numbered outline plate of the current view to print or download, with an answer key"
      onClick={() => useStudyPanels.getState().setWorksheetOpen(!open)}
    >
      Print worksheet
    </button>
  );
}
