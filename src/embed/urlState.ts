/**
 * Deep links: the query string ⇄ the part of the viewer state a teacher shares. Pure: parsing only
 * accepts known ids and values; nothing from the URL is ever executed.
 *
 *   ?select=<structure id>&action=<plantarflexion|knee_flexion>&view=<anterior|posterior|medial|lateral>&focus=<structure id>
 */
import { LEGACY_STRUCTURE_IDS, isActionId, isLegacyStructureId, isStructureId } from '../anatomy/ids';
import type { ActionId, StructureId } from '../anatomy/ids';
import { VIEW_NAMES } from './types';
import type { ViewName } from './types';

export interface UrlState {
  select: StructureId | null;
  action: ActionId | null;
  view: ViewName | null;
  focus: StructureId | null;
}

export const EMPTY_URL_STATE: UrlState = { select: null, action: null, view: null, focus: null };

/** Parameters this module owns; others (added later: knee, ankle, tour, …) are left untouched. */
export const URL_KEYS = ['select', 'action', 'view', 'focus'] as const;

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
    if (isStructureId(v)) state[key] = v;
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
  return { state, problems, renamed };
}

/** The query string for a state, keeping parameters this module does not own (`current`). */
export function formatUrlState(state: UrlState, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of URL_KEYS) {
    const v = state[key];
    if (v === null) params.delete(key);
    else params.set(key, v);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
