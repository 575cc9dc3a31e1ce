/**
 * Content tests that can fail (content review 2026-12-07, rows 10 and 13–16): every link points at
 * the structure its text names and every nerve or artery a text names is linked; every Latin name is
 * a TA2 term or says that it is not; every citation key resolves to a source with authors, title and
 * year.
 */
import { describe, expect, it } from 'vitest';
import structuresJson from '../../data/structures.json';
import functionJson from '../../data/function.json';
import clinicalJson from '../../data/clinical.json';
import { anatomy } from '../../src/anatomy/data';
import { isStructureId } from '../../src/anatomy/ids';
import type { StructureInfo } from '../../src/anatomy/schema';

const infos = Object.values(anatomy.structures) as StructureInfo[];
const linkable = infos.filter((i) => i.kind === 'nerve' || i.kind === 'artery');
/** The words of a nerve or artery's name that a text uses for it ("Deep fibular nerve" → "deep fibular"). */
const stem = (i: StructureInfo) => i.name.toLowerCase().replace(/\s+(nerve|artery)$/, '');

describe('links name what their text names', () => {
  const texts = infos.flatMap((i) =>
    i.muscle
      ? [
          { at: `${i.id}.innervation`, ...i.muscle.innervation },
          { at: `${i.id}.bloodSupply`, ...i.muscle.bloodSupply },
        ]
      : [],
  );

  it('every link is a structure of the model', () => {
    for (const t of texts) for (const id of t.links) expect(isStructureId(id), `${t.at}: ${id}`).toBe(true);
  });

  it('every nerve or artery of the model that a text names (by its full name) is linked', () => {
    for (const t of texts) {
      const text = t.text.toLowerCase();
      for (const s of linkable) {
        const named = new RegExp(`(^|[^a-z])${stem(s)} ${s.kind}`).test(text);
        if (named) expect(t.links, `${t.at} names the ${s.name.toLowerCase()}`).toContain(s.id);
      }
    }
  });

  it('a linked nerve is the one the text names, not its parent (review row 13)', () => {
    for (const t of texts.filter((x) => x.at.endsWith('innervation'))) {
      const text = t.text.toLowerCase();
      const named = linkable.map((n) => ({ id: n.id, at: text.indexOf(`${stem(n)} nerve`) })).filter((n) => n.at >= 0);
      const firstNamed = named.sort((a, b) => a.at - b.at)[0];
      if (firstNamed) expect(t.links[0], `${t.at}: "${t.text}"`).toBe(firstNamed.id);
    }
  });
});

describe('Latin names', () => {
  it('a Latin name that is not a TA2 term says so (no invented hybrids such as "(medial branch)")', () => {
    const entries: { at: string; latin: string; latinNote?: string }[] = [
      ...infos.map((i) => ({ at: i.id, latin: i.latin, latinNote: i.latinNote })),
      ...Object.values(anatomy.groups).map((g) => ({ at: `groups.${g.id}`, latin: g.latin, latinNote: g.latinNote })),
    ];
    for (const e of entries) {
      // English words in a Latin field mark a description, not a term
      if (/\b(branch|medial|lateral|part|of|the|and)\b/.test(e.latin)) expect(e.latinNote, `${e.at}: "${e.latin}"`).toBeTruthy();
    }
    expect(anatomy.groups.hamstrings.latinNote).toMatch(/not a Terminologia Anatomica term/i);
    expect(anatomy.structures.medial_sural_artery.latin).toBe('arteriae surales');
  });
});

describe('citations', () => {
  const looksLikeCitation = (s: string) => /\b(1[89]|20)\d\d\b/.test(s) && /^[A-ZÀ-Ž][^.]{1,200}\./.test(s) && s.split('.').length >= 3;

  it('every source entry names authors, a title and a year', () => {
    const all = { ...structuresJson.sources, ...functionJson.sources, ...clinicalJson.sources } as Record<string, string>;
    for (const [key, s] of Object.entries(all)) if (key !== 'gastroc-source') expect(looksLikeCitation(s), `${key}: ${s}`).toBe(true);
    expect(clinicalJson.sources['rosso-2012']).toMatch(/Physiological Achilles tendon length and its relation to tibia length/);
  });

  it('every reference key in the data resolves to a source', () => {
    const keys = new Set(Object.keys(structuresJson.sources));
    for (const i of infos) {
      for (const r of i.references) expect(keys.has(r), `${i.id}: ${r}`).toBe(true);
      for (const n of i.notes ?? []) for (const r of n.references) expect(keys.has(r), `${i.id} note ${n.topic}: ${r}`).toBe(true);
    }
    for (const g of Object.values(anatomy.groups)) for (const r of g.references) expect(keys.has(r), `${g.id}: ${r}`).toBe(true);
    const clinicalKeys = new Set(Object.keys(clinicalJson.sources));
    for (const p of clinicalJson.presets) for (const r of p.sources) expect(clinicalKeys.has(r), `${p.id}: ${r}`).toBe(true);
  });
});
