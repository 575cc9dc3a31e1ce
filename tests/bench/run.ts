/**
 * `npm run bench`: how fast the built app is in headless Chromium (software WebGL), next to a bare
 * three.js page that draws the same .glb with the same camera and lights (tests/bench/baseline.*).
 *
 * Measures, for both: time to the first rendered frame of the model (navigation start → ready);
 * click → selection shown; frame times (requestAnimationFrame deltas, median and p95) while orbiting
 * with a mouse drag and while an action plays; JS heap before and after 200 action restarts.
 * Prints a table with the ratio app / baseline and writes bench-results/latest.json.
 *
 * Options: --reuse (reuse an existing dist/), --runs=N (page loads for the first-frame figure, default 3).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium, NAME_SHIM, resolveChromePath } from '../e2e/chromium';
import { buildAndServe, freePort } from '../e2e/globalSetup';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_DIR = import.meta.dirname;
const VIEWPORT = { width: 1024, height: 700 };
const TARGET = 'gastrocnemius_medial_head';
const ACTION_LOOPS = 200;
const ACTION_WINDOW_MS = 5000;

type Kind = 'app' | 'baseline';

interface FrameStats {
  median: number;
  p95: number;
  frames: number;
}

interface Result {
  firstFrameMs: number;
  firstFrameRunsMs: number[];
  clickToSelectMs: number | null;
  orbit: FrameStats;
  action: FrameStats;
  heapBeforeMB: number;
  heapAfterMB: number;
}

const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 3);

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

const median = (values: number[]) => quantile(values, 0.5);

/** Build tests/bench/baseline.html into a temporary folder and serve it. */
async function serveBaseline() {
  const outDir = mkdtempSync(join(tmpdir(), 'anatomy-bench-baseline-'));
  const shared = { root: BENCH_DIR, configFile: false as const, logLevel: 'warn' as const, assetsInclude: ['**/*.glb'] };
  await build({
    ...shared,
    base: './',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500, rollupOptions: { input: resolve(BENCH_DIR, 'baseline.html') } },
  });
  const host = '127.0.0.1';
  const port = await freePort(5509, host);
  const server = await preview({ ...shared, build: { outDir }, preview: { host, port, strictPort: true } });
  return {
    url: `http://${host}:${port}/baseline.html`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(DRAW_PROBE);
  await page.addInitScript(() => {
    window.addEventListener('anatomy-viewer:ready', () => {
      (window as unknown as { __readyAt: number }).__readyAt = performance.now();
    });
  });
  return page;
}

async function loadAndTimeFirstFrame(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.viewerReady === 'true', null, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
}

/**
 * Frame times of rendered frames. Both pages render on demand, so plain requestAnimationFrame deltas
 * would mix idle 16.7 ms ticks with frames that drew. An init script (DRAW_PROBE) stamps every
 * gl.clear(); each stamped draw counts once with the length of the animation frame that contained it
 * (from the rAF tick before it to the tick after it), whatever order the page's rAF callbacks run in.
 */
const DRAW_PROBE = `(() => {
  const w = window;
  w.__draws = [];
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue;
    const clear = C.prototype.clear;
    C.prototype.clear = function (mask) {
      w.__draws.push(performance.now());
      return clear.call(this, mask);
    };
  }
})();`;

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __ticks: number[]; __draws: number[]; __recording: boolean };
    w.__ticks = [];
    w.__draws.length = 0;
    w.__recording = true;
    const tick = (now: number) => {
      w.__ticks.push(now);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function stopFrames(page: Page): Promise<FrameStats> {
  const { ticks, draws } = await page.evaluate(async () => {
    const w = window as unknown as { __ticks: number[]; __draws: number[]; __recording: boolean };
    // One more tick closes the frame of the last draw.
    await new Promise((r) => requestAnimationFrame(r));
    w.__recording = false;
    return { ticks: w.__ticks, draws: [...w.__draws] };
  });
  const frames = new Map<number, number>();
  for (const d of draws) {
    const after = ticks.findIndex((t) => t > d);
    if (after <= 0) continue;
    frames.set(after, ticks[after] - ticks[after - 1]);
  }
  const lengths = [...frames.values()];
  return { median: median(lengths), p95: quantile(lengths, 0.95), frames: lengths.length };
}

async function screenPoint(page: Page, kind: Kind): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ kind, id }) =>
      kind === 'app' ? window.anatomyViewer!.screenPosition(id as 'soleus') : window.baseline!.screenPosition(id),
    { kind, id: TARGET },
  );
  if (!point) throw new Error(`${kind}: ${TARGET} is not visible`);
  return point;
}

