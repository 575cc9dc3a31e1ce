/**
 * Flashcards (`data-testid="flashcards-panel"`, loaded on first use): a study session of cards from
 * the model's data, scheduled with FSRS. The front poses the 3D view (neutral pose, the card's
 * structure made visible, framed and lit); Space shows the back (the answer and a link to the
 * structure's panel); 1–4 grade it Again/Hard/Good/Easy. Progress is kept on this device.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { anatomy } from '../../anatomy/data';
import { DECKS, buildDeck, filterDeck } from '../../study/flashcardDeck';
import type { DeckId, Flashcard } from '../../study/flashcardDeck';
import { GRADES, deckStats, gradeCard, nextIntervals, sessionQueue } from '../../study/flashcardSchedule';
import type { FlashcardProgress, GradeValue } from '../../study/flashcardSchedule';
import { loadFlashcardProgress, saveFlashcardProgress } from '../../study/flashcardStorage';
import { deckToCsv } from '../../study/flashcardsCsv';
import { useViewer } from '../../state/store';
import type { StructureId } from '../../anatomy/ids';
import { getSceneHandle } from '../../scene/sceneHandle';
import { hiddenBy } from '../../scene/hiddenBy';
import { useStudyPanels } from './studyPanels';
import { CloseIcon } from '../CloseIcon';
import './study-tools.css';

/** New cards per session (due cards always come first). */
const NEW_PER_SESSION = 20;

/** Fade what stands between the camera and `id` now (as a footprint flight does), if it is still the lit one. */
function fadeOccluders(id: StructureId): void {
  const handle = getSceneHandle();
  const entry = handle?.index.structures.get(id);
  const s = useViewer.getState();
  if (!handle || !entry || s.focused !== id) return;
  s.focus(id, hiddenBy(handle.index, entry, handle.camera.position));
}

/**
 * Pose the 3D view for a card's front: anatomical position, the structure shown, framed and lit,
 * and once the camera has arrived, what hides it faded (a bone or a deep muscle is otherwise only
 * a lit sliver between the muscles). Returns a function that stops waiting for the camera.
 */
function poseFront(card: Flashcard): () => void {
  const s = useViewer.getState();
  s.clearSelection();
  s.setPose({ knee: 0, ankle: 0 });
  s.revealStructure(card.show);
  if (card.show !== card.structure || card.kind === 'attachment') {
    // An attachment footprint: fly to where it is visible and fade what hides it.
    s.flyToFocus(card.show);
    return () => undefined;
  }
  s.frameStructure(card.show);
  s.focus(card.show);
  const stop = useViewer.subscribe((now, prev) => {
    if (prev.cameraMoving && !now.cameraMoving) {
      stop();
      fadeOccluders(card.show);
    }
  });
  return stop;
}

