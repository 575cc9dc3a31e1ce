/**
 * Colours of the function explorer, shared by the tint on the model and the legends in the panel.
 * Chosen to stay apart for the common colour-vision deficiencies (blue / orange / magenta-red, with
 * grey for denervated muscles) and to read on a projector.
 */
export const EXPLORER_COLOURS = {
  /** Footprint of an origin. */
  origin: 0x00a3a3,
  /** Footprint of an insertion. */
  insertion: 0xd63aa8,
  prime: 0xe0301e,
  synergist: 0xf5a000,
  antagonist: 0x1f6fe0,
  /** A muscle whose nerve is cut (no strength left). */
  denervated: 0x8c8c8c,
  /** A muscle at full strength under a lesion tint: the atlas muscle red (tissueColour's belly, flattened). */
  innervated: 0xb8432f,
  /** Lines of action, joint axes and moment arms. */
  line: 0x7cff4f,
  axis: 0xffffff,
  arm: 0x00e5ff,
} as const;

export type ExplorerColour = keyof typeof EXPLORER_COLOURS;

export const cssColour = (key: ExplorerColour): string => `#${EXPLORER_COLOURS[key].toString(16).padStart(6, '0')}`;

/** `from` → `to` by t (0..1), channel by channel: the lesion tint's red (strength left) → grey (none). */
export function mixHex(from: number, to: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    out |= Math.round(a + (b - a) * k) << shift;
  }
  return out;
}
