/**
 * Issue 3: the view buttons turn the camera to each preset; reset brings back the initial image.
 */
import { describe, expect, it } from 'vitest';
import { canvasShot, settle, useApp, waitForState } from './browser';
import { compareImages } from './images';
import { emptyCanvasPoint, testId } from './viewer';

const app = useApp();

describe('view presets', () => {
  it('each preset changes the image and the state; reset returns to the initial view', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const initial = await canvasShot(page);
    const images: Record<string, Buffer> = {};
    for (const view of ['anterior', 'medial', 'lateral', 'posterior'] as const) {
      await page.locator(testId(`view-${view}`)).click();
      await waitForState(page, (s, v) => s.view === v && !s.cameraMoving, view, 10_000);
      await settle(page);
      images[view] = await canvasShot(page);
      await shot(`view-${view}`);
    }
    for (const [a, b] of [
      ['anterior', 'posterior'],
      ['medial', 'lateral'],
      ['anterior', 'medial'],
      ['posterior', 'lateral'],
    ] as const) {
      expect(compareImages(images[a], images[b]).changedFraction, `${a} vs ${b}`).toBeGreaterThan(0.05);
    }

    await page.locator(testId('view-anterior')).click();
    await waitForState(page, (s) => s.view === 'anterior' && !s.cameraMoving, undefined, 10_000);
    await page.locator(testId('reset-view')).click();
    await waitForState(page, (s) => s.view !== 'anterior' && !s.cameraMoving, undefined, 10_000);
    await emptyCanvasPoint(page);
    await settle(page);
    const reset = await canvasShot(page);
    expect(compareImages(initial, reset).changedFraction, 'reset view matches the initial view').toBeLessThan(0.01);
  });
});
