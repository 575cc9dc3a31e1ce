/**
 * Quiz questions generated from the anatomy data: click a structure, click where a muscle attaches,
 * and multiple-choice questions on nerves, opposing and co-working muscles, attachments and the
 * two-joint behaviour of gastrocnemius. Deterministic per seed. Pure: the viewer reports what was
 * clicked (and how far from the attachment area), this module judges it.
 */
import { ATTACHMENT_AREAS, STRUCTURE_IDS, STRUCTURES, isStructureId } from './ids';
import type { ActionId, StructureId } from './ids';
import { anatomy, isInModel } from './data';
import type { ActionInfo, StructureInfo } from './data';
import { fibreStateAt } from '../kinematics/muscleForce';

export type Question =
  | { id: string; kind: 'click-structure'; prompt: string; answer: StructureId; explain: string }
  | {
      id: string;
      kind: 'click-attachment';
      prompt: string;
      /** The attachment-area id. */
      answer: StructureId;
      /** The main bone the area lies on (the first of `bones`). */
      bone: StructureId;
      /** Every bone the area lies on (soleus's origin: fibula and tibia): a click on one within `toleranceM` of the area counts. */
      bones: StructureId[];
      toleranceM: number;
      explain: string;
    }
  | {
      id: string;
      kind: 'choice';
      prompt: string;
      options: string[];
      correctIndex: number;
      /** Why each option is right or wrong, same order as `options`. */
      explanations: string[];
      /** The structure the question is about (the viewer may select it). */
      subject?: StructureId;
    };

export interface QuizResult {
  correct: boolean;
  feedback: string;
}

/** How far (metres) from an attachment area a click on its bone still counts. */
export const ATTACHMENT_TOLERANCE_M = 0.015;
import { DEFAULT_QUIZ_LENGTH } from './quizLength';

export { DEFAULT_QUIZ_LENGTH };

/** mulberry32: a small, well-mixed 32-bit PRNG, so a seed gives the same quiz everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const info = (id: StructureId): StructureInfo => anatomy.structures[id];
/** A structure that is several muscles under one name (the lumbricals, the interossei: TA2 "musculi …"). */
const isPlural = (id: StructureId): boolean => info(id).muscle?.muscleLatin.startsWith('musculi ') ?? false;
/** "Gastrocnemius, medial head" → "the medial head of gastrocnemius"; "Soleus" → "soleus"; "Plantar interossei" → "the plantar interossei". */
function phrase(id: StructureId): string {
  const s = info(id);
  if (isPlural(id)) return `the ${s.name.charAt(0).toLowerCase()}${s.name.slice(1)}`;
  // Only true heads read "the medial head of gastrocnemius"; a part named for itself (rectus femoris
  // of quadriceps) reads by its own name.
  if (s.muscle?.head && /head$/i.test(s.muscle.head)) return `the ${s.muscle.head.toLowerCase()} of ${s.muscle.muscle.toLowerCase()}`;
  return s.kind === 'muscle' ? s.name.charAt(0).toLowerCase() + s.name.slice(1) : `the ${s.name.toLowerCase()}`;
}
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A choice question with its options shuffled; `right` is the first of `options`. */
function choice(
  id: string,
  prompt: string,
  options: { text: string; why: string }[],
  random: () => number,
  subject?: StructureId,
): Question {
  const order = shuffle(options.map((_, i) => i), random);
  return {
    id,
    kind: 'choice',
    prompt,
    options: order.map((i) => options[i].text),
    correctIndex: order.indexOf(0),
    explanations: order.map((i) => options[i].why),
    ...(subject ? { subject } : {}),
  };
}

type Draft = (random: () => number) => Question;

function clickStructureDrafts(): Draft[] {
  return STRUCTURE_IDS.filter((id) => STRUCTURES[id] !== 'attachment' && STRUCTURES[id] !== 'skin').map((id) => () => ({
    id: `click-structure:${id}`,
    kind: 'click-structure' as const,
    prompt: `Click ${phrase(id)}.`,
    answer: id,
    explain: info(id).description,
  }));
}

function clickAttachmentDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const [muscle, areas] of Object.entries(ATTACHMENT_AREAS) as [StructureId, { origin: StructureId; insertion: StructureId }][]) {
    const m = info(muscle).muscle!;
    for (const end of ['origin', 'insertion'] as const) {
      const attachment = m[end];
      // an origin mostly off the model (the vasti's) is not "where it arises": not asked
      if (!attachment.bone || attachment.mostlyOutside) continue;
      const verb = end === 'origin' ? 'arises' : 'inserts';
      drafts.push(() => ({
        id: `click-attachment:${muscle}:${end}`,
        kind: 'click-attachment' as const,
        prompt: `Click where ${attachment.areaPart ?? phrase(muscle)} ${verb}.`,
        answer: areas[end],
        bone: attachment.bone!,
        bones: [attachment.bone!, ...(attachment.alsoOn ?? [])],
        toleranceM: ATTACHMENT_TOLERANCE_M,
        explain: attachment.text,
      }));
    }
  }
  return drafts;
}

