/**
 * The anatomy facts of the model, from data/structures.json. The file is validated by the zod
 * schema (schema.ts) at test time (tests/unit/shippedData.test.ts), not in the browser: the viewer
 * does not ship a schema library to its first frame for a file that is checked before it ships.
 * Pure: no DOM, no React, no three.js.
 */
import structuresJson from '../../data/structures.json';
import { ACTIONS, STRUCTURE_KINDS, isStructureId } from './ids';
import type { ActionId, StructureId, StructureKind } from './ids';
import type { AnatomyData, RelatedRef, StructureInfo } from './schema';

export { AnatomyDataError, formatIssues } from './errors';
export { parseStructures } from './schema';
export type { ActionInfo, AnatomyData, Attachment, GroupInfo, MuscleDetails, Note, RelatedRef, StructureInfo } from './schema';

/** Every structure of the model, keyed by id, and the citation strings they reference. */
export const anatomy: AnatomyData = structuresJson as unknown as AnatomyData;

/** True for a related structure that is in the model (`{ id }`), false for one outside it (`{ name, outside }`). */
export function isInModel(ref: RelatedRef): ref is Extract<RelatedRef, { id: StructureId }> {
  return 'id' in ref;
}

/** The facts of one structure. Throws on an id that is not in ids.ts. */
export function getStructure(id: StructureId): StructureInfo {
  if (!isStructureId(id)) throw new Error(`Unknown structure id ${JSON.stringify(id)}`);
  return anatomy.structures[id];
}

/** All structures grouped by kind (in ids.ts order), each group sorted by name: the accessible list. */
export function structuresByKind(): Record<StructureKind, StructureInfo[]> {
  const groups = Object.fromEntries(STRUCTURE_KINDS.map((k) => [k, [] as StructureInfo[]])) as Record<
    StructureKind,
    StructureInfo[]
  >;
  for (const info of Object.values(anatomy.structures)) groups[info.kind].push(info);
  for (const kind of STRUCTURE_KINDS) groups[kind].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return groups;
}

/** Structures tinted as prime movers while an action plays (from each muscle's `primeMoverOf`). */
export function primeMovers(action: ActionId): StructureId[] {
  if (!(ACTIONS as readonly string[]).includes(action)) throw new Error(`Unknown action ${JSON.stringify(action)}`);
  return Object.values(anatomy.structures)
    .filter((info) => info.muscle?.primeMoverOf.includes(action))
    .map((info) => info.id);
}
