import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../../src/anatomy/ids';
import { checkChoice, checkClick, generateQuiz } from '../../src/anatomy/quiz';
import type { Question } from '../../src/anatomy/quiz';

/** Every distinct question the data yields (count larger than the pool returns the whole pool). */
const all = generateQuiz(1, 10_000);
function find<K extends Question['kind']>(id: string, kind: K): Extract<Question, { kind: K }> {
  const q = all.find((x) => x.id === id);
  if (!q || q.kind !== kind) throw new Error(`no ${kind} question ${id}`);
  return q as Extract<Question, { kind: K }>;
}

describe('generateQuiz', () => {
  it('is deterministic per seed and differs between seeds', () => {
    expect(generateQuiz(42)).toEqual(generateQuiz(42));
    expect(generateQuiz(42).map((q) => q.id)).not.toEqual(generateQuiz(43).map((q) => q.id));
  });

  it('gives 10 questions by default, `count` on request, no repeats, and mixes the kinds of question', () => {
    const quiz = generateQuiz(7);
    expect(quiz).toHaveLength(10);
    expect(new Set(quiz.map((q) => q.id)).size).toBe(10);
    expect(new Set(quiz.map((q) => q.id.split(':')[0])).size).toBeGreaterThanOrEqual(5);
    expect(generateQuiz(7, 3)).toHaveLength(3);
  });

  it('returns the whole pool, without duplicates, when asked for more than it has', () => {
    expect(all.length).toBeGreaterThan(60);
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length);
    expect(new Set(all.map((q) => q.prompt)).size).toBe(all.length);
  });

  it('builds well-formed questions from the data', () => {
    for (const q of all) {
      if (q.kind === 'click-structure') {
        expect(['attachment', 'skin']).not.toContain(STRUCTURES[q.answer]);
      } else if (q.kind === 'click-attachment') {
        expect(STRUCTURES[q.answer]).toBe('attachment');
        expect(STRUCTURES[q.bone]).toBe('bone');
        expect(q.bones[0]).toBe(q.bone);
        for (const b of q.bones) expect(STRUCTURES[b]).toBe('bone');
        expect(q.toleranceM).toBeGreaterThan(0);
      } else {
        expect(q.options.length).toBeGreaterThanOrEqual(2);
        expect(new Set(q.options).size, q.id).toBe(q.options.length);
        expect(q.explanations).toHaveLength(q.options.length);
        expect(q.correctIndex).toBeGreaterThanOrEqual(0);
        expect(q.correctIndex).toBeLessThan(q.options.length);
      }
    }
  });

  it('asks where the lateral head arises, answered by its origin area on the femur', () => {
    const q = find('click-attachment:gastrocnemius_lateral_head:origin', 'click-attachment');
    expect(q.prompt).toBe('Click where the lateral head of gastrocnemius arises.');
    expect(q.answer).toBe('gastrocnemius_lateral_head_origin_area');
    expect(q.bone).toBe('femur');
  });

  it('asks to click the medial head of gastrocnemius, but names a quadriceps part by its own name', () => {
    expect(find('click-structure:gastrocnemius_medial_head', 'click-structure').prompt).toBe('Click the medial head of gastrocnemius.');
    expect(find('click-structure:rectus_femoris', 'click-structure').prompt).toBe('Click rectus femoris.');
    expect(find('click-structure:patella', 'click-structure').prompt).toBe('Click the patella.');
  });

  it('asks which nerve supplies the medial head: the tibial nerve', () => {
    const q = find('choice-nerve:gastrocnemius_medial_head', 'choice');
    expect(q.options[q.correctIndex]).toBe('Tibial nerve');
    expect(q.explanations[q.correctIndex]).toMatch(/S1–S2/);
    expect(q.subject).toBe('gastrocnemius_medial_head');
  });

  it('asks which muscle opposes plantarflexion: a dorsiflexor, with only plantarflexors as wrong options', () => {
    const q = find('choice-opposes:plantarflexion', 'choice');
    expect(q.prompt).toBe('Which muscle opposes plantarflexion at the ankle?');
    expect(['Tibialis anterior', 'Extensor digitorum longus', 'Extensor hallucis longus']).toContain(q.options[q.correctIndex]);
    const wrong = q.options.filter((_, i) => i !== q.correctIndex);
    expect(wrong).not.toContain('Tibialis anterior');
    expect(wrong.length).toBe(3);
  });

  it('asks who works with gastrocnemius in plantarflexion: another plantarflexor, against three dorsiflexors', () => {
    // Moore 8 / Gray's 42: soleus, plantaris, tibialis posterior, the long toe flexors and the fibulares all plantarflex.
    const plantarflexors = ['Soleus', 'Plantaris', 'Tibialis posterior', 'Flexor digitorum longus', 'Flexor hallucis longus', 'Fibularis longus', 'Fibularis brevis'];
    const answers = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const q = generateQuiz(seed, 10_000).find((x) => x.id === 'choice-works-with:plantarflexion:gastrocnemius_medial_head');
      if (!q || q.kind !== 'choice') throw new Error('no works-with question');
      expect(plantarflexors).toContain(q.options[q.correctIndex]);
      expect(q.options.filter((_, i) => i !== q.correctIndex).sort()).toEqual(['Extensor digitorum longus', 'Extensor hallucis longus', 'Tibialis anterior']);
      answers.add(q.options[q.correctIndex]);
    }
    expect(answers).toContain('Soleus');
  });

  it('explains the two-joint question with the term active insufficiency, not "slack"', () => {
    const q = find('choice-two-joint', 'choice');
    const why = q.explanations[q.options.indexOf('Gastrocnemius')];
    expect(why).toMatch(/active insufficiency/);
    expect(why).not.toMatch(/slack/);
  });

  it('explains the two-joint question with numbers from the muscle-force model', () => {
    const q = find('choice-two-joint', 'choice');
    expect(q.options[q.correctIndex]).toBe('Soleus');
    const g = q.explanations[q.options.indexOf('Gastrocnemius')].match(/about (\d+)%/);
    const s = q.explanations[q.correctIndex].match(/about (\d+)%/);
    expect(Number(s![1])).toBeGreaterThan(Number(g![1]));
  });

  it('rejects a bad seed or count', () => {
    expect(() => generateQuiz(Number.NaN)).toThrow(/seed/);
    expect(() => generateQuiz(1, 0)).toThrow(/count/);
    expect(() => generateQuiz(1, 2.5)).toThrow(/count/);
  });
});

