/**
 * Issue 3: hovering a structure shows its name next to the pointer and a pointer cursor; leaving it
 * hides the label again.
 */
import { describe, expect, it } from 'vitest';
import { CANVAS, getState, settle, useApp, visiblePoint } from './browser';
import { MEDIAL, SEL, emptyCanvasPoint, structureData } from './viewer';

const app = useApp();

const cursorOnCanvas = (page: import('playwright-core').Page) =>
  page.locator(CANVAS).evaluate((canvas) => getComputedStyle(canvas).cursor);

describe('hovering the model', () => {
  it('shows the hovered structure name and a pointer cursor, and hides them off the model', async () => {
    const { page, shot } = await app.open('/');
    await settle(page);
    const point = await visiblePoint(page, MEDIAL);
    await page.mouse.move(point.x, point.y, { steps: 3 });

    const label = page.locator(SEL.hoverLabel);
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.textContent()).toContain(structureData(MEDIAL).name);
    expect((await getState(page)).hovered).toBe(MEDIAL);
    expect(await cursorOnCanvas(page)).toBe('pointer');
    await shot('hover-medial');

    await emptyCanvasPoint(page);
    await expect.poll(() => label.isVisible()).toBe(false);
    expect(await cursorOnCanvas(page)).not.toBe('pointer');
    // Hovering only shows a name: it does not select.
    expect((await getState(page)).selected).toBeNull();
  });
});
