import { useEffect } from 'react';
import { addEffect } from '@react-three/fiber';
import { Quaternion } from 'three';
import type { Object3D } from 'three';
import { SUBTALAR, jointRotation } from '../kinematics/joints';
import { useViewer } from '../state/store';
import type { FootMotionId } from '../state/footMotionSlice';
import { getSceneHandle } from './sceneHandle';

/** Seconds for one movement there and back at speed 1. */
const PERIOD_S = 2.4;
/** End of each movement, degrees about the subtalar axis (joints.ts SUBTALAR.range: 20° in, 10° out). */
const END_DEG: Record<FootMotionId, number> = { inversion: SUBTALAR.range.max, eversion: SUBTALAR.range.min };

/**
 * Plays inversion and eversion (store `footMotion`) by turning the model's subtalar_joint node about
 * the subtalar axis, neutral → end of range → neutral in a loop at the player's speed; when it stops
 * the foot returns to neutral. Outside the Canvas, like PoseDriver: it hooks R3F's frame effects.
 */
export function FootMotionDriver() {
  useEffect(() => {
    let node: Object3D | null = null;
    const rest = new Quaternion();
    const turn = new Quaternion();
    let started = 0;
    let shown: FootMotionId | null = null;
    const stop = addEffect((time) => {
      const handle = getSceneHandle();
      if (!handle) return;
      if (!node) {
        node = handle.index.root.getObjectByName('subtalar_joint') ?? null;
        if (!node) return;
        rest.copy(node.quaternion);
      }
      const { footMotion, speed } = useViewer.getState();
      if (footMotion !== shown) {
        shown = footMotion;
        started = time;
        if (!footMotion) node.quaternion.copy(rest);
        handle.invalidate();
      }
      if (!footMotion) return;
      const phase = (((time - started) / 1000) * speed) / PERIOD_S;
      const angle = END_DEG[footMotion] * (0.5 - 0.5 * Math.cos(2 * Math.PI * phase));
      const [x, y, z, w] = jointRotation(SUBTALAR, angle);
      node.quaternion.copy(rest).multiply(turn.set(x, y, z, w));
      handle.index.poseDirty = true;
      handle.invalidate(); // demand frameloop: keep frames coming while it plays
    });
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.footMotion !== prev.footMotion) getSceneHandle()?.invalidate();
    });
    return () => {
      stop();
      unsub();
      node?.quaternion.copy(rest);
    };
  }, []);
  return null;
}
