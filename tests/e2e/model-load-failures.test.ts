/**
 * Issue 6: when the model cannot be loaded (404, truncated file, garbage bytes) the viewer shows an
 * error alert with a way to recover, and the page stays usable — never blank.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getState, useApp, waitForReady } from './browser';
import { SEL } from './viewer';

const app = useApp();

// What a failed model load may legitimately print: the browser's own 404 line, and the app's report.
const LOAD_ERRORS = [/404/, /failed to load/i, /model|glb|gltf|load|json|parse|offset|buffer|invalid|unexpected/i];

/** Deterministic pseudo-random bytes (xorshift32), so the corrupt file is the same every run. */
function garbage(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

async function expectRecoverableError(page: Page, shot: (name: string) => Promise<Buffer>, name: string) {
  const alert = page.locator(SEL.alert);
  await alert.waitFor({ state: 'visible', timeout: 60_000 });
  const text = (await alert.textContent()) ?? '';
  expect(text.length, 'the alert explains what happened').toBeGreaterThan(30);
  expect(text, 'the alert names the model, not some other failure').toMatch(/model/i);
  expect(text).not.toMatch(/interrupted|context/i);
  const button = alert.getByRole('button');
  expect(await button.count(), 'a recovery button').toBeGreaterThan(0);
  expect(await button.first().textContent()).toMatch(/reload|try again|retry/i);
  const state = await getState(page);
  expect(state.ready).toBe(false);
  expect(state.error, 'getState().error carries the message').toBeTruthy();
  // Not blank: the structure list is still there and usable.
  const nav = page.locator(SEL.structureNav);
  // The side panel renders after the first frame or, as here, after a 3D error.
  await nav.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await nav.isVisible()).toBe(true);
  expect(await nav.getByRole('button').count()).toBeGreaterThan(10);
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(100);
  await shot(name);
}

/** Serve the model broken until `heal()`; then the recovery button must bring the viewer back. */
async function breakModel(page: Page, respond: (route: Route) => Promise<void>) {
  await page.route('**/*.glb', respond);
  return () => page.unroute('**/*.glb');
}

describe('model load failures', () => {
  it('404: error alert, page usable, and "try again" recovers once the file is back', async () => {
    let heal: () => Promise<void> = async () => undefined;
    const session = await app.open('/', {
      waitReady: false,
      before: async (p) => {
        heal = await breakModel(p, (route) => route.fulfill({ status: 404, body: 'not found' }));
      },
    });
    session.allowErrors(...LOAD_ERRORS);
    await expectRecoverableError(session.page, session.shot, 'model-404');
    await heal();
    await session.page.locator(SEL.alert).getByRole('button').first().click();
    await waitForReady(session.page);
    expect((await getState(session.page)).error).toBeNull();
    expect(await session.page.locator(SEL.alert).isVisible()).toBe(false);
  });

  it('truncated .glb (half the bytes): error alert with a recovery button', async () => {
    const session = await app.open('/', {
      waitReady: false,
      before: (p) =>
        breakModel(p, async (route) => {
          const real = await route.fetch();
          const body = await real.body();
          await route.fulfill({ response: real, body: body.subarray(0, Math.floor(body.length / 2)) });
        }),
    });
    session.allowErrors(...LOAD_ERRORS);
    await expectRecoverableError(session.page, session.shot, 'model-truncated');
  });

  it('corrupt .glb (random bytes): error alert with a recovery button', async () => {
    const session = await app.open('/', {
      waitReady: false,
      before: (p) =>
        breakModel(p, async (route) => {
          const real = await route.fetch();
          const size = (await real.body()).length;
          await route.fulfill({ response: real, body: garbage(size) });
        }),
    });
    session.allowErrors(...LOAD_ERRORS);
    await expectRecoverableError(session.page, session.shot, 'model-corrupt');
  });
});