/** Keys that belong to text fields, not to the cards. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['range', 'button', 'submit', 'checkbox', 'radio'].includes(target.type);
}

function downloadCsv(deck: readonly Flashcard[]): void {
  const url = URL.createObjectURL(new Blob([deckToCsv(deck)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'lower-leg-flashcards.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function FlashcardsPanel() {
  const fullDeck = useMemo(() => buildDeck(anatomy), []);
  const [deckId, setDeckId] = useState<DeckId>('all');
  const deck = useMemo(() => filterDeck(fullDeck, DECKS.find((d) => d.id === deckId)!.kinds), [fullDeck, deckId]);
  const [progress, setProgress] = useState<FlashcardProgress>(() => {
    const { progress: p, notice } = loadFlashcardProgress();
    if (notice) queueMicrotask(() => useViewer.getState().showNotice(notice));
    return p;
  });
  const [queue, setQueue] = useState<Flashcard[]>(() => sessionQueue(deck, progress, new Date(), NEW_PER_SESSION));
  const [flipped, setFlipped] = useState(false);
  const [studied, setStudied] = useState(0);
  const card = queue[0] ?? null;
  const chooseDeck = (id: DeckId) => {
    setDeckId(id);
    const kinds = DECKS.find((d) => d.id === id)!.kinds;
    setQueue(sessionQueue(filterDeck(fullDeck, kinds), progress, new Date(), NEW_PER_SESSION));
    setFlipped(false);
  };
  const close = () => useStudyPanels.getState().setFlashcardsOpen(false);

  useEffect(() => (card ? poseFront(card) : undefined), [card]);

  const grade = useCallback(
    (g: GradeValue) => {
      if (!card || !flipped) return;
      const next = gradeCard(progress, card.id, g, new Date());
      saveFlashcardProgress(next);
      setProgress(next);
      // Again: the card comes back at the end of this session as well as on its schedule.
      setQueue((q) => (g === 1 ? [...q.slice(1), q[0]] : q.slice(1)));
      setFlipped(false);
      setStudied((n) => n + 1);
    },
    [card, flipped, progress],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || !card) return;
      if (e.key === ' ' || e.code === 'Space') {
        // Before the app's Space (play/pause) and before a focused button's own click.
        e.preventDefault();
        setFlipped((f) => !f);
      } else if (flipped && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        grade(Number(e.key) as GradeValue);
      }
    };
    // A focused button acts on Space's keyup (its click), not on keydown: swallow that keyup too, or
    // "Show answer" or a grade button under the focus would fire as well as the flip.
    const onKeyUp = (e: KeyboardEvent) => {
      if (!card || isTyping(e.target) || !(e.key === ' ' || e.code === 'Space')) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
    };
  }, [card, flipped, grade]);

  const stats = deckStats(deck, progress, new Date());
  const intervals = card && flipped ? nextIntervals(progress.cards[card.id], new Date()) : null;
  return (
    <section
      className="study-tool-panel flashcards"
      id="flashcards-panel"
      data-testid="flashcards-panel"
      aria-labelledby="flashcards-title"
      data-card-id={card?.id ?? ''}
      data-side={flipped ? 'back' : 'front'}
    >
      <header className="study-tool-head">
        <h2 id="flashcards-title">Flashcards</h2>
        <p className="study-tool-meta" data-testid="flashcards-stats" aria-live="polite">
          {stats.due} due · {stats.fresh} new · {stats.learned} scheduled · {studied} this session
        </p>
        <button type="button" className="icon-button small" aria-label="Close the flashcards" onClick={close}>
          <CloseIcon />
        </button>
      </header>
      <label className="flashcards-deck">
        Deck{' '}
        <select data-testid="flashcards-deck" value={deckId} onChange={(e) => chooseDeck(e.target.value as DeckId)}>
          {DECKS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      {card ? (
        <div className="flashcard" data-testid="flashcard" aria-live="polite">
          <p className="flashcard-front" data-testid="flashcard-front">
            {card.front}
          </p>
          {flipped ? (
            <>
              <p className="flashcard-back" data-testid="flashcard-back">
                {card.back}
              </p>
              <p className="flashcard-link">
                <button type="button" className="study-link" onClick={() => useViewer.getState().select(card.structure)}>
                  Open {anatomy.structures[card.structure].name}
                </button>
              </p>
              <div className="flashcard-grades" role="group" aria-label="How well did you know it?">
                {GRADES.map(({ grade: g, label }) => (
                  <button key={g} type="button" className="chip flashcard-grade" data-grade={g} onClick={() => grade(g)}>
                    <span>
                      {g} {label}
                    </span>
                    <small>{intervals?.[g]}</small>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="chip primary flashcard-flip" onClick={() => setFlipped(true)}>
              Show answer <kbd>Space</kbd>
            </button>
          )}
        </div>
      ) : (
        <p data-testid="flashcards-done">Nothing due now. Come back later, or export the deck to study elsewhere.</p>
      )}
      <p className="study-tool-foot">
        <button type="button" className="chip chip-small" data-testid="flashcards-csv" onClick={() => downloadCsv(deck)}>
          Download CSV
        </button>
        <span className="muted">
          {deck.length} cards · imports into Anki (front, back)
        </span>
      </p>
    </section>
  );
}
