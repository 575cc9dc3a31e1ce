/**
 * Spaced repetition for the flashcards with FSRS (ts-fsrs): each card's memory state as plain JSON
 * for this device's storage, grading, and the queue of a study session (due cards first, then new
 * ones in deck order). Pure: times come in as arguments.
 */
import { State, createEmptyCard, fsrs } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import type { Flashcard } from './flashcardDeck';

/** A card's FSRS state as stored (dates as ISO strings, so it round-trips through JSON). */
export interface StoredSchedule {
  due: string;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review: string | null;
}

/** What the device keeps: the schedule of every card studied at least once, by card id. */
export interface FlashcardProgress {
  version: 1;
  cards: Record<string, StoredSchedule>;
}

export const GRADES = [
  { grade: 1, label: 'Again' },
  { grade: 2, label: 'Hard' },
  { grade: 3, label: 'Good' },
  { grade: 4, label: 'Easy' },
] as const;
export type GradeValue = (typeof GRADES)[number]['grade'];

export const EMPTY_PROGRESS: FlashcardProgress = { version: 1, cards: {} };

// Fuzz off: the same grades at the same times give the same schedule (tests, and two devices).
const scheduler = fsrs({ enable_fuzz: false });

function toCard(s: StoredSchedule): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.last_review ? new Date(s.last_review) : undefined,
  };
}

function toStored(c: Card): StoredSchedule {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review ? c.last_review.toISOString() : null,
  };
}

/** The schedule of a card never studied (due now). */
export function newSchedule(now: Date): StoredSchedule {
  return toStored(createEmptyCard(now));
}

/** The card's schedule after grading it at `now` (1 Again, 2 Hard, 3 Good, 4 Easy). */
export function gradeSchedule(current: StoredSchedule | undefined, grade: GradeValue, now: Date): StoredSchedule {
  if (![1, 2, 3, 4].includes(grade)) throw new Error(`gradeSchedule: expected a grade 1–4, received ${String(grade)}`);
  const card = current ? toCard(current) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, grade as Grade).card);
}

/** Progress with one card graded. */
export function gradeCard(progress: FlashcardProgress, cardId: string, grade: GradeValue, now: Date): FlashcardProgress {
  return { version: 1, cards: { ...progress.cards, [cardId]: gradeSchedule(progress.cards[cardId], grade, now) } };
}

/** When each grade would bring the card back, for the grade buttons ("10 min", "3 d"). */
export function nextIntervals(current: StoredSchedule | undefined, now: Date): Record<GradeValue, string> {
  const out = {} as Record<GradeValue, string>;
  for (const { grade } of GRADES) out[grade] = formatInterval(new Date(gradeSchedule(current, grade, now).due).getTime() - now.getTime());
  return out;
}

export function formatInterval(ms: number): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.round(h / 24);
  if (d < 31) return `${d} d`;
  const mo = Math.round(d / 30);
  return mo < 12 ? `${mo} mo` : `${(d / 365).toFixed(1)} y`;
}

export function isDue(s: StoredSchedule, now: Date): boolean {
  return new Date(s.due).getTime() <= now.getTime();
}

/**
 * The cards to study now: studied cards that are due (most overdue first), then up to `newLimit`
 * cards never studied, in deck order.
 */
export function sessionQueue(deck: readonly Flashcard[], progress: FlashcardProgress, now: Date, newLimit = 20): Flashcard[] {
  const due = deck
    .filter((c) => progress.cards[c.id] && isDue(progress.cards[c.id], now))
    .sort((a, b) => new Date(progress.cards[a.id].due).getTime() - new Date(progress.cards[b.id].due).getTime());
  const fresh = deck.filter((c) => !progress.cards[c.id]).slice(0, Math.max(0, newLimit));
  return [...due, ...fresh];
}

/** Counts for the panel's header. */
export function deckStats(deck: readonly Flashcard[], progress: FlashcardProgress, now: Date): { fresh: number; due: number; learned: number } {
  let fresh = 0;
  let due = 0;
  for (const c of deck) {
    const s = progress.cards[c.id];
    if (!s) fresh++;
    else if (isDue(s, now)) due++;
  }
  return { fresh, due, learned: deck.length - fresh - due };
}
