/**
 * The sole's intrinsic muscles, extensor hallucis brevis and the hallux sesamoids (model review
 * 2026-12-07 rows E2/E5; content review 2026-12-07 row 5): what the data teaches about each, what a
 * lesion of the plantar nerves does, and that every card and quiz item about them has one answer.
 * References: Gray's Anatomy 42nd ed. (gray42), Moore's Clinically Oriented Anatomy 8th ed. (moore8),
 * Terminologia Anatomica 2 (ta2), Kura et al. 1997 (kura1997).
 */
import { describe, expect, it } from 'vitest';
import { anatomy, getStructure, isInModel } from '../../src/anatomy/data';
import type { StructureId } from '../../src/anatomy/ids';
import { groupsContaining } from '../../src/anatomy/groups';
import { denervatedMuscles, functionData, movementRoles } from '../../src/anatomy/function';
import { remainingMuscleShare, summarizeLesion } from '../../src/anatomy/lesionModel';
import { generateQuiz } from '../../src/anatomy/quiz';
import { NEUTRAL_POSE } from '../../src/kinematics/joints';
import { buildDeck } from '../../src/study/flashcardDeck';
import { clinical } from '../../src/anatomy/clinical';
import { searchStructures } from '../../src/anatomy/search';

/** id → [TA2 Latin, nerve branch (function.json), layer of the sole (region), group] */
const SOLE: Record<string, [string, string, string, string]> = {
  abductor_hallucis: ['musculus abductor hallucis', 'medial_plantar_nerve', 'first layer', 'sole_first_layer'],
  flexor_digitorum_brevis: ['musculus flexor digitorum brevis', 'medial_plantar_nerve', 'first layer', 'sole_first_layer'],
  abductor_digiti_minimi: ['musculus abductor digiti minimi pedis', 'lateral_plantar_nerve', 'first layer', 'sole_first_layer'],
  quadratus_plantae: ['musculus quadratus plantae', 'lateral_plantar_nerve', 'second layer', 'sole_second_layer'],
  lumbricals: ['musculi lumbricales pedis', 'lateral_plantar_nerve', 'second layer', 'sole_second_layer'],
  flexor_hallucis_brevis: ['musculus flexor hallucis brevis', 'medial_plantar_nerve', 'third layer', 'sole_third_layer'],
  adductor_hallucis: ['musculus adductor hallucis', 'lateral_plantar_nerve', 'third layer', 'sole_third_layer'],
  flexor_digiti_minimi_brevis: ['musculus flexor digiti minimi brevis pedis', 'lateral_plantar_nerve', 'third layer', 'sole_third_layer'],
  plantar_interossei: ['musculi interossei plantares', 'lateral_plantar_nerve', 'fourth layer', 'sole_fourth_layer'],
  dorsal_interossei: ['musculi interossei dorsales pedis', 'lateral_plantar_nerve', 'fourth layer', 'sole_fourth_layer'],
};
const soleIds = Object.keys(SOLE) as StructureId[];
const actionIds = (id: StructureId) => getStructure(id).muscle!.actions.map((a) => a.action);

