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
  /** A muscle whose nerve or root is cut. */
  denervated: 0x8c8c8c,
  /** Lines of action, joint axes and moment arms. */
  line: 0x7cff4f,
  axis: 0xffffff,
  arm: 0x00e5ff,
} as const;

export type ExplorerColour = keyof typeof EXPLORER_COLOURS;

export const cssColour = (key: ExplorerColour): string => `#${EXPLORER_COLOURS[key].toString(16).padStart(6, '0')}`;
