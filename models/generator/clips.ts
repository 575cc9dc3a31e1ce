/**
 * Animation clips sampled from src/kinematics/ so the model's motion and the viewer's angle
 * readouts cannot drift apart: each clip moves one joint 0 → max → 0 with a smooth (cosine) ease.
 * The knee's clip moves knee_joint (rotation and translation: the coupled flexion, tibial rotation
 * and roll-back of knee.ts) and the patella (its track, patella.ts); the ankle's rotates ankle_joint.
 */
import type { ActionId } from '../../src/anatomy/ids';
import { ANKLE, KNEE, NEUTRAL_POSE } from '../../src/kinematics/joints';
import type { JointDef } from '../../src/kinematics/joints';
import { nodeTransforms } from '../../src/kinematics/pose';
import type { PosedNode } from '../../src/kinematics/pose';

export interface ClipSpec {
  name: ActionId;
  joint: JointDef;
  /** Peak angle, degrees. */
  peak: number;
  /** Duration, seconds. */
  duration: number;
}

export const CLIPS: ClipSpec[] = [
  { name: 'plantarflexion', joint: ANKLE, peak: ANKLE.range.max, duration: 3 },
  { name: 'knee_flexion', joint: KNEE, peak: KNEE.range.max, duration: 4 },
];

export const CLIP_FPS = 30;

/** Which nodes a joint's clip animates, and which channels. */
const CLIP_TRACKS: Record<JointDef['id'], { node: PosedNode; path: 'rotation' | 'translation' }[]> = {
  ankle: [{ node: 'ankle_joint', path: 'rotation' }],
  knee: [
    { node: 'knee_joint', path: 'rotation' },
    { node: 'knee_joint', path: 'translation' },
    { node: 'patella', path: 'rotation' },
    { node: 'patella', path: 'translation' },
  ],
};

export interface ClipTrack {
  node: PosedNode;
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
    const posed = nodeTransforms({ ...NEUTRAL_POSE, [clip.joint.id]: angle });
    for (const track of tracks) {
      const value = track.path === 'rotation' ? posed[track.node].rotation : posed[track.node].translation;
      track.values.set(value, f * value.length);
    }
  }
  return { times, rotations: tracks[0].values, tracks };
}
