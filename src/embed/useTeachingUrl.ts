import { useEffect } from 'react';
import { tours as shippedTours } from '../anatomy/tours';
import type { Tour } from '../anatomy/tourSchema';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { DRAFT_TOUR_ID, draftTour } from '../state/tourSteps';
import { readTourDraft, readTourProgress, writeTourDraft, writeTourProgress } from '../state/tourStorage';
import { formatTeachingUrl, parseTeachingUrl } from './teachingUrl';

/** The tours a link or the saved progress may open: the shipped ones and the teacher's draft. */
export function availableTours(s: Pick<ViewerStore, 'draftSteps'> = useViewer.getState()): Tour[] {
  return s.draftSteps.length > 0 ? [...shippedTours, draftTour(s.draftSteps)] : [...shippedTours];
}

function addNotice(message: string): void {
  const s = useViewer.getState();
  s.showNotice(s.notice ? `${s.notice} ${message}` : message);
}

let started = false;

/**
 * Once per page: restore the teacher's draft, then open what the link asks (?tour&step, ?knee&ankle)
 * or else the tour in progress saved on this device. Bad values become one notice each.
 */
export function applyTeachingStateAtStartup(search = window.location.search): void {
  if (started) return;
  started = true;
  const s = useViewer.getState();
  const draft = readTourDraft();
  if (draft.status === 'discarded') addNotice(draft.problem);
  else if (draft.status === 'ok') useViewer.setState({ draftSteps: draft.value });

  const { state, problems } = parseTeachingUrl(search, availableTours());
  if (problems.length > 0) addNotice(problems.join(' '));
  if (state.pose.knee !== undefined || state.pose.ankle !== undefined) s.setPose(state.pose);
  if (state.tour) {
    s.startTour(state.tour.tour, state.tour.step);
    return;
  }
  if (new URLSearchParams(search).has('tour')) return; // a bad tour link: do not fall back to another tour
  const saved = readTourProgress();
  if (saved.status === 'discarded') addNotice(saved.problem);
  if (saved.status !== 'ok') return;
  const tour = availableTours().find((t) => t.id === saved.value.id);
  if (!tour || saved.value.step >= tour.steps.length) {
    writeTourProgress(null);
    addNotice(`The tour in progress saved on this device (${saved.value.id}, step ${saved.value.step + 1}) no longer exists and was discarded.`);
    return;
  }
  s.startTour(tour, saved.value.step);
}

/** Mirrors the tour step and the pose into the URL (replaceState) and the tour state into localStorage. */
export function useTeachingUrl(): void {
  useEffect(() => {
    applyTeachingStateAtStartup();
    const urlOf = (s: ViewerStore) =>
      formatTeachingUrl({ tourId: s.tour?.id ?? null, step: s.tourStep, pose: s.pose }, window.location.search);
    const sync = (s: ViewerStore) => {
      const next = urlOf(s);
      if (next !== window.location.search && !(next === '' && window.location.search === '')) {
        history.replaceState(history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
      }
    };
    sync(useViewer.getState());
    return useViewer.subscribe((s, prev) => {
      if (s.tour !== prev.tour || s.tourStep !== prev.tourStep || s.pose !== prev.pose) sync(s);
      if (s.tour !== prev.tour || s.tourStep !== prev.tourStep) {
        writeTourProgress(s.tour ? { id: s.tour.id, step: s.tourStep } : null);
      }
      if (s.draftSteps !== prev.draftSteps) {
        writeTourDraft(s.draftSteps);
        // A running draft tour follows its edits.
        if (s.tour?.id === DRAFT_TOUR_ID) {
          if (s.draftSteps.length === 0) s.endTour();
          else useViewer.setState({ tour: draftTour(s.draftSteps), tourStep: Math.min(s.tourStep, s.draftSteps.length - 1) });
        }
      }
    });
  }, []);
}