describe('the muscles of the sole', () => {
  it.each(soleIds)('%s: TA2 name, plantar nerve (linked, first), layer and group', (id) => {
    const [latin, nerve, layer, group] = SOLE[id];
    const info = getStructure(id);
    expect(info.latin).toBe(latin);
    expect(info.muscle!.muscleLatin).toBe(latin);
    expect(info.region).toBe(`Sole of the foot, ${layer}`);
    expect(groupsContaining(id).map((g) => g.id)).toEqual([group]);
    expect(functionData.innervation[id]!.nerve).toBe(nerve);
    expect(info.muscle!.innervation.links[0]).toBe(nerve);
    expect(info.muscle!.innervation.links).toContain('tibial_nerve');
    expect(info.muscle!.innervation.text).toMatch(/S2–S3/);
    // the plantar arteries are the posterior tibial artery's end branches
    expect(info.muscle!.bloodSupply.links).toContain('posterior_tibial_artery');
    // roots: sacral only, S2 in every one (Moore 8: S2–S3)
    expect(Object.keys(functionData.innervation[id]!.segments).every((r) => /^S[123]$/.test(r))).toBe(true);
    expect(functionData.innervation[id]!.segments.S2).toBeGreaterThan(0);
  });

  it('the medial plantar nerve supplies abductor hallucis, flexor digitorum brevis and flexor hallucis brevis; the lateral the rest', () => {
    expect(denervatedMuscles('medial_plantar_nerve').sort()).toEqual(['abductor_hallucis', 'flexor_digitorum_brevis', 'flexor_hallucis_brevis']);
    expect(denervatedMuscles('lateral_plantar_nerve').sort()).toEqual(
      ['abductor_digiti_minimi', 'adductor_hallucis', 'dorsal_interossei', 'flexor_digiti_minimi_brevis', 'lumbricals', 'plantar_interossei', 'quadratus_plantae'],
    );
    // the first lumbrical's own nerve is said in the text, though the explorer counts all four under the lateral
    expect(getStructure('lumbricals').muscle!.innervation.links).toEqual(expect.arrayContaining(['lateral_plantar_nerve', 'medial_plantar_nerve']));
    // a tibial cut in the popliteal fossa takes both branches with it
    for (const id of soleIds) expect(denervatedMuscles('tibial_nerve'), id).toContain(id);
  });

  it('interossei: DAB and PAD about the second toe, the axis of the foot', () => {
    expect(actionIds('dorsal_interossei')).toContain('toe_abduction');
    expect(actionIds('plantar_interossei')).toContain('toe_adduction');
    expect(getStructure('dorsal_interossei').muscle!.actions[0].label).toMatch(/second toe/);
    expect(getStructure('dorsal_interossei').description).toMatch(/DAB/);
    expect(getStructure('plantar_interossei').description).toMatch(/PAD/);
  });

  it('lumbricals flex the metatarsophalangeal joints and extend the interphalangeal joints; quadratus plantae straightens the long flexor\'s pull', () => {
    const l = getStructure('lumbricals').muscle!.actions;
    expect(l.find((a) => a.action === 'toe_flexion')!.label).toMatch(/metatarsophalangeal/);
    expect(l.find((a) => a.action === 'toe_ip_extension')!.label).toMatch(/interphalangeal/);
    expect(getStructure('lumbricals').muscle!.origin).toMatchObject({ softTissue: true });
    expect(getStructure('quadratus_plantae').muscle!.insertion).toMatchObject({ softTissue: true });
    expect(getStructure('quadratus_plantae').description).toMatch(/long axis of the foot/);
    expect(getStructure('quadratus_plantae').synonyms).toContain('flexor accessorius');
  });

  it('abductor hallucis: medial arch and tarsal tunnel, with sources', () => {
    const info = getStructure('abductor_hallucis');
    expect(info.description).toMatch(/medial longitudinal arch/);
    expect(info.description).toMatch(/tarsal tunnel/);
    expect(info.notes!.map((n) => n.topic)).toEqual(expect.arrayContaining(['Tarsal tunnel and the inner heel', 'Palpation']));
  });

  it('the toe flexors of the sole join toe flexion in the explorer, as synergists of the long flexors', () => {
    const roles = movementRoles('toe_flexion');
    expect(roles.prime).toEqual(expect.arrayContaining(['flexor_digitorum_longus', 'flexor_hallucis_longus', 'flexor_hallucis_brevis']));
    expect(roles.synergists).toEqual(expect.arrayContaining(['flexor_digitorum_brevis', 'quadratus_plantae', 'lumbricals', 'abductor_hallucis']));
    expect(roles.antagonists).toEqual(expect.arrayContaining(['extensor_digitorum_longus', 'extensor_hallucis_longus', 'extensor_hallucis_brevis']));
    // flexor hallucis longus now names its short partner as a muscle of the model, not as "outside"
    const fhl = getStructure('flexor_hallucis_longus').muscle!.actions.find((a) => a.action === 'great_toe_flexion')!;
    expect(fhl.agonists.every(isInModel)).toBe(true);
    expect(fhl.agonists.map((r) => isInModel(r) && r.id)).toContain('flexor_hallucis_brevis');
  });

  it('every muscle of the sole and EHB has a PCSA; the two measured values are Kura 1997\'s, the others marked as estimates', () => {
    for (const id of [...soleIds, 'extensor_hallucis_brevis' as StructureId]) expect(functionData.pcsaCm2[id], id).toBeGreaterThan(0);
    expect(functionData.pcsaCm2.abductor_hallucis).toBe(6.68);
    expect(functionData.pcsaCm2.flexor_hallucis_brevis).toBeCloseTo(1.8 + 2.12, 5);
    for (const id of Object.keys(functionData.pcsaCm2)) {
      // within Kura's range for one intrinsic muscle, or the sum of a group of them
      if (id in SOLE) expect(functionData.pcsaCm2[id as StructureId]!, id).toBeLessThanOrEqual(6.68);
    }
    expect(functionData.sources.kura1997).toMatch(/Kura H.*1997/);
  });
});

