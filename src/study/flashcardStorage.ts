/**
 * Flashcard progress on this device: read (validated; a corrupt value is discarded and the reason
 * returned for a notice) and write. No React, no scene.
 */
import { readStored, writeStored } from '../state/deviceStorage';
import { EMPTY_PROGRESS } from './flashcardSchedule';
import type { FlashcardProgress } from './flashcardSchedule';
import { FLASHCARDS_STORAGE_KEY, flashcardProgressSchema } from './flashcardProgressSchema';

export { FLASHCARDS_STORAGE_KEY };

/** The saved progress, or empty progress; `notice` says why a stored value was discarded. */
export function loadFlashcardProgress(): { progress: FlashcardProgress; notice: string | null } {
  const read = readStored(FLASHCARDS_STORAGE_KEY, flashcardProgressSchema, 'flashcard progress');
  if (read.status === 'ok') return { progress: read.value, notice: null };
  return { progress: EMPTY_PROGRESS, notice: read.status === 'discarded' ? read.problem : null };
}

/** Saves the progress; false when storage is unavailable or full (the session goes on in memory). */
export function saveFlashcardProgress(progress: FlashcardProgress): boolean {
  return writeStored(FLASHCARDS_STORAGE_KEY, progress);
}
