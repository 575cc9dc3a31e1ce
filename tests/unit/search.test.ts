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

  it('finds a group first by its name, then its members: "hamstrings", "quads", "pes anserinus", "triceps surae"', () => {
    expect(ids('hamstrings')[0]).toBe('hamstrings');
    expect(ids('hamstrings').slice(1, 4).sort()).toEqual(['biceps_femoris', 'semimembranosus', 'semitendinosus']);
    expect(ids('quads')[0]).toBe('quadriceps_femoris');
    expect(ids('quads').slice(1, 5).sort()).toEqual(['rectus_femoris', 'vastus_intermedius', 'vastus_lateralis', 'vastus_medialis']);
    expect(ids('pes anserinus')[0]).toBe('pes_anserinus');
    expect(ids('pes anserinus').slice(1, 4).sort()).toEqual(['gracilis', 'sartorius', 'semitendinosus']);
    expect(ids('triceps surae')[0]).toBe('triceps_surae');
    expect(ids('triceps surae').slice(1, 4).sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head', 'soleus']);
    expect(ids('popliteal fossa')[0]).toBe('popliteal_fossa');
    expect(ids('back of the knee')[0]).toBe('popliteal_fossa');
  });

  it('finds by search-only terms that are not shown as names: "VMO", "EDL", "dorsalis pedis"', () => {
    expect(ids('VMO')[0]).toBe('vastus_medialis');
    expect(ids('EDL')[0]).toBe('extensor_digitorum_longus');
    expect(searchStructures('dorsalis pedis')[0]).toMatchObject({ id: 'anterior_tibial_artery', matched: 'dorsalis pedis' });
  });

  it('no longer finds soleus by the wrong "deep calf muscle" ahead of the deep muscles', () => {
    expect(searchStructures('deep calf muscle').map((h) => h.matched)).not.toContain('deep calf muscle');
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