/** What each nerve a distractor may name supplies, to explain why it is wrong. */
const NERVES: Record<string, string> = {
  'Tibial nerve': 'The tibial nerve supplies the muscles at the back of the leg (gastrocnemius, soleus, plantaris, popliteus and the deep calf muscles); in the sole it works only through its two end branches, the plantar nerves.',
  'Medial plantar nerve': 'The medial plantar nerve supplies only abductor hallucis, flexor digitorum brevis, flexor hallucis brevis and the first lumbrical, in the sole.',
  'Lateral plantar nerve': 'The lateral plantar nerve supplies the other muscles of the sole: quadratus plantae, abductor and short flexor of the little toe, adductor hallucis, the lateral three lumbricals and the interossei.',
  'Deep fibular nerve': 'The deep fibular nerve supplies the front of the leg: tibialis anterior and the long toe extensors.',
  'Superficial fibular nerve': 'The superficial fibular nerve supplies the lateral compartment: fibularis longus and brevis.',
  'Femoral nerve': 'The femoral nerve supplies the front of the thigh: the quadriceps and sartorius.',
  'Obturator nerve': 'The obturator nerve supplies the adductors and gracilis on the inner thigh.',
};

function nerveName(text: string): string {
  return text.split(/[(:,.]/)[0].trim();
}

function nerveDrafts(): Draft[] {
  return STRUCTURE_IDS.filter((id) => {
    const m = info(id).muscle;
    return m && m.innervation.links.length > 0 && nerveName(m.innervation.text) in NERVES;
  }).map((id) => (random) => {
    const m = info(id).muscle!;
    const right = nerveName(m.innervation.text);
    // a nerve the text also names is no wrong answer: the parent of a branch (the tibial nerve for the
    // plantar nerves) or a second supply (a deep fibular twig to the first dorsal interossei)
    const named = (n: string) => m.innervation.text.toLowerCase().includes(n.toLowerCase());
    const wrong = shuffle(Object.keys(NERVES).filter((n) => n !== right && !named(n)), random).slice(0, 3);
    return choice(
      `choice-nerve:${id}`,
      `Which nerve supplies ${phrase(id)}?`,
      [
        { text: right, why: `Correct: ${phrase(id)} is supplied by the ${m.innervation.text.charAt(0).toLowerCase()}${m.innervation.text.slice(1)}` },
        ...wrong.map((n) => ({ text: n, why: `Not this one. ${NERVES[n]}` })),
      ],
      random,
      id,
    );
  });
}

/** Muscles whose data lists `action` (e.g. every muscle that plantarflexes, as prime mover or assistant). */
function performers(action: string): StructureId[] {
  return STRUCTURE_IDS.filter((id) => info(id).muscle?.actions.some((a) => a.action === action));
}

/** How the animated actions read inside a question. */
const ACTION_PHRASES: Record<ActionId, string> = {
  plantarflexion: 'plantarflexion at the ankle',
  knee_flexion: 'flexion of the knee',
};

function inModel(refs: ActionInfo['agonists']): StructureId[] {
  return refs.filter(isInModel).map((r) => r.id);
}

/**
 * "Which muscle opposes plantarflexion?" (one per animated action, antagonists pooled over its prime
 * movers) and "Which muscle works with gastrocnemius in plantarflexion?" (one per prime mover).
 */
function relationDrafts(): Draft[] {
  const drafts: Draft[] = [];
  // First pass: every in-model antagonist of each animated action, pooled over its prime movers.
  const opposers = new Map<ActionId, { antagonists: Set<StructureId>; subject: StructureId }>();
  const primeActions: { id: StructureId; action: ActionInfo & { clip: ActionId } }[] = [];
  for (const id of STRUCTURE_IDS) {
    for (const action of info(id).muscle?.actions ?? []) {
      if (action.role !== 'prime' || !action.clip) continue;
      primeActions.push({ id, action: { ...action, clip: action.clip } });
      const doers = performers(action.action);
      const entry = opposers.get(action.clip) ?? { antagonists: new Set<StructureId>(), subject: id };
      inModel(action.antagonists)
        .filter((a) => !doers.includes(a))
        .forEach((a) => entry.antagonists.add(a));
      opposers.set(action.clip, entry);
    }
  }
  for (const { id, action } of primeActions) {
    const m = info(id).muscle!;
    const label = ACTION_PHRASES[action.clip];
    const opposing = [...(opposers.get(action.clip)?.antagonists ?? [])];
    const agonists = inModel(action.agonists).filter((a) => !opposing.includes(a) && a !== id && !m.siblings.includes(a));
    if (agonists.length === 0 || opposing.length < 3) continue;
    drafts.push((random) => {
      const right = agonists[Math.floor(random() * agonists.length)];
      const wrong = shuffle(opposing, random).slice(0, 3);
      return choice(
        `choice-works-with:${action.clip}:${id}`,
        `Which muscle works with ${phrase(id)} in ${label}?`,
        [
          { text: info(right).name, why: `Correct: ${info(right).name} is an agonist of ${phrase(id)} in ${label}.` },
          ...wrong.map((w) => ({ text: info(w).name, why: `No: ${info(w).name} opposes ${label}.` })),
        ],
        random,
        id,
      );
    });
  }
  for (const [action, { antagonists, subject }] of opposers) {
    const label = ACTION_PHRASES[action];
    const doers = performers(action).filter((d) => !antagonists.has(d));
    if (antagonists.size === 0 || doers.length < 3) continue;
    drafts.push((random) => {
      const pool = [...antagonists];
      const right = pool[Math.floor(random() * pool.length)];
      const wrong = shuffle(doers, random).slice(0, 3);
      return choice(
        `choice-opposes:${action}`,
        `Which muscle opposes ${label}?`,
        [
          { text: info(right).name, why: `Correct: ${info(right).name} is an antagonist of ${label}; it pulls the other way.` },
          ...wrong.map((w) => ({ text: info(w).name, why: `No: ${info(w).name} takes part in ${label} itself, so it cannot oppose it.` })),
        ],
        random,
        subject,
      );
    });
  }
  return drafts;
}

/** "Which bone does soleus arise from?" for every muscle whose origin is on a bone of the model. */
function originBoneDrafts(): Draft[] {
  // Bones of the leg and heel only: toe bones as choices for a calf muscle would give the answer away.
  const bones: StructureId[] = ['femur', 'patella', 'tibia', 'fibula', 'talus', 'calcaneus'];
  return STRUCTURE_IDS.filter((id) => info(id).muscle?.origin.bone && !info(id).muscle?.origin.text.includes('outside'))
    .map((id) => (random) => {
      const origin = info(id).muscle!.origin;
      const right = origin.bone!;
      // A second bone of the origin (soleus: the tibia) is no distractor, named in the text or not.
      // nor a bone a tendinous slip or ligament ties it to (popliteus and the fibula): partly right
      const alsoRight = (b: StructureId) =>
        origin.alsoOn?.includes(b) || origin.nearBones?.includes(b) || origin.text.toLowerCase().includes(info(b).name.toLowerCase());
      const wrong = shuffle(bones.filter((b) => b !== right && !alsoRight(b)), random).slice(0, 3);
      return choice(
        `choice-origin-bone:${id}`,
        `From which bone ${isPlural(id) ? 'do' : 'does'} ${phrase(id)} arise?`,
        [
          { text: info(right).name, why: `Correct. ${origin.text}` },
          ...wrong.map((b) => ({ text: info(b).name, why: `No: ${capitalize(phrase(id))} ${isPlural(id) ? 'do' : 'does'} not arise from the ${info(b).name.toLowerCase()}. ${origin.text}` })),
        ],
        random,
        id,
      );
    });
}

/** The two-joint question, answered with numbers from the muscle-force model. */
function twoJointDraft(): Draft {
  return (random) => {
    const pose = { knee: 90, ankle: 20 };
    const pct = (id: 'gastrocnemius_medial_head' | 'soleus') => Math.round(fibreStateAt(id, pose).activeForceFraction * 100);
    const g = pct('gastrocnemius_medial_head');
    const s = pct('soleus');
    return choice(
      'choice-two-joint',
      'The knee is bent to 90° and the foot pushes down. Which muscle does most of the plantarflexing?',
      [
        { text: 'Soleus', why: `Correct: soleus crosses only the ankle, so bending the knee does not shorten it; its fibres can still make about ${s}% of their force (this model, knee 90°, ankle 20° plantarflexed).` },
        { text: 'Gastrocnemius', why: `No: gastrocnemius also crosses the knee, so with the knee bent its fibres are already shortened, low on their force–length curve (active insufficiency); they can make only about ${g}% of their force here.` },
        { text: 'Tibialis anterior', why: 'No: tibialis anterior lifts the foot (dorsiflexion); it opposes plantarflexion.' },
        { text: 'Popliteus', why: 'No: popliteus unlocks and rotates the knee; it does not cross the ankle.' },
      ],
      random,
      'soleus',
    );
  };
}

/**
 * A quiz of `count` questions (default 10), the same for the same seed. Categories are mixed: each
 * round takes one question from every category in a seeded order, so a short quiz still varies.
 * `count` larger than the number of distinct questions returns them all.
 */
export function generateQuiz(seed: number, count = DEFAULT_QUIZ_LENGTH): Question[] {
  if (!Number.isFinite(seed)) throw new Error(`generateQuiz: expected a finite numeric seed, received ${seed}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`generateQuiz: expected a positive integer count, received ${count}`);
  const random = rng(Math.floor(seed));
  const categories = shuffle(
    [clickStructureDrafts(), clickAttachmentDrafts(), nerveDrafts(), relationDrafts(), originBoneDrafts(), [twoJointDraft()]].map((drafts) =>
      shuffle(drafts, random),
    ),
    random,
  );
  const picked: Draft[] = [];
  while (picked.length < count && categories.some((c) => c.length > 0)) {
    for (const category of categories) {
      const next = category.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked.map((draft) => draft(random));
}

function nameOf(id: StructureId): string {
  return isStructureId(id) ? info(id).name : String(id);
}

/** "the fibula", "the fibula and the tibia", "the cuneiform bones and the metatarsal bones". */
export function bonesPhrase(bones: readonly StructureId[]): string {
  const names = bones.map((b) => `the ${nameOf(b).toLowerCase()}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Judges a click. For a click-attachment question, a click on the area itself is right, and so is a
 * click on any of its bones within `toleranceM` of the area (pass `distanceToAreaM`, metres).
 */
export function checkClick(q: Question, pickedId: StructureId | null, distanceToAreaM?: number): QuizResult {
  if (q.kind === 'choice') throw new Error(`checkClick: question "${q.id}" is a choice question; use checkChoice`);
  if (pickedId !== null && !isStructureId(pickedId)) throw new Error(`checkClick: unknown structure id ${JSON.stringify(pickedId)}`);
  if (distanceToAreaM !== undefined && !(Number.isFinite(distanceToAreaM) && distanceToAreaM >= 0)) {
    throw new Error(`checkClick: expected a distance ≥ 0 in metres, received ${distanceToAreaM}`);
  }
  const target = nameOf(q.answer);
  if (pickedId === null) return { correct: false, feedback: `Nothing was picked. Look for ${target.toLowerCase()}: ${q.explain}` };
  if (q.kind === 'click-structure') {
    if (pickedId === q.answer) return { correct: true, feedback: `Correct: that is ${phrase(q.answer)}. ${q.explain}` };
    return { correct: false, feedback: `That is ${phrase(pickedId)}, not ${phrase(q.answer)}. ${q.explain}` };
  }
  if (pickedId === q.answer) return { correct: true, feedback: `Correct. ${q.explain}` };
  const onBone = q.bones.includes(pickedId);
  if (onBone && distanceToAreaM !== undefined && distanceToAreaM <= q.toleranceM) {
    return { correct: true, feedback: `Correct, close enough (${(distanceToAreaM * 1000).toFixed(0)} mm from the area). ${q.explain}` };
  }
  if (onBone) {
    const away = distanceToAreaM === undefined ? '' : ` about ${(distanceToAreaM * 100).toFixed(1)} cm away`;
    return { correct: false, feedback: `Right bone (${nameOf(pickedId).toLowerCase()}), but${away || ' not close enough to'} the area. ${q.explain}` };
  }
  return { correct: false, feedback: `That is ${phrase(pickedId)}; the attachment is on ${bonesPhrase(q.bones)}. ${q.explain}` };
}

/** Judges the chosen option of a choice question (0-based index). */
export function checkChoice(q: Question, index: number): QuizResult {
  if (q.kind !== 'choice') throw new Error(`checkChoice: question "${q.id}" is a ${q.kind} question; use checkClick`);
  if (!Number.isInteger(index) || index < 0 || index >= q.options.length) {
    throw new Error(`checkChoice: expected an option index 0…${q.options.length - 1}, received ${index}`);
  }
  if (index === q.correctIndex) return { correct: true, feedback: q.explanations[index] };
  return {
    correct: false,
    feedback: `${q.explanations[index]} The answer is ${q.options[q.correctIndex]}: ${q.explanations[q.correctIndex]}`,
  };
}
