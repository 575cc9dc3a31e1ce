/**
 * The function explorer's questions, answered from the data (pure: no DOM, no React, no three.js):
 * - bone → the muscles, tendons and ligaments attached to it, as origins and insertions;
 * - nerve or spinal root → the muscles it supplies, the movements lost or weakened, the muscles
 *   that still produce each, and the clinical sign;
 * - movement → its prime movers, synergists and antagonists, from the per-action tables of
 *   data/structures.json (not one list per muscle).
 * Innervation, roots, signs and tendon/ligament attachments come from data/function.json.
 */
import { z } from 'zod';
import functionJson from '../../data/function.json';
import { anatomy, isInModel } from './data';
import { STRUCTURE_IDS, isStructureId, kindOf } from './ids';
import type { StructureId } from './ids';
import { AnatomyDataError, formatIssues } from './errors';
import { LESION_IDS, MOVEMENT_IDS, isLesionId, isMovementId } from './functionIds';
import type { LesionId, MovementId } from './functionIds';
import { ANKLE, KNEE } from '../kinematics/joints';
import type { Pose, Vec3 } from '../kinematics/joints';
import { momentArm, musclePathAt, pathPoints, pointAt } from '../kinematics/muscleLength';
import type { PathMuscleId } from '../kinematics/muscleLength';

export const FUNCTION_FILE = 'data/function.json';

export { LESION_IDS, MOVEMENT_IDS, isLesionId, isMovementId } from './functionIds';
export type { LesionId, MovementId } from './functionIds';

const text = z.string().trim().min(1);
const root = z.string().regex(/^[LS][1-5]$/, 'expected a spinal root such as "L5" or "S1"');
const legRegion = z.strictObject({ y: z.tuple([z.number(), z.number()]), angle: z.tuple([z.number(), z.number()]) });
const footRegion = z.strictObject({ z: z.tuple([z.number(), z.number()]), x: z.tuple([z.number(), z.number()]), face: z.enum(['dorsal', 'plantar', 'any']) });
const skinRegion = z.union([z.strictObject({ leg: legRegion }), z.strictObject({ foot: footRegion })]);

const functionSchema = z.object({
  sources: z.record(z.string(), text),
  lesions: z.record(
    z.string(),
    z.strictObject({
      name: text,
      kind: z.enum(['nerve', 'root']),
      level: text.optional(),
      includes: z.array(z.string()).optional(),
      sign: text,
      references: z.array(text).min(1),
      numbSkin: z.array(z.string()).min(1),
    }),
  ),
  innervation: z.record(
    z.string(),
    z.strictObject({ nerve: text, segments: z.record(root, z.number().positive().max(1)), segmentSource: text }),
  ),
  strength: z.object({
    references: z.array(text).min(1),
    pcsaCm2: z.record(z.string(), z.number().positive()),
    estimates: z.array(z.string()),
  }),
  skin: z.object({
    territories: z.record(
      z.string(),
      z.strictObject({
        name: text,
        kind: z.enum(['nerve', 'dermatome']),
        references: z.array(text).min(1),
        regions: z.array(skinRegion).min(1),
        except: z.array(skinRegion).optional(),
      }),
    ),
  }),
  movements: z.record(
    z.string(),
    z.strictObject({ label: text, actions: z.array(text).min(1), opposite: text, joint: z.enum(['knee', 'ankle', 'subtalar']).optional() }),
  ),
  otherAttachments: z.record(z.string(), z.strictObject({ origin: z.array(z.string()), insertion: z.array(z.string()) })),
  extraMuscleAttachments: z.record(
    z.string(),
    z.strictObject({ origin: z.array(z.string()).optional(), insertion: z.array(z.string()).optional() }),
  ),
});

