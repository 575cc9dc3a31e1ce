/**
 * Flashcards (issue 14): the deck generated from data/structures.json, FSRS scheduling, the progress
 * kept on this device, and the Anki CSV export.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anatomy } from '../../src/anatomy/data';
import { STRUCTURE_IDS, kindOf } from '../../src/anatomy/ids';
import { DECKS, buildDeck, filterDeck, musclesAttachingAt } from '../../src/study/flashcardDeck';
import { deckStats, gradeCard, gradeSchedule, nextIntervals, sessionQueue, EMPTY_PROGRESS } from '../../src/study/flashcardSchedule';
import type { FlashcardProgress } from '../../src/study/flashcardSchedule';
import { FLASHCARDS_STORAGE_KEY, loadFlashcardProgress, saveFlashcardProgress } from '../../src/study/flashcardStorage';
import { csvField, parseCsv, toCsv } from '../../src/study/csv';
import { deckToCsv } from '../../src/study/flashcardsCsv';

const deck = buildDeck(anatomy);
const byId = new Map(deck.map((c) => [c.id, c]));

describe('deck generated from the data', () => {
  it('has unique ids, and every card names a structure of the model and shows one', () => {
    expect(new Set(deck.map((c) => c.id)).size).toBe(deck.length);
    for (const c of deck) {
      expect(STRUCTURE_IDS).toContain(c.structure);
      expect(STRUCTURE_IDS).toContain(c.show);
      expect(c.front.length).toBeGreaterThan(0);
      expect(c.back.length).toBeGreaterThan(0);
    }
  });

  it('every muscle has origin, insertion, action, nerve, blood-supply, name and Latin cards whose backs are its data', () => {
    const muscles = Object.values(anatomy.structures).filter((s) => s.kind === 'muscle');
    expect(muscles.length).toBeGreaterThan(10);
    for (const info of muscles) {
      const m = info.muscle!;
      expect(byId.get(`origin:${info.id}`)!.back).toContain(m.origin.text);
      expect(byId.get(`insertion:${info.id}`)!.back).toContain(m.insertion.text);
      expect(byId.get(`nerve:${info.id}`)!.back).toBe(m.innervation.text);
      expect(byId.get(`blood:${info.id}`)!.back).toBe(m.bloodSupply.text);
      for (const a of m.actions) expect(byId.get(`action:${info.id}`)!.back).toContain(a.label);
      expect(byId.get(`latin:${info.id}`)!.back).toBe(info.latin);
      expect(byId.get(`name:${info.id}`)!.back).toBe(`${info.name} (${info.latin})`);
    }
  });

  it('the soleus cards say what the anatomy texts say (tibial nerve; calcaneus)', () => {
    // Soleus: tibial nerve S1–S2, inserts through the calcaneal tendon on the calcaneus (Gray's 42e; Moore 8e).
    expect(byId.get('nerve:soleus')!.back).toMatch(/tibial nerve/i);
    expect(byId.get('insertion:soleus')!.back).toMatch(/calcane/i);
  });

  it('"name it" cards do not give the name away on the front', () => {
    for (const c of deck.filter((card) => card.kind === 'name')) {
      const info = anatomy.structures[c.structure];
      expect(c.front.toLowerCase()).not.toContain(info.name.toLowerCase());
      expect(c.frontText.toLowerCase()).not.toContain(info.name.toLowerCase());
    }
  });

  it('attachment cards exist exactly for the attachment areas a muscle points to, and name those muscles', () => {
    const areas = STRUCTURE_IDS.filter((id) => kindOf(id) === 'attachment');
    const used = areas.filter((id) => musclesAttachingAt(anatomy, id).length > 0);
    const cards = deck.filter((c) => c.kind === 'attachment');
    expect(cards.map((c) => c.structure).sort()).toEqual([...used].sort());
    expect(used.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.show).toBe(c.structure);
      for (const { muscle, end } of musclesAttachingAt(anatomy, c.structure)) {
        expect(muscle.muscle![end].area).toBe(c.structure);
        expect(c.back).toContain(muscle.name);
      }
    }
    // Gray's 42e: the calcaneal tendon carries both gastrocnemius heads and soleus to the calcaneus.
    const achilles = byId.get('attachment:calcaneal_tendon_insertion_area')!.back;
    for (const name of ['Soleus', 'Gastrocnemius, medial head', 'Gastrocnemius, lateral head']) expect(achilles).toContain(name);
  });

  it('no card for the skin or for an attachment area no muscle names', () => {
    expect(deck.some((c) => c.structure === 'skin')).toBe(false);
  });
});

describe('scheduling (FSRS)', () => {
  const t0 = new Date('2026-12-01T09:00:00.000Z');

  it('Again brings a new card back sooner than Good, Good sooner than Easy', () => {
    const due = (g: 1 | 2 | 3 | 4) => new Date(gradeSchedule(undefined, g, t0).due).getTime();
    expect(due(1)).toBeLessThan(due(3));
    expect(due(3)).toBeLessThan(due(4));
    expect(due(1)).toBeGreaterThan(t0.getTime());
  });

  it('a card graded Good twice is scheduled days ahead, and is not in a session until then', () => {
    let p: FlashcardProgress = EMPTY_PROGRESS;
    const card = deck[0];
    p = gradeCard(p, card.id, 3, t0);
    const t1 = new Date(p.cards[card.id].due);
    p = gradeCard(p, card.id, 3, t1);
    const next = new Date(p.cards[card.id].due);
    expect(next.getTime() - t1.getTime()).toBeGreaterThan(24 * 3600 * 1000);
    expect(p.cards[card.id].reps).toBe(2);
    expect(sessionQueue(deck, p, t1).some((c) => c.id === card.id)).toBe(false);
    expect(sessionQueue(deck, p, new Date(next.getTime() + 1000))[0].id).toBe(card.id);
  });

  it('the session puts due cards first, then new ones in deck order, up to the new-card limit', () => {
    let p: FlashcardProgress = EMPTY_PROGRESS;
    p = gradeCard(p, deck[5].id, 1, t0);
    const later = new Date(t0.getTime() + 3600 * 1000);
    const q = sessionQueue(deck, p, later, 3);
    expect(q.map((c) => c.id)).toEqual([deck[5].id, deck[0].id, deck[1].id, deck[2].id]);
    expect(deckStats(deck, p, later)).toEqual({ fresh: deck.length - 1, due: 1, learned: 0 });
  });

  it('the grade buttons show increasing intervals and a grade outside 1–4 is refused', () => {
    const iv = nextIntervals(undefined, t0);
    expect(Object.keys(iv)).toEqual(['1', '2', '3', '4']);
    expect(() => gradeSchedule(undefined, 5 as 1, t0)).toThrow(/grade 1–4/);
  });
});

describe('progress on this device', () => {
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
  };
  beforeEach(() => {
    items.clear();
    (globalThis as { window?: unknown }).window = { localStorage: storage };
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('round-trips graded progress under a key starting with "flashcards"', () => {
    expect(FLASHCARDS_STORAGE_KEY.startsWith('flashcards')).toBe(true);
    const p = gradeCard(EMPTY_PROGRESS, deck[0].id, 3, new Date('2026-12-01T09:00:00Z'));
    expect(saveFlashcardProgress(p)).toBe(true);
    expect(loadFlashcardProgress()).toEqual({ progress: p, notice: null });
  });

  it('nothing stored: empty progress, no notice', () => {
    expect(loadFlashcardProgress()).toEqual({ progress: EMPTY_PROGRESS, notice: null });
  });

  it.each([
    ['not JSON', '{cards:'],
    ['a wrong version', JSON.stringify({ version: 2, cards: {} })],
    ['a negative stability', JSON.stringify({ version: 1, cards: { 'name:soleus': { due: '2026-12-01T09:00:00.000Z', stability: -1, difficulty: 5, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: null } } })],
    ['a date that is not a date', JSON.stringify({ version: 1, cards: { 'name:soleus': { due: 'tomorrow', stability: 1, difficulty: 5, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1, last_review: null } } })],
  ])('a corrupt store (%s) is discarded with a notice', (_what, raw) => {
    items.set(FLASHCARDS_STORAGE_KEY, raw);
    const { progress, notice } = loadFlashcardProgress();
    expect(progress).toEqual(EMPTY_PROGRESS);
    expect(notice).toMatch(/flashcard progress .* discarded/);
    expect(items.has(FLASHCARDS_STORAGE_KEY)).toBe(false);
  });
});

describe('CSV export', () => {
  it('quotes every field and doubles quotes; commas and line breaks stay inside their field', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    const rows = [['a,b', 'line1\nline2'], ['"q"', '']];
    expect(toCsv(rows)).toBe('"a,b","line1\nline2"\r\n"""q""",""\r\n');
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('the deck exports one row per card (front, back) after Anki header lines', () => {
    const text = deckToCsv(deck);
    expect(text.startsWith('#separator:comma\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(deck.length);
    rows.forEach((row, i) => expect(row).toEqual([deck[i].frontText, deck[i].back]));
  });
});

describe('decks to choose', () => {
  it('each deck holds exactly its kinds; "All cards" the whole deck', () => {
    for (const d of DECKS) {
      const cards = filterDeck(deck, d.kinds);
      if (d.kinds.length === 0) expect(cards).toEqual(deck);
      else {
        expect(cards.length).toBeGreaterThan(0);
        expect(cards.every((c) => (d.kinds as readonly string[]).includes(c.kind))).toBe(true);
      }
    }
  });
});