describe('plantar nerve lesions (graded lesion model)', () => {
  it('lateral plantar nerve: the interossei, adductor hallucis and quadratus plantae are paralysed; toe flexion is weak, not lost', () => {
    const left = remainingMuscleShare('lateral_plantar_nerve');
    for (const id of ['plantar_interossei', 'dorsal_interossei', 'adductor_hallucis', 'quadratus_plantae'] as const) expect(left.get(id), id).toBe(0);
    expect(left.has('abductor_hallucis')).toBe(false);
    expect(left.has('flexor_digitorum_longus')).toBe(false);
    const s = summarizeLesion('lateral_plantar_nerve', NEUTRAL_POSE);
    expect(s.movements.toe_flexion.effect).toBe('weak');
    for (const m of ['plantarflexion', 'dorsiflexion', 'inversion', 'eversion', 'toe_extension'] as const) expect(s.movements[m].effect, m).toBe('normal');
    expect(s.numbSkin).toEqual(['lateral_plantar']);
    expect(functionData.lesions.lateral_plantar_nerve.sign).toMatch(/interossei/);
  });

  it('medial plantar nerve: abductor hallucis and the short flexors go; toe flexion weak, not lost (the long flexors are spared)', () => {
    const s = summarizeLesion('medial_plantar_nerve', NEUTRAL_POSE);
    expect(s.movements.toe_flexion.effect).toBe('weak');
    expect(s.movements.plantarflexion.effect).toBe('normal');
    expect(s.numbSkin).toEqual(['medial_plantar']);
    expect(functionData.lesions.medial_plantar_nerve.references).toContain('rask1978');
  });

  it('tibial nerve: its branches included, toe flexion is still lost outright', () => {
    expect(functionData.lesions.tibial_nerve.includes).toEqual(['medial_plantar_nerve', 'lateral_plantar_nerve']);
    expect(summarizeLesion('tibial_nerve', NEUTRAL_POSE).movements.toe_flexion).toEqual({ strength: 0, effect: 'lost' });
  });

  it('S2 weakens the sole (every muscle of the sole has an S2 share); L5 leaves it alone', () => {
    const s2 = remainingMuscleShare('root_S2');
    for (const id of soleIds) expect(s2.get(id), id).toBeLessThan(1);
    const l5 = remainingMuscleShare('root_L5');
    for (const id of soleIds) expect(l5.has(id), id).toBe(false);
  });
});

describe('extensor hallucis brevis, its own muscle (TA2; content review row 5)', () => {
  it('extends the great toe at the metatarsophalangeal joint, with EHL; deep fibular nerve, dorsalis pedis', () => {
    const ehb = getStructure('extensor_hallucis_brevis');
    expect(ehb.latin).toBe('musculus extensor hallucis brevis');
    expect(ehb.region).toBe('Dorsum of the foot');
    const ext = ehb.muscle!.actions.find((a) => a.action === 'great_toe_extension')!;
    expect(ext.label).toMatch(/metatarsophalangeal/);
    expect(ext.agonists.map((r) => isInModel(r) && r.id)).toEqual(['extensor_hallucis_longus']);
    expect(ehb.muscle!.insertion.bone).toBe('phalanges_1');
    expect(ehb.muscle!.insertion.landmark).toMatch(/proximal phalanx of the hallux/);
    expect(ehb.muscle!.innervation.links).toEqual(['deep_fibular_nerve']);
    expect(functionData.innervation.extensor_hallucis_brevis!.nerve).toBe('deep_fibular_nerve');
    expect(ehb.muscle!.bloodSupply.text).toMatch(/dorsalis pedis/i);
    expect(summarizeLesion('deep_fibular_nerve', NEUTRAL_POSE).movements.toe_extension.effect).toBe('lost');
  });

  it('extensor digitorum brevis now ends on toes 2–4 only and no longer extends the great toe, nor calls EHB a synonym', () => {
    const edb = getStructure('extensor_digitorum_brevis');
    expect(edb.muscle!.insertion.bone).toBe('phalanges_2');
    expect(edb.muscle!.insertion.alsoOn).toEqual(['phalanges_3', 'phalanges_4']);
    expect(edb.muscle!.actions.map((a) => a.action)).toEqual(['toe_extension']);
    expect(edb.synonyms.join(' ')).not.toMatch(/hallucis/i);
    const ehl = getStructure('extensor_hallucis_longus').muscle!.actions.find((a) => a.action === 'great_toe_extension')!;
    expect(ehl.agonists.map((r) => isInModel(r) && r.id)).toEqual(['extensor_hallucis_brevis']);
  });
});

