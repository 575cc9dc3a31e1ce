/**
 * Points laid directly on the real bones, for the tendons that turn round them at the ankle (behind
 * the malleoli, in the talus's groove, under the sustentaculum, below the fibular trochlea, round the
 * cuboid). A tendon there lies in a groove, held by its retinaculum, so its centre is a tendon's
 * radius (plus a sheath) off the bone: the warp, which only matches the bones' overall shape, left
 * these tendons 10–25 mm away. `onBone` takes a rough position and slides it along the bone's distance
 * field until it lies exactly `gap` off the surface, so the course follows the subject's own grooves.
 */
import type { Segment } from '../../../src/kinematics/landmarks';
import { loft } from '../loft';
import type { PathPoint } from '../loft';
import { at, cord } from '../tissue';
import type { V3 } from '../vec';
import type { ScanBoneId } from '../scan/bones';
import { meshField } from '../scan/meshField';
import { REAL_BONES, warpPathPoint } from '../scan/realLeg';

/**
 * Clearance from bone for tendons laid on it (TissueDef `clearance`): the 2.5 mm kept by skinned
 * tissue would flatten a tendon whose centre lies 2–3 mm off the bone and lift an insertion off it.
 * Measured with it: under 1 % of these tendons' vertices lie more than 1 mm inside a bone at 30° of
 * plantarflexion and 20° of dorsiflexion (tests/unit/ankleTendons.test.ts).
 */
export const ON_BONE_CLEARANCE = 0.0008;

/** Central-difference step for the field's gradient, metres. */
const H = 0.0002;

/**
 * A fixed point `gap` mm off the surface of a real bone, found from the rough position (x, y, z) mm by
 * Newton steps along the field's gradient (so it is about the nearest such point). It moves with the
 * bone's segment unless another is given (a tendon behind the malleolus moves with the shank even
 * where it touches the talus).
 */
export function onBone(bone: ScanBoneId, x: number, y: number, z: number, gap: number, segment?: Segment): PathPoint {
  const f = meshField(REAL_BONES[bone].bone);
  const p: V3 = [x / 1000, y / 1000, z / 1000];
  for (let k = 0; k < 30; k++) {
    const d = f(p[0], p[1], p[2]);
    const g: V3 = [
      (f(p[0] + H, p[1], p[2]) - f(p[0] - H, p[1], p[2])) / (2 * H),
      (f(p[0], p[1] + H, p[2]) - f(p[0], p[1] - H, p[2])) / (2 * H),
      (f(p[0], p[1], p[2] + H) - f(p[0], p[1], p[2] - H)) / (2 * H),
    ];
    const len = Math.hypot(g[0], g[1], g[2]) || 1;
    const step = d - gap / 1000;
    if (Math.abs(step) < 1e-5) break;
    for (let j = 0; j < 3; j++) p[j] -= (step * g[j]) / len;
  }
  return { p, segment: segment ?? (REAL_BONES[bone].segment as Segment), fixed: true };
}

/** A fixed point (x, y, z) mm on the real leg that moves with the shank (foot points: footRays.ts R). */
export const RS = (x: number, y: number, z: number): PathPoint => at('shank', x, y, z);

/**
 * The arc-length fraction at which a path, once on the real leg, first comes down to height `y`
 * (metres): where a profile's tendon must begin so that it leaves a scanned belly where the belly
 * ends, whatever the re-laid course below it adds to the path's length.
 */
export function fractionAtHeight(path: readonly PathPoint[], y: number): number {
  const l = loft(path.map(warpPathPoint), cord(0.001));
  const k = l.centre.findIndex((c) => c[1] <= y);
  return l.centreS[Math.max(0, k)];
}