export interface Lesion {
  id: LesionId;
  name: string;
  kind: 'nerve' | 'root';
  level?: string;
  /** Branches a cut of this nerve also cuts. */
  includes: LesionId[];
  sign: string;
  references: string[];
  /** Skin territories (ids of FunctionData.skin) this lesion makes numb. */
  numbSkin: string[];
}
export interface Innervation {
  /** The nerve branch that enters the muscle (a lesion id, or a nerve outside the explorer such as "femoral_nerve"). */
  nerve: string;
  /** Spinal segments, in order (the keys of `segments`). */
  roots: string[];
  /** Share of the muscle each segment supplies (sums to 1): what a root lesion takes away. */
  segments: Record<string, number>;
  /** Where the range and the weights come from. */
  segmentSource: string;
}
export type SkinRegion = { leg: { y: [number, number]; angle: [number, number] } } | { foot: { z: [number, number]; x: [number, number]; face: 'dorsal' | 'plantar' | 'any' } };
export interface SkinTerritory {
  id: string;
  name: string;
  kind: 'nerve' | 'dermatome';
  references: string[];
  regions: SkinRegion[];
  except: SkinRegion[];
}
export interface MovementDef {
  id: MovementId;
  label: string;
  /** Per-action ids of structures.json that make up this movement. */
  actions: string[];
  /** The movement (or per-action id) that opposes it. */
  opposite: string;
  /** The joint whose moment arm (from the length model's paths) weights the muscles, if any. */
  joint?: 'knee' | 'ankle' | 'subtalar';
}
export interface FunctionData {
  sources: Record<string, string>;
  lesions: Record<LesionId, Lesion>;
  innervation: Partial<Record<StructureId, Innervation>>;
  movements: Record<MovementId, MovementDef>;
  /** Bones each end of a structure attaches to (muscles: from structures.json plus extras here). */
  attachments: Partial<Record<StructureId, { origin: StructureId[]; insertion: StructureId[] }>>;
  /** Physiological cross-sectional area of each muscle, cm² (Ward et al. 2009; a few marked estimates). */
  pcsaCm2: Partial<Record<StructureId, number>>;
  /** The skin territories a lesion can make numb, by id. */
  skin: Record<string, SkinTerritory>;
}

