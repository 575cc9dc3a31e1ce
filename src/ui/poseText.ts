/** Words for joint angles and muscle length changes, for slider labels and readouts. Pure. */

/** "Knee: 45° flexion", "Knee: 0° (straight)". */
export function kneeWords(deg: number): string {
  const r = Math.round(deg);
  if (r === 0) return 'Knee: 0° (straight)';
  return r > 0 ? `Knee: ${r}° flexion` : `Knee: ${-r}° hyperextension`;
}

/** "Ankle: 20° plantarflexion", "Ankle: 10° dorsiflexion", "Ankle: 0° (neutral)". */
export function ankleWords(deg: number): string {
  const r = Math.round(deg);
  if (r === 0) return 'Ankle: 0° (neutral)';
  return r > 0 ? `Ankle: ${r}° plantarflexion` : `Ankle: ${-r}° dorsiflexion`;
}

/** Relative length → "−6.2 % (shorter)", "+3.1 % (longer)", "0.0 % (as in the anatomical position)". */
export function lengthChangeText(relativeLength: number): string {
  if (!Number.isFinite(relativeLength) || relativeLength <= 0) {
    throw new Error(`lengthChangeText: expected a positive relative length, received ${relativeLength}`);
  }
  const pct = Math.round((relativeLength - 1) * 1000) / 10;
  if (pct === 0) return '0.0 % (as in the anatomical position)';
  return pct < 0 ? `−${(-pct).toFixed(1)} % (shorter)` : `+${pct.toFixed(1)} % (longer)`;
}
