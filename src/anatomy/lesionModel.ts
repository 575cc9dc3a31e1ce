/**
 * What a nerve or root lesion leaves of each muscle and each movement (pure: no DOM, no React).
 *
 * Why graded: every leg muscle is supplied by two or three spinal segments, so cutting one root
 * weakens the muscles of its myotome by that root's share and abolishes no movement; a peripheral
 * nerve lesion, below the plexus, takes away every muscle the nerve supplies (Moore 8; Gray 42).
 *
 * A movement's strength is the sum over the muscles that produce it (the prime movers and
 * synergists of structures.json's per-action tables) of PCSA × moment arm at the current pose:
 * the knee and ankle moment arms are −dL/dθ of the length model's paths, inversion/eversion the
 * moment about the subtalar axis (muscleLength.ts); toe movements, which the model does not pose,
 * weigh PCSA alone. The remaining strength is that sum with each muscle scaled by what is left of
 * it, as a percentage of the intact sum. "Lost" means under 10 %, "weak" under 90 %. PCSAs are Ward
 * et al. 2009 means (biceps femoris = both heads); plantaris, popliteus and extensor digitorum brevis
 * are not in that study and carry small estimates (data/function.json `strength.estimates`).
 */
import type { StructureId } from './ids';
import { MOVEMENT_IDS, functionData, movementRoles } from './function';
import type { Lesion, LesionId, MovementId } from './function';
import { LESION_IDS, isLesionId } from './functionIds';
import { isPathMuscleId, momentArm, subtalarMomentArm } from '../kinematics/muscleLength';
import type { Pose } from '../kinematics/joints';

/** Below this share of its intact strength a movement is reported lost. */
export const LOST_BELOW = 10;
/** Below this share a movement is weak; from here up it reads as normal. */
export const WEAK_BELOW = 90;
/**
 * The smallest lever a muscle the data names as a producer is given, metres. Tibialis anterior's
 * path runs almost through the subtalar axis (it inverts mainly at the transverse tarsal joint,
 * which the model does not have), and a muscle may pass close to an axis at some poses; 5 mm keeps
 * such a producer in the sum without letting it dominate.
 */
const MIN_LEVER_M = 0.005;

export type MovementEffect = 'lost' | 'weak' | 'normal';

export interface MovementStrength {
  /** % of the intact strength left, 0–100, one decimal. */
  strength: number;
  effect: MovementEffect;
}

/** The store's and the embed API's view of a lesion (`getState().lesionEffect`). */
export interface LesionSummary {
  movements: Record<MovementId, MovementStrength>;
  /** Ids of the numb skin territories or dermatomes (FunctionData.skin). */
  numbSkin: string[];
}

function assertLesion(lesion: LesionId): Lesion {
  if (!isLesionId(lesion)) throw new Error(`Unknown lesion ${JSON.stringify(lesion)}; available: ${LESION_IDS.join(', ')}`);
  return functionData.lesions[lesion];
}

/**
 * Share of each muscle's strength that the lesion leaves (0 = paralysed), for the muscles it
 * touches: a nerve's muscles (with those of the branches it includes) go to 0; a root lesion
 * takes each muscle's share of that segment.
 */
export function remainingMuscleShare(lesion: LesionId): Map<StructureId, number> {
  const l = assertLesion(lesion);
  const out = new Map<StructureId, number>();
  const entries = Object.entries(functionData.innervation) as [StructureId, (typeof functionData.innervation)[StructureId] & object][];
  if (l.kind === 'root') {
    const root = lesion.slice('root_'.length);
    for (const [id, inn] of entries) {
      const share = inn.segments[root];
      if (share) out.set(id, Math.max(0, 1 - share));
    }
  } else {
    const nerves = new Set<string>([lesion, ...l.includes]);
    for (const [id, inn] of entries) if (nerves.has(inn.nerve)) out.set(id, 0);
  }
  return out;
}

/** Signed lever of `muscle` toward `movement` at `pose`, metres (negative: it pulls the other way). */
function leverToward(muscle: StructureId, movement: MovementId, pose: Pose): number | null {
  const joint = functionData.movements[movement].joint;
  if (!joint || !isPathMuscleId(muscle)) return null;
  const direction = movement === 'dorsiflexion' || movement === 'knee_extension' || movement === 'eversion' ? -1 : 1;
  const r = joint === 'subtalar' ? subtalarMomentArm(muscle, pose) : momentArm(muscle, joint, pose);
  return direction * r;
}

/**
 * Each producer's contribution to `movement` at `pose` (PCSA cm² × lever m, or PCSA alone for a
 * movement the model does not pose). A producer pulling the other way at this pose adds nothing.
 */
export function movementContributions(movement: MovementId, pose: Pose): Map<StructureId, number> {
  const roles = movementRoles(movement);
  const out = new Map<StructureId, number>();
  for (const id of [...roles.prime, ...roles.synergists]) {
    const pcsa = functionData.pcsaCm2[id] ?? 0;
    const lever = leverToward(id, movement, pose);
    // about the subtalar axis the data's producers count even when the path passes the axis on the
    // wrong side at this pose (tibialis anterior: see MIN_LEVER_M); at the knee and ankle the path decides
    const pulls = lever !== null && (lever > 0 || functionData.movements[movement].joint === 'subtalar');
    out.set(id, lever === null ? pcsa : pulls ? pcsa * Math.max(lever, MIN_LEVER_M) : 0);
  }
  return out;
}

export function effectOf(strength: number): MovementEffect {
  return strength < LOST_BELOW ? 'lost' : strength < WEAK_BELOW ? 'weak' : 'normal';
}

/** Strength of `movement` left after `lesion` at `pose`, % of intact. */
export function movementStrength(movement: MovementId, lesion: LesionId, pose: Pose): MovementStrength {
  const left = remainingMuscleShare(lesion);
  let intact = 0;
  let remaining = 0;
  for (const [id, c] of movementContributions(movement, pose)) {
    intact += c;
    remaining += c * (left.get(id) ?? 1);
  }
  const strength = intact > 0 ? Math.round((1000 * remaining) / intact) / 10 : 100;
  return { strength, effect: effectOf(strength) };
}

/** Every movement's remaining strength and the numb skin of `lesion` at `pose`. */
export function summarizeLesion(lesion: LesionId, pose: Pose): LesionSummary {
  const l = assertLesion(lesion);
  const movements = Object.fromEntries(MOVEMENT_IDS.map((m) => [m, movementStrength(m, lesion, pose)])) as Record<MovementId, MovementStrength>;
  return { movements, numbSkin: [...l.numbSkin] };
}
