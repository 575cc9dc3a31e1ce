import { useEffect } from 'react';
import { addEffect } from '@react-three/fiber';
import { Color } from 'three';
import type { Material } from 'three';
import { kindOf } from '../anatomy/ids';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';
import { readJointAngles } from './ActionPlayer';
import { getSceneHandle } from './sceneHandle';
import type { HighlightableMaterial } from './modelIndex';
import { explorerPaints } from './explorerPaint';
import { setLitFootprints } from './pick';
import type { Paint } from './explorerPaint';

interface Look {
  colour: number;
  emissive: number;
  intensity: number;
  /** Muscles carry their red belly / white tendon in vertex colours: a paint switches them off so
   * that its grey or role colour shows as it is (colour × red vertex would stay red). */
  vertexColors: boolean;
}
interface Painted {
  under: Look;
  wrote: Look;
}

const mixed = new Color();
const target = new Color();

function lookOf(m: HighlightableMaterial): Look {
  return { colour: m.color!.getHex(), emissive: m.emissive?.getHex() ?? 0, intensity: m.emissiveIntensity ?? 0, vertexColors: m.vertexColors };
}
const sameLook = (a: Look, b: Look) =>
  a.colour === b.colour && a.emissive === b.emissive && Math.abs(a.intensity - b.intensity) < 1e-6 && a.vertexColors === b.vertexColors;
function setLook(m: HighlightableMaterial, look: Look): void {
  m.color!.setHex(look.colour);
  if (m.vertexColors !== look.vertexColors) {
    m.vertexColors = look.vertexColors;
    m.needsUpdate = true;
  }
  if (m.emissive) {
    m.emissive.setHex(look.emissive);
    m.emissiveIntensity = look.intensity;
  }
}

/**
 * Paints the function explorer's colours (footprints, movement roles, denervated grey) over the
 * look the highlight gave each material, before every rendered frame. Like LengthTint it keeps
 * what was under its paint and puts it back when the paint goes, and it takes the highlight's
 * rewrite of a material (a new selection, hover) as the new base.
 */
export function ExplorerTint() {
  useEffect(() => {
    const painted = new Map<Material, Painted>();
    const restore = (keep: ReadonlySet<Material>) => {
      for (const [m, rec] of painted) {
        if (keep.has(m)) continue;
        const hm = m as HighlightableMaterial;
        if (hm.color && sameLook(lookOf(hm), rec.wrote)) setLook(hm, rec.under);
        painted.delete(m);
      }
    };
    const paintMaterial = (m: HighlightableMaterial, paint: Paint) => {
      const current = lookOf(m);
      let rec = painted.get(m);
      if (!rec || !sameLook(current, rec.wrote)) rec = { under: current, wrote: current };
      target.setHex(paint.colour);
      rec.wrote = {
        colour: mixed.setHex(rec.under.colour).lerp(target, paint.amount).getHex(),
        emissive: paint.glow > 0 ? paint.colour : 0,
        intensity: paint.glow,
        vertexColors: false,
      };
      if (!sameLook(current, rec.wrote)) setLook(m, rec.wrote);
      painted.set(m, rec);
    };
    const stop = addEffect(() => {
      const handle = getSceneHandle();
      if (!handle) return;
      const s = useViewer.getState();
      const paints = explorerPaints(s, readJointAngles(handle.index));
      setLitFootprints([...paints.keys()].filter((id) => kindOf(id) === 'attachment'));
      const keep = new Set<Material>();
      for (const [id, paint] of paints) {
        const entry = handle.index.structures.get(id as StructureId);
        if (!entry) continue;
        for (const m of entry.materials) {
          if (!m.color) continue;
          paintMaterial(m, paint);
          keep.add(m);
        }
      }
      restore(keep);
    });
    const unsub = useViewer.subscribe((s, prev) => {
      if (
        s.lesion !== prev.lesion ||
        s.movement !== prev.movement ||
        s.selected !== prev.selected ||
        s.attachmentEnds !== prev.attachmentEnds
      ) {
        getSceneHandle()?.invalidate();
      }
    });
    // State from a deep link was set before this loaded: draw it now.
    getSceneHandle()?.invalidate();
    return () => {
      stop();
      unsub();
      restore(new Set());
      setLitFootprints([]);
      getSceneHandle()?.invalidate();
    };
  }, []);
  return null;
}
