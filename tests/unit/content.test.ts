/**
 * Content accuracy (issue 15): what the panel, search and quiz teach must agree with the references
 * and with itself. Group terms are never shown as another name of one member; agonist lists agree
 * across cards; no hamstring opposes gastrocnemius; quiz feedback about attachments agrees with the
 * attachment areas the model draws. References: Moore KL et al., Clinically Oriented Anatomy 8th ed.
 * (moore8); Standring S, Gray's Anatomy 42nd ed. (gray42); Terminologia Anatomica 2 (ta2).
 */
import { fileURLToPath } from 'node:url';
import type { Document } from '@gltf-transform/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { anatomy, getStructure, isInModel } from '../../src/anatomy/data';
import type { ActionInfo, MuscleDetails } from '../../src/anatomy/data';
import { GROUP_IDS, getGroup } from '../../src/anatomy/groups';
import { ATTACHMENT_AREAS, STRUCTURE_IDS, STRUCTURES } from '../../src/anatomy/ids';
import type { StructureId } from '../../src/anatomy/ids';
import { checkChoice, checkClick, generateQuiz } from '../../src/anatomy/quiz';
import { normalizeForSearch, searchStructures } from '../../src/anatomy/search';
import tour from '../../data/tours/gastrocnemius-in-five-minutes.json';
import { ATTACHMENT_DEFS } from '../../models/generator/attachments';
import { findNode, readModel } from '../../models/generator/inspect';

/**
 * Group, region, part and generic terms that are never another name of a single structure (review
 * rows 1, 3–8, 19). Maintained by hand; every group's own names and search terms are added below.
 */
const NOT_A_SYNONYM = [
  'triceps surae', 'calf', 'calves', 'calf muscle', 'calf muscles', 'deep calf muscle', 'deep calf muscles', 'superficial calf muscles',
  'hamstring', 'hamstrings', 'medial hamstring', 'medial hamstrings', 'quads', 'quad', 'quadriceps', 'quadriceps femoris',
  'pes anserinus', 'popliteal fossa', 'popliteal space', 'back of the knee', 'adductors', 'dorsiflexor', 'dorsiflexors',
  'plantarflexor', 'plantarflexors', 'evertors', 'peroneal muscle', 'peroneal muscles', 'shin', 'heel', 'toes', 'knee',
  'femoral condyles', 'distal femur', 'lateral malleolus', 'medial malleolus', 'medial condyle of femur', 'lateral condyle of femur',
  'medial cuneiform', 'intermediate cuneiform', 'lateral cuneiform', 'first metatarsal', 'fifth metatarsal', 'base of first metatarsal',
  'calcaneal tuberosity', 'tuber calcanei', 'soleal line', 'caput mediale', 'caput laterale', 'caput longum', 'caput breve', 'VMO',
  'sural artery', 'sural arteries', 'nerve to gastrocnemius', 'dorsalis pedis', 'dorsalis pedis artery', 'flounder muscle', 'surface anatomy',
].map(normalizeForSearch);

const groupTerms = GROUP_IDS.flatMap((id) => {
  const g = getGroup(id);
  return [g.name, g.latin, ...g.synonyms, ...(g.searchTerms ?? [])].map((t) => ({ group: id, norm: normalizeForSearch(t) }));
});

const muscles = STRUCTURE_IDS.filter((id) => getStructure(id).muscle) as StructureId[];
const card = (id: StructureId): MuscleDetails => getStructure(id).muscle!;
const actionOf = (id: StructureId, movement: string): ActionInfo | undefined => card(id).actions.find((a) => a.action === movement);
const ids = (refs: ActionInfo['agonists']): StructureId[] => refs.filter(isInModel).map((r) => r.id);

/** Movements that undo each other; popliteus's "unlocking" is medial rotation of the tibia (Moore 8). */
const OPPOSITE: Record<string, string[]> = {
  plantarflexion: ['dorsiflexion'],
  dorsiflexion: ['plantarflexion'],
  knee_flexion: ['knee_extension'],
  knee_extension: ['knee_flexion'],
  inversion: ['eversion'],
  eversion: ['inversion'],
  toe_flexion: ['toe_extension'],
  toe_extension: ['toe_flexion'],
  great_toe_flexion: ['great_toe_extension'],
  great_toe_extension: ['great_toe_flexion'],
  hip_flexion: ['hip_extension'],
  hip_extension: ['hip_flexion'],
  knee_medial_rotation: ['knee_lateral_rotation'],
  knee_unlocking: ['knee_lateral_rotation'],
  knee_lateral_rotation: ['knee_medial_rotation', 'knee_unlocking'],
};

