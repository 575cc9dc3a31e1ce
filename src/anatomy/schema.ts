/**
 * The schema of data/structures.json (zod) and its cross-checks against the id contract in ids.ts.
 * Pure: no DOM, no React, no three.js.
 */
import { z } from 'zod';
import { ACTIONS, ATTACHMENT_AREAS, STRUCTURE_IDS, STRUCTURE_KINDS, STRUCTURES, isStructureId } from './ids';
import type { StructureId, StructureKind } from './ids';
import { GROUP_IDS, GROUP_KINDS, GROUPS, isGroupId } from './groupIds';
import type { GroupId } from './groupIds';
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
  /**
   * True when the attachment is on a tendon or fascia, not on any bone (the lumbricals arise from the
   * tendons of flexor digitorum longus; quadratus plantae inserts into that tendon): no bone to name.
   */
  softTissue: z.literal(true).optional(),
  /** The attachment-area mesh that shows it, if the model has one. */
  area: structureIdSchema.optional(),
  /** Name of the bony landmark, e.g. "medial condyle of femur". */
  landmark: text.optional(),
  /** Other bones of the model the attachment also covers (soleus: the tibia as well as the fibula). */
  alsoOn: z.array(structureIdSchema).optional(),
  /** The part of the muscle the area shows when it is not the whole (biceps femoris: "the short head of biceps femoris"). */
  areaPart: text.optional(),
  /** True when most of the attachment lies outside the model (the vasti's origins): the quiz does not ask to click it. */
  mostlyOutside: z.literal(true).optional(),
  /** Bones tied to the attachment by a tendinous slip or ligament (popliteus: the fibula): never offered as a wrong answer. */
  nearBones: z.array(structureIdSchema).optional(),
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
      /** What is wrong with the source's list, in one line, shown with it. */
      correction: text,
    })
    .optional(),
});

/** An examinable fact (clinical note, relation, variant) in the project's own words, with its sources. */
export const noteSchema = z.strictObject({
  /** A short heading, e.g. "Ankle reflex". */
  topic: text,
  text,
  /** Keys of `sources`. */
  references: z.array(text).min(1, 'expected at least one reference'),
});

export const structureInfoSchema = z.strictObject({
  id: structureIdSchema,
  kind: structureKindSchema,
  name: text,
  latin: text,
  description: text,
  /** Real other names of this structure, shown as "Also called". */
  synonyms: z.array(text),
  /** Words that should find it but are not its names (group names, regions, parts, common words): search only. */
  searchTerms: z.array(text).optional(),
  region: text.optional(),
  /** A short, name-free description that tells it apart from the structures sharing its region (text-only flashcards). */
  cue: text.optional(),
  /** Its tissue when the kind's word would be wrong (menisci are fibrocartilage, not ligament). */
  tissue: z.enum(['fibrocartilage', 'retinaculum', 'fascia', 'membrane']).optional(),
  /** Set when `latin` is not a Terminologia Anatomica (TA2) term: what it is instead. */
  latinNote: text.optional(),
  muscle: muscleDetailsSchema.optional(),
  /** Key facts beyond the card's fields (reflexes, variants, clinical notes), each with its sources. */
  notes: z.array(noteSchema).optional(),
  /** Keys of `sources`. */
  references: z.array(text).min(1, 'expected at least one reference'),
});

/** A group of structures (see groupIds.ts): no mesh of its own; selecting it lights up `members`. */
export const groupInfoSchema = z.strictObject({
  id: text,
  kind: z.enum(GROUP_KINDS),
  name: text,
  latin: text,
  /** Set when `latin` is not a TA2 term: what it is instead. */
  latinNote: text.optional(),
  description: text,
  synonyms: z.array(text),
  searchTerms: z.array(text).optional(),
  /** The structures of the model it consists of (or, for a region, that bound it and pass through it). */
  members: z.array(structureIdSchema).min(1, 'expected at least one member'),
  notes: z.array(noteSchema).optional(),
  references: z.array(text).min(1, 'expected at least one reference'),
});