/** pointerdown on the target → the app shows the selection (state + panel heading) / the baseline drew its pick. */
async function clickToSelect(page: Page, kind: Kind): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (kind === 'app') {
      await page.evaluate(() => window.anatomyViewer!.select(null));
      await page.waitForFunction(() => window.anatomyViewer!.getState().cameraMoving === false);
    }
    const point = await screenPoint(page, kind);
    await page.evaluate(
      ({ kind, id }) => {
        const w = window as unknown as { __select: { t0?: number; ms?: number } };
        w.__select = {};
        window.addEventListener('pointerdown', () => (w.__select.t0 = performance.now()), { capture: true, once: true });
        const check = () => {
          const t0 = w.__select.t0;
          if (t0 !== undefined) {
            if (kind === 'app') {
              const heading = document.querySelector('aside[data-testid="info-panel"] h2')?.textContent ?? '';
              if (window.anatomyViewer!.getState().selected === id && /medial/i.test(heading)) {
                // Count the frame that shows it too.
                requestAnimationFrame(() => (w.__select.ms = performance.now() - t0));
                return;
              }
            } else if (window.baseline!.lastPick && window.baseline!.lastPick.at > t0) {
              w.__select.ms = window.baseline!.lastPick.at - t0;
              return;
            }
          }
          setTimeout(check, 2);
        };
        check();
      },
      { kind, id: TARGET },
    );
    await page.mouse.click(point.x, point.y);
    const ms = await page.waitForFunction(() => (window as unknown as { __select: { ms?: number } }).__select.ms, null, {
      timeout: 30_000,
    });
    samples.push((await ms.jsonValue()) as number);
  }
  return median(samples);
}

async function orbitFrames(page: Page): Promise<FrameStats> {
  const y = VIEWPORT.height / 2;
  const x = 60; // start off the model so the drag orbits rather than picks
  await page.mouse.move(x, y);
  await startFrames(page);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + i * 6, y + Math.sin(i / 8) * 20);
  await page.mouse.up();
  return stopFrames(page);
}

async function actionFrames(page: Page, kind: Kind): Promise<FrameStats> {
  await page.evaluate((k) => (k === 'app' ? window.anatomyViewer!.play('plantarflexion') : window.baseline!.play('plantarflexion')), kind);
  await startFrames(page);
  await page.waitForTimeout(ACTION_WINDOW_MS); // a measuring window, not a wait for a state
  const stats = await stopFrames(page);
  await page.evaluate((k) => (k === 'app' ? window.anatomyViewer!.pause() : window.baseline!.pause()), kind);
  return stats;
}

async function heapAfterLoops(page: Page, kind: Kind): Promise<{ before: number; after: number }> {
  const cdp = await page.context().newCDPSession(page);
  const usedMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  };
  const before = await usedMB();
  await page.evaluate(
    async ({ k, loops }) => {
      const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
      for (let i = 0; i < loops; i++) {
        const action = i % 2 === 0 ? 'plantarflexion' : 'knee_flexion';
        if (k === 'app') window.anatomyViewer!.play(action);
        else window.baseline!.play(action);
        await nextFrame();
      }
      if (k === 'app') window.anatomyViewer!.pause();
      else window.baseline!.pause();
    },
    { k: kind, loops: ACTION_LOOPS },
  );
  const after = await usedMB();
  await cdp.detach();
  return { before, after };
}

