/**
 * The local transforms of the model's animated nodes in a pose: one function that the generator's
 * clips, the Node-side inspector and the viewer's pose sliders all use, so the knee's coupled
 * motion (knee.ts) and the patella's track (patella.ts) are the same everywhere. Pure: no three.js.
 *
 * Hierarchy (models/generator/build.ts): lower_leg → knee_joint → ankle_joint, and lower_leg →
 * patella (the patella moves relative to the femur, not with the tibia).
 */
import { ANKLE, KNEE, jointRotation } from './joints';
import type { Pose } from './joints';
import { kneePose } from './knee';
import type { RigidTransform } from './knee';
import { patellaPose } from './patella';

export type PosedNode = 'knee_joint' | 'ankle_joint' | 'patella';

/** Nodes whose transform follows the knee angle. */
export const KNEE_DRIVEN_NODES: readonly PosedNode[] = ['knee_joint', 'patella'];

/** Local translation and rotation of each animated node in `pose` (degrees). */
export function nodeTransforms(pose: Pose): Record<PosedNode, RigidTransform> {
  return {
    knee_joint: kneePose(pose.knee),
    ankle_joint: {
      rotation: jointRotation(ANKLE, pose.ankle),
      translation: [ANKLE.centre[0] - KNEE.centre[0], ANKLE.centre[1] - KNEE.centre[1], ANKLE.centre[2] - KNEE.centre[2]],
    },
    patella: patellaPose(pose.knee),
  };
}
