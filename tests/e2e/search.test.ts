/**
 * Issue 5, search: a combobox finds structures by English name, Latin name and synonym; the arrow
 * keys move through the listbox, Enter selects and frames the result (even one a layer had hidden).
 */
import type { Page } from 'playwright-core';
import type { StructureId } from '../../src/anatomy/ids';
import { describe, expect, it } from 'vitest';
import { getState, screenPosition, settle, useApp, waitForState } from './browser';
import { SEL, frames, testId } from './viewer';

const app = useApp();

async function options(page: Page): Promise<string[]> {
  return page.locator('[role="listbox"] [role="option"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
}

describe('search', () => {
  it('is a combobox with a listbox; "calf muscle" → gastrocnemius, Arrow keys + Enter select and frame it', async () => {
    const { page, shot } = await app.open('/');
    const box = page.locator(testId('search'));
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.click();
    await page.keyboard.type('calf muscle');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    const found = await options(page);
    expect(found.slice(0, 2).sort()).toEqual(['search-result-gastrocnemius_lateral_head', 'search-result-gastrocnemius_medial_head']);
    await shot('calf-muscle-results');

    const first = found[0].replace('search-result-', '');
    const second = found[1].replace('search-result-', '') as StructureId;
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-testid')).toBe(found[1]);
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('data-testid')).toBe(found[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const state = await waitForState(page, (s, id) => s.selected === id, second);
    expect(state.selected).not.toBe(first);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // Selecting frames the result: a camera flight leaves the preset view.
    await waitForState(page, (s) => s.view === null);
    await settle(page);
    expect(await screenPosition(page, second)).not.toBeNull();
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toMatch(/gastrocnemius/i);
  });

  it('finds by synonym and by Latin: "Achilles" → calcaneal tendon, "caput mediale" → medial head', async () => {
    const { page } = await app.open('/');
    const box = page.locator(testId('search'));
    await box.fill('Achilles');
    expect((await options(page))[0]).toBe('search-result-calcaneal_tendon');
    await box.fill('caput mediale');
    expect((await options(page))[0]).toBe('search-result-gastrocnemius_medial_head');
    await box.fill('zzzz');
    expect(await options(page)).toEqual([]);
    expect(await page.locator('[role="listbox"]').textContent()).toMatch(/no structure matches/i);
    await box.fill('soleus');
    await page.locator(testId('search-result-soleus')).click();
    await waitForState(page, (s) => s.selected === 'soleus');
  });

  it('a result hidden by a layer switch is shown again when chosen', async () => {
    const { page } = await app.open('/');
    await page.locator(testId('layer-nerve')).uncheck();
    await frames(page, 2);
    expect(await screenPosition(page, 'tibial_nerve')).toBeNull();
    const box = page.locator(testId('search'));
    await box.fill('tibial nerve');
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.selected === 'tibial_nerve');
    expect(await page.locator(testId('layer-nerve')).isChecked()).toBe(true);
    expect((await getState(page)).selected).toBe('tibial_nerve');
  });
});
