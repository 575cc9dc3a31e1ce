/**
 * Deep links: the query string ⇄ the part of the viewer state a teacher shares. Pure: parsing only
 * accepts known ids and values; nothing from the URL is ever executed.
 *
 *   ?select=<structure or group id>&action=<plantarflexion|knee_flexion>&view=<anterior|posterior|medial|lateral>&focus=<structure id>
 *   &bone=<bone id>&lesion=<nerve or root id>&lines=1&movement=<movement id>   (function explorer)
 */
import { LEGACY_STRUCTURE_IDS, isActionId, isLegacyStructureId, isStructureId } from '../anatomy/ids';
import type { ActionId, StructureId } from '../anatomy/ids';
import { isSelectableId } from '../anatomy/groupIds';
import type { SelectableId } from '../anatomy/groupIds';
import { LESION_IDS, MOVEMENT_IDS, isLesionId, isMovementId } from '../anatomy/functionIds';
import type { LesionId, MovementId } from '../anatomy/functionIds';
import { isBoneId } from '../state/explorerSlice';
import { VIEW_NAMES } from './types';
import type { ViewName } from './types';

export interface UrlState {
  /** A structure or a group (`?select=triceps_surae`). */
  select: SelectableId | null;
  action: ActionId | null;
  view: ViewName | null;
  focus: StructureId | null;
  /** Function explorer: the bone whose attachments are listed, the cut nerve or root, the coloured movement, lines of action. */
  bone: StructureId | null;
  lesion: LesionId | null;
  movement: MovementId | null;
  lines: boolean;
}

export const EMPTY_URL_STATE: UrlState = { select: null, action: null, view: null, focus: null, bone: null, lesion: null, movement: null, lines: false };

/** Parameters this module owns; others (added later: knee, ankle, tour, …) are left untouched. */
export const URL_KEYS = ['select', 'action', 'view', 'focus', 'bone', 'lesion', 'movement', 'lines'] as const;

export interface ParsedUrlState {
  state: UrlState;
  /** One readable line per rejected parameter, e.g. `Unknown structure "foo" in the link (select).` */
  problems: string[];
  /** One readable line per id of an earlier model version that was mapped to its successor. */
  renamed: string[];
}

function isViewName(v: string): v is ViewName {
  return (VIEW_NAMES as readonly string[]).includes(v);
}

/** Reads the viewer's parameters from a query string; unknown values are dropped and reported. */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...EMPTY_URL_STATE };
  const problems: string[] = [];
  const renamed: string[] = [];
  const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  for (const key of ['select', 'focus'] as const) {
    const v = params.get(key);
    if (v === null || v === '') continue;
    if (key === 'select' ? isSelectableId(v) : isStructureId(v)) state[key] = v as StructureId;
    else if (isLegacyStructureId(v)) {
      const to = LEGACY_STRUCTURE_IDS[v];
      state[key] = to;
      renamed.push(`The link names ${shown(v)}, which this model now shows as separate bones; showing ${to.replace(/_/g, ' ')} (${key}).`);
    } else problems.push(`Unknown structure ${shown(v)} in the link (${key}).`);
  }
  const action = params.get('action');
  if (action !== null && action !== '') {
    if (isActionId(action)) state.action = action;
    else problems.push(`Unknown action ${shown(action)} in the link; available: plantarflexion, knee_flexion.`);
  }
  const view = params.get('view');
  if (view !== null && view !== '') {
    if (isViewName(view)) state.view = view;
    else problems.push(`Unknown view ${shown(view)} in the link; available: ${VIEW_NAMES.join(', ')}.`);
  }
  const bone = params.get('bone');
  if (bone !== null && bone !== '') {
    if (isBoneId(bone)) state.bone = bone;
    else problems.push(`Unknown bone ${shown(bone)} in the link (bone).`);
  }
  const lesion = params.get('lesion');
  if (lesion !== null && lesion !== '') {
    if (isLesionId(lesion)) state.lesion = lesion;
    else problems.push(`Unknown nerve or root ${shown(lesion)} in the link; available: ${LESION_IDS.join(', ')}.`);
  }
  const movement = params.get('movement');
  if (movement !== null && movement !== '') {
    if (isMovementId(movement)) state.movement = movement;
    else problems.push(`Unknown movement ${shown(movement)} in the link; available: ${MOVEMENT_IDS.join(', ')}.`);
  }
  const lines = params.get('lines');
  if (lines !== null && lines !== '') {
    if (lines === '1' || lines === '0') state.lines = lines === '1';
    else problems.push(`Unknown value ${shown(lines)} for lines in the link; use lines=1.`);
  }
  return { state, problems, renamed };
}

/** The query string for a state, keeping parameters this module does not own (`current`). */
export function formatUrlState(state: UrlState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of URL_KEYS) {
    const v = state[key];
    if (v === null || v === false) params.delete(key);
    else params.set(key, v === true ? '1' : v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Deep-link parameters of the clinical lab (their ids are checked once the lab's data has loaded):
 *
 *   ?preset=<preset id>&step=<1…N>   show a test, stretch or palpation step ("Step n of N": 1-based;
 *                                    `step` means the tour's step when `tour` is also given)
 *   ?referral=1                      draw the referred-pain layer
 *   ?zone=<pain zone id>             answer "where does it hurt?" for a skin zone
 */
export interface ClinicalUrlState {
  /** Preset id and 0-based step. */
  preset: { id: string; step: number } | null;
  referral: boolean;
  zone: string | null;
}

export const CLINICAL_URL_KEYS = ['preset', 'referral', 'zone'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;

/** Reads preset, step, referral and zone; values that cannot be ids or step numbers are reported. */
export function parseClinicalUrl(search: string): { state: ClinicalUrlState; problems: string[] } {
  const params = new URLSearchParams(search);
  const state: ClinicalUrlState = { preset: null, referral: false, zone: null };
  const problems: string[] = [];
  const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  const preset = params.get('preset');
  if (preset !== null && preset !== '') {
    const stepText = params.has('tour') ? null : params.get('step');
    if (!ID_PATTERN.test(preset)) problems.push(`Unknown clinical preset ${shown(preset)} in the link.`);
    else if (stepText !== null && stepText !== '' && (!/^\d{1,3}$/.test(stepText) || Number(stepText) < 1)) {
      problems.push(`The step ${shown(stepText)} in the link is not a step number (1, 2, …).`);
    } else state.preset = { id: preset, step: stepText ? Number(stepText) - 1 : 0 };
  }
  const referral = params.get('referral');
  if (referral !== null && referral !== '') {
    if (referral === '1') state.referral = true;
    else if (referral !== '0') problems.push(`The link's referral=${shown(referral)} should be 1 (show the referred-pain map) or 0.`);
  }
  const zone = params.get('zone');
  if (zone !== null && zone !== '') {
    if (ID_PATTERN.test(zone)) state.zone = zone;
    else problems.push(`Unknown pain zone ${shown(zone)} in the link.`);
  }
  return { state, problems };
}

/** The query string for the lab's state, keeping every other parameter of `current`. */
export function formatClinicalUrl(state: ClinicalUrlState, current = ''): string {
  const params = new URLSearchParams(current);
  if (state.preset) {
    params.set('preset', state.preset.id);
    if (!params.has('tour')) params.set('step', String(state.preset.step + 1));
  } else if (params.has('preset')) {
    params.delete('preset');
    if (!params.has('tour')) params.delete('step');
  }
  if (state.referral) params.set('referral', '1');
  else params.delete('referral');
  if (state.zone) params.set('zone', state.zone);
  else params.delete('zone');
  const s = params.toString();
  return s ? `?${s}` : '';
}
