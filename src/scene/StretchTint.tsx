import { useEffect } from 'react';
import { addEffect } from '@react-three/fiber';
import { Color } from 'three';
import { muscleLengthAt } from '../kinematics/muscleLength';
import type { LengthMuscleId } from '../kinematics/muscleLength';
import { NEUTRAL_POSE } from '../kinematics/joints';
import { readJointAngles } from './ActionPlayer';
import { applySliderPose } from './PoseDriver';
import { LONGER_COLOUR, MAX_MIX, SHORTER_COLOUR } from './lengthTintColor';
import type { BaseLook, HighlightableMaterial } from './modelIndex';
import { useSceneHandleWhenReady } from './useModelIndex';

export type StretchTintProps = {
  muscles: readonly LengthMuscleId[];
  /**
   * Length change (mm) that gives the full colour. Default 15 mm: a calf stretch changes the
   * muscle–tendon unit by 1–3 %, too little for the 12 % full scale of the selection's tint.
   */
  fullScaleMm?: number;
};

const tint = new Color();
const mixed = new Color();

/**
 * Colours each listed muscle blue (shorter) → red (longer) by its length change from the anatomical
 * position, before every rendered frame (the highlight may rewrite colours on hover), and restores
 * the base look when it unmounts. Used by the stretch lab, where all calf muscles are compared.
 */
export function StretchTint({ muscles, fullScaleMm = 15 }: StretchTintProps) {
  const handle = useSceneHandleWhenReady();
  useEffect(() => {
    if (!handle) return;
    const { index } = handle;
    const rest = new Map(muscles.map((m) => [m, muscleLengthAt(m, NEUTRAL_POSE)]));
    const touched = new Set<HighlightableMaterial>();
    const stop = addEffect(() => {
      applySliderPose(index); // this frame's pose, whichever frame effect runs first
      const pose = readJointAngles(index);
      for (const id of muscles) {
        const changeMm = (muscleLengthAt(id, pose) - rest.get(id)!) * 1000;
        const amount = Math.min(1, Math.abs(changeMm) / fullScaleMm) * MAX_MIX;
        tint.setHex(changeMm < 0 ? SHORTER_COLOUR : LONGER_COLOUR);
        for (const m of index.structures.get(id)?.materials ?? []) {
          const base = m.userData.baseLook as BaseLook | undefined;
          if (!m.color || !base || base.color === null) continue;
          const hex = mixed.setHex(base.color).lerp(tint, amount).getHex();
          if (m.color.getHex() !== hex) m.color.setHex(hex);
          touched.add(m);
        }
      }
    });
    handle.invalidate();
    return () => {
      stop();
      for (const m of touched) {
        const base = m.userData.baseLook as BaseLook;
        if (m.color && base.color !== null) m.color.setHex(base.color);
      }
      handle.invalidate();
    };
  }, [handle, muscles, fullScaleMm]);
  return null;
}
