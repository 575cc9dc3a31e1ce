/**
 * Issue 3, keyboard: the structure list is reachable with Tab and Enter selects an item; Space
 * toggles play/pause when focus is not in a text field; Esc clears (see clear-selection).
 */
import { describe, expect, it } from 'vitest';
import { getState, useApp, waitForState } from './browser';
import { SEL, testId } from './viewer';

const app = useApp();

describe('keyboard use', () => {
  it('Tab reaches a structure-list item and Enter selects it', async () => {
    const { page } = await app.open('/');
    const nav = page.locator(SEL.structureNav);
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.locator('h2, h3, h4').count(), 'items grouped under headings').toBeGreaterThan(1);

    let focusedId: string | null = null;
    for (let i = 0; i < 150 && !focusedId; i++) {
      await page.keyboard.press('Tab');
      focusedId = await page.evaluate(() => {
        const el = document.activeElement;
        const tid = el?.getAttribute('data-testid') ?? '';
        return el?.closest('nav[aria-label="Structures"]') && tid.startsWith('structure-item-')
          ? tid.slice('structure-item-'.length)
          : null;
      });
    }
    expect(focusedId, 'a structure item received focus by Tab').not.toBeNull();
    await page.keyboard.press('Enter');
    const state = await waitForState(page, (s, id) => s.selected === id, focusedId);
    expect(state.selected).toBe(focusedId);
  });

  it('Enter on the gastrocnemius medial head item selects it', async () => {
    const { page } = await app.open('/');
    const item = page.locator(testId('structure-item-gastrocnemius_medial_head'));
    expect(await item.evaluate((el) => el.tagName)).toBe('BUTTON');
    await item.focus();
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.selected === 'gastrocnemius_medial_head');
  });

  it('Space toggles play and pause', async () => {
    const { page } = await app.open('/');
    await page.locator(testId('play-knee_flexion')).click();
    await waitForState(page, (s) => s.playing && s.action === 'knee_flexion');
    // Focus must not be on a button, where Space would press that button instead.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Space');
    await waitForState(page, (s) => !s.playing);
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.playing);
    expect((await getState(page)).action).toBe('knee_flexion');
  });
});