const HAMSTRINGS: StructureId[] = ['biceps_femoris', 'semitendinosus', 'semimembranosus'];
const GASTROCNEMIUS: StructureId[] = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'];

describe('"Also called" lists only real other names', () => {
  it('no synonym of a structure is a group, region, part or generic term', () => {
    const terms = new Set([...NOT_A_SYNONYM, ...groupTerms.map((t) => t.norm)]);
    for (const id of STRUCTURE_IDS) {
      for (const s of getStructure(id).synonyms) expect(terms.has(normalizeForSearch(s)), `${id}: "${s}"`).toBe(false);
    }
  });

  it('no synonym of a group is the term of another group or a member\'s own name', () => {
    for (const id of GROUP_IDS) {
      const g = getGroup(id);
      for (const s of g.synonyms) {
        const n = normalizeForSearch(s);
        expect(groupTerms.filter((t) => t.group !== id).map((t) => t.norm), `${id}: "${s}"`).not.toContain(n);
        expect(g.members.map((m) => normalizeForSearch(getStructure(m).name)), `${id}: "${s}"`).not.toContain(n);
      }
    }
  });

  it('a synonym names one structure only and never repeats its own name', () => {
    const owner = new Map<string, StructureId>();
    for (const id of STRUCTURE_IDS) {
      const info = getStructure(id);
      for (const s of info.synonyms) {
        const n = normalizeForSearch(s);
        expect(n, `${id}: "${s}" repeats the name`).not.toBe(normalizeForSearch(info.name));
        expect(owner.get(n) ?? id, `"${s}" is a synonym of ${owner.get(n)} and ${id}`).toBe(id);
        owner.set(n, id);
      }
    }
  });

  it('triceps surae is defined once, as its own entry, and still found by search from each member', () => {
    for (const id of getGroup('triceps_surae').members) {
      expect(getStructure(id).synonyms.map(normalizeForSearch)).not.toContain('triceps surae');
      expect(searchStructures('triceps surae', 8).map((h) => h.id)).toContain(id);
    }
    expect(searchStructures('triceps surae')[0].id).toBe('triceps_surae');
    // Soleus is superficial (Moore 8): "deep calf muscle" is wrong even as a search term for it.
    expect(getStructure('soleus').searchTerms ?? []).not.toContain('deep calf muscle');
  });
});