export const anatomyDataSchema = z.strictObject({
  /** Citation strings by key (textbooks, TA2, OpenSim models). */
  sources: z.record(z.string(), text),
  structures: z.record(z.string(), structureInfoSchema),
  /** Named groups of structures (triceps surae, hamstrings…), keyed by group id. */
  groups: z.record(z.string(), groupInfoSchema),
});

export type RelatedRef = z.infer<typeof relatedRefSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type ActionInfo = z.infer<typeof actionInfoSchema>;
export type MuscleDetails = z.infer<typeof muscleDetailsSchema>;
export type StructureInfo = z.infer<typeof structureInfoSchema>;
export type Note = z.infer<typeof noteSchema>;
export type GroupInfo = Omit<z.infer<typeof groupInfoSchema>, 'id'> & { id: GroupId };
export interface AnatomyData {
  sources: Record<string, string>;
  structures: Record<StructureId, StructureInfo>;
  groups: Record<GroupId, GroupInfo>;
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
  const checkNotes = (path: string, notes: readonly { references: string[] }[] | undefined) =>
    notes?.forEach((note, i) => note.references.forEach((ref, j) => expectSource(`${path}[${i}].references[${j}]`, ref)));

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
    checkNotes(`${at}.notes`, info.notes);

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
      const given = [a.bone && 'bone', a.outside && 'outside', a.softTissue && 'softTissue'].filter(Boolean);
      if (given.length !== 1) {
        problems.push(
          `${at}.muscle.${end}: give one of "bone" (in the model), "outside": true or "softTissue": true, not ${given.length === 0 ? 'none' : given.join(' and ')}`,
        );
      }
      if (a.area) expectKind(`${at}.muscle.${end}.area`, a.area, ['attachment']);
      a.alsoOn?.forEach((b, i) => {
        expectKind(`${at}.muscle.${end}.alsoOn[${i}]`, b, ['bone']);
        if (b === a.bone) problems.push(`${at}.muscle.${end}.alsoOn[${i}]: ${JSON.stringify(b)} is already the attachment's "bone"`);
      });
      a.nearBones?.forEach((b, i) => expectKind(`${at}.muscle.${end}.nearBones[${i}]`, b, ['bone']));
      const expected = (ATTACHMENT_AREAS as Partial<Record<StructureId, Partial<Record<'origin' | 'insertion', StructureId>>>>)[key]?.[end];
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
      expectSource(`${at}.muscle.generalRelations.source`, m.generalRelations.source);
    }
  }

  const groups = data.groups;
  for (const key of Object.keys(groups)) {
    if (!isGroupId(key)) problems.push(`groups.${key}: unknown group id ${JSON.stringify(key)} (not in src/anatomy/groupIds.ts)`);
    if (isStructureId(key)) problems.push(`groups.${key}: a group id must not also be a structure id`);
  }
  for (const id of GROUP_IDS) {
    if (!Object.prototype.hasOwnProperty.call(groups, id)) problems.push(`groups.${id}: missing entry (every id in src/anatomy/groupIds.ts needs one)`);
  }
  for (const [key, group] of Object.entries(groups)) {
    if (!isGroupId(key)) continue;
    const at = `groups.${key}`;
    if (group.id !== key) problems.push(`${at}.id: is ${JSON.stringify(group.id)}, expected the key ${JSON.stringify(key)}`);
    if (group.kind !== GROUPS[key]) problems.push(`${at}.kind: is ${JSON.stringify(group.kind)}, but groupIds.ts says ${JSON.stringify(GROUPS[key])}`);
    group.members.forEach((member, i) => {
      if (!has(member)) problems.push(`${at}.members[${i}]: refers to ${JSON.stringify(member)}, which has no entry in structures`);
      if (group.members.indexOf(member) !== i) problems.push(`${at}.members[${i}]: ${JSON.stringify(member)} is listed twice`);
    });
    group.references.forEach((ref, i) => expectSource(`${at}.references[${i}]`, ref));
    checkNotes(`${at}.notes`, group.notes);
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
