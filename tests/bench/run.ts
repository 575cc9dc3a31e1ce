/**
 * `npm run bench`: how fast the built app is in headless Chromium (software WebGL), next to a bare
 * three.js page that draws the same .glb with the same camera and lights (tests/bench/baseline.*).
 *
 * Measures, for both, in one run:
 * - first model frame (navigation start → the `anatomy-viewer:ready` announcement, which both pages
 *   make after their first frame is drawn): `--rounds` page loads each (default 6), alternating which
 *   page goes first in each round so that neither always runs on a warmer machine; median and ratio;
 * - the JavaScript each page had loaded at that moment (Resource Timing), gzip-compressed;
 * - frame time while a clip plays: a 1-pixel gl.readPixels at the start of every animation frame
 *   waits for the previous frame to be drawn, so the intervals include the GPU's (SwiftShader's)
 *   work; one read before timing drains the frames queued until then;
 * - click → selection shown; JS heap before and after 200 action restarts;
 * - responsiveness (tests/bench/responsiveness.ts): long tasks (> 50 ms) in the 5 s after the first
 *   frame, per load (`--rounds` alternating loads each); a real click on the medial head as soon as
 *   the first frame is announced → the painted frame that shows the selection (app); and later, on a
 *   settled page, the same input → painted frame time for a canvas click (select), the play button,
 *   a view button and opening the side panel (6 each), median and p95.
 * Prints a table with the ratio app / baseline and writes bench-results/latest.json.
 *
 * Options: --reuse (reuse an existing dist/), --rounds=N (first-frame rounds, default 6),
 * --clip-only (only the clip frame times, e.g. while profiling).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium, NAME_SHIM, resolveChromePath } from '../e2e/chromium';
import { buildAndServe, freePort } from '../e2e/globalSetup';
import { FIRST_FRAME_PROBE, firstFrameOf, gzipSizes, totalKB } from './firstFrameJs';
import type { ScriptSize } from './firstFrameJs';
import { LONG_TASK_PROBE, longTasksIn, timeInput } from './responsiveness';
import type { Shown } from './responsiveness';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_DIR = import.meta.dirname;
const VIEWPORT = { width: 1024, height: 700 };
const TARGET = 'gastrocnemius_medial_head';
const ACTION_LOOPS = 200;
const CLIP_WINDOW_MS = 6000;
const CLIP_WARMUP_MS = 2500;
/** Long tasks are counted in this window after the first frame. */
const AFTER_FIRST_FRAME_MS = 5000;
/** Repetitions of each later input (select, play, view, panel). */
const INPUT_REPS = 6;

type Kind = 'app' | 'baseline';

interface FrameStats {
  median: number;
  p95: number;
  frames: number;
}

interface Timings {
  median: number;
  p95: number;
  samples: number[];
}

interface Responsiveness {
  /** Per load: long tasks (ms each) in the AFTER_FIRST_FRAME_MS after the first frame. */
  longTasks: number[][];
  /** Click on the target as soon as the first frame is announced → painted frame showing the selection. */
  firstClick: Timings | null;
  /** First frame → that click's input event (how soon after the first frame it came). */
  firstClickAfterFrameMs: number[];
  later: Record<'select' | 'play' | 'view' | 'panel', Timings> | null;
}

interface Result {
  firstFrameMs: number;
  firstFrameRunsMs: number[];
  firstFrameJs: ScriptSize[];
  firstFrameJsKB: number;
  clickToSelectMs: number | null;
  clip: FrameStats;
  heapBeforeMB: number;
  heapAfterMB: number;
  responsiveness: Responsiveness;
}

const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 6);
const clipOnly = args.includes('--clip-only');

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

const median = (values: number[]) => quantile(values, 0.5);
const timings = (samples: number[]): Timings => ({ median: median(samples), p95: quantile(samples, 0.95), samples });

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
    outDir,
    url: `http://${host}:${port}/baseline.html`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Remembers the page's WebGL context (the last one created) for the frame probe. */
const GL_PROBE = `(() => {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const context = getContext.call(this, type, ...rest);
    if (context && /webgl/i.test(type)) window.__gl = context;
    return context;
  };
})();`;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(GL_PROBE);
  await page.addInitScript(FIRST_FRAME_PROBE);
  await page.addInitScript(LONG_TASK_PROBE);
  return page;
}

/**
 * Frame times while a clip plays. Under SwiftShader an animation loop queues frames far faster than
 * they are drawn, so requestAnimationFrame deltas alone say little: a 1-pixel readPixels at the start
 * of each frame waits until the previous frame is really drawn. One read before timing drains what
 * is already queued.
 */
