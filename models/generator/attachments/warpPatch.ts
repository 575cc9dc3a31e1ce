import type { Segment } from '../../../src/kinematics/landmarks';
import type { BoneId } from '../bones';
import type { Patch } from '../attachments';
import { warpPoint, warpVector } from '../scan/realLeg';

/** Which warp carries a hand-placed point on `bone` from the procedural skeleton to the real one. */
function warpSegment(bone: BoneId): Segment | 'patella' {
  if (bone === 'femur') return 'thigh';
  if (bone === 'patella') return 'patella';
  return bone === 'tibia' || bone === 'fibula' ? 'shank' : 'foot';
}

/** A footprint outline drawn on the procedural bones, moved onto the real bone (it is then projected onto it). */
export function warpPatch(patch: Patch): Patch {
  const seg = warpSegment(patch.bone);
  if (patch.kind === 'strip') return { ...patch, line: patch.line.map((p) => warpPoint(p, seg)) };
  return { ...patch, centre: warpPoint(patch.centre, seg), a: warpVector(patch.centre, patch.a, seg), b: warpVector(patch.centre, patch.b, seg) };
}

