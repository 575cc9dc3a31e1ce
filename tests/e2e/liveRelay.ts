/**
 * For the live-lecture e2e test: pages served by the live relay (not vite preview), so the app and
 * its room share one origin as with `npm run live`. Each page gets its own browser context (its own
 * device), and the checks every e2e flow keeps: no request off the relay's origin, no console or
 * page error unless declared.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { NAME_SHIM } from './chromium';
import { waitForReady } from './browser';
import type { ViewerState } from '../../src/embed/types';

export interface LivePage {
  page: Page;
  context: BrowserContext;
  problems: () => string[];
  allowErrors: (...patterns: RegExp[]) => void;
}

export async function openOnRelay(browser: Browser, origin: string, path: string, viewport = { width: 1024, height: 700 }): Promise<LivePage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'no-preference', bypassCSP: true });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  const offOrigin: string[] = [];
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    // The relay's WebSocket is on the same host and port: ws:// vs http:// is the same origin here.
    if (new URL(url.replace(/^ws/, 'http')).origin !== origin) offOrigin.push(url);
  });
  page.on('websocket', (ws) => {
    if (new URL(ws.url().replace(/^ws/, 'http')).origin !== origin) offOrigin.push(ws.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  await page.goto(origin + path);
  await waitForReady(page);
  return {
    page,
    context,
    allowErrors: (...patterns) => allowed.push(...patterns),
    problems: () => [
      ...offOrigin.map((u) => `request off the page's origin: ${u}`),
      ...errors.filter((e) => !allowed.some((p) => p.test(e))).map((e) => `console/page error: ${e}`),
    ],
  };
}

/** `anatomyViewer.live.status()` of a page. */
export function liveStatus(page: Page) {
  return page.evaluate(() => window.anatomyViewer!.live.status());
}

/** Resolves when the page's live status satisfies `predicate` (sent as source text, like waitForState). */
export async function waitForLive(
  page: Page,
  predicate: (s: { role: string | null; connected: boolean; following: boolean; followers: number }) => boolean,
  timeout = 5000,
): Promise<void> {
  await page.waitForFunction(`(${predicate.toString()})(window.anatomyViewer.live.status())`, undefined, { timeout, polling: 50 });
}

/**
 * How long after the presenter's change each student's viewer showed it: `act` makes the change in
 * the presenter's page and returns that page's clock just before it; a watcher in each student page
 * notes the moment (same machine clock) its state first satisfies `predicate`. So the figure is the
 * follow time itself, not the test's polling or Playwright's wait before a click.
 */
export async function followTimes<A>(
  students: Page[],
  act: () => Promise<number>,
  predicate: (state: ViewerState, arg: A) => boolean,
  arg?: A,
  timeout = 5000,
): Promise<number[]> {
  const source = `(${predicate.toString()})`;
  await Promise.all(
    students.map((s) =>
      s.evaluate(
        ({ source, arg }) => {
          const w = window as unknown as { __followedAt: number | null; __followWatch?: number };
          w.__followedAt = null;
          window.clearInterval(w.__followWatch);
          // eslint-disable-next-line no-new-func -- test-only: the predicate travels as source text (bypassCSP)
          const check = new Function(`return ${source}`)() as (s: unknown, a: unknown) => boolean;
          w.__followWatch = window.setInterval(() => {
            try {
              if (check(window.anatomyViewer!.getState(), arg)) {
                w.__followedAt = Date.now();
                window.clearInterval(w.__followWatch);
              }
            } catch {
              // A state without the field yet: not followed yet.
            }
          }, 5);
        },
        { source, arg: arg ?? null },
      ),
    ),
  );
  const start = await act();
  const arrivals = await Promise.all(
    students.map(async (s) => {
      const at = await s.waitForFunction(() => (window as unknown as { __followedAt: number | null }).__followedAt, undefined, { timeout, polling: 20 });
      return (await at.jsonValue()) as number;
    }),
  );
  return arrivals.map((at) => at - start);
}
