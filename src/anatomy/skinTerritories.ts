/**
 * Which skin territory (nerve or dermatome, data/function.json `skin`) a point of the skin lies in
 * (pure: numbers in, booleans out). Points and normals are in the rest-pose frame of
 * src/kinematics/joints.ts: metres, +Y up, medial +X, anterior +Z.
 *
 * Regions (data/function.json `skin.territories`): 'leg' ones by height y and the angle round the
 * leg (0 front, 90 medial, ±180 back, −90 lateral); 'foot' ones (below FOOT_TOP_Y) by z (heel −0.07
 * → toes 0.22), x and the face (dorsal, plantar, any). Nerve territories after Moore 8, dermatomes
 * after Lee et al. 2008, whose caveat holds: maps differ and neighbouring dermatomes overlap.
 *
 * Why by position and not by painted texture: the model is being rebuilt from scan data with the
 * same frame and ids, so regions described by height, angle round the leg and foot surface carry
 * over to the new skin mesh; a texture would not.
 */
import type { SkinRegion, SkinTerritory } from './function';
import type { Vec3 } from '../kinematics/joints';

/** Below this height a skin point belongs to the foot regions; above it to the leg regions. */
export const FOOT_TOP_Y = 0.09;
/** The leg's long axis for the angle round it (between the tibia and the calf), x and z, metres. */
const LEG_AXIS: [number, number] = [0, -0.01];
/** |normal.y| above which a foot point faces up (dorsal) or down (plantar). */
const FACE_NORMAL_Y = 0.35;

/** Angle round the leg in degrees: 0 front, 90 medial, ±180 back, −90 lateral. */
export function angleRoundLeg(p: Vec3): number {
  return (Math.atan2(p[0] - LEG_AXIS[0], p[2] - LEG_AXIS[1]) * 180) / Math.PI;
}

const within = (v: number, [a, b]: readonly [number, number]) => v >= Math.min(a, b) && v <= Math.max(a, b);

export function inRegion(region: SkinRegion, p: Vec3, normal: Vec3): boolean {
  if ('leg' in region) return p[1] >= FOOT_TOP_Y && within(p[1], region.leg.y) && within(angleRoundLeg(p), region.leg.angle);
  const f = region.foot;
  if (p[1] >= FOOT_TOP_Y || !within(p[2], f.z) || !within(p[0], f.x)) return false;
  if (f.face === 'dorsal') return normal[1] > FACE_NORMAL_Y;
  if (f.face === 'plantar') return normal[1] < -FACE_NORMAL_Y;
  return true;
}

/** True when the skin point lies in the territory: in one of its regions and in none of its exceptions. */
export function inTerritory(t: Pick<SkinTerritory, 'regions' | 'except'>, p: Vec3, normal: Vec3): boolean {
  return t.regions.some((r) => inRegion(r, p, normal)) && !t.except.some((r) => inRegion(r, p, normal));
}
