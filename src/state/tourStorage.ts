/**
 * The tour in progress and the teacher's draft, kept in localStorage so they survive a reload.
 * Every read is validated (deviceStorage.ts); a malformed value is removed and reported.
 */
import { z } from 'zod';
import { tourStepSchema } from '../anatomy/tourSchema';
import type { TourStep } from '../anatomy/tourSchema';
import { readStored, removeStored, writeStored } from './deviceStorage';
import type { StoredRead } from './deviceStorage';

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

export const readTourProgress = () => readStored(TOUR_STORAGE_KEYS.progress, progressSchema, 'tour progress');
export const writeTourProgress = (p: TourProgress | null) =>
  p ? writeStored(TOUR_STORAGE_KEYS.progress, p) : (removeStored(TOUR_STORAGE_KEYS.progress), true);

export const readTourDraft = (): StoredRead<TourStep[]> =>
  readStored(TOUR_STORAGE_KEYS.draft, draftSchema, 'tour draft') as StoredRead<TourStep[]>;
export const writeTourDraft = (steps: readonly TourStep[]) =>
  steps.length > 0 ? writeStored(TOUR_STORAGE_KEYS.draft, steps) : (removeStored(TOUR_STORAGE_KEYS.draft), true);
