/**
 * Between the store and the published teaching state: what a presenter publishes
 * (`teachingStateOf`) and how a following student's viewer takes it on (`applyTeachingState`),
 * through the store's own actions so every rule they keep (a clip owns its joint, a hidden structure
 * is not selected) holds on the student too. No React, no Yjs.
 */
import { tours } from '../anatomy/tours';
import type { StructureId } from '../anatomy/ids';
import type { GroupId } from '../anatomy/groupIds';
import type { ViewerStore } from '../state/types';
import { clipJointOf } from '../state/poseSlice';
import { loadClinical } from '../state/clinicalSlice';
import type { TeachingState } from './schema';

/** The teaching part of the store. Clip progress is only meaningful paused; see `samePublished`. */
export function teachingStateOf(s: ViewerStore): TeachingState {
  return {
    selected: s.selected,
    selectedGroup: s.selectedGroup,
    focused: s.focused,
    faded: [...s.faded],
    action: s.action,
    playing: s.playing,
    loop: s.loop,
    speed: s.speed,
    progress: Math.round(s.progress * 1000) / 1000,
    pose: { knee: s.pose.knee, ankle: s.pose.ankle },
    layers: { ...s.layers },
    hidden: [...s.hidden],
    isolated: s.isolated ? [...s.isolated] : null,
    xray: s.xray,
    // A teacher's draft tour exists on their device only: students cannot open it, so it is not sent.
    tour: s.tour && tours.some((t) => t.id === s.tour?.id) ? { id: s.tour.id, step: s.tourStep } : null,
    lesion: s.lesion,
    movement: s.movement,
    linesOfAction: s.linesOfAction,
    preset: s.preset ? { id: s.preset.id, step: s.preset.step } : null,
    referral: s.referral,
    view: s.view,
  };
}

/**
 * Whether two states would look the same to a student. While a clip plays the progress moves ten
 * times a second; students play the clip themselves, so that alone is no reason to publish.
 */
export function samePublished(a: TeachingState, b: TeachingState): boolean {
  const strip = (t: TeachingState) => (t.playing ? { ...t, progress: undefined } : t);
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Clip positions closer than this are left alone: a student's clip runs on its own clock. */
const PROGRESS_SLACK = 0.08;

/**
 * Make the store show `t`. Fields the state lacks (dropped by validation) are left as they are.
 * Order matters as in a tour step: the clip before the pose, then visibility before the selection.
 */
export function applyTeachingState(get: () => ViewerStore, set: (patch: Partial<ViewerStore>) => void, t: TeachingState): void {
  if (t.tour !== undefined) {
    const s = get();
    if (t.tour === null) {
      if (s.tour) s.endTour();
    } else if (s.tour?.id !== t.tour.id || s.tourStep !== t.tour.step) {
      // Only the caption: what the step does (selection, focus, pose, layers…) arrives in this same
      // state as the presenter's viewer shows it, and the camera is streamed. Entering the step here
      // would fly and compute occluders a second time, on the slowest devices in the hall.
      const tour = tours.find((x) => x.id === t.tour?.id);
      if (tour && t.tour.step < tour.steps.length) set({ tour, tourStep: t.tour.step });
    }
  }
  if (t.speed !== undefined) get().setSpeed(t.speed);
  if (t.loop !== undefined && get().loop !== t.loop) get().setLoop(t.loop);
  if (t.action !== undefined) {
    const s = get();
    if (t.action === null) {
      if (s.action !== null) set({ action: null, playing: false, progress: 0 });
    } else if (s.action !== t.action) {
      s.play(t.action);
    }
  }
  if (t.playing !== undefined && get().action !== null && get().playing !== t.playing) set({ playing: t.playing });
  if (t.progress !== undefined && get().action !== null) {
    const s = get();
    const drift = Math.abs(s.progress - t.progress);
    // Paused, the clip must stand exactly where the presenter's does; playing, only a real drift counts.
    if ((!s.playing && drift > 1e-3) || (s.playing && Math.min(drift, 1 - drift) > PROGRESS_SLACK)) {
      set({ progress: t.progress, seekRequest: s.seekRequest + 1 });
    }
  }
  if (t.pose) {
    const owned = clipJointOf(get().action);
    const pose: { knee?: number; ankle?: number } = { knee: t.pose.knee, ankle: t.pose.ankle };
    if (owned) delete pose[owned];
    if ((pose.knee !== undefined && pose.knee !== get().pose.knee) || (pose.ankle !== undefined && pose.ankle !== get().pose.ankle)) {
      get().setPose(pose);
    }
  }
  const vis: Partial<ViewerStore> = {};
  if (t.layers && !same(t.layers, get().layers)) vis.layers = { ...t.layers };
  if (t.hidden && !same(t.hidden, get().hidden)) vis.hidden = t.hidden as StructureId[];
  if (t.isolated !== undefined && !same(t.isolated, get().isolated)) vis.isolated = t.isolated as StructureId[] | null;
  if (t.xray !== undefined && t.xray !== get().xray) vis.xray = t.xray;
  if (Object.keys(vis).length > 0) set(vis);
  applySelection(get, t);
  if (t.lesion !== undefined && get().lesion !== t.lesion) get().setLesion(t.lesion);
  if (t.movement !== undefined && get().movement !== t.movement) get().setMovement(t.movement);
  if (t.linesOfAction !== undefined && get().linesOfAction !== t.linesOfAction) get().setLinesOfAction(t.linesOfAction);
  if (t.referral !== undefined && get().referral !== t.referral) get().setReferral(t.referral);
  if (t.preset !== undefined && !same(t.preset, get().preset)) {
    const preset = t.preset;
    if (preset === null) get().setPresetRef(null);
    else
      void loadClinical().then((lab) => {
        // Only if no newer state replaced it while the lab's data loaded.
        if (!lab.presetRequestProblem(preset.id, preset.step) && !same(get().preset, preset)) lab.applyPreset(preset.id, preset.step);
      });
  }
  // The camera itself is streamed (see session.ts); the preset name only labels the view buttons.
  if (t.view !== undefined && get().view !== t.view) set({ view: t.view });
}

function applySelection(get: () => ViewerStore, t: TeachingState): void {
  const s = get();
  if (t.selectedGroup) {
    if (s.selectedGroup !== t.selectedGroup) s.selectGroup(t.selectedGroup as GroupId);
  } else if (t.selected !== undefined && t.selectedGroup !== undefined) {
    if (t.selected === null) {
      if (s.selected !== null || s.selectedGroup !== null) s.clearSelection();
    } else if (s.selected !== t.selected || s.selectedGroup !== null) s.select(t.selected as StructureId);
  }
  if (t.focused !== undefined) {
    const faded = (t.faded ?? []) as StructureId[];
    if (get().focused !== t.focused || !same(get().faded, faded)) get().focus(t.focused as StructureId | null, faded);
  }
}
