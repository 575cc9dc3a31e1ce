/**
 * Issue 3: the origin link in the panel flies the camera to the origin area and lights it up.
 */
import { describe, expect, it } from 'vitest';
import { canvasShot, getState, screenPosition, settle, useApp, waitForState } from './browser';
import { compareImages } from './images';
import { MEDIAL, SEL, clickStructure, emptyCanvasPoint } from './viewer';

const app = useApp();
const ORIGIN_AREA = 'gastrocnemius_medial_head_origin_area';

describe('following the origin link', () => {
  it('moves the camera within ~1.5 s and lights the medial head origin area', async () => {
    const { page, shot } = await app.open('/');
    await clickStructure(page, MEDIAL);
    await emptyCanvasPoint(page);
    await settle(page);
    const before = await canvasShot(page);

    const link = page.locator(SEL.linkOrigin);
    expect(await link.getAttribute('data-link-target')).toBe(ORIGIN_AREA);
    // Record, in the page, how long the camera flies (first cameraMoving=true → next false).
    await page.evaluate(() => {
      const w = window as unknown as { __flight: { start?: number; end?: number } };
      w.__flight = {};
      const poll = () => {
        const moving = window.anatomyViewer!.getState().cameraMoving;
        if (moving && w.__flight.start === undefined) w.__flight.start = performance.now();
        if (!moving && w.__flight.start !== undefined) {
          w.__flight.end = performance.now();
          return;
        }
        setTimeout(poll, 10);
      };
      poll();
    });
    await link.click();
    const state = await waitForState(page, (s, area) => s.focused === area && !s.cameraMoving, ORIGIN_AREA, 10_000);
    await page.waitForFunction(() => (window as unknown as { __flight: { end?: number } }).__flight.end !== undefined);
    const flight = await page.evaluate(() => (window as unknown as { __flight: { start: number; end: number } }).__flight);
    const flightMs = flight.end - flight.start;
    expect(flightMs, 'camera flight time').toBeLessThanOrEqual(1500);
    expect(state.selected).toBe(MEDIAL);

    await settle(page);
    const after = await canvasShot(page);
    await shot('origin-area-focused');
    expect(compareImages(before, after).changedFraction, 'the view changes a lot').toBeGreaterThan(0.15);
    expect(await screenPosition(page, ORIGIN_AREA), 'origin area visible after the flight').not.toBeNull();
    expect((await getState(page)).focused).toBe(ORIGIN_AREA);
  });

  it('the insertion link targets the calcaneal tendon insertion area', async () => {
    const { page } = await app.open('/');
    await clickStructure(page, MEDIAL);
    const link = page.locator(SEL.linkInsertion);
    expect(await link.getAttribute('data-link-target')).toBe('calcaneal_tendon_insertion_area');
    await link.click();
    await waitForState(page, (s) => s.focused === 'calcaneal_tendon_insertion_area' && !s.cameraMoving, undefined, 10_000);
    expect(await screenPosition(page, 'calcaneal_tendon_insertion_area')).not.toBeNull();
  });
});
