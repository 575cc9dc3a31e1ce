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

// Kept apart so the store (first download) does not carry the tour schema (zod) along.
export { resolveStep } from './resolveStep';
export type { ResolvedStep } from './resolveStep';

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
