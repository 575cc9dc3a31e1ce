/**
 * The pose a teacher sets with the sliders (knee flexion, ankle plantar/dorsiflexion), combined with
 * the action clips: a loaded clip drives its own joint, the other joint keeps this pose, and when
 * the clip is paused its joint's angle becomes this pose's value (PoseDriver adopts it), so the
 * slider continues from where the clip stopped.
 */
import type { ActionId } from '../anatomy/ids';
import { JOINTS, clampToRange } from '../kinematics/joints';
import type { JointId, Pose } from '../kinematics/joints';
import type { SliceCreator } from './types';

/** The joint each clip moves (each clip in the .glb targets one joint node). */
export const ACTION_JOINT: Record<ActionId, JointId> = { plantarflexion: 'ankle', knee_flexion: 'knee' };

export const POSE_JOINTS: readonly JointId[] = ['knee', 'ankle'];

/** The joint the loaded clip owns, or null when no clip is loaded. */
export function clipJointOf(action: ActionId | null): JointId | null {
  return action ? ACTION_JOINT[action] : null;
}

/**
 * Validates a pose request from outside (embed API, deep link, stored tour): an object with finite
 * `knee` and/or `ankle` in degrees within joints.ts ranges. Returns the partial pose, or a message.
 */
export function checkPoseInput(input: unknown): { pose: Partial<Pose> } | { error: string } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: 'expected an object like { knee: 45, ankle: 20 } (degrees)' };
  }
  const pose: Partial<Pose> = {};
  for (const key of Object.keys(input)) {
    if (!(POSE_JOINTS as readonly string[]).includes(key)) return { error: `unknown joint "${key}"; expected knee and/or ankle` };
  }
  for (const joint of POSE_JOINTS) {
    const v = (input as Record<string, unknown>)[joint];
    if (v === undefined) continue;
    const { min, max } = JOINTS[joint].range;
    if (typeof v !== 'number' || !Number.isFinite(v)) return { error: `${joint} must be a number of degrees, received ${JSON.stringify(v)}` };
    if (v < min || v > max) return { error: `${joint} ${v}° is outside its range ${min}…${max}°` };
    pose[joint] = v;
  }
  if (pose.knee === undefined && pose.ankle === undefined) return { error: 'expected knee and/or ankle angles in degrees' };
  return { pose };
}

export interface PoseSlice {
  /** Slider pose in degrees (knee flexion, ankle plantarflexion; dorsiflexion < 0). */
  pose: Pose;
  /** Tint the selected muscle blue (shorter) → red (longer) than in the anatomical position. */
  lengthTint: boolean;
  /**
   * Pose the joints given (clamped to their ranges). Moving the joint a loaded clip drives takes it
   * back from the clip: the clip is unloaded, the other joint keeps its pose.
   */
  setPose: (pose: Partial<Pose>) => void;
  setLengthTint: (on: boolean) => void;
}

export const createPoseSlice: SliceCreator<PoseSlice> = (set, get) => ({
  pose: { knee: 0, ankle: 0 },
  lengthTint: true,
  setPose: (partial) => {
    const s = get();
    const pose = { ...s.pose };
    for (const joint of POSE_JOINTS) {
      const v = partial[joint];
      if (v !== undefined && Number.isFinite(v)) pose[joint] = clampToRange(JOINTS[joint], v);
    }
    const owned = clipJointOf(s.action);
    const takesOver = owned !== null && partial[owned] !== undefined;
    const angles = { ...s.angles };
    for (const joint of POSE_JOINTS) if (joint !== owned || takesOver) angles[joint] = pose[joint];
    if (takesOver) set({ pose, angles, action: null, playing: false, progress: 0 });
    else set({ pose, angles });
  },
  setLengthTint: (lengthTint) => set({ lengthTint }),
});
