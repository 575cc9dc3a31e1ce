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
    for (const view of ['anterior', 'medial', 'lateral', 'plantar', 'posterior'] as const) {
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
      ['plantar', 'anterior'],
    ] as const) {
      expect(compareImages(images[a], images[b]).changedFraction, `${a} vs ${b}`).toBeGreaterThan(0.05);
    }

    // from below, the sole: a click in the middle of the foot lands on its aponeurosis or a muscle of its layers
    await page.locator(testId('view-plantar')).click();
    await waitForState(page, (s) => s.view === 'plantar' && !s.cameraMoving, undefined, 10_000);
    const sole = await page.evaluate(() => window.anatomyViewer!.screenPosition('flexor_digitorum_brevis'));
    expect(sole, 'the sole is in view').not.toBeNull();
    await page.mouse.click(sole!.x, sole!.y);
    await waitForState(page, (s) => s.selected !== null, undefined, 10_000);
    const picked = await page.evaluate(() => window.anatomyViewer!.getState().selected);
    expect(['plantar_aponeurosis', 'flexor_digitorum_brevis', 'abductor_hallucis', 'abductor_digiti_minimi', 'quadratus_plantae']).toContain(picked);
    await page.keyboard.press('Escape');

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
