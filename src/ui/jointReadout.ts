/** The joint-angle readout text, e.g. "Ankle 32° plantarflexion" or "Knee 45° flexion". Pure. */
import type { ActionId } from '../anatomy/ids';

export function ankleText(deg: number): string {
  const r = Math.round(deg);
  if (r === 0) return 'Ankle 0° (neutral)';
  return r > 0 ? `Ankle ${r}° plantarflexion` : `Ankle ${-r}° dorsiflexion`;
}

export function kneeText(deg: number): string {
  const r = Math.round(deg);
  if (r === 0) return 'Knee 0° (extended)';
  return r > 0 ? `Knee ${r}° flexion` : `Knee ${-r}° hyperextension`;
}

/** The joint the action moves first; both when no action is loaded. */
export function jointReadout(action: ActionId | null, angles: { knee: number; ankle: number }): string {
  if (action === 'plantarflexion') return ankleText(angles.ankle);
  if (action === 'knee_flexion') return kneeText(angles.knee);
  return `${kneeText(angles.knee)} · ${ankleText(angles.ankle)}`;
}
