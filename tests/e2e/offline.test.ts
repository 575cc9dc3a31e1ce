/**
 * Issue 14, item 2: offline install. After one online visit the service worker (Workbox, precaching
 * the app shell, every chunk, the model and the icons) controls the page; with the browser context
 * offline a reload comes up ready and a structure can be selected. Then a new version deployed at
 * the same origin (a changed sw.js, as a new build would ship) is found on the next visit and the
 * page shows "Update available — reload" instead of switching under the user; the button switches.
 *
 * The test serves its own copy of dist/ (vite preview on another port), so it can deploy the new
 * version by changing a file of that copy, and its service worker cannot reach other tests' origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { settle, useApp, waitForReady, waitForState } from './browser';
import { freePort } from './globalSetup';
import { MEDIAL, clickStructure, testId } from './viewer';

const app = useApp();
const ROOT = resolve(import.meta.dirname, '../..');
let dir = '';
let server: PreviewServer | undefined;
let origin = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'anatomy-offline-'));
  cpSync(inject('distDir'), dir, { recursive: true });
  const port = await freePort(5601);
  server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null && document.documentElement.dataset.offlineReady === 'true', null, {
    timeout: 60_000,
    polling: 100,
  });
}

describe('offline install', () => {
  it('after one visit the app opens and works offline; a new version shows the update notice', async () => {
    const context: BrowserContext = await app.browser().newContext({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1, serviceWorkers: 'allow' });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      await page.addInitScript('globalThis.__name ??= (fn) => fn;');
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      await page.goto(`${origin}/`);
      await waitForReady(page);

      // The manifest is linked from the head, and it names the app, its icons and theme colour.
      const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute('href');
      expect(manifestHref).toBeTruthy();
      const manifest = JSON.parse(readFileSync(join(dir, manifestHref!.replace(/^\//, '')), 'utf8')) as { name: string; short_name: string; theme_color: string; icons: { src: string; sizes: string }[] };
      expect(manifest.short_name).toBeTruthy();
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons) {
        const png = await page.request.get(origin + icon.src);
        expect(png.status(), icon.src).toBe(200);
        const bytes = await png.body();
        expect(bytes.subarray(1, 4).toString('ascii'), `${icon.src} is a PNG`).toBe('PNG');
        expect(bytes.readUInt32BE(16), `${icon.src} width`).toBe(Number(icon.sizes.split('x')[0]));
      }

      // The service worker is registered from the page's own origin and takes control.
      await controlled(page);
      const scriptURL = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? '');
      expect(new URL(scriptURL).origin).toBe(origin);

      // Offline: the reload comes from the cache, the model loads, a click selects.
      await context.setOffline(true);
      await page.reload();
      await waitForReady(page);
      // Really offline: what the service worker did not precache cannot be fetched.
      const probe = await page.evaluate(() => fetch(`/not-precached-${Date.now()}.txt`).then(() => 'reached', () => 'network error'));
      expect(probe).toBe('network error');
      await clickStructure(page, MEDIAL);
      await waitForState(page, (s, id) => s.selected === id, MEDIAL);
      await page.locator('aside[data-testid="info-panel"] h2').first().waitFor();
      await context.setOffline(false);

      // A new version is deployed: its sw.js differs (a new build's precache list would).
      const sw = join(dir, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// version 2\n`);
      expect(await page.locator(testId('update-notice')).count()).toBe(0);
      await page.reload();
      await waitForReady(page);
      const notice = page.locator(testId('update-notice'));
      await notice.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await notice.textContent()).toMatch(/update available/i);
      // Nothing changed under the user: the old worker still controls the page until they choose.
      const versions = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return { waiting: r?.waiting !== null && r?.waiting !== undefined, active: r?.active?.state };
      });
      expect(versions).toEqual({ waiting: true, active: 'activated' });
      await settle(page);

      // "Reload" activates the new version and reloads the page.
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await page.locator(testId('update-reload')).click();
      await reloaded;
      await waitForReady(page);
      await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting === null, null, { timeout: 30_000 });
      expect(await page.locator(testId('update-notice')).count()).toBe(0);
      expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/i.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
