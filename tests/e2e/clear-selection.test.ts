/**
 * Issue 3: Esc and a click on empty canvas space clear the selection (and the panel's structure).
 */
import { describe, expect, it } from 'vitest';
import { getState, useApp, waitForState } from './browser';
import { MEDIAL, SEL, clickStructure, emptyCanvasPoint } from './viewer';

const app = useApp();

const panelNamesMedial = async (page: import('playwright-core').Page) => {
  const panel = page.locator(SEL.panel);
  if (!(await panel.isVisible())) return false;
  const headings = await panel.locator('h2').allTextContents();
  return headings.some((h) => /gastrocnemius/i.test(h) && /medial/i.test(h));
};

describe('clearing the selection', () => {
  it('Esc clears it', async () => {
    const { page } = await app.open('/');
    await clickStructure(page, MEDIAL);
    expect(await panelNamesMedial(page)).toBe(true);
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.selected === null && s.focused === null);
    await expect.poll(() => panelNamesMedial(page)).toBe(false);
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
  });

  it('a click on empty space clears it', async () => {
    const { page } = await app.open('/');
    await clickStructure(page, MEDIAL);
    const empty = await emptyCanvasPoint(page);
    await page.mouse.click(empty.x, empty.y);
    await waitForState(page, (s) => s.selected === null);
    await expect.poll(() => panelNamesMedial(page)).toBe(false);
    expect((await getState(page)).focused).toBeNull();
  });
});
