/**
 * Lookups over the groups of data/structures.json (triceps surae, hamstrings, quadriceps femoris,
 * pes anserinus, popliteal fossa): a group's facts, its members, and the groups a structure belongs
 * to. Pure: no DOM, no React, no three.js.
 */
import { anatomy } from './data';
import type { GroupInfo } from './data';
import { GROUP_IDS, isGroupId } from './groupIds';
import type { GroupId, SelectableId } from './groupIds';
import type { StructureId } from './ids';

export { GROUP_IDS, GROUPS, isGroupId, isSelectableId } from './groupIds';
export type { GroupId, GroupKind, SelectableId } from './groupIds';

/** The facts of one group. Throws on an id that is not in groupIds.ts. */
export function getGroup(id: GroupId): GroupInfo {
  if (!isGroupId(id)) throw new Error(`Unknown group id ${JSON.stringify(id)}`);
  return anatomy.groups[id];
}

/** Every group, in groupIds.ts order. */
export function allGroups(): GroupInfo[] {
  return GROUP_IDS.map((id) => anatomy.groups[id]);
}

/** The groups that list `id` as a member, in groupIds.ts order (the medial head: triceps surae, popliteal fossa). */
export function groupsContaining(id: StructureId): GroupInfo[] {
  return allGroups().filter((g) => g.members.includes(id));
}

/** The structures a selection stands for: a group's members, or the structure itself. */
export function membersOf(id: SelectableId): readonly StructureId[] {
  return isGroupId(id) ? anatomy.groups[id].members : [id];
}

const KIND_LABELS = { muscles: 'Muscle group', insertion: 'Shared insertion', region: 'Region' } as const;

/** What kind of group it is, for a panel heading or a search result: "Muscle group", "Shared insertion", "Region". */
export function groupKindLabel(id: GroupId): string {
  return KIND_LABELS[anatomy.groups[id].kind];
}

/** The English (or, with `latin`, the Latin) name of a structure or group. */
export function selectableName(id: SelectableId, latin = false): string {
  const info = isGroupId(id) ? anatomy.groups[id] : anatomy.structures[id];
  return latin ? info.latin : info.name;
}