/** Validates data/function.json against the schema, ids.ts and structures.json; throws AnatomyDataError. */
export function parseFunctionData(json: unknown, file = FUNCTION_FILE): FunctionData {
  const result = functionSchema.safeParse(json);
  if (!result.success) throw new AnatomyDataError(file, formatIssues(result.error.issues));
  const d = result.data;
  const problems: string[] = [];
  const expectKind = (path: string, id: string, kind: string): id is StructureId => {
    if (!isStructureId(id)) problems.push(`${path}: unknown structure id ${JSON.stringify(id)} (not in src/anatomy/ids.ts)`);
    else if (kindOf(id) !== kind) problems.push(`${path}: ${JSON.stringify(id)} is a ${kindOf(id)}, expected a ${kind}`);
    else return true;
    return false;
  };
  for (const key of Object.keys(d.lesions)) if (!isLesionId(key)) problems.push(`lesions.${key}: not one of ${LESION_IDS.join(', ')}`);
  for (const id of LESION_IDS) if (!d.lesions[id]) problems.push(`lesions.${id}: missing`);
  for (const [key, l] of Object.entries(d.lesions)) {
    l.references.forEach((r, i) => d.sources[r] === undefined && problems.push(`lesions.${key}.references[${i}]: unknown source ${JSON.stringify(r)}`));
    l.includes?.forEach((b, i) => !isLesionId(b) && problems.push(`lesions.${key}.includes[${i}]: unknown lesion ${JSON.stringify(b)}`));
  }
  for (const id of STRUCTURE_IDS) {
    if (kindOf(id) === 'muscle' && !d.innervation[id]) problems.push(`innervation.${id}: missing (every muscle needs one)`);
  }
  for (const [key, inn] of Object.entries(d.innervation)) {
    expectKind(`innervation.${key}`, key, 'muscle');
    const sum = Object.values(inn.segments).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6) problems.push(`innervation.${key}.segments: the shares add up to ${sum}, expected 1`);
    if (d.strength.pcsaCm2[key] === undefined) problems.push(`strength.pcsaCm2.${key}: missing (every muscle needs one)`);
  }
  for (const key of Object.keys(d.strength.pcsaCm2)) expectKind(`strength.pcsaCm2.${key}`, key, 'muscle');
  d.strength.references.forEach((r, i) => d.sources[r] === undefined && problems.push(`strength.references[${i}]: unknown source ${JSON.stringify(r)}`));
  for (const [key, t] of Object.entries(d.skin.territories)) {
    t.references.forEach((r, i) => d.sources[r] === undefined && problems.push(`skin.territories.${key}.references[${i}]: unknown source ${JSON.stringify(r)}`));
  }
  for (const [key, l] of Object.entries(d.lesions)) {
    l.numbSkin.forEach((t, i) => !d.skin.territories[t] && problems.push(`lesions.${key}.numbSkin[${i}]: unknown skin territory ${JSON.stringify(t)}`));
  }
  for (const key of Object.keys(d.movements)) if (!isMovementId(key)) problems.push(`movements.${key}: not one of ${MOVEMENT_IDS.join(', ')}`);
  for (const id of MOVEMENT_IDS) if (!d.movements[id]) problems.push(`movements.${id}: missing`);

  const attachments: FunctionData['attachments'] = {};
  const add = (id: StructureId, end: 'origin' | 'insertion', bone: StructureId) => {
    const a = (attachments[id] ??= { origin: [], insertion: [] });
    if (!a[end].includes(bone)) a[end].push(bone);
  };
  for (const info of Object.values(anatomy.structures)) {
    for (const end of ['origin', 'insertion'] as const) {
      const a = info.muscle?.[end];
      if (!a?.bone) continue;
      // every bone the data names for this end: its main bone, the others it covers, and any named in its text
      add(info.id, end, a.bone);
      a.alsoOn?.forEach((b) => add(info.id, end, b));
      for (const other of Object.values(anatomy.structures)) {
        if (other.kind === 'bone' && new RegExp(`\\b${other.name}\\b`, 'i').test(a.text)) add(info.id, end, other.id);
      }
    }
  }
  for (const [key, a] of Object.entries(d.extraMuscleAttachments)) {
    if (!expectKind(`extraMuscleAttachments.${key}`, key, 'muscle')) continue;
    for (const end of ['origin', 'insertion'] as const) {
      a[end]?.forEach((b, i) => expectKind(`extraMuscleAttachments.${key}.${end}[${i}]`, b, 'bone') && add(key, end, b));
    }
  }
  for (const [key, a] of Object.entries(d.otherAttachments)) {
    if (!isStructureId(key) || !['tendon', 'ligament'].includes(kindOf(key))) {
      problems.push(`otherAttachments.${key}: expected a tendon or ligament id of src/anatomy/ids.ts`);
      continue;
    }
    for (const end of ['origin', 'insertion'] as const) {
      a[end].forEach((b, i) => expectKind(`otherAttachments.${key}.${end}[${i}]`, b, 'bone') && add(key, end, b));
    }
  }
  if (problems.length > 0) throw new AnatomyDataError(file, problems);

  const lesions = Object.fromEntries(
    LESION_IDS.map((id) => {
      const l = d.lesions[id];
      return [
        id,
        { id, name: l.name, kind: l.kind, level: l.level, includes: (l.includes ?? []) as LesionId[], sign: l.sign, references: l.references, numbSkin: l.numbSkin },
      ];
    }),
  ) as Record<LesionId, Lesion>;
  const movements = Object.fromEntries(MOVEMENT_IDS.map((id) => [id, { id, ...d.movements[id] }])) as Record<MovementId, MovementDef>;
  const innervation = Object.fromEntries(
    Object.entries(d.innervation).map(([id, inn]) => [id, { nerve: inn.nerve, roots: Object.keys(inn.segments), segments: inn.segments, segmentSource: inn.segmentSource }]),
  ) as FunctionData['innervation'];
  const skin = Object.fromEntries(Object.entries(d.skin.territories).map(([id, t]) => [id, { id, ...t, except: t.except ?? [] }]));
  return { sources: d.sources, lesions, innervation, movements, attachments, pcsaCm2: d.strength.pcsaCm2 as FunctionData['pcsaCm2'], skin };
}

export const functionData: FunctionData = parseFunctionData(functionJson);

// --- Bone → attachments ---------------------------------------------------------------------

export interface BoneAttachment {
  id: StructureId;
  end: 'origin' | 'insertion';
  /** The attachment-area mesh showing it, when the model has one on this bone (its main bone or one it also covers). */
  area?: StructureId;
}