async function measure(browser: Browser, kind: Kind, url: string): Promise<Result> {
  const step = (what: string) => console.log(`  ${kind}: ${what}`);
  const firstFrameRunsMs: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < runs; i++) {
    await page?.context().close();
    page = await newPage(browser);
    firstFrameRunsMs.push(await loadAndTimeFirstFrame(page, url));
    step(`first frame ${firstFrameRunsMs.at(-1)!.toFixed(0)} ms`);
  }
  if (!page) throw new Error('--runs must be at least 1');
  const clickToSelectMs = await clickToSelect(page, kind);
  step(`click → selection ${clickToSelectMs.toFixed(0)} ms`);
  if (kind === 'app') await page.evaluate(() => window.anatomyViewer!.setView('reset'));
  const orbit = await orbitFrames(page);
  step(`orbit median ${orbit.median.toFixed(1)} ms over ${orbit.frames} frames`);
  const action = await actionFrames(page, kind);
  step(`action median ${action.median.toFixed(1)} ms over ${action.frames} frames`);
  const heap = await heapAfterLoops(page, kind);
  step(`heap ${heap.before.toFixed(1)} → ${heap.after.toFixed(1)} MB after ${ACTION_LOOPS} loops`);
  await page.context().close();
  return {
    firstFrameMs: median(firstFrameRunsMs),
    firstFrameRunsMs,
    clickToSelectMs,
    orbit,
    action,
    heapBeforeMB: heap.before,
    heapAfterMB: heap.after,
  };
}

function table(app: Result, base: Result): string {
  const rows: Array<[string, number | null, number | null]> = [
    ['first frame (ms, median of runs)', app.firstFrameMs, base.firstFrameMs],
    ['click → selection shown (ms)', app.clickToSelectMs, base.clickToSelectMs],
    ['orbit frame time median (ms)', app.orbit.median, base.orbit.median],
    ['orbit frame time p95 (ms)', app.orbit.p95, base.orbit.p95],
    ['action frame time median (ms)', app.action.median, base.action.median],
    ['action frame time p95 (ms)', app.action.p95, base.action.p95],
    ['JS heap before loops (MB)', app.heapBeforeMB, base.heapBeforeMB],
    [`JS heap after ${ACTION_LOOPS} action loops (MB)`, app.heapAfterMB, base.heapAfterMB],
    ['JS heap growth (MB)', app.heapAfterMB - app.heapBeforeMB, base.heapAfterMB - base.heapBeforeMB],
  ];
  const fmt = (v: number | null) => (v === null || Number.isNaN(v) ? 'n/a' : v.toFixed(1));
  const lines = ['| figure | app | baseline | app / baseline |', '|---|---:|---:|---:|'];
  for (const [label, a, b] of rows) {
    const ratio = a !== null && b !== null && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
    lines.push(`| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio} |`);
  }
  return lines.join('\n');
}

async function main() {
  const chromePath = await resolveChromePath();
  const app = await buildAndServe({ reuse });
  const baseline = await serveBaseline();
  const browser = await launchChromium(chromePath);
  try {
    const probe = await newPage(browser);
    const renderer = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    await probe.context().close();

    console.log(`app ${app.baseURL}/ · baseline ${baseline.url} · ${runs} load(s) each`);
    const appResult = await measure(browser, 'app', `${app.baseURL}/`);
    const baseResult = await measure(browser, 'baseline', baseline.url);
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      // Other processes on the machine skew every figure; the 1-minute load average at the end says how much.
      loadAverage1m: Number(loadavg()[0].toFixed(2)),
      node: process.version,
      chromium: browser.version(),
      webglRenderer: renderer,
      viewport: VIEWPORT,
    };
    const text = table(appResult, baseResult);
    console.log(`\n${text}\n`);
    console.log(
      `machine: ${machine.cores}× ${machine.cpu}, ${machine.memoryGB} GB, load average ${machine.loadAverage1m}, Chromium ${machine.chromium}, ${renderer}`,
    );
    const outDir = resolve(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      resolve(outDir, 'latest.json'),
      `${JSON.stringify({ date: new Date().toISOString(), machine, app: appResult, baseline: baseResult, table: text }, null, 2)}\n`,
    );
    console.log('wrote bench-results/latest.json');
  } finally {
    await browser.close();
    await baseline.close();
    await app.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
