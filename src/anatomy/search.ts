/**
 * Search over the structures of the model by English name, Latin name, synonym and id: what a
 * student types ("calf muscle", "Achilles", "caput mediale", "kneecap", "gastro"). Pure.
 */
import { STRUCTURE_IDS } from './ids';
import type { StructureId } from './ids';
import { anatomy } from './data';

export interface SearchHit {
  id: StructureId;
  /** Higher is better; 100 is an exact match of the English name. */
  score: number;
  /** The name, Latin name or synonym that matched, as written in the data. */
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

const INDEX: { id: StructureId; order: number; candidates: Candidate[] }[] = STRUCTURE_IDS.map((id, order) => {
  const info = anatomy.structures[id];
  const fields: [string, number][] = [
    [info.name, 1],
    [info.latin, 0.95],
    ...info.synonyms.map((s): [string, number] => [s, 0.92]),
    [id.replace(/_/g, ' '), 0.9],
  ];
  if (info.muscle) {
    fields.push([info.muscle.muscle, 0.9], [info.muscle.muscleLatin, 0.88]);
    if (info.muscle.headLatin) fields.push([info.muscle.headLatin, 0.9]);
  }
  const candidates = fields.map(([text, weight]) => {
    const norm = normalizeForSearch(text);
    return { text, norm, words: norm.split(' '), weight };
  });
  return { id, order, candidates: candidates.filter((c) => c.norm !== '') };
});

/**
 * Structures matching `query`, best first: exact matches, then prefixes, then word prefixes, then
 * substrings; accent- and case-insensitive. Ties keep the order of ids.ts. An empty query gives [].
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
