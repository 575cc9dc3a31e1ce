import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Quaternion } from 'three';
import type { Object3D } from 'three';
import { jointRotation } from '../kinematics/joints';
import { useViewer } from '../state/store';
import { FOOT_MOTION_JOINTS } from '../state/footMotionSlice';
import type { FootMotionId } from '../state/footMotionSlice';
import type { ModelIndex } from './modelIndex';

/** Seconds for one movement there and back at speed 1. */
const PERIOD_S = 2.4;
/** The angle is reported to the store at most this often (like the clip player's angles). */
const REPORT_MS = 100;

/** A joint node the driver turns, with its rest rotation. */
interface Turned {
  node: Object3D;
  rest: Quaternion;
}

const turn = new Quaternion();

/** Put every turned joint back at rest; picking refits to the pose. */
function restAll(nodes: ReadonlyMap<string, Turned>, index: ModelIndex): void {
  for (const t of nodes.values()) t.node.quaternion.copy(t.rest);
  index.poseDirty = true;
}

/**
 * Plays the foot's own movements (store `footMotion`): inversion and eversion turn the model's
 * subtalar_joint node about the subtalar axis, toe flexion and extension its toes_joint about the
 * MTP axis (FOOT_MOTION_JOINTS), neutral → end of range → neutral in a loop at the player's speed;
 * when it stops the foot returns to neutral. The skinned tissue follows the nodes, and picking
 * refits its trees to the posed skeleton (index.poseDirty). Inside the Canvas, like ActionPlayer:
 * with the demand frameloop only an invalidate from useFrame asks for the next frame (one from a
 * global effect is spent on the frame being drawn, so the movement stalled after one frame).
 */
export function FootMotionDriver({ index }: { index: ModelIndex }) {
  const invalidate = useThree((s) => s.invalidate);
  const nodes = useRef(new Map<string, Turned>());
  const run = useRef<{ shown: FootMotionId | null; started: number; reported: number }>({ shown: null, started: 0, reported: 0 });

  useEffect(() => {
    const turned = nodes.current;
    // a new movement or a stop: draw a frame, which starts it or puts the foot back
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.footMotion !== prev.footMotion) invalidate();
    });
    return () => {
      unsub();
      restAll(turned, index);
    };
  }, [index, invalidate]);

  useFrame(() => {
    const { footMotion, speed, reportFootAngle } = useViewer.getState();
    const r = run.current;
    const now = performance.now();
    if (footMotion !== r.shown) {
      r.shown = footMotion;
      r.started = now;
      r.reported = 0;
      restAll(nodes.current, index);
    }
    if (!footMotion) return;
    const { joint, end } = FOOT_MOTION_JOINTS[footMotion];
    let turned = nodes.current.get(joint.node);
    if (!turned) {
      const node = index.root.getObjectByName(joint.node);
      if (!node) return;
      turned = { node, rest: node.quaternion.clone() };
      nodes.current.set(joint.node, turned);
    }
    const phase = (((now - r.started) / 1000) * speed) / PERIOD_S;
    const angle = end * (0.5 - 0.5 * Math.cos(2 * Math.PI * phase));
    const [x, y, z, w] = jointRotation(joint, angle);
    turned.node.quaternion.copy(turned.rest).multiply(turn.set(x, y, z, w));
    index.poseDirty = true;
    if (now - r.reported >= REPORT_MS) {
      r.reported = now;
      reportFootAngle(angle);
    }
    invalidate(); // keep frames coming while it plays
  });
  return null;
}
