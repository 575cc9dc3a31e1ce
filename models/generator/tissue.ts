/**
 * Building blocks shared by the soft-tissue files: the TissueDef shape, path-point helpers tagged
 * with their body segment, and the common section profiles (cords, fusiform bellies, toe slips).
 */
import type { StructureId } from '../../src/anatomy/ids';
import { LANDMARKS } from '../../src/kinematics/landmarks';
import type { Segment } from '../../src/kinematics/landmarks';
import type { LoftOptions, PathPoint, Profile } from './loft';
import type { Aponeurosis, TendonRanges } from './tissueColour';
import type { V3 } from './vec';

export interface TissueDef {
  id: StructureId;
  /** One or more swept pieces (e.g. a tendon that splits to four toes). */
  pieces: {
    path: PathPoint[];
    profile: Profile;
    options?: Partial<LoftOptions>;
    /** Muscles: arc-length ranges that are tendon or aponeurosis (coloured off-white), e.g. [[0.55, 1]]. */
    tendon?: TendonRanges;
    /** Muscles: a U-shaped lower border where the belly gives way to its aponeurosis. */
    aponeurosis?: Aponeurosis;
    /**
     * How far off bone the swept surface is pushed, metres (default: build.ts's BONE_CLEARANCE, or
     * SKINNED_CLEARANCE for a piece that crosses a joint). Tendons laid in their grooves on the real
     * bones (muscles/onBone.ts) take less, or the push would lift them off the bone they run on.
     */
    clearance?: number;
  }[];
}

export const T = (p: V3): PathPoint => ({ p, segment: 'thigh' });
export const S = (p: V3): PathPoint => ({ p, segment: 'shank' });
export const F = (p: V3): PathPoint => ({ p, segment: 'foot' });
/** A point on the real leg (model millimetres), not warped: laid out on the scanned bellies and bones. */
export const at = (segment: Segment, x: number, y: number, z: number): PathPoint => ({ p: [x / 1000, y / 1000, z / 1000], segment, fixed: true });
export const L = (id: keyof typeof LANDMARKS): PathPoint => {
  const lm = LANDMARKS[id];
  return { p: [...lm.point] as V3, segment: lm.segment as Segment, fixed: true };
};

/** A round cord of constant radius with tapered ends (nerves, vessels, slim tendons). */
export const cord = (r: number, taper = 0.03): Profile => [
  [0, r * 0.6, r * 0.6],
  [taper, r, r],
  [1 - taper, r, r],
  [1, r * 0.7, r * 0.7],
];

/** A round cord tapering from radius r0 at its start to r1 at its end (vessels and nerves lose calibre as they branch). */
export const taperedCord = (r0: number, r1: number, taper = 0.03): Profile => [
  [0, r0 * 0.6, r0 * 0.6],
  [taper, r0, r0],
  [1 - taper, r1, r1],
  [1, r1 * 0.7, r1 * 0.7],
];

/**
 * Fusiform muscle: thin at its origin, full belly, tapering into a tendon of the given half size
 * from `tendonFrom` (arc-length fraction) on.
 */
export function fusiform(o: {
  originW: number;
  originT: number;
  bellyAt: number;
  bellyW: number;
  bellyT: number;
  tendonFrom: number;
  tendonW: number;
  tendonT: number;
  endW?: number;
}): Profile {
  const { originW, originT, bellyAt, bellyW, bellyT, tendonFrom, tendonW, tendonT } = o;
  return [
    [0, originW, originT],
    [bellyAt * 0.45, (originW + bellyW) * 0.55, (originT + bellyT) * 0.55],
    [bellyAt, bellyW, bellyT],
    [bellyAt + (tendonFrom - bellyAt) * 0.6, bellyW * 0.8, bellyT * 0.75],
    [tendonFrom, tendonW * 1.3, tendonT * 1.3],
    [Math.min(0.99, tendonFrom + 0.08), tendonW, tendonT],
    [1, o.endW ?? tendonW, tendonT],
  ];
}