/** What attaches to `bone`, origins first, each list sorted by name. Throws on an id that is not a bone. */
export function attachmentsOfBone(bone: StructureId): { origins: BoneAttachment[]; insertions: BoneAttachment[] } {
  if (!isStructureId(bone) || kindOf(bone) !== 'bone') throw new Error(`Not a bone: ${JSON.stringify(bone)}`);
  const origins: BoneAttachment[] = [];
  const insertions: BoneAttachment[] = [];
  for (const [id, a] of Object.entries(functionData.attachments) as [StructureId, { origin: StructureId[]; insertion: StructureId[] }][]) {
    for (const end of ['origin', 'insertion'] as const) {
      if (!a[end].includes(bone)) continue;
      const m = anatomy.structures[id].muscle;
      // an area may spread over several bones (soleus: fibula and tibia); it shows on each
      const area = m && (m[end].bone === bone || m[end].alsoOn?.includes(bone)) ? m[end].area : undefined;
      (end === 'origin' ? origins : insertions).push(area ? { id, end, area } : { id, end });
    }
  }
  const byName = (x: BoneAttachment, y: BoneAttachment) => anatomy.structures[x.id].name.localeCompare(anatomy.structures[y.id].name, 'en');
  return { origins: origins.sort(byName), insertions: insertions.sort(byName) };
}

/** The bone an attachment-area mesh lies on and the muscle end it shows, from structures.json. */
export function areaOwner(area: StructureId): { muscle: StructureId; end: 'origin' | 'insertion'; bone: StructureId }[] {
  const owners: { muscle: StructureId; end: 'origin' | 'insertion'; bone: StructureId }[] = [];
  for (const info of Object.values(anatomy.structures)) {
    for (const end of ['origin', 'insertion'] as const) {
      const a = info.muscle?.[end];
      if (a?.area === area && a.bone) owners.push({ muscle: info.id, end, bone: a.bone });
    }
  }
  return owners;
}

// --- Nerve or root → affected muscles (graded: src/anatomy/lesionModel.ts) -----------------------

/** Muscles a lesion touches at all: a nerve's muscles (with its included branches), or a root's myotome. */
export function denervatedMuscles(lesion: LesionId): StructureId[] {
  if (!isLesionId(lesion)) throw new Error(`Unknown lesion ${JSON.stringify(lesion)}; available: ${LESION_IDS.join(', ')}`);
  const l = functionData.lesions[lesion];
  const entries = Object.entries(functionData.innervation) as [StructureId, Innervation][];
  if (l.kind === 'root') {
    const r = lesion.slice('root_'.length);
    return entries.filter(([, inn]) => inn.roots.includes(r)).map(([id]) => id);
  }
  const nerves = new Set<string>([lesion, ...l.includes]);
  return entries.filter(([, inn]) => nerves.has(inn.nerve)).map(([id]) => id);
}

export interface MovementRoles {
  movement: MovementId;
  prime: StructureId[];
  synergists: StructureId[];
  antagonists: StructureId[];
}

/** Prime movers, synergists and antagonists of a movement, from the per-action entries of structures.json. */
export function movementRoles(movement: MovementId): MovementRoles {
  if (!isMovementId(movement)) throw new Error(`Unknown movement ${JSON.stringify(movement)}; available: ${MOVEMENT_IDS.join(', ')}`);
  const def = functionData.movements[movement];
  const opposite = isMovementId(def.opposite) ? functionData.movements[def.opposite].actions : [def.opposite];
  const prime = new Set<StructureId>();
  const synergists = new Set<StructureId>();
  const antagonists = new Set<StructureId>();
  for (const info of Object.values(anatomy.structures)) {
    for (const a of info.muscle?.actions ?? []) {
      if (def.actions.includes(a.action)) {
        (a.role === 'prime' ? prime : synergists).add(info.id);
        for (const ref of a.antagonists) if (isInModel(ref) && kindOf(ref.id) === 'muscle') antagonists.add(ref.id);
      } else if (opposite.includes(a.action)) {
        antagonists.add(info.id);
      }
    }
  }
  for (const id of prime) synergists.delete(id);
  const byName = (x: StructureId, y: StructureId) => anatomy.structures[x].name.localeCompare(anatomy.structures[y].name, 'en');
  return {
    movement,
    prime: [...prime].sort(byName),
    synergists: [...synergists].sort(byName),
    antagonists: [...antagonists].filter((id) => !prime.has(id) && !synergists.has(id)).sort(byName),
  };
}