async function clipFrames(page: Page, kind: Kind, windowMs: number): Promise<FrameStats> {
  await page.evaluate((k) => (k === 'app' ? window.anatomyViewer!.play('plantarflexion') : window.baseline!.play('plantarflexion')), kind);
  const stamps = await page.evaluate(async (windowMs) => {
    const gl = (window as unknown as { __gl: WebGLRenderingContext }).__gl;
    const pixel = new Uint8Array(4);
    const read = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    await new Promise((r) => requestAnimationFrame(r));
    read(); // drain
    const out: number[] = [];
    await new Promise<void>((done) => {
      const end = performance.now() + windowMs;
      const tick = () => {
        read();
        const t = performance.now();
        out.push(t);
        if (t < end) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    return out;
  }, windowMs);
  await page.evaluate((k) => (k === 'app' ? window.anatomyViewer!.pause() : window.baseline!.pause()), kind);
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  return { median: median(intervals), p95: quantile(intervals, 0.95), frames: intervals.length };
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

/**
 * One load for responsiveness: as soon as the first frame is announced, a real click on the target
 * (app only; at the point it occupies in the initial view, found beforehand so that finding it does
 * not load the main thread), then the long tasks in the AFTER_FIRST_FRAME_MS after the first frame.
 */
async function firstClickLoad(browser: Browser, target: Target, point: { x: number; y: number } | null) {
  const page = await newPage(browser);
  try {
    await page.goto(target.url);
    const first = await page.waitForFunction(() => (window as unknown as { __firstFrame?: { at: number } }).__firstFrame?.at, null, {
      timeout: 120_000,
      polling: 'raf',
    });
    const at = (await first.jsonValue()) as number;
    let click: { ms: number; at: number } | null = null;
    if (point) click = await timeInput(page, () => page.mouse.click(point.x, point.y), { kind: 'selected', id: TARGET });
    const longTasks = await longTasksIn(page, at, AFTER_FIRST_FRAME_MS);
    return { longTasks, clickMs: click?.ms ?? null, clickAfterFrameMs: click ? click.at - at : null };
  } finally {
    await page.context().close();
  }
}

/** Later inputs on a settled page: select on the canvas, play, a view button, opening the side panel. */
async function laterInputs(page: Page): Promise<Responsiveness['later']> {
  const samples = { select: [] as number[], play: [] as number[], view: [] as number[], panel: [] as number[] };
  const still = () => page.waitForFunction(() => window.anatomyViewer!.getState().cameraMoving === false, null, { timeout: 30_000 });
  const click = (selector: string) => () => page.locator(selector).click();
  for (let i = 0; i < INPUT_REPS; i++) {
    // each select is timed from the default (posterior) view: after the lateral view input of the
    // previous repetition the medial head shows only as a sliver, whose edge pixel may miss it
    await page.evaluate(() => {
      window.anatomyViewer!.select(null);
      window.anatomyViewer!.setView('posterior');
    });
    await still();
    const point = await screenPoint(page, 'app');
    const timed = (input: () => Promise<unknown>, shown: Shown) => timeInput(page, input, shown).then((t) => t.ms);
    samples.select.push(await timed(() => page.mouse.click(point.x, point.y), { kind: 'selected', id: TARGET, panel: true }));
    await still();
    // The play button plays the chosen action: choose one (paused) first.
    await page.evaluate(() => {
      window.anatomyViewer!.play('plantarflexion');
      window.anatomyViewer!.pause();
    });
    samples.play.push(await timed(click('[data-testid="play-pause"]'), { kind: 'playing' }));
    await page.evaluate(() => window.anatomyViewer!.pause());
    const view = i % 2 === 0 ? 'medial' : 'lateral';
    samples.view.push(await timed(click(`[data-testid="view-${view}"]`), { kind: 'view', view }));
    await still();
    await page.locator('.panel-toggle').click();
    await page.waitForFunction(() => document.querySelector('.panel-toggle')?.getAttribute('aria-expanded') === 'false');
    samples.panel.push(await timed(click('.panel-toggle'), { kind: 'panel-open' }));
  }
  await page.evaluate(() => window.anatomyViewer!.select(null));
  return { select: timings(samples.select), play: timings(samples.play), view: timings(samples.view), panel: timings(samples.panel) };
}

interface Target {
  kind: Kind;
  url: string;
  /** Folder the server serves, to size the scripts. */
  root: string;
}

/** One page load: ms to the first model frame and the scripts loaded by then. */
async function firstFrameLoad(browser: Browser, target: Target): Promise<{ ms: number; scripts: string[] }> {
  const page = await newPage(browser);
  try {
    await page.goto(target.url);
    const first = await firstFrameOf(page);
    return { ms: first.at, scripts: first.scripts };
  } finally {
    await page.context().close();
  }
}

/** Clip frames, click → selection and heap on one loaded page. */
async function interaction(browser: Browser, target: Target) {
  const step = (what: string) => console.log(`  ${target.kind}: ${what}`);
  const page = await newPage(browser);
  await page.goto(target.url);
  await firstFrameOf(page);
  if (target.kind === 'app') {
    // The side panel (where the selection shows) renders after the first frame.
    await page.locator('nav[aria-label="Structures"]').waitFor({ state: 'attached', timeout: 60_000 });
  }
  // Click → selection first, in the rest pose (after a clip, the first ray also refits the posed
  // skinned meshes' bounds and picking trees).
  let clickToSelectMs: number | null = null;
  if (!clipOnly) {
    clickToSelectMs = await clickToSelect(page, target.kind);
    step(`click → selection ${clickToSelectMs.toFixed(0)} ms`);
    if (target.kind === 'app') await page.evaluate(() => window.anatomyViewer!.select(null));
  }
  let later: Responsiveness['later'] = null;
  if (!clipOnly && target.kind === 'app') {
    later = await laterInputs(page);
    step(
      `input → painted frame, median/p95 ms: ${Object.entries(later!)
        .map(([k, t]) => `${k} ${t.median.toFixed(0)}/${t.p95.toFixed(0)}`)
        .join(', ')}`,
    );
  }
  // A first window that does not count: work queued right after load (the deferred interface,
  // picking trees in idle time, the clip's first shader variants) lands in it for both pages.
  await clipFrames(page, target.kind, CLIP_WARMUP_MS);
  const clip = await clipFrames(page, target.kind, CLIP_WINDOW_MS);
  step(`clip frame median ${clip.median.toFixed(1)} ms, p95 ${clip.p95.toFixed(1)} ms over ${clip.frames} frames`);
  if (clipOnly) {
    await page.context().close();
    return { clip, clickToSelectMs: null, heap: { before: 0, after: 0 }, later };
  }
  const heap = await heapAfterLoops(page, target.kind);
  step(`heap ${heap.before.toFixed(1)} → ${heap.after.toFixed(1)} MB after ${ACTION_LOOPS} loops`);
  await page.context().close();
  return { clip, clickToSelectMs, heap, later };
}

function table(app: Result, base: Result): string {
  const rows: Array<[string, number | null, number | null]> = [
    [`first model frame (ms, median of ${app.firstFrameRunsMs.length} loads)`, app.firstFrameMs, base.firstFrameMs],
    ['JS loaded before the first frame (KB gzip)', app.firstFrameJsKB, base.firstFrameJsKB],
    ['frame time while a clip plays, median (ms)', app.clip.median, base.clip.median],
    ['frame time while a clip plays, p95 (ms)', app.clip.p95, base.clip.p95],
    ['click → selection shown (ms)', app.clickToSelectMs, base.clickToSelectMs],
    [
      `long tasks > 50 ms in the ${AFTER_FIRST_FRAME_MS / 1000} s after the first frame (median per load)`,
      median(app.responsiveness.longTasks.map((t) => t.length)),
      median(base.responsiveness.longTasks.map((t) => t.length)),
    ],
    [
      'longest task in that window (ms, median per load)',
      median(app.responsiveness.longTasks.map((t) => Math.max(0, ...t))),
      median(base.responsiveness.longTasks.map((t) => Math.max(0, ...t))),
    ],
    ['click at the first frame → highlight painted, median (ms)', app.responsiveness.firstClick?.median ?? null, null],
    ['click at the first frame → highlight painted, p95 (ms)', app.responsiveness.firstClick?.p95 ?? null, null],
    ...(['select', 'play', 'view', 'panel'] as const).flatMap((k): Array<[string, number | null, number | null]> => [
      [`later input → painted frame: ${k}, median (ms)`, app.responsiveness.later?.[k].median ?? null, null],
      [`later input → painted frame: ${k}, p95 (ms)`, app.responsiveness.later?.[k].p95 ?? null, null],
    ]),
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
  if (!(rounds >= 1)) throw new Error('--rounds must be at least 1');
  const chromePath = await resolveChromePath();
  const app = await buildAndServe({ reuse });
  const baseline = await serveBaseline();
  const browser = await launchChromium(chromePath);
  const loadAtStart = loadavg()[0];
  try {
    const probe = await newPage(browser);
    const renderer = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    await probe.context().close();

    const targets: Record<Kind, Target> = {
      app: { kind: 'app', url: `${app.baseURL}/`, root: app.distDir },
      baseline: { kind: 'baseline', url: baseline.url, root: baseline.outDir },
    };
    console.log(`app ${targets.app.url} · baseline ${targets.baseline.url} · ${rounds} rounds, alternating order`);
    const loads: Record<Kind, { ms: number[]; scripts: string[] }> = { app: { ms: [], scripts: [] }, baseline: { ms: [], scripts: [] } };
    // One warm-up load each (disk cache of the server, Chromium's code cache) that does not count.
    if (!clipOnly) for (const kind of ['app', 'baseline'] as const) await firstFrameLoad(browser, targets[kind]);
    for (let r = 0; r < (clipOnly ? 0 : rounds); r++) {
      const order: Kind[] = r % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
      for (const kind of order) {
        const { ms, scripts } = await firstFrameLoad(browser, targets[kind]);
        loads[kind].ms.push(ms);
        loads[kind].scripts = scripts;
      }
      console.log(`  round ${r + 1}: app ${loads.app.ms.at(-1)!.toFixed(0)} ms, baseline ${loads.baseline.ms.at(-1)!.toFixed(0)} ms`);
    }
    // Responsiveness: where the target is in the initial view (found on a settled page, not during
    // the measured loads), then alternating loads with a click at the first frame (app) and the
    // long tasks after the first frame (both).
    const firstLongTasks: Record<Kind, number[][]> = { app: [], baseline: [] };
    const firstClicks: number[] = [];
    const firstClickAfter: number[] = [];
    if (!clipOnly) {
      const probePage = await newPage(browser);
      await probePage.goto(targets.app.url);
      await firstFrameOf(probePage);
      await probePage.waitForFunction(() => window.anatomyViewer!.getState().cameraMoving === false);
      const point = await screenPoint(probePage, 'app');
      await probePage.context().close();
      for (let r = 0; r < rounds; r++) {
        const order: Kind[] = r % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
        for (const kind of order) {
          const got = await firstClickLoad(browser, targets[kind], kind === 'app' ? point : null);
          firstLongTasks[kind].push(got.longTasks);
          if (got.clickMs !== null) firstClicks.push(got.clickMs);
          if (got.clickAfterFrameMs !== null) firstClickAfter.push(got.clickAfterFrameMs);
        }
        const fmt = (tasks: number[]) => `${tasks.length} long tasks${tasks.length ? ` (longest ${Math.max(...tasks).toFixed(0)} ms)` : ''}`;
        console.log(
          `  responsiveness round ${r + 1}: app click at first frame → selection painted ${firstClicks.at(-1)?.toFixed(0)} ms, ` +
            `app ${fmt(firstLongTasks.app.at(-1)!)}, baseline ${fmt(firstLongTasks.baseline.at(-1)!)} in ${AFTER_FIRST_FRAME_MS / 1000} s after the first frame`,
        );
      }
    }
    const results = {} as Record<Kind, Result>;
    for (const kind of ['app', 'baseline'] as const) {
      const js = gzipSizes(targets[kind].root, loads[kind].scripts);
      const { clip, clickToSelectMs, heap, later } = await interaction(browser, targets[kind]);
      results[kind] = {
        firstFrameMs: median(loads[kind].ms),
        firstFrameRunsMs: loads[kind].ms,
        firstFrameJs: js,
        firstFrameJsKB: totalKB(js),
        clickToSelectMs,
        clip,
        heapBeforeMB: heap.before,
        heapAfterMB: heap.after,
        responsiveness: {
          longTasks: firstLongTasks[kind],
          firstClick: kind === 'app' && firstClicks.length ? timings(firstClicks) : null,
          firstClickAfterFrameMs: kind === 'app' ? firstClickAfter : [],
          later,
        },
      };
    }
    const ratios = loads.app.ms.map((ms, i) => ms / loads.baseline.ms[i]);
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      // Other processes on the machine skew every figure; the 1-minute load averages say how much.
      loadAverage1mAtStart: Number(loadAtStart.toFixed(2)),
      loadAverage1mAtEnd: Number(loadavg()[0].toFixed(2)),
      node: process.version,
      chromium: browser.version(),
      webglRenderer: renderer,
      viewport: VIEWPORT,
    };
    const text = table(results.app, results.baseline);
    console.log(`\n${text}\n`);
    console.log(
      `first-frame ratio per round: ${ratios.map((r) => r.toFixed(2)).join(', ')} (median ${median(ratios).toFixed(2)}, ` +
        `spread ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    );
    console.log(`app JS before the first frame: ${results.app.firstFrameJs.map((s) => `${s.path} ${s.gzipKB.toFixed(1)} KB`).join(', ')}`);
    console.log(
      `machine: ${machine.cores}× ${machine.cpu}, ${machine.memoryGB} GB, load average ${machine.loadAverage1mAtStart} → ${machine.loadAverage1mAtEnd}, Chromium ${machine.chromium}, ${renderer}`,
    );
    const outDir = resolve(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      resolve(outDir, 'latest.json'),
      `${JSON.stringify({ date: new Date().toISOString(), machine, rounds, firstFrameRatios: ratios, app: results.app, baseline: results.baseline, table: text }, null, 2)}\n`,
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
