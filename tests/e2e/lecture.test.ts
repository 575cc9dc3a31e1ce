/**
 * Issue 4, lecture mode: a button and the L key switch to a projector view (panel collapsed, larger
 * type, the 3D view larger) and Esc leaves it; screenshots at 1920×1080 of lecture mode during the
 * tour's two-joint step and of the two-joint chart.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, canvasBox, getState, settle, useApp, waitForState } from './browser';
import { testId } from './viewer';

const app = useApp();
const FULL_HD = { width: 1920, height: 1080 };

const isLecture = (page: Page) => page.evaluate(() => document.documentElement.dataset.lecture === 'true');
/** A full-HD screenshot in software rendering can take many seconds: wait for it rather than fail. */
async function fullShot(page: Page, name: string): Promise<void> {
  writeFileSync(resolve(SCREENSHOT_DIR, `lecture-${name}.png`), await page.screenshot({ timeout: 120_000 }));
}
const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('lecture mode', () => {
  it('the button and the L key toggle it; Esc leaves it and keeps the selection', async () => {
    const { page } = await app.open('/?select=gastrocnemius_medial_head', { viewport: FULL_HD });
    const toggle = page.locator(testId('lecture-toggle'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const normal = await canvasBox(page);
    const normalFont = await rootFontPx(page);
    expect(await page.locator('#side-panel').isVisible()).toBe(true);

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await isLecture(page)).toBe(true);
    expect(await page.locator('#side-panel').isVisible(), 'panel collapsed').toBe(false);
    await expect
      .poll(async () => {
        const big = await canvasBox(page);
        return (big.width * big.height) / (normal.width * normal.height);
      }, { message: 'the 3D view is larger' })
      .toBeGreaterThan(1.2);
    expect(await rootFontPx(page), 'larger type').toBeGreaterThanOrEqual(normalFont * 1.3);
    expect(await page.locator(testId('length-readout')).isVisible(), 'the muscle length stays on screen').toBe(true);

    await page.keyboard.press('l');
    await expect.poll(() => isLecture(page)).toBe(false);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('L');
    await expect.poll(() => isLecture(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isLecture(page)).toBe(false);
    expect((await getState(page)).selected, 'Esc left lecture mode only').toBe('gastrocnemius_medial_head');
    expect(await page.locator('#side-panel').isVisible()).toBe(true);
  });

  it('screenshots at 1920×1080: the tour step "Two joints, one muscle" and the two-joint chart', async () => {
    const { page } = await app.open('/?tour=gastrocnemius-in-five-minutes&step=8', { viewport: FULL_HD });
    await waitForState(page, (s) => s.selected === 'soleus' && Math.round(s.angles.knee) === 90 && Math.round(s.angles.ankle) === 20);
    await page.keyboard.press('l');
    await expect.poll(() => isLecture(page)).toBe(true);
    await page.mouse.move(4, FULL_HD.height - 4);
    await settle(page);
    await expect.poll(async () => (await page.locator(testId('length-readout')).textContent()) ?? '').toMatch(/%/);
    await fullShot(page, 'tour-step-8-1920x1080');

    await page.locator(testId('lecture-chart-toggle')).click();
    const chart = page.locator(testId('lecture-chart'));
    await chart.waitFor();
    await expect.poll(async () => (await page.locator(testId('chart-summary')).textContent()) ?? '').toMatch(/knee 90°, ankle 20°/);
    await settle(page);
    await fullShot(page, 'chart-1920x1080');
    writeFileSync(resolve(SCREENSHOT_DIR, 'lecture-two-joint-chart.png'), await chart.screenshot({ timeout: 120_000 }));
    // The chart's dots sit on the curves at this pose: gastrocnemius far below soleus with the knee bent.
    const summary = (await page.locator(testId('chart-summary')).textContent()) ?? '';
    const [g, s] = [...summary.matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
    expect(g).toBeLessThan(s);
  });
});
