/**
 * Animation clips sampled from src/kinematics/ so the model's motion and the viewer's angle
 * readouts cannot drift apart: each clip moves one joint 0 → max → 0 with a smooth (cosine) ease.
 * The knee's clip moves knee_joint (rotation and translation: the coupled flexion, tibial rotation
 * and roll-back of knee.ts) and the patella (its track, patella.ts); the ankle's rotates ankle_joint,
 * and `inversion` the subtalar joint.
 */
import type { ActionId } from '../../src/anatomy/ids';
import { ANKLE, KNEE, NEUTRAL_POSE, SUBTALAR, jointRotation } from '../../src/kinematics/joints';
import type { JointDef } from '../../src/kinematics/joints';
import { nodeTransforms } from '../../src/kinematics/pose';
import type { PosedNode } from '../../src/kinematics/pose';

/**
 * Clip names: the viewer's actions, plus `inversion` on the subtalar joint, which the model carries
 * but the viewer's action list (ids.ts ACTIONS, a pose of knee and ankle) does not offer yet.
 */
export type ClipName = ActionId | 'inversion';

export interface ClipSpec {
  name: ClipName;
  joint: JointDef;
  /** Peak angle, degrees. */
  peak: number;
  /** Duration, seconds. */
  duration: number;
}

export const CLIPS: ClipSpec[] = [
  { name: 'plantarflexion', joint: ANKLE, peak: ANKLE.range.max, duration: 3 },
  { name: 'knee_flexion', joint: KNEE, peak: KNEE.range.max, duration: 4 },
  { name: 'inversion', joint: SUBTALAR, peak: SUBTALAR.range.max, duration: 3 },
];

export const CLIP_FPS = 30;

/** Which nodes a joint's clip animates, and which channels. */
const CLIP_TRACKS: Record<JointDef['id'], { node: ClipTrack['node']; path: 'rotation' | 'translation' }[]> = {
  ankle: [{ node: 'ankle_joint', path: 'rotation' }],
  // the length model and nodeTransforms pose knee and ankle only: the subtalar joint turns on its own
  subtalar: [{ node: 'subtalar_joint', path: 'rotation' }],
  // no clip in the .glb: the viewer plays toe flexion and extension from TOES (FootMotionDriver)
  toes: [{ node: 'toes_joint', path: 'rotation' }],
  knee: [
    { node: 'knee_joint', path: 'rotation' },
    { node: 'knee_joint', path: 'translation' },
    { node: 'patella', path: 'rotation' },
    { node: 'patella', path: 'translation' },
  ],
};

export interface ClipTrack {
  node: PosedNode | 'subtalar_joint' | 'toes_joint';
  path: 'rotation' | 'translation';
  /** Flattened keyframe values: 4 per frame (x, y, z, w) for rotation, 3 for translation. */
  values: Float32Array;
}

/**
 * Keyframe times (s) and every animated channel of a clip; `rotations` is the clip's joint node
 * rotation (x, y, z, w flattened), whose angle about the joint axis is the clip's angle.
 */
export function sampleClip(clip: ClipSpec, fps = CLIP_FPS): { times: Float32Array; rotations: Float32Array; tracks: ClipTrack[] } {
  const frames = Math.round(clip.duration * fps);
  const times = new Float32Array(frames + 1);
  const tracks: ClipTrack[] = CLIP_TRACKS[clip.joint.id].map((t) => ({
    ...t,
    values: new Float32Array((frames + 1) * (t.path === 'rotation' ? 4 : 3)),
  }));
  for (let f = 0; f <= frames; f++) {
    const t = f / fps;
    const angle = (clip.peak * (1 - Math.cos((2 * Math.PI * t) / clip.duration))) / 2;
    times[f] = t;
    const id = clip.joint.id;
    const posed = id === 'subtalar' || id === 'toes' ? null : nodeTransforms({ ...NEUTRAL_POSE, [id]: angle });
    for (const track of tracks) {
      const value =
        track.node === 'subtalar_joint' || track.node === 'toes_joint' || !posed
          ? jointRotation(clip.joint, angle)
          : track.path === 'rotation'
            ? posed[track.node].rotation
            : posed[track.node].translation;
      track.values.set(value, f * value.length);
    }
  }
  return { times, rotations: tracks[0].values, tracks };
}
