/**
 * The tour in progress and the teacher's draft, kept in localStorage so they survive a reload.
 * Every read is validated; a malformed value is removed and reported (never trusted).
 */
import { z } from 'zod';
import { tourStepSchema } from '../anatomy/tourSchema';
import type { TourStep } from '../anatomy/tourSchema';

export const TOUR_STORAGE_KEYS = {
  progress: 'anatomy-viewer:tour-progress:v1',
  draft: 'anatomy-viewer:tour-draft:v1',
} as const;

const progressSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a tour id'),
  step: z.number().int('expected a whole step number').min(0, 'expected a step ≥ 0'),
});
export type TourProgress = z.infer<typeof progressSchema>;

const draftSchema = z.array(tourStepSchema).max(200, 'expected at most 200 steps');

export type StoredValue<T> = { status: 'empty' } | { status: 'ok'; value: T } | { status: 'discarded'; problem: string };

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // storage blocked (sandboxed iframe, privacy settings)
  }
}

function read<T>(key: string, schema: z.ZodType<T>, what: string): StoredValue<T> {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store ? store.getItem(key) : null;
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  let problem: string;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return { status: 'ok', value: parsed.data };
    const first = parsed.error.issues[0];
    problem = first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'invalid value';
  } catch {
    problem = 'not valid JSON';
  }
  remove(key);
  return { status: 'discarded', problem: `The ${what} saved on this device could not be read (${problem}) and was discarded.` };
}

function write(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // full or blocked: the tour still works, it just will not survive a reload
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // blocked: nothing to remove
  }
}

export const readTourProgress = () => read(TOUR_STORAGE_KEYS.progress, progressSchema, 'tour progress');
export const writeTourProgress = (p: TourProgress | null) =>
  p ? write(TOUR_STORAGE_KEYS.progress, p) : (remove(TOUR_STORAGE_KEYS.progress), true);

export const readTourDraft = (): StoredValue<TourStep[]> =>
  read(TOUR_STORAGE_KEYS.draft, draftSchema, 'tour draft') as StoredValue<TourStep[]>;
export const writeTourDraft = (steps: readonly TourStep[]) =>
  steps.length > 0 ? write(TOUR_STORAGE_KEYS.draft, steps) : (remove(TOUR_STORAGE_KEYS.draft), true);
