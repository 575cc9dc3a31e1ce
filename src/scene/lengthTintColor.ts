/**
 * Colour code for muscle–tendon length relative to the anatomical position. Pure.
 * Shorter → blue, longer → red, unchanged → the muscle's own colour; full strength at ±FULL_SCALE.
 */

/** Relative length change at which the tint is at full strength (±12 %: the largest change of gastrocnemius in the model's range is about 17 %). */
export const FULL_SCALE = 0.12;
export const SHORTER_COLOUR = 0x2f80ff;
export const LONGER_COLOUR = 0xff3b2f;
/** Strongest mix of the tint colour into the muscle's own colour (some shading stays visible). */
export const MAX_MIX = 0.85;

/** Tint colour and how much of it to mix in (0..MAX_MIX) for a relative length (length / neutral length). */
export function lengthTint(relativeLength: number): { colour: number; amount: number } {
  if (!Number.isFinite(relativeLength) || relativeLength <= 0) {
    throw new Error(`lengthTint: expected a positive relative length, received ${relativeLength}`);
  }
  const change = relativeLength - 1;
  const amount = Math.min(1, Math.abs(change) / FULL_SCALE) * MAX_MIX;
  return { colour: change < 0 ? SHORTER_COLOUR : LONGER_COLOUR, amount };
}
