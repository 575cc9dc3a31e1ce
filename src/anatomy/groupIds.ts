/**
 * Group ids: named sets of structures that students meet as one term (triceps surae, hamstrings,
 * pes anserinus, the popliteal fossa). A group has no mesh of its own: it is a key in the `groups`
 * section of data/structures.json, a value of the `select` URL parameter and of the API's `select`,
 * and selecting it lights up its members. Pure.
 */
import { isStructureId } from './ids';
import type { StructureId } from './ids';

/** 'muscles': several muscles known by one name; 'insertion': a shared tendon insertion; 'region': a space bounded by structures. */
export const GROUP_KINDS = ['muscles', 'insertion', 'region'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUPS = {
  triceps_surae: 'muscles',
  hamstrings: 'muscles',
  quadriceps_femoris: 'muscles',
  pes_anserinus: 'insertion',
  popliteal_fossa: 'region',
  // the four layers of the sole, as dissected from the plantar aponeurosis inwards (Gray's 42; Moore 8)
  sole_first_layer: 'muscles',
  sole_second_layer: 'muscles',
  sole_third_layer: 'muscles',
  sole_fourth_layer: 'muscles',
} as const satisfies Record<string, GroupKind>;

export type GroupId = keyof typeof GROUPS;
export const GROUP_IDS = Object.keys(GROUPS) as GroupId[];

export function isGroupId(value: unknown): value is GroupId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(GROUPS, value);
}

/** Anything a student can select: a structure of the model or a group of them. */
export type SelectableId = StructureId | GroupId;

export function isSelectableId(value: unknown): value is SelectableId {
  return isStructureId(value) || isGroupId(value);
}
