/**
 * Search over the structures of the model and their groups by English name, Latin name, synonym,
 * search term and id: what a student types ("calf muscle", "Achilles", "caput mediale", "kneecap",
 * "gastro", "triceps surae"). Pure.
 */
import { STRUCTURE_IDS } from './ids';
import { GROUP_IDS } from './groupIds';
import type { SelectableId } from './groupIds';
import { anatomy } from './data';

export interface SearchHit {
  /** A structure id, or a group id (see groupIds.ts) for a group such as triceps surae. */
  id: SelectableId;
  /** Higher is better; 100 is an exact match of the English name. */
  score: number;
  /** The name, Latin name, synonym or search term that matched, as written in the data. */
  matched: string;
}

/** Lower case, accents stripped, punctuation turned into single spaces: "Tendo Achillis" → "tendo achillis". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Candidate {
  text: string;
  norm: string;
  words: string[];
  /** How much a match on this field counts: the name a little more than a synonym or the id. */
  weight: number;
}

/** How well `query` matches `c`, 0–100 before weighting (0: no match). */
function matchScore(query: string, queryWords: string[], c: Candidate): number {
  if (c.norm === query) return 100;
  // Shorter candidates win among prefix matches: "kneecap" beats "kneecap tendon".
  const lengthPenalty = Math.min(10, (c.norm.length - query.length) / 4);
  if (c.norm.startsWith(query)) return 85 - lengthPenalty;
  if (c.words.some((w) => w.startsWith(query)) || c.norm.includes(` ${query}`)) return 70 - lengthPenalty;
  // Every query word starts some word of the candidate, in any order: "gastroc medial".
  if (queryWords.length > 1 && queryWords.every((q) => c.words.some((w) => w.startsWith(q)))) return 60 - lengthPenalty;
  if (c.norm.includes(query)) return 45 - lengthPenalty;
  return 0;
}

/**
 * Names, synonyms and search terms, each with its weight. A group's search terms weigh a little more
 * than a member's: "quads" lists the quadriceps group before its four parts.
 */
function namedFields(info: { name: string; latin: string; synonyms: string[]; searchTerms?: string[] }, id: string, termWeight = 0.9): [string, number][] {
  return [
    [info.name, 1],
    [info.latin, 0.95],
    ...info.synonyms.map((s): [string, number] => [s, 0.92]),
    ...(info.searchTerms ?? []).map((s): [string, number] => [s, termWeight]),
    [id.replace(/_/g, ' '), 0.9],
  ];
}

function candidatesOf(fields: [string, number][]): Candidate[] {
  return fields
    .map(([text, weight]) => {
      const norm = normalizeForSearch(text);
      return { text, norm, words: norm.split(' '), weight };
    })
    .filter((c) => c.norm !== '');
}

const STRUCTURE_INDEX = STRUCTURE_IDS.map((id) => {
  const info = anatomy.structures[id];
  const fields = namedFields(info, id);
  if (info.muscle) {
    fields.push([info.muscle.muscle, 0.9], [info.muscle.muscleLatin, 0.88]);
    if (info.muscle.headLatin) fields.push([info.muscle.headLatin, 0.9]);
  }
  return { id: id as SelectableId, candidates: candidatesOf(fields) };
});
const GROUP_INDEX = GROUP_IDS.map((id) => ({ id: id as SelectableId, candidates: candidatesOf(namedFields(anatomy.groups[id], id, 0.91)) }));
/** Ties keep this order: the structures of ids.ts, then the groups. */
const INDEX: { id: SelectableId; order: number; candidates: Candidate[] }[] = [...STRUCTURE_INDEX, ...GROUP_INDEX].map((e, order) => ({ ...e, order }));

/**
 * Structures and groups matching `query`, best first: exact matches, then prefixes, then word
 * prefixes, then substrings; accent- and case-insensitive. Ties keep the order of ids.ts, groups
 * last. An empty query gives [].
 * @param limit at most this many hits (default 8).
 */
export function searchStructures(query: string, limit = 8): SearchHit[] {
  if (typeof query !== 'string') throw new Error(`searchStructures: expected a string query, received ${typeof query}`);
  const q = normalizeForSearch(query);
  if (q === '' || limit <= 0) return [];
  const queryWords = q.split(' ');
  const hits: (SearchHit & { order: number })[] = [];
  for (const entry of INDEX) {
    let best: { score: number; matched: string } | null = null;
    for (const c of entry.candidates) {
      const raw = matchScore(q, queryWords, c);
      if (raw <= 0) continue;
      const score = Math.round(raw * c.weight * 10) / 10;
      if (!best || score > best.score) best = { score, matched: c.text };
    }
    if (best) hits.push({ id: entry.id, ...best, order: entry.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map(({ id, score, matched }) => ({ id, score, matched }));
}
