/**
 * Applies a HighlightLook to a structure's own materials by changing their properties in place
 * (never cloning). Colour shift + emissive glow, and see-through when faded.
 */
import { Color } from 'three';
import { FADED_OPACITY, HIGHLIGHT_STYLE } from './highlight';
import type { HighlightLook } from './highlight';
import type { BaseLook, StructureEntry } from './modelIndex';

const tmp = new Color();
const tint = new Color();

/** `glow` scales the emissive intensity (the focus pulse); 1 = the role's full strength. */
export function applyLook(entry: StructureEntry, look: HighlightLook, glow = 1): void {
  const style = HIGHLIGHT_STYLE[look.role];
  for (const m of entry.materials) {
    const base = m.userData.baseLook as BaseLook;
    if (m.color && base.color !== null) {
      tmp.setHex(base.color);
      if (style.tintAmount > 0) tmp.lerp(tint.setHex(style.tint), style.tintAmount);
      m.color.setHex(tmp.getHex());
    }
    if (m.emissive && base.emissive !== null) {
      if (look.role === 'none') {
        m.emissive.setHex(base.emissive);
        m.emissiveIntensity = base.emissiveIntensity;
      } else {
        m.emissive.setHex(style.emissive);
        m.emissiveIntensity = style.emissiveIntensity * glow;
      }
    }
    const transparent = look.faded ? true : base.transparent;
    if (m.transparent !== transparent) {
      m.transparent = transparent;
      m.needsUpdate = true;
    }
    m.opacity = look.faded ? Math.min(base.opacity, FADED_OPACITY) : base.opacity;
    m.depthWrite = look.faded ? false : base.depthWrite;
  }
}
