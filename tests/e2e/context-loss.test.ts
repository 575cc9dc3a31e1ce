/**
 * Issue 6: the WebGL context is lost mid-session (GPU reset, too many tabs) and restored: the viewer
 * shows an alert meanwhile, then the scene comes back with the selection kept.
 */
import { describe, expect, it } from 'vitest';
import { CANVAS, canvasShot, getState, screenPosition, settle, useApp, waitForState } from './browser';
import { compareImages } from './images';
import { MEDIAL, SEL, clickStructure, emptyCanvasPoint } from './viewer';

const app = useApp();

describe('WebGL context loss', () => {
  it('alerts while lost, restores the scene with the selection kept', async () => {
    const session = await app.open('/');
    // Chromium logs "WebGL: CONTEXT_LOST_WEBGL: loseContext: context lost" for the provoked loss.
    session.allowErrors(/CONTEXT_LOST_WEBGL/i, /context lost/i);
    const { page } = session;
    await clickStructure(page, MEDIAL);
    await emptyCanvasPoint(page);
    await settle(page);
    const before = await canvasShot(page);

    const lost = await page.locator(CANVAS).evaluate((canvas: HTMLCanvasElement) => {
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = ext;
      ext.loseContext();
      return true;
    });
    expect(lost, 'WEBGL_lose_context is available').toBe(true);

    const alert = page.locator(SEL.alert);
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/webgl|graphics|context|3d/i);
    await waitForState(page, (s) => s.error !== null);
    await session.shot('context-lost');

    await page.evaluate(() => (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext());
    await waitForState(page, (s) => s.error === null, undefined, 30_000);
    await alert.waitFor({ state: 'hidden', timeout: 15_000 });
    const state = await getState(page);
    expect(state.selected).toBe(MEDIAL);
    await emptyCanvasPoint(page);
    await settle(page);
    expect(await screenPosition(page, MEDIAL), 'the model is back on screen').not.toBeNull();
    const after = await canvasShot(page);
    await session.shot('context-restored');
    expect(compareImages(before, after).changedFraction, 'the restored scene looks like before').toBeLessThan(0.05);
  });
});
