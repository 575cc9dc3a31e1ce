/**
 * The e2e fixture: one Chromium for the whole run (started by globalSetup, each file connects), one
 * fresh browser context per `open()`, and at the end
 * of every test the checks that hold for every flow — no request left the page's origin, no console
 * error and no uncaught page error (unless the test declared the errors it provokes), no dialog.
 *
 *   const app = useApp();
 *   it('...', async () => {
 *     const { page } = await app.open('/?select=soleus');
 *   });
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { StructureId } from '../../src/anatomy/ids';
import type { ViewerState } from '../../src/embed/types';
import { connectChromium, NAME_SHIM } from './chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../screenshots/e2e');
export const DEFAULT_VIEWPORT = { width: 1024, height: 700 };
export const CANVAS = '[data-testid="viewer-canvas"] canvas';
const READY_TIMEOUT = 90_000;

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Wait for data-viewer-ready="true" (default true). Tests of failures set false. */
  waitReady?: boolean;
  /** Runs before navigation: page.route(), addInitScript(), … */
  before?: (page: Page, context: BrowserContext) => Promise<unknown>;
  colorScheme?: 'light' | 'dark';
  /**
   * Enforce the page's Content-Security-Policy (default false). The build ships a strict CSP that
   * forbids eval, and the helpers' string-expression waitForFunction is evaluated as a string in the
   * page; only the CSP test needs the policy enforced.
   */
  enforceCsp?: boolean;
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  /** The preview server's origin, e.g. http://127.0.0.1:5501. */
  origin: string;
  consoleErrors: string[];
  pageErrors: string[];
  offOrigin: string[];
  dialogs: string[];
  /**
   * Declare the errors this test provokes: every console/page error must then match one of the
   * patterns (anything else still fails the test).
   */
  allowErrors(...patterns: RegExp[]): void;
  /** Save a screenshot of the viewport (once the canvas shows the current scene) under screenshots/e2e/<test file>-<name>.png and return it. */
  shot(name: string): Promise<Buffer>;
}

interface Tracked {
  session: AppSession;
  allowed: RegExp[];
}

function fileStem(): string {
  const path = expect.getState().testPath ?? 'e2e';
  return basename(path).replace(/\.test\.ts$/, '');
}

/**
 * Every context made through this browser (open()'s and those tests make themselves) blocks service
 * workers unless it asks for them (`serviceWorkers: 'allow'`, only the offline test): a registered
 * worker precaches every chunk and the model in each fresh context, work that competed with the
 * page under test for the machine's two cores. And its pages draw WebGL without MSAA (NO_MSAA).
 */
export function forTests(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) => {
    const context = await newContext({ serviceWorkers: 'block', ...options });
    await context.addInitScript(NO_MSAA);
    return context;
  };
  return browser;
}

/**
 * Every page's WebGL contexts without multisampling: under SwiftShader MSAA made each frame of the
 * leg cost 2–3× as much (clip frames 440–680 ms vs 180–250 ms on the 2-core machine), and the
 * tests wait on many frames. No test compares against stored images, only images of one run.
 */