describe('checkClick', () => {
  const structureQ = find('click-structure:gastrocnemius_medial_head', 'click-structure');
  const areaQ = find('click-attachment:gastrocnemius_lateral_head:origin', 'click-attachment');

  it('accepts the right structure and explains a wrong one', () => {
    expect(checkClick(structureQ, 'gastrocnemius_medial_head')).toMatchObject({ correct: true });
    const wrong = checkClick(structureQ, 'gastrocnemius_lateral_head');
    expect(wrong.correct).toBe(false);
    expect(wrong.feedback).toMatch(/^That is the lateral head of gastrocnemius, not the medial head of gastrocnemius\./);
    expect(checkClick(structureQ, null)).toMatchObject({ correct: false, feedback: expect.stringMatching(/^Nothing was picked/) });
  });

  it('accepts the area itself, or its bone within the tolerance', () => {
    expect(checkClick(areaQ, 'gastrocnemius_lateral_head_origin_area').correct).toBe(true);
    expect(checkClick(areaQ, 'femur', 0.01).correct).toBe(true);
    const far = checkClick(areaQ, 'femur', 0.05);
    expect(far.correct).toBe(false);
    expect(far.feedback).toMatch(/Right bone \(femur\), but about 5\.0 cm away/);
    expect(checkClick(areaQ, 'femur').correct).toBe(false);
    expect(checkClick(areaQ, 'tibia', 0).correct).toBe(false);
  });

  it('accepts a near click on either bone of a two-bone attachment and never calls the second bone wrong', () => {
    // Soleus arises from fibula and tibia; tibialis anterior inserts on the medial cuneiform and metatarsal I (Gray's 42, Moore 8).
    const soleus = find('click-attachment:soleus:origin', 'click-attachment');
    expect(soleus.bones.sort()).toEqual(['fibula', 'tibia']);
    expect(checkClick(soleus, 'tibia', 0.005).correct).toBe(true);
    expect(checkClick(soleus, 'tibia', 0.05).feedback).toMatch(/^Right bone \(tibia\)/);
    const wrong = checkClick(soleus, 'femur');
    expect(wrong.feedback).toMatch(/the attachment is on the fibula and the tibia\./);
    const ta = find('click-attachment:tibialis_anterior:insertion', 'click-attachment');
    expect(ta.bones.sort()).toEqual(['medial_cuneiform', 'metatarsal_1']);
    expect(checkClick(ta, 'metatarsal_1', 0.004).correct).toBe(true);
    expect(checkClick(ta, 'metatarsal_1', 0.04).feedback).toMatch(/^Right bone \(first metatarsal\)/);
  });

  it('refuses choice questions, unknown ids and negative distances', () => {
    const choiceQ = find('choice-two-joint', 'choice');
    expect(() => checkClick(choiceQ, 'soleus')).toThrow(/use checkChoice/);
    expect(() => checkClick(structureQ, 'calf' as never)).toThrow(/unknown structure id "calf"/);
    expect(() => checkClick(areaQ, 'femur', -1)).toThrow(/distance/);
  });
});

describe('checkChoice', () => {
  const q = find('choice-two-joint', 'choice');

  it('says why the chosen option is right or wrong', () => {
    expect(checkChoice(q, q.correctIndex)).toEqual({ correct: true, feedback: q.explanations[q.correctIndex] });
    const wrongIndex = q.options.indexOf('Tibialis anterior');
    const wrong = checkChoice(q, wrongIndex);
    expect(wrong.correct).toBe(false);
    expect(wrong.feedback).toContain(q.explanations[wrongIndex]);
    expect(wrong.feedback).toContain('The answer is Soleus');
  });

  it('refuses an out-of-range index and click questions', () => {
    expect(() => checkChoice(q, q.options.length)).toThrow(/option index/);
    expect(() => checkChoice(find('click-structure:soleus', 'click-structure'), 0)).toThrow(/use checkClick/);
  });
});
