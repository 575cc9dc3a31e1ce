/**
 * Muscles, tendons, ligaments, nerves, arteries and veins as swept sections along centre lines in world
 * rest-pose coordinates. Each control point is tagged with the body segment it moves with; a
 * structure whose points span more than one segment crosses a joint and is skinned.
 *
 * Courses and attachment sites: Gray's Anatomy 41st ed. (leg and popliteal fossa chapters) and the
 * project fact sheets (shared/anatomy/*.md), placed by hand on the procedural bones and carried onto
 * the scanned ones by a per-segment warp (scan/warp.ts). The
 * gastrocnemius heads, soleus and tibialis anterior run through the landmark points of
 * src/kinematics/landmarks.ts so the mesh and the length model agree.
 *
 * One file per compartment or tissue kind (muscles/, tendons/, ligaments/, nerves/, vessels/);
 * this list keeps their order.
 */
import { ANTERIOR_COMPARTMENT } from './muscles/anterior';
import { DEEP_POSTERIOR } from './muscles/deepPosterior';
import { LATERAL_COMPARTMENT } from './muscles/lateral';
import { THIGH_MUSCLES } from './muscles/thigh';
import { SOLE } from './muscles/sole';
import { TRICEPS_SURAE } from './muscles/tricepsSurae';
import { FASCIA } from './ligaments/fascia';
import { KNEE_LIGAMENTS } from './ligaments/knee';
import { RETINACULA } from './ligaments/retinacula';
import { NERVE_BRANCHES } from './nerves/branches';
import { NERVES } from './nerves/index';
import { CALCANEAL_TENDON } from './tendons/calcaneal';
import { QUADRICEPS_TENDON } from './tendons/quadriceps';
import type { TissueDef } from './tissue';
import { REAL_MUSCLES, warpPathPoint } from './scan/realLeg';
import { obstacles, routeThroughGaps } from './scan/gaps';
import { boneFields } from './bones';
import { STRUCTURES } from '../../src/anatomy/ids';
import type { StructureId } from '../../src/anatomy/ids';
import type { V3 } from './vec';
import { ARTERIES } from './vessels/arteries';
import { VEINS } from './vessels/veins';

export type { TissueDef } from './tissue';

/** Laid out on the procedural skeleton, then carried onto the real bones (scan/realLeg.ts). */
const LAID_OUT: TissueDef[] = [
  ...TRICEPS_SURAE.slice(0, 3),
  ...CALCANEAL_TENDON,
  ...TRICEPS_SURAE.slice(3),
  ...DEEP_POSTERIOR,
  ...ANTERIOR_COMPARTMENT,
  ...LATERAL_COMPARTMENT,
  ...THIGH_MUSCLES,
  ...QUADRICEPS_TENDON,
  ...KNEE_LIGAMENTS,
  ...NERVES,
  ...ARTERIES,
  ...NERVE_BRANCHES,
  ...VEINS,
  ...RETINACULA,
  ...FASCIA,
];

/** Tissue laid out on the procedural skeleton, carried onto the real one. */
export function warpTissues(defs: readonly TissueDef[]): TissueDef[] {
  return defs.map((def) => ({ ...def, pieces: def.pieces.map((piece) => ({ ...piece, path: piece.path.map(warpPathPoint) })) }));
}

/** Nerves and vessels, which must run between the real bellies, not through them (scan/gaps.ts). */
const ROUTED_KINDS: ReadonlySet<string> = new Set(['nerve', 'artery', 'vein']);

/** The sural arteries run down the heads' deep (anterior) faces before entering them. */
const EXIT: Partial<Record<StructureId, V3>> = { medial_sural_artery: [0, 0, 1], lateral_sural_artery: [0, 0, 1] };

/** Carried onto the real leg, nerves and vessels re-routed through its gaps. */
function onRealLeg(defs: readonly TissueDef[]): TissueDef[] {
  const all = obstacles(REAL_MUSCLES.values(), Object.values(boneFields()));
  return warpTissues(defs).map((def) => (ROUTED_KINDS.has(STRUCTURES[def.id]) ? routeThroughGaps(def, all, EXIT[def.id]) : def));
}

/** Everything, the sole (laid out on the real foot from the start) last. */
export const SOFT_TISSUES: TissueDef[] = [...onRealLeg(LAID_OUT), ...SOLE];
