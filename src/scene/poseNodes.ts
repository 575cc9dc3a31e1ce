/**
 * Sets the loaded model's animated nodes for one joint from the pure pose functions
 * (src/kinematics/pose.ts): the knee moves knee_joint (flexion with tibial rotation and roll-back)
 * and the patella (its track over the femur), the ankle rotates ankle_joint. The same transforms
 * the generator bakes into the clips, so slider and clip poses agree.
 */
import { NEUTRAL_POSE } from '../kinematics/joints';
import type { JointId } from '../kinematics/joints';
import { nodeTransforms } from '../kinematics/pose';
import type { PosedNode } from '../kinematics/pose';
import type { Object3D } from 'three';
import { Quaternion, Vector3 } from 'three';
import type { ModelIndex } from './modelIndex';

/** The nodes each joint's angle moves. */
const NODES_OF: Record<JointId, readonly PosedNode[]> = {
  knee: ['knee_joint', 'patella'],
  ankle: ['ankle_joint'],
};

function nodeOf(index: ModelIndex, name: PosedNode): Object3D | null {
  if (name === 'knee_joint') return index.joints.knee;
  if (name === 'ankle_joint') return index.joints.ankle;
  return index.structures.get('patella')?.node ?? null;
}

const q = new Quaternion();
const p = new Vector3();

/**
 * Poses the nodes `joint` moves at `angleDeg`. Returns whether any node changed (so callers can
 * skip re-rendering and refitting when nothing moved).
 */
export function setJointPose(index: ModelIndex, joint: JointId, angleDeg: number): boolean {
  const transforms = nodeTransforms({ ...NEUTRAL_POSE, [joint]: angleDeg });
  let changed = false;
  for (const name of NODES_OF[joint]) {
    const node = nodeOf(index, name);
    if (!node) continue;
    const t = transforms[name];
    q.set(t.rotation[0], t.rotation[1], t.rotation[2], t.rotation[3]);
    p.set(t.translation[0], t.translation[1], t.translation[2]);
    if (node.quaternion.angleTo(q) > 1e-6 || node.position.distanceToSquared(p) > 1e-12) {
      node.quaternion.copy(q);
      node.position.copy(p);
      changed = true;
    }
  }
  return changed;
}

/** The current local transforms of the nodes `joint` moves, to put back with restoreJointNodes. */
export function saveJointNodes(index: ModelIndex, joint: JointId): { node: Object3D; quaternion: Quaternion; position: Vector3 }[] {
  return NODES_OF[joint].flatMap((name) => {
    const node = nodeOf(index, name);
    return node ? [{ node, quaternion: node.quaternion.clone(), position: node.position.clone() }] : [];
  });
}

export function restoreJointNodes(saved: ReturnType<typeof saveJointNodes>): void {
  for (const s of saved) {
    s.node.quaternion.copy(s.quaternion);
    s.node.position.copy(s.position);
  }
}
