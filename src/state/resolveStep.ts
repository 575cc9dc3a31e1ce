/**
 * Which viewer state a tour step means: steps only name what changes, so a step's full state is
 * folded from the steps before it. Pure; apart from tourSteps.ts so the store needs no zod.
 */
import type { ActionId, StructureId, StructureKind } from '../anatomy/ids';
import type { Tour } from '../anatomy/tourSchema';
import type { ViewName } from '../embed/types';

/** The whole state a step stands for. `undefined` fields were never set by any step up to it. */
export interface ResolvedStep {
  index: number;
  caption: string;
  title?: string;
  view?: ViewName | 'reset';
  select?: StructureId | null;
  /** Only the step's own focus: lighting up is a moment, not a state that carries on. */
  focus?: StructureId;
  pose: { knee?: number; ankle?: number };
  action?: ActionId | null;
  layers: Partial<Record<StructureKind, boolean>>;
  /** Only the step's own clinical preset: it sets a pose, camera and selection of its own. */
  preset?: { id: string; step?: number };
}

/** The state of step `index` (0-based) of `tour`; throws RangeError outside 0…steps−1. */
export function resolveStep(tour: Tour, index: number): ResolvedStep {
  if (!Number.isInteger(index) || index < 0 || index >= tour.steps.length) {
    throw new RangeError(`Tour "${tour.id}" has steps 1–${tour.steps.length}; step ${index + 1} does not exist`);
  }
  const r: ResolvedStep = { index, caption: '', pose: {}, layers: {} };
  for (let i = 0; i <= index; i++) {
    const step = tour.steps[i];
    if (step.view !== undefined) r.view = step.view;
    if (step.select !== undefined) r.select = step.select;
    if (step.action !== undefined) r.action = step.action;
    if (step.pose?.knee !== undefined) r.pose.knee = step.pose.knee;
    if (step.pose?.ankle !== undefined) r.pose.ankle = step.pose.ankle;
    if (step.layers) Object.assign(r.layers, step.layers);
  }
  const own = tour.steps[index];
  r.caption = own.caption;
  if (own.title !== undefined) r.title = own.title;
  if (own.focus !== undefined) r.focus = own.focus;
  if (own.preset !== undefined) r.preset = own.preset;
  return r;
}
