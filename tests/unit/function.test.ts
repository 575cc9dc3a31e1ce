/**
 * The function explorer's answers (src/anatomy/function.ts) from data/function.json and
 * data/structures.json: bone → attachments, lesion → denervated muscles and lost movements,
 * movement → roles, and the moment arms the line-of-action overlay shows, against published ranges.
 */
import { describe, expect, it } from 'vitest';
import functionJson from '../../data/function.json';
import {
  LESION_IDS,
  MOVEMENT_IDS,
  actionLine,
  attachmentsOfBone,
  crossedJoints,
  denervatedMuscles,
  functionData,
  momentArmsMm,
  movementRoles,
  parseFunctionData,
} from '../../src/anatomy/function';
import { momentArm } from '../../src/kinematics/muscleLength';
import { NEUTRAL_POSE } from '../../src/kinematics/joints';

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('bone → attachments', () => {
  it('lists the calcaneal tendon and plantaris as insertions on the calcaneus; the short muscles of the dorsum and the sole as its origins', () => {
    const { origins, insertions } = attachmentsOfBone('calcaneus');
    expect(ids(insertions)).toEqual(expect.arrayContaining(['calcaneal_tendon', 'plantaris', 'gastrocnemius_medial_head', 'soleus']));
    // Gray's Anatomy 42nd ed.: extensor digitorum and hallucis brevis arise from the superolateral calcaneus;
    // the first layer of the sole and quadratus plantae from its tuberosity and plantar surface
    expect(ids(origins).sort()).toEqual(
      ['abductor_digiti_minimi', 'abductor_hallucis', 'extensor_digitorum_brevis', 'extensor_hallucis_brevis', 'flexor_digitorum_brevis', 'quadratus_plantae'],
    );
  });

  it('lists both gastrocnemius heads, plantaris and the collateral ligaments as origins on the femur', () => {
    const { origins, insertions } = attachmentsOfBone('femur');
    expect(ids(origins)).toEqual(
      expect.arrayContaining(['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'plantaris', 'popliteus', 'medial_collateral_ligament']),
    );
    expect(ids(insertions)).not.toContain('gastrocnemius_medial_head');
    // the medial head's origin is shown by its footprint on this bone
    expect(origins.find((a) => a.id === 'gastrocnemius_medial_head')?.area).toBe('gastrocnemius_medial_head_origin_area');
  });

  it('gives soleus an origin on both tibia and fibula (soleal line and fibular head)', () => {
    expect(ids(attachmentsOfBone('tibia').origins)).toContain('soleus');
    expect(ids(attachmentsOfBone('fibula').origins)).toContain('soleus');
  });

  it('rejects an id that is not a bone', () => {
    expect(() => attachmentsOfBone('soleus')).toThrow(/Not a bone/);
  });
});

describe('nerve and root lesions: which muscles they reach', () => {
  it('a tibial nerve cut reaches gastrocnemius and soleus but not tibialis anterior', () => {
    const d = denervatedMuscles('tibial_nerve');
    expect(d).toEqual(expect.arrayContaining(['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus']));
    expect(d).not.toContain('tibialis_anterior');
  });

  it('a common fibular nerve cut reaches both its branches: tibialis anterior, the long extensors and the fibulares', () => {
    const d = denervatedMuscles('common_fibular_nerve');
    expect(d).toEqual(
      expect.arrayContaining(['tibialis_anterior', 'extensor_digitorum_longus', 'extensor_hallucis_longus', 'fibularis_longus', 'fibularis_brevis']),
    );
    expect(d).not.toContain('soleus');
    expect(functionData.lesions.common_fibular_nerve.sign).toMatch(/foot drop/i);
    expect(functionData.lesions.common_fibular_nerve.sign).toMatch(/high-stepping/i);
  });

  it('the deep branch spares the fibulares and the superficial branch spares tibialis anterior', () => {
    expect(denervatedMuscles('deep_fibular_nerve')).toContain('tibialis_anterior');
    expect(denervatedMuscles('deep_fibular_nerve')).not.toContain('fibularis_longus');
    expect(denervatedMuscles('superficial_fibular_nerve')).toEqual(['fibularis_longus', 'fibularis_brevis']);
  });

  it('roots reach their myotomes: S1 the triceps surae, L4 tibialis anterior and the quadriceps', () => {
    expect(denervatedMuscles('root_S1')).toEqual(expect.arrayContaining(['soleus', 'gastrocnemius_medial_head']));
    expect(denervatedMuscles('root_L4')).toEqual(expect.arrayContaining(['tibialis_anterior', 'vastus_medialis']));
    expect(denervatedMuscles('root_L4')).not.toContain('soleus');
    for (const id of LESION_IDS) expect(denervatedMuscles(id).length).toBeGreaterThan(0);
  });

  it('rejects an unknown lesion id', () => {
    expect(() => denervatedMuscles('sciatic' as never)).toThrow(/Unknown lesion/);
  });
});

describe('movement roles follow the per-action tables', () => {
  it('plantarflexion: gastrocnemius and soleus prime, tibialis anterior antagonist', () => {
    const r = movementRoles('plantarflexion');
    expect(r.prime).toEqual(expect.arrayContaining(['soleus', 'gastrocnemius_medial_head', 'gastrocnemius_lateral_head']));
    expect(r.synergists).toEqual(expect.arrayContaining(['plantaris', 'fibularis_longus', 'tibialis_posterior']));
    expect(r.antagonists).toContain('tibialis_anterior');
    expect(r.antagonists).not.toContain('soleus');
  });

  it('knee flexion: hamstrings prime, gastrocnemius assists, quadriceps antagonists', () => {
    const r = movementRoles('knee_flexion');
    expect(r.prime).toEqual(expect.arrayContaining(['biceps_femoris', 'semitendinosus', 'semimembranosus']));
    expect(r.synergists).toContain('gastrocnemius_medial_head');
    expect(r.antagonists).toEqual(expect.arrayContaining(['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius']));
  });

  it('every movement has a prime mover and an antagonist, and no muscle has two roles', () => {
    for (const id of MOVEMENT_IDS) {
      const r = movementRoles(id);
      expect(r.prime.length, id).toBeGreaterThan(0);
      expect(r.antagonists.length, id).toBeGreaterThan(0);
      const all = [...r.prime, ...r.synergists, ...r.antagonists];
      expect(new Set(all).size, id).toBe(all.length);
    }
  });
});

describe('moment arms shown by the line-of-action overlay', () => {
  // Achilles tendon (triceps surae) at the ankle, neutral: 4–6 cm (Maganaris, Baltzopoulos & Sargeant 2000, Eur J Appl Physiol 83:363).
  it('triceps surae at the ankle, neutral: 40–60 mm of plantarflexion', () => {
    for (const id of ['soleus', 'gastrocnemius_medial_head', 'gastrocnemius_lateral_head'] as const) {
      const mm = momentArmsMm(id, NEUTRAL_POSE).ankle!;
      expect(mm, id).toBeGreaterThanOrEqual(40);
      expect(mm, id).toBeLessThanOrEqual(60);
    }
  });

  // Gastrocnemius at the knee: 1–3 cm (Spoor et al. 1990, J Biomech 23:1247).
  it('gastrocnemius at the knee, neutral: 10–30 mm of flexion; soleus does not cross the knee', () => {
    for (const id of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'] as const) {
      const mm = momentArmsMm(id, NEUTRAL_POSE).knee!;
      expect(mm, id).toBeGreaterThanOrEqual(10);
      expect(mm, id).toBeLessThanOrEqual(30);
    }
    expect(crossedJoints('soleus')).toEqual(['ankle']);
    expect(momentArmsMm('soleus', NEUTRAL_POSE).knee).toBeUndefined();
  });

  // Tibialis anterior at the ankle, neutral: 3–5 cm of dorsiflexion (Maganaris et al. 2000, J Biomech 33:375).
  it('tibialis anterior at the ankle, neutral: 30–50 mm of dorsiflexion (negative sign)', () => {
    const mm = momentArmsMm('tibialis_anterior', NEUTRAL_POSE).ankle!;
    expect(mm).toBeLessThanOrEqual(-30);
    expect(mm).toBeGreaterThanOrEqual(-50);
  });

  it('are the length model’s numbers (one source of truth) and change with the knee angle', () => {
    const pose = { knee: 60, ankle: 10 };
    expect(momentArmsMm('gastrocnemius_medial_head', pose).knee).toBeCloseTo(momentArm('gastrocnemius_medial_head', 'knee', pose) * 1000, 1);
    expect(momentArmsMm('gastrocnemius_medial_head', { knee: 90, ankle: 0 }).knee).not.toBe(
      momentArmsMm('gastrocnemius_medial_head', NEUTRAL_POSE).knee,
    );
  });

  it('draws the perpendicular from the axis to the line with about the moment arm’s length', () => {
    const line = actionLine('soleus', NEUTRAL_POSE);
    expect(line.path.length).toBeGreaterThanOrEqual(3);
    const arm = line.arms.find((a) => a.joint === 'ankle')!;
    const drawn = Math.hypot(arm.onLine[0] - arm.onAxis[0], arm.onLine[1] - arm.onAxis[1], arm.onLine[2] - arm.onAxis[2]) * 1000;
    // the drawn common perpendicular of the tendon's line and the (oblique) ankle axis is within 15% of −dL/dθ
    expect(drawn).toBeGreaterThan(Math.abs(arm.mm) * 0.85);
    expect(drawn).toBeLessThan(Math.abs(arm.mm) * 1.15);
  });
  it('bends the toe muscles’ lines with the toes (the viewer reads the toes joint while toe flexion plays)', () => {
    const rest = actionLine('flexor_hallucis_longus', NEUTRAL_POSE).path;
    const flexed = actionLine('flexor_hallucis_longus', { ...NEUTRAL_POSE, toes: 30 }).path;
    expect(flexed.length).toBe(rest.length);
    // the insertion on the hallux swings down (plantarward, −y) about the MTP axis; the belly stays
    expect(flexed[flexed.length - 1][1]).toBeLessThan(rest[rest.length - 1][1] - 0.005);
    expect(flexed[0]).toEqual(rest[0]);
  });
});

describe('data/function.json', () => {
  it('gives every muscle of the model a nerve and roots', () => {
    expect(Object.keys(functionData.innervation).length).toBeGreaterThanOrEqual(20);
  });

  it('names the file and field of a bad entry', () => {
    const bad = structuredClone(functionJson) as { innervation: Record<string, unknown> };
    bad.innervation.soleus = { nerve: 'tibial_nerve', segments: { X9: 1 }, segmentSource: 'test' };
    expect(() => parseFunctionData(bad)).toThrow(/data\/function\.json[\s\S]*innervation\.soleus\.segments/);
    const shares = structuredClone(functionJson) as { innervation: Record<string, unknown> };
    shares.innervation.soleus = { nerve: 'tibial_nerve', segments: { S1: 0.7, S2: 0.7 }, segmentSource: 'test' };
    expect(() => parseFunctionData(shares)).toThrow(/innervation\.soleus\.segments: the shares add up to 1\.4, expected 1/);
    const unknown = structuredClone(functionJson) as { otherAttachments: Record<string, { origin: string[]; insertion: string[] }> };
    unknown.otherAttachments.calcaneal_tendon.insertion = ['heel'];
    expect(() => parseFunctionData(unknown)).toThrow(/otherAttachments\.calcaneal_tendon\.insertion\[0\]: unknown structure id "heel"/);
  });
});

describe('deep-link parameters of the explorer', () => {
  it('parse bone, lesion, movement and lines, and write them back', async () => {
    const { formatUrlState, parseUrlState } = await import('../../src/embed/urlState');
    const { state, problems } = parseUrlState('?bone=calcaneus&lesion=root_S1&movement=eversion&lines=1&other=keep');
    expect(problems).toEqual([]);
    expect([state.bone, state.lesion, state.movement, state.lines]).toEqual(['calcaneus', 'root_S1', 'eversion', true]);
    const out = new URLSearchParams(formatUrlState(state, '?other=keep'));
    expect([out.get('bone'), out.get('lesion'), out.get('movement'), out.get('lines'), out.get('other')]).toEqual([
      'calcaneus',
      'root_S1',
      'eversion',
      '1',
      'keep',
    ]);
    expect(new URLSearchParams(formatUrlState({ ...state, lines: false, lesion: null }, '?lines=1&lesion=root_S1')).has('lines')).toBe(false);
  });

  it('drop unknown values with a readable problem each', async () => {
    const { parseUrlState } = await import('../../src/embed/urlState');
    const { state, problems } = parseUrlState('?bone=soleus&lesion=sciatic&movement=jump&lines=yes');
    expect([state.bone, state.lesion, state.movement, state.lines]).toEqual([null, null, null, false]);
    expect(problems).toEqual([
      'Unknown bone "soleus" in the link (bone).',
      expect.stringMatching(/^Unknown nerve or root "sciatic" in the link; available: tibial_nerve, /),
      expect.stringMatching(/^Unknown movement "jump" in the link; available: plantarflexion, /),
      'Unknown value "yes" for lines in the link; use lines=1.',
    ]);
  });
});

describe('what the explorer paints', () => {
  const input = { selected: null, attachmentEnds: 'both', movement: null, lesion: null } as const;

  it('a selected bone lights its footprints, origins and insertions in their own colours', async () => {
    const { explorerPaints } = await import('../../src/scene/explorerPaint');
    const { EXPLORER_COLOURS } = await import('../../src/scene/explorerColours');
    const femur = explorerPaints({ ...input, selected: 'femur' }, NEUTRAL_POSE);
    expect(femur.get('gastrocnemius_medial_head_origin_area')?.colour).toBe(EXPLORER_COLOURS.origin);
    expect(femur.has('calcaneal_tendon_insertion_area')).toBe(false);
    expect(explorerPaints({ ...input, selected: 'calcaneus' }, NEUTRAL_POSE).get('calcaneal_tendon_insertion_area')?.colour).toBe(
      EXPLORER_COLOURS.insertion,
    );
    // a selected muscle with "origin" shows only its origin footprint
    const origin = explorerPaints({ ...input, selected: 'tibialis_anterior', attachmentEnds: 'origin' }, NEUTRAL_POSE);
    expect([...origin.keys()]).toEqual(['tibialis_anterior_origin_area']);
  });

  it('a selected bone lights every footprint lying on it, the generated ones too (issue 12)', async () => {
    const { explorerPaints } = await import('../../src/scene/explorerPaint');
    const { AREA_BONE } = await import('../../src/anatomy/structureIndex');
    for (const bone of ['femur', 'tibia', 'fibula', 'patella', 'calcaneus', 'metatarsal_5'] as const) {
      const lit = [...explorerPaints({ ...input, selected: bone }, NEUTRAL_POSE).keys()].sort();
      const onBone = Object.entries(AREA_BONE)
        .filter(([, b]) => b === bone)
        .map(([area]) => area);
      expect(lit, bone).toEqual(expect.arrayContaining(onBone));
    }
    const femur = [...explorerPaints({ ...input, selected: 'femur' }, NEUTRAL_POSE).keys()];
    expect(femur).toEqual(expect.arrayContaining(['plantaris_origin_area', 'popliteus_origin_area', 'biceps_femoris_origin_area', 'vastus_medialis_origin_area']));
    // soleus arises from both bones of the leg: its one area lights from either
    expect([...explorerPaints({ ...input, selected: 'tibia' }, NEUTRAL_POSE).keys()]).toContain('soleus_origin_area');
  });

  it('a lesion greys its muscles over the movement colours; the larger moment arm paints brighter', async () => {
    const { explorerPaints, movementWeights } = await import('../../src/scene/explorerPaint');
    const { EXPLORER_COLOURS } = await import('../../src/scene/explorerColours');
    const p = explorerPaints({ ...input, movement: 'plantarflexion', lesion: 'tibial_nerve' }, NEUTRAL_POSE);
    expect(p.get('soleus')?.colour).toBe(EXPLORER_COLOURS.denervated);
    expect(p.get('tibialis_anterior')?.colour).toBe(EXPLORER_COLOURS.antagonist);
    expect(p.get('fibularis_longus')?.colour).toBe(EXPLORER_COLOURS.synergist);
    const w = movementWeights('plantarflexion', NEUTRAL_POSE);
    expect(Math.max(...w.values())).toBe(1);
    expect(w.get('soleus')).toBeGreaterThan(0.5);
  });
});

describe('clicking a lit footprint', () => {
  const hit = (id: string, distance: number) => ({ distance, object: { userData: { structureId: id } } });

  it('picks the lit footprint lying up to 1.5 mm behind the bone it sits on, else the first hit', async () => {
    const { FOOTPRINT_PICK_DEPTH, preferFootprint } = await import('../../src/scene/pick');
    const lit = ['gastrocnemius_medial_head_origin_area'] as const;
    // the ray meets the femur 0.4 mm before the footprint lifted off it
    const hits = [hit('femur', 1.2), hit('gastrocnemius_medial_head_origin_area', 1.2004)];
    expect(preferFootprint(hits, lit)?.object.userData.structureId).toBe('gastrocnemius_medial_head_origin_area');
    // not lit: the click means the bone
    expect(preferFootprint(hits, [])?.object.userData.structureId).toBe('femur');
    // a footprint deeper than the limit (on the far side of the bone) never wins
    const far = [hit('femur', 1.2), hit('gastrocnemius_medial_head_origin_area', 1.2 + FOOTPRINT_PICK_DEPTH + 0.001)];
    expect(preferFootprint(far, lit)?.object.userData.structureId).toBe('femur');
    // a muscle in front of the footprint is still what is clicked when it is more than 1.5 mm nearer
    expect(preferFootprint([hit('soleus', 1), hit('gastrocnemius_medial_head_origin_area', 1.2)], lit)?.object.userData.structureId).toBe('soleus');
    expect(preferFootprint([], lit)).toBeUndefined();
  });

  it('counts the explorer-lit footprints and one a link has lit up (focused)', async () => {
    const { litFootprints, setLitFootprints } = await import('../../src/scene/pick');
    setLitFootprints(['plantaris_origin_area']);
    expect(litFootprints(null)).toEqual(['plantaris_origin_area']);
    expect(litFootprints('soleus_origin_area')).toEqual(['plantaris_origin_area', 'soleus_origin_area']);
    // a focused structure that is not an area adds nothing
    expect(litFootprints('femur')).toEqual(['plantaris_origin_area']);
    setLitFootprints([]);
    expect(litFootprints(null)).toEqual([]);
  });
});

describe('bone-first lists are complete (content review 2026-12-07, row 6)', () => {
  const names = (bone: Parameters<typeof attachmentsOfBone>[0]) => {
    const { origins, insertions } = attachmentsOfBone(bone);
    return { origins: origins.map((a) => a.id), insertions: insertions.map((a) => a.id) };
  };
  it('lists the long flexor and extensor on the phalanges of toes 3–5', () => {
    for (const bone of ['phalanges_3', 'phalanges_4', 'phalanges_5'] as const) {
      expect(names(bone).insertions, bone).toEqual(expect.arrayContaining(['flexor_digitorum_longus', 'extensor_digitorum_longus']));
    }
  });
  it('lists tibialis posterior on the fibula and its slips, extensor digitorum longus on the tibia, EHB (not EDB) on the hallux', () => {
    expect(names('fibula').origins).toContain('tibialis_posterior');
    expect(names('tibia').origins).toContain('extensor_digitorum_longus');
    expect(names('cuboid').insertions).toContain('tibialis_posterior');
    // TA2 lists extensor hallucis brevis as a muscle of its own; EDB ends on toes 2–4 only (content review row 5)
    expect(names('phalanges_1').insertions).toContain('extensor_hallucis_brevis');
    expect(names('phalanges_1').insertions).not.toContain('extensor_digitorum_brevis');
    expect(names('phalanges_4').insertions).toContain('extensor_digitorum_brevis');
  });

  it('lists the short muscles of the great toe on its sesamoids, and no muscle on a tendon as if it were bone', () => {
    // Gray's 42: each sesamoid lies in a tendon of flexor hallucis brevis; adductor hallucis joins the lateral one, abductor hallucis the medial
    expect(names('medial_sesamoid').insertions.sort()).toEqual(['abductor_hallucis', 'flexor_hallucis_brevis']);
    expect(names('lateral_sesamoid').insertions.sort()).toEqual(['adductor_hallucis', 'flexor_hallucis_brevis']);
    // the lumbricals arise from the long flexor tendons, quadratus plantae ends on one: no bone for those ends
    expect(functionData.attachments.lumbricals?.origin).toEqual([]);
    expect(functionData.attachments.quadratus_plantae?.insertion).toEqual([]);
    expect(names('metatarsal_3').origins).toEqual(expect.arrayContaining(['plantar_interossei', 'dorsal_interossei', 'adductor_hallucis']));
  });
});

describe('lesion signs the review found missing (content review 2026-12-07, section 2 "Lesion signs")', () => {
  const territory = (id: string) => functionData.skin[id]?.name ?? '';

  it('sensory maps: common fibular (dorsum of foot and lateral leg), L4 (medial leg), L5 (dorsum and great toe), S1 (lateral foot and sole)', () => {
    const common = functionData.lesions.common_fibular_nerve.numbSkin.map(territory).join(' ');
    expect(common).toMatch(/lower lateral leg and dorsum of the foot/);
    expect(common).toMatch(/first web space/);
    expect(functionData.lesions.root_L4.numbSkin.map(territory).join(' ')).toMatch(/medial leg/);
    expect(functionData.lesions.root_L5.numbSkin.map(territory).join(' ')).toMatch(/dorsum of the foot and great toe/);
    expect(functionData.lesions.root_S1.numbSkin.map(territory).join(' ')).toMatch(/lateral border and sole of the foot/);
    for (const id of ['root_L4', 'root_L5', 'root_S1'] as const) expect(functionData.lesions[id].references).toContain('lee2008');
  });

  it('tibial nerve: the sign names the calcaneovalgus posture and claw toes', () => {
    const sign = functionData.lesions.tibial_nerve.sign;
    expect(sign).toMatch(/calcaneovalgus/);
    expect(sign).toMatch(/toes claw/);
  });

  it('L4: knee extension is a movement, produced by the quadriceps, and the sign names the knee jerk', () => {
    expect(MOVEMENT_IDS).toContain('knee_extension');
    const prime = movementRoles('knee_extension').prime;
    expect(prime).toEqual(expect.arrayContaining(['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius']));
    expect(functionData.lesions.root_L4.sign).toMatch(/weak knee extension/);
    expect(functionData.lesions.root_L4.sign).toMatch(/knee jerk/);
  });
});

describe('PCSA estimates (content review 2026-12-07 follow-up)', () => {
  const strength = functionJson.strength as { pcsaCm2: Record<string, number>; estimates: string[]; $comment: string };

  it('plantaris, popliteus and EDB stay marked estimates, and the data says why (not among Ward et al. 2009\'s muscles)', () => {
    for (const id of ['plantaris', 'popliteus', 'extensor_digitorum_brevis']) {
      expect(strength.estimates).toContain(id);
      expect(strength.pcsaCm2[id]).toBeGreaterThan(0);
    }
    expect(strength.$comment).toMatch(/Plantaris \(1\.0\), popliteus \(2\.5\) and extensor digitorum brevis \(2\.0\) stay marked estimates/);
    expect(strength.$comment).toMatch(/Ward et al\. 2009/);
  });

  it('every estimate is smaller than the smallest muscle Ward measured in the leg (EHL 2.7 cm²), so none outweighs a measured one', () => {
    for (const id of ['plantaris', 'popliteus', 'extensor_digitorum_brevis']) expect(strength.pcsaCm2[id]).toBeLessThanOrEqual(2.7);
  });
});
