/**
 * Deep-link parameters of the teaching features. Pure: only known tour ids, whole step numbers in
 * range and angles within joints.ts ranges are accepted; everything else is reported, never run.
 *
 *   ?tour=<tour id>&step=<1…N>      open a step of a tour ("Step n of N": 1-based)
 *   ?knee=<0…140>&ankle=<−20…50>    pose the joints (degrees)
 */
import type { Tour } from '../anatomy/tourSchema';
import { JOINTS } from '../kinematics/joints';
import type { JointId, Pose } from '../kinematics/joints';

export const TEACHING_URL_KEYS = ['tour', 'step', 'knee', 'ankle'] as const;

export interface TeachingUrlState {
  /** The tour and its 0-based step. */
  tour: { tour: Tour; step: number } | null;
  pose: Partial<Pose>;
}

export interface ParsedTeachingUrl {
  state: TeachingUrlState;
  problems: string[];
}

const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Reads tour, step, knee and ankle; `tours` are the tours a link may open. */
export function parseTeachingUrl(search: string, tours: readonly Tour[]): ParsedTeachingUrl {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state: TeachingUrlState = { tour: null, pose: {} };
  const id = params.get('tour');
  const stepText = params.get('step');
  if (id !== null && id !== '') {
    const tour = tours.find((t) => t.id === id);
    if (!tour) {
      problems.push(`Unknown tour ${shown(id)} in the link; available: ${tours.map((t) => t.id).join(', ')}.`);
    } else if (stepText === null || stepText === '') {
      state.tour = { tour, step: 0 };
    } else if (!/^\d{1,4}$/.test(stepText) || Number(stepText) < 1 || Number(stepText) > tour.steps.length) {
      problems.push(`The tour "${tour.title}" has steps 1–${tour.steps.length}; step ${shown(stepText)} in the link does not exist.`);
    } else {
      state.tour = { tour, step: Number(stepText) - 1 };
    }
  } else if (stepText !== null && stepText !== '' && !params.has('preset')) {
    // With `preset` (and no tour) the step belongs to the clinical preset: see urlState.ts.
    problems.push('The link names a step but no tour (add tour=<id>).');
  }
  for (const joint of ['knee', 'ankle'] as JointId[]) {
    const text = params.get(joint);
    if (text === null || text === '') continue;
    const { min, max } = JOINTS[joint].range;
    const v = /^-?\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(v) || v < min || v > max) {
      problems.push(`The ${joint} angle ${shown(text)} in the link is not a number of degrees within ${min}…${max}.`);
    } else state.pose[joint] = v;
  }
  return { state, problems };
}

/** The query string with the tour step and pose, keeping every other parameter of `current`. */
export function formatTeachingUrl(s: { tourId: string | null; step: number; pose: Pose }, current = ''): string {
  const params = new URLSearchParams(current);
  if (s.tourId) {
    params.set('tour', s.tourId);
    params.set('step', String(s.step + 1));
  } else {
    params.delete('tour');
    if (!params.has('preset')) params.delete('step'); // the clinical preset's step stays
  }
  for (const joint of ['knee', 'ankle'] as const) {
    const v = Math.round(s.pose[joint]);
    if (v === 0) params.delete(joint);
    else params.set(joint, String(v));
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}
