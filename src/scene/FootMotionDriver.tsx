import { useEffect } from 'react';
import { addEffect } from '@react-three/fiber';
import { Quaternion } from 'three';
import type { Object3D } from 'three';
import { jointRotation } from '../kinematics/joints';
import { useViewer } from '../state/store';
import { FOOT_MOTION_JOINTS } from '../state/footMotionSlice';
import type { FootMotionId } from '../state/footMotionSlice';
import { getSceneHandle } from './sceneHandle';

/** Seconds for one movement there and back at speed 1. */
const PERIOD_S = 2.4;
/** The angle is reported to the store at most this often (like the clip player's angles). */
const REPORT_MS = 100;

/** A joint node the driver turns, with its rest rotation. */
interface Turned {
  node: Object3D;
  rest: Quaternion;
}

/**
 * Plays the foot's own movements (store `footMotion`): inversion and eversion turn the model's
 * subtalar_joint node about the subtalar axis, toe flexion and extension its toes_joint about the
 * MTP axis (FOOT_MOTION_JOINTS), neutral → end of range → neutral in a loop at the player's speed;
 * when it stops the foot returns to neutral. The skinned tissue follows the nodes, and picking
 * refits its trees to the posed skeleton (modelIndex's poseDirty). Outside the Canvas, like
 * PoseDriver: it hooks R3F's frame effects.
 */
export function FootMotionDriver() {
  useEffect(() => {
    const nodes = new Map<string, Turned>();
    const turn = new Quaternion();
    let started = 0;
    let reported = 0;
    let shown: FootMotionId | null = null;
    const nodeOf = (name: string): Turned | null => {
      const known = nodes.get(name);
      if (known) return known;
      const node = getSceneHandle()?.index.root.getObjectByName(name);
      if (!node) return null;
      const t = { node, rest: node.quaternion.clone() };
      nodes.set(name, t);
      return t;
    };
    const stop = addEffect((time) => {
      const handle = getSceneHandle();
      if (!handle) return;
      const { footMotion, speed, reportFootAngle } = useViewer.getState();
      if (footMotion !== shown) {
        shown = footMotion;
        started = time;
        reported = 0;
        for (const t of nodes.values()) t.node.quaternion.copy(t.rest);
        handle.index.poseDirty = true;
        handle.invalidate();
      }
      if (!footMotion) return;
      const { joint, end } = FOOT_MOTION_JOINTS[footMotion];
      const turned = nodeOf(joint.node);
      if (!turned) return;
      const phase = (((time - started) / 1000) * speed) / PERIOD_S;
      const angle = end * (0.5 - 0.5 * Math.cos(2 * Math.PI * phase));
      const [x, y, z, w] = jointRotation(joint, angle);
      turned.node.quaternion.copy(turned.rest).multiply(turn.set(x, y, z, w));
      if (time - reported >= REPORT_MS) {
        reported = time;
        reportFootAngle(angle);
      }
      handle.index.poseDirty = true;
      handle.invalidate(); // demand frameloop: keep frames coming while it plays
    });
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.footMotion !== prev.footMotion) getSceneHandle()?.invalidate();
    });
    return () => {
      stop();
      unsub();
      for (const t of nodes.values()) t.node.quaternion.copy(t.rest);
    };
  }, []);
  return null;
}
