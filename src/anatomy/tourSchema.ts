/**
 * Schema of a guided tour (data/tours/*.json): a short sequence of steps, each a caption plus the
 * viewer state it sets (view, selection, lit-up attachment, pose, playing action, visible layers).
 * Pure: the viewer applies the steps; this file only defines and validates them.
 */
import { z } from 'zod';
import { VIEW_NAMES } from '../embed/types';
import type { ViewName } from '../embed/types';
import { ACTIONS, STRUCTURE_KINDS } from './ids';
import type { ActionId, StructureId, StructureKind } from './ids';
import { JOINTS } from '../kinematics/joints';
import type { JointId } from '../kinematics/joints';
import { AnatomyDataError, formatIssues } from './errors';
import { structureIdSchema } from './schema';

/** Longest caption we accept: a step should be read in a few seconds. */
export const MAX_CAPTION_LENGTH = 240;

const text = z.string().trim().min(1, 'expected a non-empty string');

function angleIn(joint: JointId) {
  const { min, max } = JOINTS[joint].range;
  return z
    .number()
    .refine((v) => Number.isFinite(v) && v >= min && v <= max, {
      error: (issue) => `${String(issue.input)}° is outside the ${joint} range ${min}…${max}°`,
    });
}

export const tourStepSchema = z.strictObject({
  caption: text.max(MAX_CAPTION_LENGTH, `expected at most ${MAX_CAPTION_LENGTH} characters`),
  title: text.optional(),
  view: z.enum([...VIEW_NAMES, 'reset']).optional(),
  /** Structure to select; null clears the selection; absent leaves it as it is. */
  select: structureIdSchema.nullable().optional(),
  /** Attachment area or linked structure to light up. */
  focus: structureIdSchema.optional(),
  /** Joint angles in degrees (knee flexion, ankle plantarflexion), within joints.ts ranges. */
  pose: z.strictObject({ knee: angleIn('knee').optional(), ankle: angleIn('ankle').optional() }).optional(),
  /** Action to play; null stops playback. */
  action: z.enum(ACTIONS).nullable().optional(),
  /** Layers to show (true) or hide (false); kinds not named keep their visibility. */
  layers: z.partialRecord(z.enum(STRUCTURE_KINDS), z.boolean()).optional(),
  /** A clinical-lab preset step (data/clinical.json) to show, after the fields above; step 0-based. */
  preset: z.strictObject({ id: text, step: z.number().int().min(0).optional() }).optional(),
});

export const tourSchema = z.strictObject({
  /** Kebab-case, the file name without .json. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id like "gastrocnemius-in-five-minutes"'),
  title: text,
  description: text,
  steps: z.array(tourStepSchema).min(1, 'expected at least one step'),
});

export interface TourStep {
  caption: string;
  title?: string;
  view?: ViewName | 'reset';
  select?: StructureId | null;
  focus?: StructureId;
  pose?: { knee?: number; ankle?: number };
  action?: ActionId | null;
  layers?: Partial<Record<StructureKind, boolean>>;
  preset?: { id: string; step?: number };
}

export interface Tour {
  id: string;
  title: string;
  description: string;
  steps: TourStep[];
}

/** Validates a tour; throws AnatomyDataError naming the file and the field path of each problem. */
export function parseTour(json: unknown, file = 'data/tours/(unnamed).json'): Tour {
  const result = tourSchema.safeParse(json);
  if (!result.success) throw new AnatomyDataError(file, formatIssues(result.error.issues));
  return result.data as Tour;
}
