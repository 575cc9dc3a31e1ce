/** The joint-angle readout text, e.g. "Ankle 32° plantarflexion" or "Knee 45° flexion". Pure. */
import type { ActionId } from '../anatomy/ids';
import type { FootMotionId } from '../state/footMotionSlice';

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

/** The readout while a foot movement plays, e.g. "Toes 42° extension" or "Subtalar 12° inversion". */
export function footReadout(motion: FootMotionId, deg: number): string {
  const r = Math.round(Math.abs(deg));
  if (motion === 'toe_flexion' || motion === 'toe_extension') return r === 0 ? 'Toes 0° (neutral)' : `Toes ${r}° ${deg > 0 ? 'flexion' : 'extension'}`;
  return r === 0 ? 'Subtalar 0° (neutral)' : `Subtalar ${r}° ${deg > 0 ? 'inversion' : 'eversion'}`;
}
