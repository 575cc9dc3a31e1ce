import { describe, expect, it } from 'vitest';
import structuresJson from '../../data/structures.json';
import { ATTACHMENT_AREAS, LEGACY_STRUCTURE_IDS, STRUCTURE_IDS, STRUCTURES, isStructureId, migrateStructureId } from '../../src/anatomy/ids';
import { parseUrlState } from '../../src/embed/urlState';
import { decodePins, pinsSchema } from '../../src/state/pinsSlice';
import { AnatomyDataError, anatomy, getStructure, isInModel, parseStructures, primeMovers, structuresByKind } from '../../src/anatomy/data';
import { GROUP_IDS, GROUPS, getGroup, groupsContaining, membersOf } from '../../src/anatomy/groups';

/** A deep copy of the shipped data to break in one place. */
function copy(): any {
  return structuredClone(structuresJson);
}

function messageOf(json: unknown): string {
  try {
    parseStructures(json);
  } catch (e) {
    expect(e).toBeInstanceOf(AnatomyDataError);
    expect((e as AnatomyDataError).file).toBe('data/structures.json');
    return (e as Error).message;
  }
  throw new Error('parseStructures accepted malformed data');
}

describe('data/structures.json', () => {
  it('has an entry for every id in ids.ts, with the kind ids.ts gives', () => {
    expect(Object.keys(anatomy.structures).sort()).toEqual([...STRUCTURE_IDS].sort());
    for (const id of STRUCTURE_IDS) expect(getStructure(id).kind).toBe(STRUCTURES[id]);
  });

  it('gives the gastrocnemius heads the facts of the fact sheet', () => {
    for (const id of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'] as const) {
      const m = getStructure(id).muscle!;
      expect(m.muscle).toBe('Gastrocnemius');
      expect(m.origin.bone).toBe('femur');
      expect(m.origin.area).toBe(ATTACHMENT_AREAS[id].origin);
      expect(m.insertion.area).toBe('calcaneal_tendon_insertion_area');
      // Gray's 42: the back of the calcaneus has three areas; "middle facet" names an articular facet.
      expect(m.insertion.text).toMatch(/middle of the three areas/);
      expect(m.insertion.text + m.insertion.landmark).not.toMatch(/facet/);
      expect(m.innervation.links).toEqual(['tibial_nerve']);
      expect(m.innervation.text).toMatch(/S1–S2/);
      expect(m.bloodSupply.links).toEqual(expect.arrayContaining(['popliteal_artery', 'posterior_tibial_artery']));
      expect(m.primeMoverOf).toEqual(['plantarflexion']);
      // Moore 8 / Gray's 42: every plantarflexor and knee flexor of the model, and the dorsiflexors / quadriceps against them.
      const pf = m.actions.find((a) => a.action === 'plantarflexion')!;
      expect(pf.role).toBe('prime');
      expect(pf.agonists.map((r) => isInModel(r) && r.id).sort()).toEqual(
        ['fibularis_brevis', 'fibularis_longus', 'flexor_digitorum_longus', 'flexor_hallucis_longus', 'plantaris', 'soleus', 'tibialis_posterior'],
      );
      expect(pf.antagonists.map((r) => isInModel(r) && r.id).sort()).toEqual(['extensor_digitorum_longus', 'extensor_hallucis_longus', 'tibialis_anterior']);
      const kf = m.actions.find((a) => a.action === 'knee_flexion')!;
      expect(kf.role).toBe('assists');
      expect(kf.agonists.map((r) => isInModel(r) && r.id).sort()).toEqual(
        ['biceps_femoris', 'gracilis', 'plantaris', 'popliteus', 'sartorius', 'semimembranosus', 'semitendinosus'],
      );
      expect(kf.antagonists.map((r) => isInModel(r) && r.id).sort()).toEqual(
        ['rectus_femoris', 'vastus_intermedius', 'vastus_lateralis', 'vastus_medialis'],
      );
      // The starting page's general list is kept only as that page's claim, with its correction.
      const general = m.generalRelations!;
      expect(general.context).toMatch(/claim/);
      expect(general.correction).toMatch(/No hamstring is an antagonist/);
      expect(anatomy.sources[general.source]).toBeTruthy();
      const gmax = general.synergists.find((r) => !isInModel(r) && r.name === 'Gluteus maximus');
      expect(gmax).toMatchObject({ outside: true });
    }
    expect(getStructure('gastrocnemius_medial_head').muscle!.siblings).toEqual(['gastrocnemius_lateral_head']);
    expect(getStructure('gastrocnemius_medial_head').muscle!.bloodSupply.links).toContain('medial_sural_artery');
    expect(getStructure('gastrocnemius_lateral_head').muscle!.bloodSupply.links).toContain('lateral_sural_artery');
  });

  it('uses the attachment areas of ids.ts for every muscle that has them', () => {
    for (const [id, areas] of Object.entries(ATTACHMENT_AREAS)) {
      const m = getStructure(id as keyof typeof ATTACHMENT_AREAS).muscle!;
      expect(m.origin.area).toBe(areas.origin);
      expect(m.insertion.area).toBe(areas.insertion);
    }
  });

  it('gives every muscle muscle details and every structure a cited source', () => {
    for (const info of Object.values(anatomy.structures)) {
      if (info.kind === 'muscle') expect(info.muscle, info.id).toBeDefined();
      for (const ref of info.references) expect(anatomy.sources[ref], `${info.id} → ${ref}`).toBeTruthy();
    }
  });

  it('tints the calf for plantarflexion and the hamstrings for knee flexion', () => {
    expect(primeMovers('plantarflexion').sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head', 'soleus']);
    expect(primeMovers('knee_flexion').sort()).toEqual(['biceps_femoris', 'semimembranosus', 'semitendinosus']);
  });

  it('groups structures by kind for the accessible list', () => {
    const groups = structuresByKind();
    const total = Object.values(groups).reduce((n, g) => n + g.length, 0);
    expect(total).toBe(STRUCTURE_IDS.length);
    expect(groups.bone.map((s) => s.id)).toContain('patella');
    expect(groups.tendon.map((s) => s.id).sort()).toEqual(['calcaneal_tendon', 'quadriceps_tendon']);
  });

  it('throws on an unknown id', () => {
    expect(() => getStructure('not_a_structure' as never)).toThrow(/not_a_structure/);
    expect(() => getGroup('calf' as never)).toThrow(/calf/);
  });
});

describe('groups (non-mesh: a group is selected and lights up its members; it has no node in the model)', () => {
  it('has an entry for every group id, with its kind, and no group id is also a structure id', () => {
    expect(Object.keys(anatomy.groups).sort()).toEqual([...GROUP_IDS].sort());
    for (const id of GROUP_IDS) {
      expect(getGroup(id).kind).toBe(GROUPS[id]);
      expect((STRUCTURE_IDS as string[]).includes(id), id).toBe(false);
    }
  });

  it('defines triceps surae as both heads of gastrocnemius plus soleus (Moore 8; Gray\'s 42)', () => {
    expect([...getGroup('triceps_surae').members].sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head', 'soleus']);
    expect([...getGroup('hamstrings').members].sort()).toEqual(['biceps_femoris', 'semimembranosus', 'semitendinosus']);
    expect([...getGroup('quadriceps_femoris').members].sort()).toEqual(['rectus_femoris', 'vastus_intermedius', 'vastus_lateralis', 'vastus_medialis']);
    expect([...getGroup('pes_anserinus').members].sort()).toEqual(['gracilis', 'sartorius', 'semitendinosus']);
    expect(getGroup('popliteal_fossa').members).toEqual(expect.arrayContaining(['tibial_nerve', 'popliteal_artery', 'gastrocnemius_medial_head', 'biceps_femoris']));
  });

  it('answers which groups a structure belongs to and what a selection stands for', () => {
    expect(groupsContaining('gastrocnemius_medial_head').map((g) => g.id)).toEqual(['triceps_surae', 'popliteal_fossa']);
    expect(groupsContaining('semitendinosus').map((g) => g.id)).toEqual(['hamstrings', 'pes_anserinus', 'popliteal_fossa']);
    expect(groupsContaining('patella')).toEqual([]);
    expect(membersOf('soleus')).toEqual(['soleus']);
    expect(membersOf('triceps_surae')).toEqual(getGroup('triceps_surae').members);
  });
});

describe('parseStructures rejects malformed data with the file and field path', () => {
  it('names a field of the wrong type', () => {
    const bad = copy();
    bad.structures.soleus.latin = 42;
    expect(messageOf(bad)).toBe('data/structures.json: structures.soleus.latin: expected string, received number');
  });

  it('names a missing field and an unknown field', () => {
    const bad = copy();
    delete bad.structures.tibia.description;
    bad.structures.tibia.colour = 'ivory';
    const message = messageOf(bad);
    expect(message).toContain('structures.tibia.description: expected string, received undefined');
    expect(message).toContain('structures.tibia: unknown field "colour"');
  });

  it('names an unknown key and a missing entry', () => {
    const bad = copy();
    bad.structures.gastrocnemius = bad.structures.gastrocnemius_medial_head;
    delete bad.structures.skin;
    const message = messageOf(bad);
    expect(message).toContain('structures.gastrocnemius: unknown structure id "gastrocnemius"');
    expect(message).toContain('structures.skin: missing entry');
  });

  it('names a kind that disagrees with ids.ts and an id that does not match its key', () => {
    const bad = copy();
    bad.structures.patella.kind = 'muscle';
    bad.structures.fibula.id = 'tibia';
    const message = messageOf(bad);
    expect(message).toContain('structures.patella.kind: is "muscle", but ids.ts says "bone"');
    expect(message).toContain('structures.fibula.id: is "tibia", expected the key "fibula"');
  });

  it('names ids that are not in ids.ts wherever they are referenced', () => {
    const bad = copy();
    const m = bad.structures.gastrocnemius_medial_head.muscle;
    m.innervation.links = ['sciatic_nerve'];
    m.actions[0].agonists = [{ id: 'solius' }];
    const message = messageOf(bad);
    expect(message).toContain('structures.gastrocnemius_medial_head.muscle.innervation.links[0]: unknown structure id "sciatic_nerve"');
    expect(message).toContain('structures.gastrocnemius_medial_head.muscle.actions[0].agonists[0].id: unknown structure id "solius"');
  });

  it('cross-checks siblings, attachment areas and sources once the shape is right', () => {
    const bad = copy();
    const m = bad.structures.gastrocnemius_medial_head.muscle;
    m.siblings = ['tibia'];
    m.origin.area = 'soleus_origin_area';
    m.insertion.bone = 'calcaneal_tendon';
    bad.structures.femur.references = ['nowhere'];
    const message = messageOf(bad);
    expect(message).toContain('structures.gastrocnemius_medial_head.muscle.siblings[0]: "tibia" is a bone, expected muscle');
    expect(message).toContain(
      'structures.gastrocnemius_medial_head.muscle.origin.area: is "soleus_origin_area", ids.ts ATTACHMENT_AREAS says "gastrocnemius_medial_head_origin_area"',
    );
    expect(message).toContain('structures.gastrocnemius_medial_head.muscle.insertion.bone: "calcaneal_tendon" is a tendon, expected bone');
    expect(message).toContain('structures.femur.references[0]: unknown source "nowhere"');
  });

  it('reports the closest branch of a related structure that is neither an id nor an outside reference', () => {
    const bad = copy();
    bad.structures.soleus.muscle.actions[0].antagonists = [{ name: 'Something', outside: false }];
    expect(messageOf(bad)).toBe('data/structures.json: structures.soleus.muscle.actions[0].antagonists[0].outside: expected true');
  });

  it('names a nerve link that is not a nerve (cross-check after the schema passes)', () => {
    const bad = copy();
    bad.structures.soleus.muscle.innervation.links = ['popliteal_artery'];
    expect(messageOf(bad)).toContain('structures.soleus.muscle.innervation.links[0]: "popliteal_artery" is an artery, expected nerve');
  });

  it('rejects a muscle without details and an attachment without a bone', () => {
    const bad = copy();
    delete bad.structures.plantaris.muscle;
    delete bad.structures.popliteus.muscle.origin.bone;
    const message = messageOf(bad);
    expect(message).toContain('structures.plantaris.muscle: missing');
    expect(message).toContain('structures.popliteus.muscle.origin: give one of "bone"');
  });

  it('accepts an attachment on soft tissue (a tendon) instead of a bone, but not both', () => {
    // the lumbricals arise from the tendons of flexor digitorum longus (Gray's 42; Moore 8)
    const lumbricals = getStructure('lumbricals').muscle!.origin;
    expect(lumbricals.softTissue).toBe(true);
    expect(lumbricals.bone).toBeUndefined();
    const bad = copy();
    bad.structures.lumbricals.muscle.origin.bone = 'metatarsal_2';
    expect(messageOf(bad)).toContain('structures.lumbricals.muscle.origin: give one of "bone" (in the model), "outside": true or "softTissue": true, not bone and softTissue');
  });

  it('names a group that is unknown, missing, of the wrong kind or with a member that is not a structure', () => {
    const bad = copy();
    bad.groups.calf_muscles = { ...bad.groups.triceps_surae, id: 'calf_muscles' };
    delete bad.groups.hamstrings;
    bad.groups.pes_anserinus.kind = 'region';
    bad.groups.triceps_surae.members = ['soleus', 'soleus'];
    bad.groups.popliteal_fossa.notes[0].references = ['nowhere'];
    const message = messageOf(bad);
    expect(message).toContain('groups.calf_muscles: unknown group id "calf_muscles"');
    expect(message).toContain('groups.hamstrings: missing entry');
    expect(message).toContain('groups.pes_anserinus.kind: is "region", but groupIds.ts says "insertion"');
    expect(message).toContain('groups.triceps_surae.members[1]: "soleus" is listed twice');
    expect(message).toContain('groups.popliteal_fossa.notes[0].references[0]: unknown source "nowhere"');
  });

  it('names a group member that is not in ids.ts and a second attachment bone that is not a bone', () => {
    const bad = copy();
    bad.groups.triceps_surae.members = ['gastrocnemius'];
    expect(messageOf(bad)).toContain('groups.triceps_surae.members[0]: unknown structure id "gastrocnemius"');
    const bad2 = copy();
    bad2.structures.soleus.muscle.origin.alsoOn = ['popliteus', 'fibula'];
    const message = messageOf(bad2);
    expect(message).toContain('structures.soleus.muscle.origin.alsoOn[0]: "popliteus" is a muscle, expected bone');
    expect(message).toContain('structures.soleus.muscle.origin.alsoOn[1]: "fibula" is already the attachment\'s "bone"');
  });

  it('rejects data that is not an object at all', () => {
    expect(messageOf(null)).toBe('data/structures.json: (root): expected object, received null');
  });

  it('uses the file name it is given', () => {
    expect(() => parseStructures({}, 'elsewhere.json')).toThrow(/^elsewhere\.json: sources: expected record/);
  });
});

describe('ids of earlier model versions', () => {
  it('maps each grouped foot bone to a current bone, and none is a current id', () => {
    for (const [old, now] of Object.entries(LEGACY_STRUCTURE_IDS)) {
      expect(isStructureId(old), old).toBe(false);
      expect(STRUCTURES[now], now).toBe('bone');
      expect(migrateStructureId(old)).toBe(now);
    }
    expect(migrateStructureId('soleus')).toBe('soleus');
    expect(migrateStructureId('nonsense')).toBeNull();
    expect(migrateStructureId('__proto__')).toBeNull();
    expect(migrateStructureId('toString')).toBeNull();
  });

  it('keeps the place in the id list of each grouped bone for its successor, so numbered pin links still land on it', () => {
    // the model before the split listed femur … cuboid, then cuneiforms, metatarsals, phalanges
    expect(STRUCTURE_IDS.slice(0, 11)).toEqual([
      'femur', 'patella', 'tibia', 'fibula', 'talus', 'calcaneus', 'navicular', 'cuboid',
      'medial_cuneiform', 'metatarsal_1', 'phalanges_1',
    ]);
    expect(decodePins('9:0:base').pins[0].structure).toBe('metatarsal_1');
  });

  it('maps an old id in a link to its successor with a notice line, and rejects unknown ids', () => {
    const r = parseUrlState('?select=cuneiforms&focus=phalanges');
    expect(r.state.select).toBe('medial_cuneiform');
    expect(r.state.focus).toBe('phalanges_1');
    expect(r.problems).toEqual([]);
    expect(r.renamed).toHaveLength(2);
    expect(r.renamed[0]).toMatch(/"cuneiforms".*separate bones.*medial cuneiform/);
    const bad = parseUrlState('?select=cuneiform');
    expect(bad.state.select).toBeNull();
    expect(bad.problems).toHaveLength(1);
  });

  it('keeps pins stored by an earlier version on the successor bone', () => {
    const parsed = pinsSchema.parse([{ structure: 'phalanges', vertex: 3, label: 'tip' }]);
    expect(parsed[0].structure).toBe('phalanges_1');
    expect(pinsSchema.safeParse([{ structure: 'nonsense', vertex: 3, label: 'x' }]).success).toBe(false);
  });
});
