/**
 * What the clinical lab does to the viewer, loaded on demand with its data (see loadClinical in
 * clinicalSlice.ts): pose the leg for a preset step, re-pose when the ruptured toggle flips, and
 * answer the pain-zone lookup. The embed API, deep links and tours call these.
 */
import { findPreset, isPainZoneId, painZone, presetProblem, presetSummaries, resolvePresetStep } from '../anatomy/clinical';
import type { PainCandidate, PresetSummary } from '../anatomy/clinical';
import { useViewer } from './store';

export { clinical, PAIN_ZONES } from '../anatomy/clinical';

export function presets(): PresetSummary[] {
  return presetSummaries();
}

/** Why `applyPreset(id, step)` would fail, in words; null when it would succeed. */
export function presetRequestProblem(id: unknown, step: unknown = 0): string | null {
  return presetProblem(id, step);
}

/**
 * Shows step `step` (0-based) of preset `id`: stops any action, poses knee and ankle, turns the
 * camera, outlines the step's structure; palpation steps show the see-through skin. False (and
 * nothing changes) for an unknown preset or step.
 */
export function applyPreset(id: unknown, step: unknown = 0): boolean {
  if (presetProblem(id, step) !== null) return false;
  const preset = findPreset(id as string)!;
  const s = useViewer.getState();
  const { pose, step: data } = resolvePresetStep(preset, step as number, s.ruptured);
  if (s.action !== null) useViewer.setState({ action: null, playing: false, progress: 0 });
  s.setPose(pose);
  s.setPresetRef({ id: preset.id, step: step as number });
  if (data.select === null) s.clearSelection();
  else if (data.select !== undefined) s.select(data.select);
  if (preset.kind === 'palpation' && !s.layers.skin) s.setLayer('skin', true);
  s.setView(data.view);
  return true;
}

/** Re-poses the current preset step (after the ruptured toggle changed). */
export function refreshPreset(): void {
  const { preset } = useViewer.getState();
  if (preset) applyPreset(preset.id, preset.step);
}

/** Candidate muscles for a skin zone; null for an unknown zone. */
export function painZoneCandidates(zoneId: unknown): PainCandidate[] | null {
  return isPainZoneId(zoneId) ? painZone(zoneId) : null;
}
