import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { AnimationMixer, LoopOnce, LoopRepeat, Quaternion } from 'three';
import type { AnimationAction, AnimationClip } from 'three';
import { ACTIONS } from '../anatomy/ids';
import type { ActionId } from '../anatomy/ids';
import { ANKLE, KNEE, TOES, jointAngle } from '../kinematics/joints';
import type { JointDef, Pose } from '../kinematics/joints';
import { useViewer } from '../state/store';
import type { ModelIndex } from './modelIndex';
import { setJointPose } from './poseNodes';

/** Store updates from the player at most this often (the readout and slider need no more). */
const REPORT_INTERVAL_MS = 100;

const rel = new Quaternion();

/**
 * Joint angles (degrees) of the posed model: each joint's rotation relative to its rest rotation,
 * its twist about the joint axis (the knee's rotation also carries the tibia's internal rotation,
 * about the tibia's long axis: knee.ts composes them so that the twist is the flexion angle).
 */
export function readJointAngles(index: ModelIndex): Required<Pose> {
  const angle = (node: ModelIndex['joints']['knee'], rest: Quaternion, def: JointDef) => {
    if (!node) return 0;
    rel.copy(rest).invert().multiply(node.quaternion);
    return jointAngle(def, [rel.x, rel.y, rel.z, rel.w]);
  };
  return {
    knee: angle(index.joints.knee, index.jointRest.knee, KNEE),
    ankle: angle(index.joints.ankle, index.jointRest.ankle, ANKLE),
    // the toes move while toe flexion or extension plays (FootMotionDriver): the toe muscles' lines follow
    toes: angle(index.joints.toes, index.jointRest.toes, TOES),
  };
}

/** The angles the playback reports (the readout and `getState().angles` show knee and ankle). */
function kneeAndAnkle(index: ModelIndex): { knee: number; ankle: number } {
  const { knee, ankle } = readJointAngles(index);
  return { knee, ankle };
}

/**
 * Plays the model's clips with an AnimationMixer, driven from the store (play/pause, loop, speed,
 * seek) and advanced in useFrame; reports progress and joint angles back at ≤ 10 Hz.
 */
export function ActionPlayer({ index, clips }: { index: ModelIndex; clips: AnimationClip[] }) {
  const invalidate = useThree((s) => s.invalidate);
  const mixer = useMemo(() => new AnimationMixer(index.root), [index.root]);
  const actions = useMemo(() => {
    const map = new Map<ActionId, AnimationAction>();
    for (const id of ACTIONS) {
      const clip = clips.find((c) => c.name === id);
      if (clip) map.set(id, mixer.clipAction(clip));
    }
    return map;
  }, [clips, mixer]);
  const lastReport = useRef(0);

  useEffect(() => {
    const restPose = () => {
      // the knee's clip also moves the patella and translates knee_joint: put all of it back
      setJointPose(index, 'knee', 0);
      setJointPose(index, 'ankle', 0);
    };
    const report = (playing?: boolean) => {
      const s = useViewer.getState();
      const a = s.action ? actions.get(s.action) : undefined;
      const progress = a && a.getClip().duration > 0 ? a.time / a.getClip().duration : 0;
      s.reportPlayback(Math.min(1, Math.max(0, progress)), kneeAndAnkle(index), playing);
    };
    const poseChanged = () => {
      index.poseDirty = true;
      invalidate();
    };
    const sync = (s: ReturnType<typeof useViewer.getState>, prev: ReturnType<typeof useViewer.getState> | null) => {
      mixer.timeScale = s.speed;
      for (const [id, a] of actions) {
        a.setLoop(s.loop ? LoopRepeat : LoopOnce, Infinity);
        a.clampWhenFinished = true;
        if (id !== s.action && a.isRunning()) a.stop();
      }
      if (prev && s.action !== prev.action) {
        for (const [id, a] of actions) if (id !== s.action) a.stop();
        restPose(); // each clip drives one joint: the other goes back to the anatomical position
      }
      const a = s.action ? actions.get(s.action) : undefined;
      if (!a) {
        poseChanged();
        return;
      }
      if (!prev || s.seekRequest !== prev.seekRequest) {
        a.reset();
        a.play();
        a.time = s.progress * a.getClip().duration;
        a.paused = !s.playing;
        mixer.update(0);
        report();
      } else if (s.playing !== prev.playing) {
        if (s.playing) {
          // Resuming a finished one-shot starts it over.
          if (!a.isRunning() || a.time >= a.getClip().duration) {
            const restart = !s.loop && a.time >= a.getClip().duration - 1e-6;
            a.reset();
            a.play();
            if (!restart) a.time = s.progress * a.getClip().duration;
          }
          a.paused = false;
        } else {
          a.paused = true;
        }
      }
      poseChanged();
    };
    sync(useViewer.getState(), null);
    const onFinished = () => {
      report(false);
      invalidate();
    };
    mixer.addEventListener('finished', onFinished);
    const unsub = useViewer.subscribe((s, prev) => {
      if (
        s.action !== prev.action ||
        s.playing !== prev.playing ||
        s.loop !== prev.loop ||
        s.speed !== prev.speed ||
        s.seekRequest !== prev.seekRequest
      )
        sync(s, prev);
    });
    return () => {
      unsub();
      mixer.removeEventListener('finished', onFinished);
      mixer.stopAllAction();
    };
  }, [actions, index, invalidate, mixer]);

  useFrame((_, delta) => {
    const s = useViewer.getState();
    if (!s.playing || !s.action) return;
    mixer.update(Math.min(delta, 0.1));
    index.poseDirty = true;
    const now = performance.now();
    if (now - lastReport.current >= REPORT_INTERVAL_MS) {
      lastReport.current = now;
      const a = actions.get(s.action);
      const d = a ? a.getClip().duration : 0;
      s.reportPlayback(a && d > 0 ? Math.min(1, a.time / d) : 0, kneeAndAnkle(index));
    }
    if (useViewer.getState().playing) invalidate();
  });
  return null;
}