describe('relations agree across the cards', () => {
  it('agonists are symmetric: A lists B for a movement ⇔ B lists A, where both cards have that movement', () => {
    const problems: string[] = [];
    for (const a of muscles) {
      for (const act of card(a).actions) {
        for (const b of ids(act.agonists)) {
          if (card(a).siblings.includes(b)) continue; // heads of one muscle are shown as siblings, not agonists
          const other = actionOf(b, act.action);
          if (other && !ids(other.agonists).includes(a)) problems.push(`${a} lists ${b} as agonist of ${act.action}, but ${b} does not list ${a}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('an antagonist of a movement does the opposite movement on its own card, and never the movement itself', () => {
    const problems: string[] = [];
    for (const a of muscles) {
      for (const act of card(a).actions) {
        for (const b of ids(act.antagonists)) {
          if (actionOf(b, act.action)) problems.push(`${a}: ${b} is listed against ${act.action}, which it performs`);
          if (ids(act.agonists).includes(b)) problems.push(`${a}: ${b} is both agonist and antagonist of ${act.action}`);
          const opposite = OPPOSITE[act.action];
          if (opposite && !opposite.some((m) => actionOf(b, m))) problems.push(`${a}: ${b} opposes ${act.action} but its card has no ${opposite.join('/')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('prime movers of opposite movements list each other as antagonists', () => {
    const problems: string[] = [];
    for (const a of muscles) {
      for (const act of card(a).actions.filter((x) => x.role === 'prime')) {
        for (const b of ids(act.antagonists)) {
          for (const m of OPPOSITE[act.action] ?? []) {
            const other = actionOf(b, m);
            if (other?.role === 'prime' && !ids(other.antagonists).includes(a)) problems.push(`${a} (${act.action}) lists ${b}, but ${b} (${m}) does not list ${a}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no hamstring is an antagonist of gastrocnemius, on either card (Moore 8: they flex the knee together)', () => {
    for (const head of GASTROCNEMIUS) {
      for (const act of card(head).actions) expect(ids(act.antagonists).filter((id) => HAMSTRINGS.includes(id)), `${head} ${act.action}`).toEqual([]);
      expect(ids(actionOf(head, 'knee_flexion')!.agonists)).toEqual(expect.arrayContaining([...HAMSTRINGS, 'gracilis', 'sartorius']));
      // The starting page's list is shown only as its claim, with the correction beside it.
      const general = card(head).generalRelations;
      if (general) expect(general.correction).toMatch(/hamstring/i);
    }
    for (const h of HAMSTRINGS) {
      for (const act of card(h).actions) expect(ids(act.antagonists).filter((id) => GASTROCNEMIUS.includes(id)), `${h} ${act.action}`).toEqual([]);
    }
  });

  it('the quiz never offers a hamstring or gastrocnemius as opposing knee flexion, nor a quadriceps part as working with it', () => {
    const quads = ['Rectus femoris', 'Vastus lateralis', 'Vastus medialis', 'Vastus intermedius'];
    const flexors = ['Biceps femoris', 'Semitendinosus', 'Semimembranosus', 'Gastrocnemius, medial head', 'Gastrocnemius, lateral head'];
    const asked = generateQuiz(1, 10_000).filter((q) => q.id.startsWith('choice-works-with:knee_flexion') || q.id === 'choice-opposes:knee_flexion');
    expect(asked.length).toBeGreaterThanOrEqual(2);
    for (const q of asked) {
      if (q.kind !== 'choice') continue;
      const right = q.options[q.correctIndex];
      const wrong = q.options.filter((_, i) => i !== q.correctIndex);
      if (q.id === 'choice-opposes:knee_flexion') {
        expect(quads).toContain(right);
        for (const w of wrong) expect(quads, q.id).not.toContain(w);
      } else {
        expect(quads, q.id).not.toContain(right);
        for (const w of wrong) expect(flexors, q.id).not.toContain(w);
      }
    }
  });

  it('toe extensors and flexors list only muscles that act on the same toes (Gray\'s 42: EHL and FHL act on the hallux only)', () => {
    expect(ids(actionOf('extensor_digitorum_longus', 'toe_extension')!.agonists)).not.toContain('extensor_hallucis_longus');
    expect(ids(actionOf('extensor_hallucis_longus', 'great_toe_extension')!.agonists)).not.toContain('extensor_digitorum_longus');
    expect(ids(actionOf('flexor_hallucis_longus', 'great_toe_flexion')!.agonists)).not.toContain('flexor_digitorum_longus');
  });

  it('only the long head of biceps femoris is said to extend the hip; gracilis and sartorius medially rotate the flexed leg', () => {
    expect(actionOf('biceps_femoris', 'hip_extension')!.label).toMatch(/long head only/);
    for (const id of ['gracilis', 'sartorius'] as const) expect(actionOf(id, 'knee_medial_rotation'), id).toBeDefined();
  });
});

describe('quiz feedback agrees with the attachment areas the model draws', () => {
  const quiz = generateQuiz(1, 10_000);
  /** What a bone is called in attachment texts. */
  const BONE_WORDS: Partial<Record<StructureId, RegExp>> = {
    femur: /femur|femoral/i,
    tibia: /tibia/i,
    fibula: /fibula/i,
    calcaneus: /calcane/i,
    medial_cuneiform: /cuneiform/i,
    metatarsal_1: /metatarsal/i,
    metatarsal_5: /metatarsal/i,
    navicular: /navicular/i,
    patella: /patella/i,
    phalanges_1: /phalan/i,
    phalanges_2: /phalan/i,
    phalanges_3: /phalan/i,
    phalanges_4: /phalan/i,
    phalanges_5: /phalan/i,
  };
  const patchBones = (area: StructureId) => [...new Set(ATTACHMENT_DEFS.find((d) => d.id === area)!.patches.map((p) => p.bone as StructureId))].sort();

  it('the data names every bone an attachment area lies on (bone + alsoOn)', () => {
    for (const [muscle, areas] of Object.entries(ATTACHMENT_AREAS) as [StructureId, { origin?: StructureId; insertion?: StructureId }][]) {
      for (const end of ['origin', 'insertion'] as const) {
        const a = card(muscle)[end];
        if (!areas[end]) continue; // an end outside the model
        expect([a.bone, ...(a.alsoOn ?? [])].sort(), `${muscle} ${end}`).toEqual(patchBones(areas[end]));
      }
    }
  });

  it('every click-attachment question accepts each bone of its area, names them all, and its explanation mentions each', () => {
    const attachmentQs = quiz.filter((q) => q.kind === 'click-attachment');
    // every drawn area is asked, except origins lying mostly outside the model (the vasti: review 2026-12-07 row 9)
    const asked = (Object.entries(ATTACHMENT_AREAS) as [StructureId, { origin?: StructureId; insertion?: StructureId }][]).flatMap(([m, a]) =>
      (['origin', 'insertion'] as const).filter((end) => a[end] && !card(m)[end].mostlyOutside),
    );
    expect(attachmentQs.length).toBe(asked.length);
    expect(attachmentQs.map((q) => q.id)).not.toContain('click-attachment:vastus_lateralis:origin');
    expect(attachmentQs.find((q) => q.id === 'click-attachment:biceps_femoris:origin')?.prompt).toBe('Click where the short head of biceps femoris arises.');
    for (const q of attachmentQs) {
      if (q.kind !== 'click-attachment') continue;
      const bones = patchBones(q.answer);
      expect([...q.bones].sort(), q.id).toEqual(bones);
      for (const b of bones) {
        expect(q.explain, `${q.id} mentions ${b}`).toMatch(BONE_WORDS[b]!);
        expect(checkClick(q, b, q.toleranceM / 2).correct, `${q.id}: near click on ${b}`).toBe(true);
        const far = checkClick(q, b, q.toleranceM * 4);
        expect(far.feedback, `${q.id}: far click on ${b}`).toMatch(/^Right bone/);
      }
      const elsewhere = STRUCTURE_IDS.find((id) => STRUCTURES[id] === 'bone' && !bones.includes(id))!;
      const wrong = checkClick(q, elsewhere);
      for (const b of bones) expect(wrong.feedback, `${q.id}: wrong-bone feedback names ${b}`).toContain(`the ${getStructure(b).name.toLowerCase()}`);
    }
  });

  it('origin-bone questions never offer a bone of the origin as a wrong answer', () => {
    for (const q of quiz) {
      if (q.kind !== 'choice' || !q.id.startsWith('choice-origin-bone:')) continue;
      const origin = card(q.subject!).origin;
      const originBones = [origin.bone, ...(origin.alsoOn ?? [])].map((b) => getStructure(b!).name);
      expect(q.options[q.correctIndex]).toBe(getStructure(origin.bone!).name);
      q.options.forEach((o, i) => {
        if (i !== q.correctIndex) expect(originBones, q.id).not.toContain(o);
      });
      expect(checkChoice(q, q.correctIndex).feedback).toContain(origin.text);
    }
  });
});

describe('wording the review corrected', () => {
  it('"areas", not "facets", on the back of the calcaneus (Gray\'s 42); soleus from the upper quarter of the fibula (Moore 8)', () => {
    for (const id of [...GASTROCNEMIUS, 'soleus'] as const) expect(card(id).insertion.text + card(id).insertion.landmark).not.toMatch(/facet/);
    expect(getStructure('calcaneal_tendon_insertion_area').description).not.toMatch(/facet/);
    expect(card('soleus').origin.text).toMatch(/upper quarter/);
    expect(card('popliteus').origin.text).toMatch(/pit at the front end of the popliteal groove/);
  });

  it('the medial head arises from the back of the medial condyle and the popliteal surface above it (Gray\'s 42), in the card and the tour', () => {
    expect(getStructure('gastrocnemius_medial_head').description).toMatch(/back of the medial femoral condyle and the popliteal surface/);
    expect(tour.steps[1].caption).toMatch(/back of the medial femoral condyle and the popliteal surface/);
  });

  it('names active insufficiency instead of calling a shortened gastrocnemius "slack" (Moore 8)', () => {
    const twoJoint = tour.steps.find((s) => s.title === 'Two joints, one muscle')!;
    expect(twoJoint.caption).toMatch(/active insufficiency/);
    expect(twoJoint.caption).not.toMatch(/slack/);
  });
});

describe('the examinable facts of the review\'s section 2 are taught, each with a source', () => {
  const notesOf = (id: StructureId) => (getStructure(id).notes ?? []).map((n) => `${n.topic}: ${n.text}`).join('\n');
  const fossa = () => (getGroup('popliteal_fossa').notes ?? []).map((n) => `${n.topic}: ${n.text}`).join('\n');

  it('every note cites a source of data.sources', () => {
    const all = [...STRUCTURE_IDS.flatMap((id) => getStructure(id).notes ?? []), ...GROUP_IDS.flatMap((id) => getGroup(id).notes ?? [])];
    expect(all.length).toBeGreaterThan(20);
    for (const n of all) for (const r of n.references) expect(anatomy.sources[r], `${n.topic} → ${r}`).toBeTruthy();
  });

  it('gastrocnemius: ankle reflex S1–S2, borders of the popliteal fossa, fabella, bursa and Baker\'s cyst, active insufficiency', () => {
    expect(notesOf('gastrocnemius_medial_head')).toMatch(/S1 and S2/);
    expect(notesOf('gastrocnemius_medial_head')).toMatch(/lower medial border of the popliteal fossa/);
    expect(notesOf('gastrocnemius_medial_head')).toMatch(/Baker's cyst/);
    expect(notesOf('gastrocnemius_medial_head')).toMatch(/active insufficiency/);
    expect(notesOf('gastrocnemius_lateral_head')).toMatch(/fabella/);
  });

  it('soleus: tendinous arch and soleal pump; plantaris: absent in about 7–10 %, used as a graft', () => {
    expect(notesOf('soleus')).toMatch(/tendinous arch/);
    expect(notesOf('soleus')).toMatch(/soleal pump/);
    expect(notesOf('plantaris')).toMatch(/7–10 %/);
    expect(notesOf('plantaris')).toMatch(/graft/);
  });

  it('popliteus: intracapsular tendon, pull on the lateral meniscus, popliteal artery ending at its lower border', () => {
    expect(notesOf('popliteus')).toMatch(/inside the fibrous capsule/);
    expect(notesOf('popliteus')).toMatch(/lateral meniscus/);
    expect(notesOf('popliteus')).toMatch(/ends at the lower border of popliteus/);
  });

  it('tibialis anterior: foot drop, eccentric work after heel strike, anterior compartment syndrome', () => {
    expect(notesOf('tibialis_anterior')).toMatch(/foot drop/);
    expect(notesOf('tibialis_anterior')).toMatch(/eccentrically/);
    expect(notesOf('tibialis_anterior')).toMatch(/Anterior compartment syndrome/);
  });

  it('nerve roots: tibial L4–S3, common fibular L4–S2 (Gray\'s 42)', () => {
    expect(getStructure('tibial_nerve').description).toMatch(/L4–S3/);
    expect(getStructure('common_fibular_nerve').description).toMatch(/L4–S2/);
  });

  it('popliteal fossa: borders, roof, floor, and contents from superficial to deep', () => {
    expect(fossa()).toMatch(/Borders:/);
    expect(fossa()).toMatch(/Roof:/);
    expect(fossa()).toMatch(/Floor:/);
    expect(fossa()).toMatch(/Tibial nerve, then popliteal vein, then popliteal artery/);
  });
});

describe('groups are non-mesh on purpose', () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await readModel(fileURLToPath(new URL('../../models/lower-leg.glb', import.meta.url)));
  });

  it('a group has no node in the model; every member does', () => {
    const names = new Set(doc.getRoot().listNodes().map((n) => n.getName()));
    for (const id of GROUP_IDS) {
      expect(names.has(id), id).toBe(false);
      for (const m of getGroup(id).members) expect(findNode(doc, m).getMesh(), `${id} → ${m}`).toBeTruthy();
    }
  });
});

describe('examinable facts the review listed as missing, on the cards where students look (content review 2026-12-07, section 2)', () => {
  const note = (id: StructureId, topic: string) => getStructure(id).notes?.find((n) => n.topic === topic)?.text ?? '';

  it('the lateral head names its own tibial-nerve branch and the fibre-type contrast with soleus, as the medial head does', () => {
    expect(note('gastrocnemius_lateral_head', 'Nerve supply')).toMatch(/own branch of the tibial nerve/);
    expect(note('gastrocnemius_lateral_head', 'Fibre type')).toMatch(/more fast \(type II\) fibres than soleus/);
    expect(note('gastrocnemius_medial_head', 'Nerve supply and neighbours')).toMatch(/own branch of the tibial nerve/);
  });

  it('popliteus carries its trigger point (back of the knee), citing Travell & Simons with authors, title and year', () => {
    const n = getStructure('popliteus').notes?.find((x) => x.topic === 'Trigger point');
    expect(n?.text).toMatch(/back of the knee/);
    expect(n?.references).toContain('travell-simons-1992');
    expect(anatomy.sources['travell-simons-1992']).toMatch(/^Travell JG, Simons DG\. Myofascial Pain and Dysfunction.*1992/);
  });
});
