import { useEffect } from 'react';
import { useViewer } from '../state/store';
import type { ViewerStore } from '../state/store';
import { loadClinical } from '../state/clinicalSlice';
import { formatClinicalUrl, parseClinicalUrl } from './urlState';

function addNotice(message: string): void {
  const s = useViewer.getState();
  s.showNotice(s.notice ? `${s.notice} ${message}` : message);
}

function whenReady(run: () => void): void {
  if (useViewer.getState().ready) return run();
  const unsub = useViewer.subscribe((s) => {
    if (!s.ready) return;
    unsub();
    run();
  });
}

let started = false;

/**
 * Once per page: opens what the link asks of the clinical lab (?preset&step, ?referral=1, ?zone),
 * loading the lab's data first; unknown ids become a notice and change nothing.
 */
export function applyClinicalUrlAtStartup(search = window.location.search): void {
  if (started) return;
  started = true;
  const { state, problems } = parseClinicalUrl(search);
  if (problems.length > 0) addNotice(problems.join(' '));
  if (!state.preset && !state.referral && !state.zone) return;
  void loadClinical().then((lab) => {
    const s = useViewer.getState();
    if (state.referral) s.setReferral(true);
    if (state.zone) {
      if (lab.painZoneCandidates(state.zone)) s.setPainZoneId(state.zone);
      else addNotice(`Unknown pain zone "${state.zone}" in the link; available: ${lab.PAIN_ZONES.join(', ')}.`);
    }
    const preset = state.preset;
    if (!preset) return;
    const problem = lab.presetRequestProblem(preset.id, preset.step);
    if (problem) addNotice(`${problem} (from the link)`);
    else whenReady(() => lab.applyPreset(preset.id, preset.step));
  });
}

const urlStateOf = (s: ViewerStore) => ({ preset: s.preset, referral: s.referral, zone: s.painZoneId });

/** Applies the link at startup, then mirrors preset, referral and zone into the URL (replaceState). */
export function useClinicalUrl(): void {
  useEffect(() => {
    applyClinicalUrlAtStartup();
    return useViewer.subscribe((s, prev) => {
      if (s.preset === prev.preset && s.referral === prev.referral && s.painZoneId === prev.painZoneId) return;
      const next = formatClinicalUrl(urlStateOf(s), window.location.search);
      if (next !== window.location.search) {
        history.replaceState(history.state, '', `${window.location.pathname}${next}${window.location.hash}`);
      }
    });
  }, []);
}
