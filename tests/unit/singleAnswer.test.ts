/**
 * Every flashcard and quiz item has exactly one right answer (content review 2026-12-07, rows 7–9
 * and 23): the deck and the quiz are built from the data, and each text-only front or prompt is
 * checked against the data's attachments, regions and kinds for a second structure it would fit.
 * The card's word follows the tissue (a meniscus is fibrocartilage, a retinaculum deep fascia).
 */
import { describe, expect, it } from 'vitest';
import { anatomy, getStructure } from '../../src/anatomy/data';
import type { StructureInfo } from '../../src/anatomy/schema';
import type { StructureId } from '../../src/anatomy/ids';
import { functionData } from '../../src/anatomy/function';
import { generateQuiz } from '../../src/anatomy/quiz';
import { buildDeck, cardWord, deckOf, musclesAttachingAt } from '../../src/study/flashcardDeck';

const deck = buildDeck(anatomy);
const infos = Object.values(anatomy.structures);
const norm = (t: string) => t.toLowerCase().replace(/\bthe\b/g, '').replace(/[^a-z0-9–]+/g, ' ').trim();

describe('flashcard fronts fit one structure', () => {
  it('no two cards share a text front', () => {
    const seen = new Map<string, string>();
    for (const c of deck) {
      expect(seen.get(c.frontText), `${c.id} and ${seen.get(c.frontText)}: "${c.frontText}"`).toBeUndefined();
      seen.set(c.frontText, c.id);
    }
  });

  it('a "name it" card that gives only a region is the one structure of its word in that region', () => {
    for (const c of deck.filter((x) => x.kind === 'name')) {
      const info = getStructure(c.structure);
      if (info.muscle || info.cue) continue;
      const same = infos.filter((o) => o.id !== info.id && o.region === info.region && cardWord(o) === cardWord(info) && o.kind !== 'attachment');
      expect(same.map((o) => o.id), `${c.id}: "${c.frontText}"`).toEqual([]);
    }
  });

  it('a muscle is named by the exact places it runs between, which no other muscle shares', () => {
    const pairs = new Map<string, StructureId>();
    for (const info of infos.filter((i) => i.muscle)) {
      const key = `${info.muscle!.origin.landmark ?? info.muscle!.origin.text}|${info.muscle!.insertion.landmark ?? info.muscle!.insertion.text}`;
      expect(pairs.get(key), `${info.id} and ${pairs.get(key)}`).toBeUndefined();
      pairs.set(key, info.id);
    }
  });

  it('an attachment front names an exact area that no other muscle end in the data also fits', () => {
    for (const c of deck.filter((x) => x.kind === 'attachment')) {
      const answers = new Set(musclesAttachingAt(anatomy, c.structure).map((e) => `${e.muscle.id}:${e.end}`));
      const where = norm(c.frontText.split(': ').slice(1).join(': '));
      // a bare "<side> surface of <bone>" fits every muscle on that surface
      expect(where, `${c.id}: too general`).not.toMatch(/^(anterior|posterior|lateral|medial) surface of \w+$/);
      for (const info of infos) {
        for (const end of ['origin', 'insertion'] as const) {
          const a = info.muscle?.[end];
          if (!a || answers.has(`${info.id}:${end}`)) continue;
          for (const other of [a.landmark, a.text].filter((t): t is string => !!t).map(norm)) {
            expect(other.includes(where) || (a.landmark && where.includes(norm(a.landmark))), `${c.id}: "${where}" also fits ${info.id} ${end} ("${other}")`).toBeFalsy();
          }
        }
      }
    }
  });

  it('the card word follows the tissue class', () => {
    const expected = (i: StructureInfo): string | undefined => {
      if (/meniscus/i.test(i.name)) return 'fibrocartilage';
      if (/retinaculum/i.test(i.name)) return 'retinaculum';
      if (/aponeurosis|tract/i.test(i.name)) return 'fascia';
      if (/membrane/i.test(i.name)) return 'membrane';
      return undefined;
    };
    for (const info of infos) {
      const want = expected(info);
      if (want) expect(cardWord(info), info.id).toBe(want);
    }
    const meniscus = deck.find((c) => c.id === 'name:medial_meniscus')!;
    expect(meniscus.front).toBe('Name the lit fibrocartilage.');
    expect(deck.filter((c) => c.kind === 'name' && /ligament/.test(c.front)).map((c) => c.structure).every((id) => /ligament/.test(id))).toBe(true);
  });

  it('every card sits in one named deck (the flashcards() export)', () => {
    for (const c of deck) expect(deckOf(c.kind), c.id).not.toBe('all');
  });
});

describe('quiz items have one right answer', () => {
  const items = Array.from({ length: 40 }, (_, seed) => generateQuiz(seed, 500)).flat();

  it('no origin-bone distractor is a bone the data ties the origin to', () => {
    for (const q of items) {
      if (q.kind !== 'choice' || !q.id.startsWith('choice-origin-bone:')) continue;
      const id = q.subject!;
      const origin = getStructure(id).muscle!.origin;
      const tied = new Set([...(functionData.attachments[id]?.origin ?? []), ...(origin.nearBones ?? [])].map((b) => getStructure(b).name));
      q.options.forEach((o, i) => {
        if (i !== q.correctIndex) expect(tied.has(o), `${q.id}: "${o}" is also right`).toBe(false);
      });
    }
    // review row 23: the fibula is never a wrong answer for flexor digitorum longus or popliteus
    const fdl = items.find((q) => q.id === 'choice-origin-bone:flexor_digitorum_longus');
    expect(fdl && fdl.kind === 'choice' && fdl.options.includes('Fibula')).toBe(false);
  });

  it('click prompts name one area: no two prompts alike, and a head is named when the area shows only that head', () => {
    const prompts = new Map<string, string>();
    for (const q of items) {
      if (q.kind === 'choice') continue;
      const prev = prompts.get(q.prompt);
      if (prev !== undefined) expect(prev, q.prompt).toBe(q.id);
      prompts.set(q.prompt, q.id);
    }
    expect([...prompts.keys()]).toContain('Click where the short head of biceps femoris arises.');
  });
});
