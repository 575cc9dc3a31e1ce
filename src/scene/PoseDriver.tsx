import { useEffect } from 'react';
import { addAfterEffect, addEffect } from '@react-three/fiber';
import { useViewer } from '../state/store';
import { POSE_JOINTS, clipJointOf } from '../state/poseSlice';
import { publishLivePose } from '../state/livePose';
import { getSceneHandle } from './sceneHandle';
import { readJointAngles } from './ActionPlayer';
import { setJointPose } from './poseNodes';
import type { ModelIndex } from './modelIndex';

/** Angles closer than this (degrees) count as equal: no store write, no re-render. */
const ANGLE_EPSILON = 0.01;

/**
 * Poses each joint no loaded clip drives at its slider angle (setJointPose: the knee's coupled
 * motion and the patella's track, the ankle's rotation). Idempotent, so code that must see this
 * frame's pose (the length tint) can call it first, whatever the effect order.
 */
export function applySliderPose(index: ModelIndex): void {
  const s = useViewer.getState();
  const owned = clipJointOf(s.action);
  for (const joint of POSE_JOINTS) {
    if (joint === owned) continue;
    if (setJointPose(index, joint, s.pose[joint])) index.poseDirty = true;
  }
}

/**
 * Poses the model from the store's slider pose: before every rendered frame, each joint that no
 * loaded clip drives is posed at its angle (so it survives the player putting the
 * joints back to rest when the clip changes). After the frame it publishes the angles shown
 * (livePose), keeps `angles` in the store true for joints no clip is moving, and adopts a paused
 * clip's angle as the slider pose. Outside the Canvas on purpose: it hooks R3F's global frame effects.
 */
export function PoseDriver() {
  useEffect(() => {
    const before = addEffect(() => {
      const handle = getSceneHandle();
      if (handle) applySliderPose(handle.index);
    });
    const after = addAfterEffect(() => {
      const handle = getSceneHandle();
      if (!handle) return;
      const shown = readJointAngles(handle.index);
      publishLivePose(shown);
      const s = useViewer.getState();
      const owned = clipJointOf(s.action);
      const moving = s.playing ? owned : null;
      const angles = { ...s.angles };
      let changed = false;
      for (const joint of POSE_JOINTS) {
        if (joint === moving || Math.abs(angles[joint] - shown[joint]) < ANGLE_EPSILON) continue;
        angles[joint] = shown[joint];
        changed = true;
      }
      // A paused clip hands its angle to the slider, which continues from there.
      const adopt = owned !== null && !s.playing && Math.abs(s.pose[owned] - shown[owned]) >= ANGLE_EPSILON;
      if (adopt) useViewer.setState({ angles, pose: { ...s.pose, [owned]: shown[owned] } });
      else if (changed) useViewer.setState({ angles });
    });
    // Without a scene (no WebGL), the readouts still follow the sliders.
    const unsub = useViewer.subscribe((s, prev) => {
      if (s.pose !== prev.pose) {
        const handle = getSceneHandle();
        if (handle) handle.invalidate();
        else publishLivePose(s.pose);
      }
    });
    return () => {
      before();
      after();
      unsub();
    };
  }, []);
  return null;
}
