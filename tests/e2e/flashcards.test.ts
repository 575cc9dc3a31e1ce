/**
 * Issue 14, item 3: flashcards with spaced repetition. Real clicks and keys on the built app: a
 * session graded by keyboard survives a reload with its schedule, a corrupt stored deck gives a
 * notice (not a crash), and the CSV download has one row per card (front, back).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { anatomy } from '../../src/anatomy/data';
import { buildDeck } from '../../src/study/flashcardDeck';
import { parseCsv } from '../../src/study/csv';
import { FLASHCARDS_STORAGE_KEY } from '../../src/study/flashcardProgressSchema';
import { getState, settle, useApp, waitForReady, downloadBytes } from './browser';
import { SEL, testId } from './viewer';

const app = useApp();
const deck = buildDeck(anatomy);
const byId = new Map(deck.map((c) => [c.id, c]));
const PANEL = testId('flashcards-panel');

async function openFlashcards(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'Study tools' }).getByRole('button', { name: 'Flashcards' }).click();
  await page.locator(PANEL).waitFor();
}

const cardId = (page: Page) => page.locator(PANEL).getAttribute('data-card-id');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), FLASHCARDS_STORAGE_KEY);

describe('flashcards', () => {
  it('a session of 5 cards graded with Space and 1–4 survives a reload with its schedule', async () => {
    const s = await app.open('/');
    const { page } = s;
    await openFlashcards(page);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = (await cardId(page))!;
      const card = byId.get(id);
      expect(card, `card ${id} is one of the deck's`).toBeDefined();
      expect(seen).not.toContain(id);
      seen.push(id);
      expect(await page.locator(testId('flashcard-front')).textContent()).toBe(card!.front);
      // The front poses the 3D view: the card's structure lit up.
      await expect.poll(async () => (await getState(page)).focused).toBe(card!.show);
      if (i === 0) {
        await settle(page);
        await s.shot('front');
      }
      await page.keyboard.press('Space');
      expect(await page.locator(PANEL).getAttribute('data-side')).toBe('back');
      if (i === 0) await s.shot('back');
      expect(await page.locator(testId('flashcard-back')).textContent()).toBe(card!.back);
      // Touch-sized grade buttons (≥ 44 px).
      const box = await page.locator('[data-grade="3"]').boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press(i === 0 ? '4' : '3');
      await expect.poll(() => cardId(page)).not.toBe(id);
    }
    const before = JSON.parse((await stored(page))!) as { cards: Record<string, { due: string; reps: number }> };
    expect(Object.keys(before.cards).sort()).toEqual([...seen].sort());
    for (const id of seen) {
      expect(before.cards[id].reps).toBe(1);
      expect(new Date(before.cards[id].due).getTime(), 'scheduled in the future').toBeGreaterThan(Date.now());
    }
    // Easy schedules further ahead than Good (FSRS).
    expect(new Date(before.cards[seen[0]].due).getTime()).toBeGreaterThan(new Date(before.cards[seen[1]].due).getTime());

    await page.reload();
    await waitForReady(page);
    await openFlashcards(page);
    expect(JSON.parse((await stored(page))!)).toEqual(before);
    const next = (await cardId(page))!;
    expect(seen, 'graded cards are not due again yet').not.toContain(next);
    expect(await page.locator(testId('flashcards-stats')).textContent()).toMatch(/0 due · \d+ new · 5 scheduled/);
    // The back's link opens the structure's panel.
    await page.locator(testId('flashcard-front')).click();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: `Open ${anatomy.structures[byId.get(next)!.structure].name}` }).click();
    await expect.poll(async () => (await getState(page)).selected).toBe(byId.get(next)!.structure);
    await expect.poll(() => page.locator(`${SEL.panel} h2`).first().textContent()).toBe(anatomy.structures[byId.get(next)!.structure].name);
  });

  it('a corrupt stored deck is discarded with a notice and the cards still work', async () => {
    const { page } = await app.open('/', {
      before: (p) => p.addInitScript((key) => localStorage.setItem(key, '{"version":1,"cards":{"name:soleus":{"due":"soon"}}}'), FLASHCARDS_STORAGE_KEY),
    });
    await openFlashcards(page);
    await expect.poll(() => page.locator(SEL.notice).textContent()).toMatch(/flashcard progress.*discarded/i);
    expect(await cardId(page)).toBe(deck[0].id);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    expect(Object.keys(JSON.parse((await stored(page))!).cards)).toEqual([deck[0].id]);
  });

  it('Download CSV gives one row per card with its front and back', async () => {
    const { page } = await app.open('/');
    await openFlashcards(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('flashcards-csv')).click()]);
    expect(download.suggestedFilename()).toBe('lower-leg-flashcards.csv');
    const text = (await downloadBytes(download)).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('#separator:comma');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(deck.length);
    rows.forEach((row, i) => expect(row).toEqual([deck[i].frontText, deck[i].back]));
    // A field with commas stays one field (an origin text has them).
    expect(rows.some((r) => r[1].includes(','))).toBe(true);
  });

  it('the "Which muscle attaches here?" deck flies to a lit footprint and its answer names the muscles', async () => {
    const s = await app.open('/');
    const { page } = s;
    await openFlashcards(page);
    await page.locator(testId('flashcards-deck')).selectOption('attachments');
    const card = byId.get((await cardId(page))!)!;
    expect(card.kind).toBe('attachment');
    await expect.poll(async () => (await getState(page)).focused).toBe(card.show);
    await settle(page);
    await s.shot('attachment-front');
    await page.keyboard.press('Space');
    expect(await page.locator(testId('flashcard-back')).textContent()).toBe(card.back);
  });
});