// --- Lines of action and moment arms (from the length model: one source of truth) ---------------

export type JointName = 'knee' | 'ankle';

/** The joints a muscle's path crosses: from the segments its points move with (the patella rides with the knee). */
export function crossedJoints(id: PathMuscleId): JointName[] {
  const segments = new Set(pathPoints(id).points.map((p) => p.segment));
  const joints: JointName[] = [];
  if (segments.has('thigh') && (segments.has('shank') || segments.has('patella') || segments.has('foot'))) joints.push('knee');
  if (segments.has('foot') && segments.size > 1) joints.push('ankle');
  return joints;
}

/**
 * Moment arms in mm (0.1 mm) about each crossed joint at `pose`, from muscleLength.momentArm
 * (−dL/dθ): positive = knee flexion / plantarflexion, negative = dorsiflexion.
 */
export function momentArmsMm(id: PathMuscleId, pose: Pose): { knee?: number; ankle?: number } {
  const out: { knee?: number; ankle?: number } = {};
  for (const j of crossedJoints(id)) out[j] = Math.round(momentArm(id, j, pose) * 10000) / 10;
  return out;
}

/** A joint axis in `pose`: a point on it (the joint centre) and its unit direction, world metres. */
export function jointAxisAt(joint: JointName, pose: Pose): { centre: Vec3; axis: Vec3 } {
  if (joint === 'knee') return { centre: KNEE.centre, axis: KNEE.axis };
  const centre = pointAt('shank', ANKLE.centre, pose);
  const tip = pointAt('shank', [ANKLE.centre[0] + ANKLE.axis[0], ANKLE.centre[1] + ANKLE.axis[1], ANKLE.centre[2] + ANKLE.axis[2]], pose);
  return { centre, axis: [tip[0] - centre[0], tip[1] - centre[1], tip[2] - centre[2]] };
}

export interface ActionLine {
  muscle: PathMuscleId;
  /** Origin → via points → insertion, world metres. */
  path: Vec3[];
  /** Per crossed joint: the shortest segment from the axis to the line of action where it passes the joint, and the moment arm (mm). */
  arms: { joint: JointName; onAxis: Vec3; onLine: Vec3; mm: number }[];
}

const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot3 = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const along = (p: Vec3, d: Vec3, t: number): Vec3 => [p[0] + d[0] * t, p[1] + d[1] * t, p[2] + d[2] * t];

/** Closest points of two infinite lines p + s·d and q + t·e. */
function closestPoints(p: Vec3, d: Vec3, q: Vec3, e: Vec3): [Vec3, Vec3] {
  const w = sub3(p, q);
  const a = dot3(d, d);
  const b = dot3(d, e);
  const c = dot3(e, e);
  const dd = dot3(d, w);
  const ee = dot3(e, w);
  const den = a * c - b * b;
  const s = den > 1e-12 ? (b * ee - c * dd) / den : 0;
  const t = den > 1e-12 ? (a * ee - b * dd) / den : ee / c;
  return [along(p, d, s), along(q, e, t)];
}

/** The muscle's line of action in `pose`, with the moment-arm perpendicular at each crossed joint. */
export function actionLine(id: PathMuscleId, pose: Pose): ActionLine {
  const path = musclePathAt(id, pose);
  const mm = momentArmsMm(id, pose);
  const arms = crossedJoints(id).map((joint) => {
    const { centre, axis } = jointAxisAt(joint, pose);
    // The path segment that passes the joint: the one nearest the joint centre.
    let best = 0;
    let bestDist = Infinity;
    for (let i = 1; i < path.length; i++) {
      const d = sub3(path[i], path[i - 1]);
      const t = Math.max(0, Math.min(1, dot3(sub3(centre, path[i - 1]), d) / Math.max(1e-12, dot3(d, d))));
      const dist = Math.hypot(...sub3(along(path[i - 1], d, t), centre));
      if (dist < bestDist) {
        bestDist = dist;
        best = i;
      }
    }
    const [onAxis, onLine] = closestPoints(centre, axis, path[best - 1], sub3(path[best], path[best - 1]));
    return { joint, onAxis, onLine, mm: mm[joint] ?? 0 };
  });
  return { muscle: id, path, arms };
}
