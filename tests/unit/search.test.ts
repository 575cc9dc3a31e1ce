import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchStructures } from '../../src/anatomy/search';

const ids = (query: string, limit?: number) => searchStructures(query, limit).map((h) => h.id);

describe('searchStructures', () => {
  it('finds both gastrocnemius heads first for "calf muscle"', () => {
    expect(ids('calf muscle').slice(0, 2).sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head']);
    expect(ids('calf muscle')).toContain('soleus');
  });

  it('maps the words students use to the right structure', () => {
    expect(ids('Achilles')[0]).toBe('calcaneal_tendon');
    expect(ids('heel cord')[0]).toBe('calcaneal_tendon');
    expect(ids('kneecap')[0]).toBe('patella');
    expect(ids('shin bone')[0]).toBe('tibia');
    expect(ids('heel bone')[0]).toBe('calcaneus');
    expect(ids('ankle bone')[0]).toBe('talus');
    expect(ids('peroneus longus')[0]).toBe('fibularis_longus');
    expect(ids('caput laterale')[0]).toBe('gastrocnemius_lateral_head');
  });

  it('finds the medial head by its Latin name, case- and accent-insensitively', () => {
    expect(ids('caput mediale')[0]).toBe('gastrocnemius_medial_head');
    expect(ids('CÁPUT MEDIÀLE')[0]).toBe('gastrocnemius_medial_head');
    const hit = searchStructures('caput mediale')[0];
    expect(hit.matched).toMatch(/caput mediale/);
  });

  it('matches a prefix: "gastro" gives the two heads before anything else', () => {
    const hits = searchStructures('gastro');
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head']);
    expect(hits[0].score).toBeGreaterThan(hits[hits.length - 1].score);
  });

  it('returns groups: "hamstrings" gives the three hamstrings, "quads" the four quadriceps', () => {
    expect(ids('hamstrings').slice(0, 3).sort()).toEqual(['biceps_femoris', 'semimembranosus', 'semitendinosus']);
    expect(ids('quads').slice(0, 4).sort()).toEqual(['rectus_femoris', 'vastus_intermedius', 'vastus_lateralis', 'vastus_medialis']);
    expect(ids('pes anserinus').slice(0, 3).sort()).toEqual(['gracilis', 'sartorius', 'semitendinosus']);
  });

  it('matches words in any order and substrings', () => {
    expect(ids('gastroc medial')[0]).toBe('gastrocnemius_medial_head');
    expect(ids('cnemius').length).toBeGreaterThan(0);
  });

  it('ranks best first and respects the limit', () => {
    const hits = searchStructures('tibial', 3);
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('returns nothing for an empty or blank query, or one that matches nothing', () => {
    expect(searchStructures('')).toEqual([]);
    expect(searchStructures('   ')).toEqual([]);
    expect(searchStructures('xyzzy')).toEqual([]);
  });
});

describe('normalizeForSearch', () => {
  it('strips accents, case and punctuation', () => {
    expect(normalizeForSearch("  Tailor's  MÚSCLE ")).toBe('tailor s muscle');
  });
});
