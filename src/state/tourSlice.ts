/**
 * Guided tours: the tour running, its step, and the teacher's recorded draft. Entering a step sets
 * the state that step stands for (tourSteps.ts resolveStep): action, pose, layers, selection, view,
 * then the lit-up attachment — once the model is ready, so a deep link can open a step at startup.
 */
import type { StructureKind } from '../anatomy/ids';
import type { Tour, TourStep } from '../anatomy/tourSchema';
import { prefersReducedMotion } from '../scene/reducedMotion';
import { clipJointOf } from './poseSlice';
import { resolveStep } from './resolveStep';
import type { ResolvedStep } from './resolveStep';
import { layerOfKind } from './layersSlice';
import { loadClinical } from './clinicalSlice';
import type { LayerId } from './layersSlice';
import type { SliceCreator, ViewerStore } from './types';

export interface TourSlice {
  /** The tour running, or null. */
  tour: Tour | null;
  /** Its current step, 0-based (shown as "Step n of N"). */
  tourStep: number;
  /** Steps the teacher recorded with "Add current state as step". */
  draftSteps: TourStep[];
  /** Start `tour` at `step` (0-based, default 0). Returns false (and changes nothing) for a step it lacks. */
  startTour: (tour: Tour, step?: number) => boolean;
  /** Go to a step of the running tour (0-based); false when there is no such step. */
  goToStep: (step: number) => boolean;
  nextStep: () => void;
  prevStep: () => void;
  endTour: () => void;
  addDraftStep: (step: TourStep) => void;
  removeDraftStep: (index: number) => void;
  clearDraft: () => void;
}

/** Turns layers on and off as the step asks (tendons and ligaments share a switch; attachment areas follow the bones). */
function applyLayers(s: ViewerStore, layers: Partial<Record<StructureKind, boolean>>): void {
  const wanted = new Map<LayerId, boolean>();
  for (const [kind, on] of Object.entries(layers) as [StructureKind, boolean][]) {
    // A kind without a switch of its own (attachment) only follows its layer, never drives it.
    if (kind === 'attachment') continue;
    wanted.set(layerOfKind(kind), on);
  }
  for (const [layer, on] of wanted) if (s.layers[layer] !== on) s.setLayer(layer, on);
}

/** Sets the viewer to a resolved step. Order matters: a clip owns its joint before the pose moves the other. */
export function applyStep(get: () => ViewerStore, set: (patch: Partial<ViewerStore>) => void, r: ResolvedStep): void {
  const s = get();
  if (r.action === null) {
    if (s.action !== null) set({ action: null, playing: false, progress: 0 });
  } else if (r.action !== undefined && (s.action !== r.action || !s.playing)) {
    s.play(r.action);
    if (prefersReducedMotion()) get().pause();
  }
  const owned = clipJointOf(get().action);
  const pose = { ...r.pose };
  if (owned) delete pose[owned];
  if (pose.knee !== undefined || pose.ankle !== undefined) get().setPose(pose);
  applyLayers(get(), r.layers);
  if (r.select === null) get().clearSelection();
  else if (r.select !== undefined) get().select(r.select);
  else if (get().focused !== null) get().focus(null);
  if (r.view === 'reset') get().resetView();
  else if (r.view !== undefined) get().setView(r.view);
  if (r.focus) get().flyToFocus(r.focus);
  if (r.preset) {
    const { id, step = 0 } = r.preset;
    void loadClinical().then((lab) => {
      const problem = lab.presetRequestProblem(id, step);
      if (problem) get().showNotice(`This tour step names a clinical preset that cannot be shown: ${problem}`);
      // Only if the tour is still on this step when the lab's data arrives.
      else if (get().tour && get().tourStep === r.index) lab.applyPreset(id, step);
    });
  }
}

export const createTourSlice: SliceCreator<TourSlice> = (set, get, api) => {
  let waiting: (() => void) | null = null;

  /** Apply the current step now, or once the model is ready (whatever step is current by then). */
  const enter = () => {
    if (get().ready) {
      const { tour, tourStep } = get();
      if (tour) applyStep(get, set, resolveStep(tour, tourStep));
      return;
    }
    if (waiting) return;
    waiting = api.subscribe((st) => {
      if (!st.ready) return;
      waiting?.();
      waiting = null;
      if (st.tour) applyStep(get, set, resolveStep(st.tour, st.tourStep));
    });
  };

  return {
    tour: null,
    tourStep: 0,
    draftSteps: [],
    startTour: (tour, step = 0) => {
      if (!Number.isInteger(step) || step < 0 || step >= tour.steps.length) return false;
      set({ tour, tourStep: step });
      enter();
      return true;
    },
    goToStep: (step) => {
      const { tour } = get();
      if (!tour || !Number.isInteger(step) || step < 0 || step >= tour.steps.length) return false;
      set({ tourStep: step });
      enter();
      return true;
    },
    nextStep: () => {
      get().goToStep(get().tourStep + 1);
    },
    prevStep: () => {
      get().goToStep(get().tourStep - 1);
    },
    endTour: () => {
      waiting?.();
      waiting = null;
      set({ tour: null, tourStep: 0 });
    },
    addDraftStep: (step) => set({ draftSteps: [...get().draftSteps, step] }),
    removeDraftStep: (index) => set({ draftSteps: get().draftSteps.filter((_, i) => i !== index) }),
    clearDraft: () => set({ draftSteps: [] }),
  };
};
