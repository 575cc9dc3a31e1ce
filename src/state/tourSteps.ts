/**
 * Tour steps as viewer states. Pure: which state a step means (steps only name what changes, so a
 * step's full state is folded from the steps before it — going back or opening a step by link gives
 * the same picture as walking there), and a step recorded from the current state.
 */
import type { ActionId, StructureId, StructureKind } from '../anatomy/ids';
import { STRUCTURE_KINDS } from '../anatomy/ids';
import { JOINTS, clampToRange } from '../kinematics/joints';
import { MAX_CAPTION_LENGTH, parseTour } from '../anatomy/tourSchema';
import type { Tour, TourStep } from '../anatomy/tourSchema';
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

/** What "Add current state as step" records. */
export interface RecordableState {
  view: ViewName | null;
  selected: StructureId | null;
  focused: StructureId | null;
  angles: { knee: number; ankle: number };
  action: ActionId | null;
  playing: boolean;
  /** Visibility of each kind, when the layers feature reports it. */
  kindsShown?: Partial<Record<StructureKind, boolean>>;
}

/** A step holding the current state; throws with a readable message when the caption is unusable. */
export function stepFromState(s: RecordableState, caption: string, title?: string): TourStep {
  const text = caption.trim();
  if (text.length === 0) throw new Error('Write a caption for the step first: what should the class look at?');
  if (text.length > MAX_CAPTION_LENGTH) {
    throw new Error(`The caption is ${text.length} characters long; keep it to ${MAX_CAPTION_LENGTH} so it can be read in a few seconds.`);
  }
  const step: TourStep = {
    caption: text,
    view: s.view ?? 'reset',
    select: s.selected,
    pose: {
      knee: Math.round(clampToRange(JOINTS.knee, s.angles.knee)),
      ankle: Math.round(clampToRange(JOINTS.ankle, s.angles.ankle)),
    },
    action: s.playing ? s.action : null,
  };
  if (title && title.trim()) step.title = title.trim();
  if (s.focused) step.focus = s.focused;
  if (s.kindsShown) {
    const layers: Partial<Record<StructureKind, boolean>> = {};
    for (const kind of STRUCTURE_KINDS) if (s.kindsShown[kind] !== undefined) layers[kind] = s.kindsShown[kind];
    if (Object.keys(layers).length > 0) step.layers = layers;
  }
  return step;
}

export const DRAFT_TOUR_ID = 'my-tour';

/** The teacher's recorded steps as a tour file (validated like the shipped ones). */
export function draftTour(steps: readonly TourStep[]): Tour {
  return parseTour(
    {
      id: DRAFT_TOUR_ID,
      title: 'My tour',
      description: 'Steps recorded in the viewer with "Add current state as step".',
      steps,
    },
    `${DRAFT_TOUR_ID}.json`,
  );
}
