/**
 * Issue 6: without WebGL the viewer says so clearly, and the rest of the page still works.
 */
import { describe, expect, it } from 'vitest';
import { getState, useApp } from './browser';
import { SEL, testId } from './viewer';

const app = useApp();

describe('WebGL unavailable', () => {
  it('shows a clear message, keeps the structure list and panel usable', async () => {
    const session = await app.open('/', {
      waitReady: false,
      before: (p) =>
        p.addInitScript(() => {
          const original = HTMLCanvasElement.prototype.getContext;
          HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
            if (/webgl/i.test(type)) return null;
            return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
          } as typeof original;
        }),
    });
    // three.js / R3F report the failed context creation; the app may log it too.
    session.allowErrors(/webgl/i, /context/i);
    const { page } = session;
    const alert = page.locator(SEL.alert);
    await alert.waitFor({ state: 'visible', timeout: 60_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/webgl/i);
    expect(text.length).toBeGreaterThan(30);
    expect(await alert.getByRole('button').count()).toBeGreaterThan(0);
    expect((await getState(page)).error).toBeTruthy();
    await session.shot('no-webgl');

    // The accessible alternative still works: select from the list, read the panel.
    await page.locator(testId('structure-item-gastrocnemius_medial_head')).click();
    await page.waitForFunction(() => window.anatomyViewer?.getState().selected === 'gastrocnemius_medial_head');
    const heading = (await page.locator(`${SEL.panel} h2`).first().textContent()) ?? '';
    expect(heading).toMatch(/gastrocnemius/i);
  });
});
