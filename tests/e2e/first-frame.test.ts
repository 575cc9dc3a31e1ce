/**
 * Issue 11: the leg is on screen first. The 3D view draws the model before the side panel and the
 * study/teaching tools render; their space is held by the layout, so the canvas does not move or
 * resize when they arrive; and a deep link still lands in the state it names.
 */
import { describe, expect, it } from 'vitest';
import { canvasBox, getState, useApp, waitForState } from './browser';
import { SEL, testId } from './viewer';

const app = useApp();

/** At the ready announcement: what the side panel held, and where the canvas was. */
const AT_READY_PROBE = `(() => {
  window.addEventListener('anatomy-viewer:ready', () => {
    const panel = document.getElementById('side-panel');
    const canvas = document.querySelector('[data-testid="viewer-canvas"] canvas');
    const r = canvas ? canvas.getBoundingClientRect() : null;
    window.__atReady = {
      at: performance.now(),
      panelChildren: panel ? panel.childElementCount : -1,
      structureList: document.querySelector('nav[aria-label="Structures"]') !== null,
      canvas: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  });
  // When the structure list first appears.
  new MutationObserver((_, observer) => {
    if (document.querySelector('nav[aria-label="Structures"]')) {
      window.__listAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface AtReady {
  at: number;
  panelChildren: number;
  structureList: boolean;
  canvas: { x: number; y: number; width: number; height: number } | null;
}

describe('first frame first', () => {
  for (const [screen, viewport] of [
    ['desktop', { width: 1024, height: 700 }],
    ['phone, panel as a bottom sheet', { width: 390, height: 844 }],
  ] as const) {
    it(`${screen}: draws the model before the side panel renders, then the panel fills its reserved space; a deep link still applies`, async () => {
      const { page } = await app.open('/?select=gastrocnemius_medial_head&view=medial', {
        viewport,
        before: (p) => p.addInitScript(AT_READY_PROBE),
      });
      const atReady = (await (await page.waitForFunction(() => (window as unknown as { __atReady?: unknown }).__atReady)).jsonValue()) as AtReady;
      // At the first model frame the side panel exists (its space is held) but is still empty.
      expect(atReady.panelChildren).toBe(0);
      expect(atReady.structureList).toBe(false);
      expect(atReady.canvas, 'the canvas exists at the first frame').not.toBeNull();
      expect(atReady.canvas!.width).toBeGreaterThan(100);

      // Then the panel arrives, after the model.
      await page.locator(SEL.structureNav).waitFor({ state: 'attached', timeout: 60_000 });
      const listAt = await page.evaluate(() => (window as unknown as { __listAt: number }).__listAt);
      expect(listAt).toBeGreaterThan(atReady.at);

      // The deep link landed: selection, view, and the panel shows the selected muscle.
      await waitForState(page, (s) => s.selected === 'gastrocnemius_medial_head' && s.view === 'medial' && !s.cameraMoving);
      const heading = page.locator(`${SEL.panel} h2`).first();
      await heading.waitFor({ timeout: 30_000 });
      expect((await heading.textContent()) ?? '').toMatch(/medial/i);
      expect((await getState(page)).error).toBeNull();

      // No layout jump: the canvas has the box it had at the first frame.
      const box = await canvasBox(page);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(box[key]).toBeCloseTo(atReady.canvas![key], 0);
      // The deferred tools work: a study tool and the structure list are there and usable.
      await page.locator(testId('structure-item-soleus')).click();
      await waitForState(page, (s) => s.selected === 'soleus');
    });
  }
});
