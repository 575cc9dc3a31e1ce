/**
 * What each structure should look like given the viewer state: pure, so the rules ("the clicked
 * head strongly, its sibling lightly") can be tested without a scene. The scene applies the result
 * to each structure's own material (see applyHighlight.ts).
 */
import type { StructureId } from '../anatomy/ids';

export type HighlightRole =
  /** The selected structure: strong emissive glow + colour shift. */
  | 'selected'
  /** Another head of the selected muscle: light glow. */
  | 'sibling'
  /** Lit up by a link (attachment area, nerve, artery): pulsing glow. */
  | 'focused'
  /** A prime mover of the action now playing: tinted. */
  | 'prime'
  | 'hovered'
  | 'none';

export interface HighlightInput {
  selected: StructureId | null;
  hovered: StructureId | null;
  focused: StructureId | null;
  faded: readonly StructureId[];
  /** Siblings of the selected structure (other heads of the same muscle). */
  siblings: readonly StructureId[];
  /** Members of the selected group (triceps surae…): each looks selected. Empty or absent when no group is selected. */
  groupMembers?: readonly StructureId[];
  /** Prime movers of the action that is loaded and playing; empty otherwise. */
  primeMovers: readonly StructureId[];
}

export interface HighlightLook {
  role: HighlightRole;
  /** Made see-through because it stands between the camera and the focused structure. */
  faded: boolean;
}

/** Roles in order of precedence: a structure that is both selected and a prime mover shows as selected. */
export function highlightOf(id: StructureId, s: HighlightInput): HighlightLook {
  // The selected head may itself cover its origin, so it fades too; only the lit-up structure never does.
  const faded = s.faded.includes(id) && id !== s.focused;
  let role: HighlightRole = 'none';
  if (id === s.focused) role = 'focused';
  else if (id === s.selected || s.groupMembers?.includes(id)) role = 'selected';
  else if (s.siblings.includes(id)) role = 'sibling';
  else if (s.primeMovers.includes(id)) role = 'prime';
  else if (id === s.hovered) role = 'hovered';
  return { role, faded };
}

/** Colours and strengths of each role. Warm amber reads on both a dark screen and a washed-out projector. */
export const HIGHLIGHT_STYLE = {
  selected: { emissive: 0xff9800, emissiveIntensity: 0.85, tint: 0xffb020, tintAmount: 0.5 },
  sibling: { emissive: 0xffa726, emissiveIntensity: 0.07, tint: 0xffc266, tintAmount: 0.02 },
  focused: { emissive: 0x0a84ff, emissiveIntensity: 0.9, tint: 0x19c3ff, tintAmount: 0.85 },
  prime: { emissive: 0xff3d3d, emissiveIntensity: 0.35, tint: 0xff6a4d, tintAmount: 0.25 },
  hovered: { emissive: 0xffffff, emissiveIntensity: 0.12, tint: 0xffffff, tintAmount: 0 },
  none: { emissive: 0x000000, emissiveIntensity: 0, tint: 0xffffff, tintAmount: 0 },
} as const satisfies Record<HighlightRole, { emissive: number; emissiveIntensity: number; tint: number; tintAmount: number }>;

export const FADED_OPACITY = 0.15;

/** Pulse of a focused structure: 0.45..1 of its glow, 1.2 Hz; steady at 1 under reduced motion. */
export function pulse(timeS: number, reducedMotion = false): number {
  if (reducedMotion) return 1;
  return 0.725 + 0.275 * Math.sin(timeS * 2 * Math.PI * 1.2);
}
