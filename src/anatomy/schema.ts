/**
 * The schema of data/structures.json (zod) and its cross-checks against the id contract in ids.ts.
 * Pure: no DOM, no React, no three.js.
 */
import { z } from 'zod';
import { ACTIONS, ATTACHMENT_AREAS, STRUCTURE_IDS, STRUCTURE_KINDS, STRUCTURES, isStructureId } from './ids';
import type { StructureId, StructureKind } from './ids';
import { AnatomyDataError, formatIssues } from './errors';

export { AnatomyDataError, formatIssues } from './errors';

export const DEFAULT_STRUCTURES_FILE = 'data/structures.json';

const text = z.string().trim().min(1, 'expected a non-empty string');

/** A string that is a StructureId of ids.ts. */
export const structureIdSchema = z.custom<StructureId>(isStructureId, {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown structure id ${JSON.stringify(issue.input)} (not in src/anatomy/ids.ts)`
      : `expected a structure id string, received ${issue.input === null ? 'null' : typeof issue.input}`,
});

export const actionIdSchema = z.enum(ACTIONS);
export const structureKindSchema = z.enum(STRUCTURE_KINDS);

/** A related structure: in the model (an id) or outside it (a name and why it is not shown). */
export const relatedRefSchema = z.union([
  z.strictObject({ id: structureIdSchema }),
  z.strictObject({ name: text, latin: text.optional(), outside: z.literal(true), note: text.optional() }),
]);

export const attachmentSchema = z.strictObject({
  text,
  /** The bone it attaches to; absent when that bone lies outside the model (then `outside: true`). */
  bone: structureIdSchema.optional(),
  /** True when the attachment is on a bone the model does not show (e.g. the pelvis). */
  outside: z.literal(true).optional(),
  /** The attachment-area mesh that shows it, if the model has one. */
  area: structureIdSchema.optional(),
  /** Name of the bony landmark, e.g. "medial condyle of femur". */
  landmark: text.optional(),
});

export const actionInfoSchema = z.strictObject({
  /** 'plantarflexion' | 'knee_flexion' (animated), or free text such as 'inversion'. */
  action: text,
  label: text,
  role: z.enum(['prime', 'assists']),
  agonists: z.array(relatedRefSchema),
  antagonists: z.array(relatedRefSchema),
  /** The animation clip that shows it, if any. */
  clip: actionIdSchema.optional(),
});

const linkedTextSchema = z.strictObject({ text, links: z.array(structureIdSchema) });

export const muscleDetailsSchema = z.strictObject({
  muscle: text,
  muscleLatin: text,
  head: text.optional(),
  headLatin: text.optional(),
  /** Other heads of the same muscle (lighter highlight when one is selected). */
  siblings: z.array(structureIdSchema),
  origin: attachmentSchema,
  insertion: attachmentSchema,
  actions: z.array(actionInfoSchema).min(1, 'expected at least one action'),
  innervation: linkedTextSchema,
  bloodSupply: linkedTextSchema,
  /** Animated actions in which this structure is tinted as a prime mover. */
  primeMoverOf: z.array(actionIdSchema),
  /** A general synergist/antagonist list from a source, kept with its context (not per action). */
  generalRelations: z
    .strictObject({
      context: text,
      source: text,
      synergists: z.array(relatedRefSchema),
      antagonists: z.array(relatedRefSchema),
    })
    .optional(),
});

export const structureInfoSchema = z.strictObject({
  id: structureIdSchema,
  kind: structureKindSchema,
  name: text,
  latin: text,
  description: text,
  synonyms: z.array(text),
  region: text.optional(),
  muscle: muscleDetailsSchema.optional(),
  /** Keys of `sources`. */
  references: z.array(text).min(1, 'expected at least one reference'),
});

export const anatomyDataSchema = z.strictObject({
  /** Citation strings by key (textbooks, TA2, OpenSim models). */
  sources: z.record(z.string(), text),
  structures: z.record(z.string(), structureInfoSchema),
});

export type RelatedRef = z.infer<typeof relatedRefSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type ActionInfo = z.infer<typeof actionInfoSchema>;
export type MuscleDetails = z.infer<typeof muscleDetailsSchema>;
export type StructureInfo = z.infer<typeof structureInfoSchema>;
export interface AnatomyData {
  sources: Record<string, string>;
  structures: Record<StructureId, StructureInfo>;
}

export function isInModel(ref: RelatedRef): ref is { id: StructureId } {
  return 'id' in ref;
}

/** Checks that zod cannot express: the data against ids.ts and against itself. */
function crossCheck(data: z.infer<typeof anatomyDataSchema>): string[] {
  const problems: string[] = [];
  const structures = data.structures;
  const has = (id: StructureId) => Object.prototype.hasOwnProperty.call(structures, id);
  const expectKind = (path: string, id: StructureId, kinds: readonly StructureKind[]) => {
    if (!has(id)) problems.push(`${path}: refers to ${JSON.stringify(id)}, which has no entry in structures`);
    else if (!kinds.includes(STRUCTURES[id])) {
      problems.push(`${path}: ${JSON.stringify(id)} is ${/^[aeiou]/.test(STRUCTURES[id]) ? 'an' : 'a'} ${STRUCTURES[id]}, expected ${kinds.join(' or ')}`);
    }
  };
  const expectSource = (path: string, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(data.sources, key)) {
      problems.push(`${path}: unknown source ${JSON.stringify(key)} (not in sources)`);
    }
  };
  const checkRefs = (path: string, refs: readonly RelatedRef[]) =>
    refs.forEach((ref, i) => {
      if (isInModel(ref)) expectKind(`${path}[${i}].id`, ref.id, STRUCTURE_KINDS);
    });

  for (const key of Object.keys(structures)) {
    if (!isStructureId(key)) {
      problems.push(`structures.${key}: unknown structure id ${JSON.stringify(key)} (not in src/anatomy/ids.ts)`);
    }
  }
  for (const id of STRUCTURE_IDS) {
    if (!has(id)) problems.push(`structures.${id}: missing entry (every id in src/anatomy/ids.ts needs one)`);
  }

  for (const [key, info] of Object.entries(structures)) {
    if (!isStructureId(key)) continue;
    const at = `structures.${key}`;
    if (info.id !== key) problems.push(`${at}.id: is ${JSON.stringify(info.id)}, expected the key ${JSON.stringify(key)}`);
    if (info.kind !== STRUCTURES[key]) {
      problems.push(`${at}.kind: is ${JSON.stringify(info.kind)}, but ids.ts says ${JSON.stringify(STRUCTURES[key])}`);
    }
    info.references.forEach((ref, i) => expectSource(`${at}.references[${i}]`, ref));

    const m = info.muscle;
    if (m && info.kind !== 'muscle') problems.push(`${at}.muscle: only muscles have muscle details (kind is ${info.kind})`);
    if (!m && info.kind === 'muscle') problems.push(`${at}.muscle: missing (every muscle needs muscle details)`);
    if (!m) continue;
    m.siblings.forEach((s, i) => {
      expectKind(`${at}.muscle.siblings[${i}]`, s, ['muscle']);
      if (s === key) problems.push(`${at}.muscle.siblings[${i}]: a structure is not its own sibling`);
    });
    for (const end of ['origin', 'insertion'] as const) {
      const a = m[end];
      if (a.bone) expectKind(`${at}.muscle.${end}.bone`, a.bone, ['bone']);
      if (!a.bone === !a.outside) {
        problems.push(`${at}.muscle.${end}: give either "bone" (in the model) or "outside": true, not ${a.bone ? 'both' : 'neither'}`);
      }
      if (a.area) expectKind(`${at}.muscle.${end}.area`, a.area, ['attachment']);
      const expected = (ATTACHMENT_AREAS as Partial<Record<StructureId, Record<'origin' | 'insertion', StructureId>>>)[key]?.[end];
      if (expected && a.area !== expected) {
        problems.push(`${at}.muscle.${end}.area: is ${JSON.stringify(a.area ?? null)}, ids.ts ATTACHMENT_AREAS says ${JSON.stringify(expected)}`);
      }
    }
    m.actions.forEach((action, i) => {
      checkRefs(`${at}.muscle.actions[${i}].agonists`, action.agonists);
      checkRefs(`${at}.muscle.actions[${i}].antagonists`, action.antagonists);
    });
    m.innervation.links.forEach((l, i) => expectKind(`${at}.muscle.innervation.links[${i}]`, l, ['nerve']));
    m.bloodSupply.links.forEach((l, i) => expectKind(`${at}.muscle.bloodSupply.links[${i}]`, l, ['artery']));
    m.primeMoverOf.forEach((action, i) => {
      const info = m.actions.find((a) => a.action === action);
      if (!info || info.role !== 'prime') {
        problems.push(`${at}.muscle.primeMoverOf[${i}]: ${JSON.stringify(action)} needs an action entry with role "prime"`);
      }
    });
    if (m.generalRelations) {
      checkRefs(`${at}.muscle.generalRelations.synergists`, m.generalRelations.synergists);
      checkRefs(`${at}.muscle.generalRelations.antagonists`, m.generalRelations.antagonists);
    }
  }
  return problems;
}

/**
 * Validates the contents of data/structures.json: the zod schema, then the cross-checks (every key is
 * a StructureId and every StructureId has an entry, kinds match ids.ts, every referenced id, area,
 * sibling and source exists). Throws AnatomyDataError naming the file and each field path.
 */
export function parseStructures(json: unknown, file: string = DEFAULT_STRUCTURES_FILE): AnatomyData {
  const result = anatomyDataSchema.safeParse(json);
  if (!result.success) throw new AnatomyDataError(file, formatIssues(result.error.issues));
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new AnatomyDataError(file, problems);
  return result.data as AnatomyData;
}