describe('the hallux sesamoids', () => {
  it.each(['medial_sesamoid', 'lateral_sesamoid'] as const)('%s is a bone in the tendons of flexor hallucis brevis, its Latin marked as no separate TA2 term', (id) => {
    const info = getStructure(id);
    expect(info.kind).toBe('bone');
    expect(info.latin).toBe('ossa sesamoidea');
    expect(info.latinNote).toMatch(/TA2/);
    expect(info.description).toMatch(/flexor hallucis brevis/);
    expect(info.description).toMatch(/flexor hallucis longus/);
    expect(info.cue).toBeTruthy();
    expect(getStructure('flexor_hallucis_brevis').muscle!.insertion.alsoOn).toContain(id);
  });

  it('sesamoiditis and the bipartite medial sesamoid are taught, with sources', () => {
    const notes = getStructure('medial_sesamoid').notes!;
    expect(notes.map((n) => n.topic)).toContain('Sesamoiditis');
    expect(notes[0].text).toMatch(/bipartite/);
  });
});

describe('cards and quiz items about the new structures have one answer', () => {
  const deck = buildDeck(anatomy);
  const newIds = [...soleIds, 'extensor_hallucis_brevis', 'medial_sesamoid', 'lateral_sesamoid'];

  it('each gets name, Latin and (muscles) origin/insertion/action/nerve/blood cards, with text fronts unique in the deck', () => {
    for (const id of newIds) {
      const kinds = deck.filter((c) => c.structure === id).map((c) => c.kind);
      expect(kinds, id).toEqual(getStructure(id as StructureId).muscle ? ['name', 'latin', 'origin', 'insertion', 'action', 'nerve', 'blood'] : ['name', 'latin']);
    }
    const fronts = deck.map((c) => c.frontText);
    expect(new Set(fronts).size).toBe(fronts.length);
  });

  it('a nerve question about a muscle of the sole never offers the tibial nerve (its parent) or a nerve its text names as wrong', () => {
    const qs = Array.from({ length: 30 }, (_, seed) => generateQuiz(seed, 1000)).flat();
    const asked = qs.filter((q) => q.kind === 'choice' && q.id.startsWith('choice-nerve:') && soleIds.includes(q.subject!));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      if (q.kind !== 'choice') continue;
      const text = getStructure(q.subject!).muscle!.innervation.text.toLowerCase();
      q.options.forEach((o, i) => {
        if (i !== q.correctIndex) expect(text, `${q.id}: "${o}"`).not.toContain(o.toLowerCase());
      });
      expect(q.options).not.toContain('Tibial nerve');
    }
  });
});

describe('quiz wording for muscles that are several under one name', () => {
  it('reads "the plantar interossei … do", not "plantar interossei … does"', () => {
    const qs = Array.from({ length: 20 }, (_, seed) => generateQuiz(seed, 1000)).flat();
    const origin = qs.find((q) => q.id === 'choice-origin-bone:plantar_interossei')!;
    expect(origin.prompt).toBe('From which bone do the plantar interossei arise?');
    expect(qs.find((q) => q.id === 'click-structure:lumbricals')!.prompt).toBe('Click the lumbricals of the foot.');
    expect(qs.find((q) => q.id === 'choice-origin-bone:abductor_hallucis')!.prompt).toBe('From which bone does abductor hallucis arise?');
  });
});

describe('the clinical lab reaches the sole', () => {
  it('a palpation preset finds abductor hallucis along the inner border and the sesamoids under the first metatarsal head (Moore 8)', () => {
    const p = clinical.presets.find((x) => x.id === 'palpate_abductor_hallucis')!;
    expect(p.kind).toBe('palpation');
    expect(p.steps.map((s) => s.select)).toEqual(['abductor_hallucis', 'medial_sesamoid']);
    expect(p.steps[0].caution).toMatch(/tibial nerve/);
    expect(p.steps[1].feel).toMatch(/sesamoiditis/);
  });
});

describe('search', () => {
  it('"sole" finds the four layers of the sole before soleus, which is only named after the sole (the fish)', () => {
    const hits = searchStructures('sole', 6).map((h) => h.id);
    expect(hits.slice(0, 4)).toEqual(['sole_first_layer', 'sole_second_layer', 'sole_third_layer', 'sole_fourth_layer']);
    expect(searchStructures('flexor accessorius')[0].id).toBe('quadratus_plantae');
    expect(searchStructures('tibial sesamoid')[0].id).toBe('medial_sesamoid');
    expect(searchStructures('EHB')[0].id).toBe('extensor_hallucis_brevis');
  });
});