const NO_MSAA = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attributes, ...rest) {
    if (/webgl/i.test(String(type))) attributes = { ...(attributes || {}), antialias: false };
    return getContext.call(this, type, attributes, ...rest);
  };
})();`;

/** Register the per-file browser and the per-test checks; call once at the top of a test file. */
export function useApp(): { open(path?: string, options?: OpenOptions): Promise<AppSession>; browser(): Browser } {
  let browser: Browser | undefined;
  let open: Tracked[] = [];
  const origin = inject('baseURL');

  beforeAll(async () => {
    browser = forTests(await connectChromium(inject('browserEndpoint')));
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  afterEach(async () => {
    const sessions = open;
    open = [];
    const problems: string[] = [];
    for (const { session, allowed } of sessions) {
      const unexpected = [...session.consoleErrors, ...session.pageErrors].filter(
        (message) => !allowed.some((pattern) => pattern.test(message)),
      );
      if (session.offOrigin.length) problems.push(`requests off the page's origin: ${session.offOrigin.join(', ')}`);
      if (unexpected.length) problems.push(`console/page errors: ${unexpected.join(' | ')}`);
      if (session.dialogs.length) problems.push(`dialogs opened: ${session.dialogs.join(' | ')}`);
      await session.context.close().catch(() => undefined);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    browser() {
      if (!browser) throw new Error('the browser is launched in beforeAll; call browser() inside a test');
      return browser;
    },
    async open(path = '/', options = {}) {
      if (!browser) throw new Error('the browser is launched in beforeAll; call open() inside a test');
      const context = await browser.newContext({
        viewport: options.viewport ?? DEFAULT_VIEWPORT,
        deviceScaleFactor: 1,
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: 'no-preference',
        bypassCSP: !options.enforceCsp,
      });
      const page = await context.newPage();
      await page.addInitScript(NAME_SHIM);
      const tracked: Tracked = {
        allowed: [],
        session: {
          page,
          context,
          origin,
          consoleErrors: [],
          pageErrors: [],
          offOrigin: [],
          dialogs: [],
          allowErrors: (...patterns) => tracked.allowed.push(...patterns),
          async shot(name) {
            const file = resolve(SCREENSHOT_DIR, `${fileStem()}-${name}.png`);
            await drawn(page);
            const png = await page.screenshot({ animations: 'allow' });
            writeFileSync(file, png);
            return png;
          },
        },
      };
      const s = tracked.session;
      open.push(tracked);
      context.on('request', (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) s.offOrigin.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') s.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => s.pageErrors.push(`${error.name}: ${error.message}`));
      page.on('dialog', (dialog) => {
        s.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await options.before?.(page, context);
      await page.goto(origin + path);
      if (options.waitReady ?? true) await waitForReady(page);
      return s;
    },
  };
}

/**
 * Wait for `data-viewer-ready="true"` (first model frame drawn) and `data-interface-ready="true"`
 * (the side panel and tools, which render after the first frame); if the app shows its error alert
 * instead, fail at once with the alert's text rather than a bare timeout.
 */
export async function waitForReady(page: Page, timeout = READY_TIMEOUT): Promise<void> {
  const outcome = await page.waitForFunction(
    () => {
      const flags = document.documentElement.dataset;
      if (flags.viewerReady === 'true' && flags.interfaceReady === 'true') return 'ready';
      const alert = document.querySelector('[data-testid="error-message"]');
      return alert ? `error: ${alert.textContent}` : false;
    },
    null,
    { timeout },
  );
  const value = await outcome.jsonValue();
  if (value !== 'ready') throw new Error(`the viewer did not become ready: ${value}`);
}

export async function getState(page: Page): Promise<ViewerState> {
  return page.evaluate(() => {
    if (!window.anatomyViewer) throw new Error('window.anatomyViewer is missing');
    return window.anatomyViewer.getState();
  });
}

export async function screenPosition(page: Page, id: StructureId): Promise<{ x: number; y: number } | null> {
  return page.evaluate((target) => window.anatomyViewer!.screenPosition(target), id);
}

/** screenPosition, failing with a clear message when the structure is not visible. */
export async function visiblePoint(page: Page, id: StructureId): Promise<{ x: number; y: number }> {
  const point = await screenPosition(page, id);
  if (!point) throw new Error(`${id} is not visible on screen (screenPosition returned null)`);
  return point;
}

/**
 * Wait until `predicate(state)` holds. The predicate is sent to the page as source text, so it may
 * use only its argument and `arg`.
 */
export async function waitForState<A>(
  page: Page,
  predicate: (state: ViewerState, arg: A) => boolean,
  arg?: A,
  timeout = 15_000,
): Promise<ViewerState> {
  const expression = `(() => {
    const state = window.anatomyViewer?.getState();
    return state && (${predicate.toString()})(state, ${JSON.stringify(arg ?? null)}) ? state : false;
  })()`;
  const handle = await page.waitForFunction(expression, undefined, { timeout, polling: 50 });
  return (await handle.jsonValue()) as ViewerState;
}

/**
 * Wait until the camera is still, two more animation frames have passed and no frame is owed (the
 * app skips frames while the GPU is behind, src/scene/FramePacer.tsx, and draws the latest state
 * once it has caught up: `data-frame-pending`), so a screenshot shows the current state (the app
 * renders on demand).
 */
export async function settle(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => window.anatomyViewer?.getState().cameraMoving === false, null, {
    timeout,
    polling: 50,
  });
  await drawn(page, timeout);
}

/**
 * Wait until the canvas shows the scene as it is now: two animation frames (a change requested a
 * frame), then until no frame is owed (`data-frame-pending`, src/scene/FramePacer.tsx), then two
 * more (the owed frame is drawn and presented).
 */
export async function drawn(page: Page, timeout = 15_000): Promise<void> {
  const twoFrames = () =>
    page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await twoFrames();
  await page.waitForFunction(() => document.documentElement.dataset.framePending !== 'true', null, { timeout, polling: 'raf' });
  await twoFrames();
}

/** The canvas's box in CSS px. */
export async function canvasBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(CANVAS).boundingBox();
  if (!box) throw new Error('the viewer canvas is not on the page');
  return box;
}

/** Screenshot of the canvas only (a region of the viewport screenshot), once it shows the current scene. */
export async function canvasShot(page: Page): Promise<Buffer> {
  await drawn(page);
  return page.screenshot({ clip: await canvasBox(page), animations: 'allow' });
}

/**
 * The bytes of a download. The browser is shared through a connection (globalSetup), and over a
 * connection `download.path()` is not available: the file is streamed instead.
 */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
