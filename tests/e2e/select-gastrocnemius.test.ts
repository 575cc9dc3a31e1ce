/**
 * Issue 3: a real mouse click on either gastrocnemius head selects it, lights it up (pixels around the
 * click change) and opens the information panel with its facts.
 */
import { describe, expect, it } from 'vitest';
import { getState, settle, useApp, visiblePoint } from './browser';
import { around, compareImages } from './images';
import { LATERAL, MEDIAL, SEL, clickStructure, emptyCanvasPoint, structureData } from './viewer';

const app = useApp();

describe('selecting the gastrocnemius by clicking the canvas', () => {
  it('medial head: highlight, panel with Latin name, tibial innervation and related muscles per action', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const before = await shot('initial');

    const point = await clickStructure(page, MEDIAL);
    await emptyCanvasPoint(page); // move the pointer away so only the selection highlight remains
    await settle(page);
    const after = await shot('medial-selected');

    const highlight = compareImages(before, after, around(point, 30));
    expect(highlight.changedFraction, 'pixels around the clicked head should change').toBeGreaterThan(0.2);

    const panel = page.locator(SEL.panel);
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.getAttribute('aria-label')).toBe('Structure information');
    const info = structureData(MEDIAL);
    const heading = (await panel.locator('h2').first().textContent()) ?? '';
    expect(heading).toMatch(/gastrocnemius/i);
    expect(heading).toMatch(/medial/i);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain(info.latin);
    expect(info.muscle?.innervation.text).toMatch(/tibial/i);
    expect(text).toMatch(/tibial nerve/i);
    // Related muscles per action, in the model: links that target them.
    for (const related of ['soleus', 'tibialis_anterior']) {
      expect(await panel.locator(`[data-link-target="${related}"]`).count(), `link to ${related}`).toBeGreaterThan(0);
    }
    // Muscles above the model's region may be listed, but only marked as outside it.
    const gluteus = panel.locator('[data-outside="true"]', { hasText: /gluteus maximus/i });
    if (/gluteus maximus/i.test(text)) {
      expect(await gluteus.count(), 'gluteus maximus must be marked outside this model').toBeGreaterThan(0);
      expect(await gluteus.first().textContent()).toMatch(/outside this model/i);
    }
    expect((await getState(page)).selected).toBe(MEDIAL);
  });

  it('lateral head: selected itself, the medial head lightly highlighted as its sibling', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const medialPoint = await visiblePoint(page, MEDIAL);
    const before = await shot('before-lateral');

    const lateralPoint = await clickStructure(page, LATERAL);
    await emptyCanvasPoint(page);
    await settle(page);
    const after = await shot('lateral-selected');

    const state = await getState(page);
    expect(state.selected).toBe(LATERAL);
    const selectedChange = compareImages(before, after, around(lateralPoint, 30));
    const siblingChange = compareImages(before, after, around(medialPoint, 30));
    expect(selectedChange.changedFraction, 'the clicked lateral head lights up').toBeGreaterThan(0.2);
    expect(siblingChange.meanDifference, 'the medial head (sibling) changes too').toBeGreaterThan(2);
    expect(siblingChange.meanDifference, 'but less than the selected head').toBeLessThan(selectedChange.meanDifference);

    const heading = (await page.locator(`${SEL.panel} h2`).first().textContent()) ?? '';
    expect(heading).toMatch(/lateral/i);
    expect(await page.locator(SEL.panel).textContent()).toContain(structureData(LATERAL).latin);
  });

  it('the URL follows the selection (history.replaceState)', async () => {
    const { page } = await app.open('/');
    const historyLength = await page.evaluate(() => history.length);
    await clickStructure(page, MEDIAL);
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe(MEDIAL);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });
});
