/** Validates flashcard progress read back from this device's storage (see deviceStorage.ts). */
import { z } from 'zod';
import type { FlashcardProgress } from './flashcardSchedule';

/** The localStorage key (starts with `flashcards`; the version is in the value). */
export const FLASHCARDS_STORAGE_KEY = 'flashcards-progress';

const isoDate = z.iso.datetime();
const count = z.number().int().min(0).max(1_000_000);

export const storedScheduleSchema = z.strictObject({
  due: isoDate,
  stability: z.number().finite().min(0),
  difficulty: z.number().finite().min(0).max(10),
  scheduled_days: count,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: z.number().int().min(0).max(3),
  last_review: isoDate.nullable(),
});

export const flashcardProgressSchema: z.ZodType<FlashcardProgress> = z.strictObject({
  version: z.literal(1),
  // Card ids are `<kind>:<structure id>`; ids the current deck lacks are kept but never shown.
  cards: z.record(z.string().regex(/^[a-z]+:[a-z0-9_]+$/).max(100), storedScheduleSchema),
});
