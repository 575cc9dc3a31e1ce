import { useEffect } from 'react';
import { addEffect } from '@react-three/fiber';
import { Color } from 'three';
import type { Material } from 'three';
import { isLengthMuscleId, relativeLength } from '../kinematics/muscleLength';
import { useViewer } from '../state/store';
import { getSceneHandle } from './sceneHandle';
import { readJointAngles } from './ActionPlayer';
import { isShown } from './modelIndex';
import { applySliderPose } from './PoseDriver';
import type { HighlightableMaterial } from './modelIndex';
import { MAX_MIX, lengthTint } from './lengthTintColor';

const mixed = new Color();
const tintColour = new Color();

/** A material's colours as the highlight left them (`under`) and as the tint last wrote them. */
interface Look {
  colour: number;
  emissive: number;
  intensity: number;
}
interface Tinted {
  under: Look;
  wrote: Look;
}

/** Emissive strength of a full tint: enough to win over the amber selection glow. */
const TINT_GLOW = 0.6;

function lookOf(m: HighlightableMaterial): Look {
  return { colour: m.color!.getHex(), emissive: m.emissive?.getHex() ?? 0, intensity: m.emissiveIntensity ?? 0 };
}
const sameLook = (a: Look, b: Look) => a.colour === b.colour && a.emissive === b.emissive && Math.abs(a.intensity - b.intensity) < 1e-6;

function setLook(m: HighlightableMaterial, look: Look): void {
  m.color!.setHex(look.colour);
  if (m.emissive) {
    m.emissive.setHex(look.emissive);
    m.emissiveIntensity = look.intensity;
  }
}

/**
 * Colours the selected muscle blue (shorter) → red (longer) by its muscle–tendon length relative to
 * the anatomical position, before every rendered frame (from this frame's pose). It
 * mixes into the colour and glow the highlight set (the tint's glow wins over the amber selection
 * glow as the length departs from neutral); when the highlight rewrites them (a new selection,
 * hover) it takes that as the new base, and untinting restores it.
 */
export function LengthTint() {
  useEffect(() => {
    const tinted = new Map<Material, Tinted>();
    const restore = (keep: readonly Material[]) => {
      for (const [m, rec] of tinted) {
        if (keep.includes(m)) continue;
        const hm = m as HighlightableMaterial;
        if (hm.color && sameLook(lookOf(hm), rec.wrote)) setLook(hm, rec.under);
        tinted.delete(m);
      }
    };
    const stop = addEffect(() => {
      const handle = getSceneHandle();
      if (!handle) return;
      const s = useViewer.getState();
      const id = s.lengthTint && isLengthMuscleId(s.selected) ? s.selected : null;
      const entry = id ? handle.index.structures.get(id) : undefined;
      if (!id || !entry || !isShown(entry.node)) {
        restore([]);
        return;
      }
      restore(entry.materials);
      applySliderPose(handle.index); // this frame's pose, whichever frame effect runs first
      const { colour, amount } = lengthTint(relativeLength(id, readJointAngles(handle.index)));
      tintColour.setHex(colour);
      const share = amount / MAX_MIX;
      for (const m of entry.materials) {
        if (!m.color) continue;
        const current = lookOf(m);
        let rec = tinted.get(m);
        // The highlight rewrote the material since our last tint: that is the new base.
        if (!rec || !sameLook(current, rec.wrote)) rec = { under: current, wrote: current };
        rec.wrote = {
          colour: mixed.setHex(rec.under.colour).lerp(tintColour, amount).getHex(),
          emissive: mixed.setHex(rec.under.emissive).lerp(tintColour, share).getHex(),
          intensity: rec.under.intensity + (TINT_GLOW - rec.under.intensity) * share,
        };
        if (!sameLook(current, rec.wrote)) setLook(m, rec.wrote);
        tinted.set(m, rec);
      }
    });
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.lengthTint !== prev.lengthTint || s.selected !== prev.selected) getSceneHandle()?.invalidate();
    });
    return () => {
      stop();
      unsub();
      restore([]);
      getSceneHandle()?.invalidate();
    };
  }, []);
  return null;
}
