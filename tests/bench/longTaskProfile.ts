/**
 * What the long tasks after the first frame are: loads the built app as `npm run bench` does
 * (1024×700, the same Chromium), records every long task (> 50 ms) with a CDP CPU profile running,
 * and for each long task in the AFTER_FIRST_FRAME_MS after the first frame prints where its time
 * went (self time by function, and the outermost app frames). `npm run bench` counts them; this says
 * what they are.
 *
 *   npx tsx tests/bench/longTaskProfile.ts [--reuse] [--rounds=3] [--click] [--json=out.json] [--dist=folder]
 *
 * --click: click the medial head as soon as the first frame is announced, as the bench does.
 * --dist: serve this already built folder instead of building dist/ (to compare two builds).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, NAME_SHIM, resolveChromePath } from '../e2e/chromium';
import { preview } from 'vite';
import { buildAndServe, freePort } from '../e2e/globalSetup';
import { FIRST_FRAME_PROBE } from './firstFrameJs';
import { LONG_TASK_PROBE, longTasksIn } from './responsiveness';

const VIEWPORT = { width: 1024, height: 700 };
const AFTER_FIRST_FRAME_MS = 5000;
const TARGET = 'gastrocnemius_medial_head';

const flag = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const rounds = Number(option('rounds') ?? 3);
const jsonOut = option('json');

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A long task as the page saw it (page time, ms), and what the profile says ran in it. */
interface Explained {
  start: number;
  duration: number;
  /** Self time (ms) by "function file:line", largest first. */
  self: [string, number][];
  /** Inclusive time (ms) by function: each sample counts once for every function on its stack. */
  inclusive: [string, number][];
}

const frameName = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`.trim();

function explain(profile: Profile, toPage: (us: number) => number, tasks: [number, number][]): Explained[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  // each sample's time (page ms) and node
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push(toPage((t += d)));
  return tasks.map(([start, duration]) => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < start || times[i] >= start + duration) continue;
      // the interval this sample stands for
      const ms = i + 1 < times.length ? times[i + 1] - times[i] : 1;
      const node = byId.get(profile.samples[i])!;
      const name = frameName(node.callFrame);
      self.set(name, (self.get(name) ?? 0) + ms);
      const onStack = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? byId.get(n.parent) : undefined) {
        onStack.add(frameName(n.callFrame));
      }
      for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
    return { start, duration, self: top(self, 12), inclusive: top(inclusive, 40) };
  });
}

async function profileLoad(browser: Browser, url: string, point: { x: number; y: number } | null) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const script of [NAME_SHIM, FIRST_FRAME_PROBE, LONG_TASK_PROBE]) await page.addInitScript(script);
  try {
    // The profiler starts once the document commits: before any of the app's script runs.
    await page.goto(url, { waitUntil: 'commit' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // page time ↔ profile time (µs, monotonic): one reading of each, back to back
    const sync = await cdp.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true });
    const pageNow = sync.result.value as number;
    const first = await page.waitForFunction(() => (window as unknown as { __firstFrame?: { at: number } }).__firstFrame?.at, null, {
      timeout: 120_000,
      polling: 'raf',
    });
    const at = (await first.jsonValue()) as number;
    if (point) await page.mouse.click(point.x, point.y);
    const durations = await longTasksIn(page, at, AFTER_FIRST_FRAME_MS);
    const all = (await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)).filter(
      ([start]) => start >= at && start < at + AFTER_FIRST_FRAME_MS,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    // The first sample is taken right as the profiler starts, i.e. at about pageNow.
    const offset = pageNow - profile.startTime / 1000;
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)] as const),
    );
    return { firstFrame: at, durations, explained: explain(profile, (us) => us / 1000 + offset, all), marks };
  } finally {
    await context.close();
  }
}

async function targetPoint(browser: Browser, url: string): Promise<{ x: number; y: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page: Page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.goto(url);
  await page.waitForFunction(() => window.anatomyViewer?.getState().ready && !window.anatomyViewer.getState().cameraMoving);
  const point = await page.evaluate((id) => window.anatomyViewer!.screenPosition(id as 'soleus'), TARGET);
  await context.close();
  if (!point) throw new Error(`${TARGET} is not visible`);
  return point;
}

async function serve(outDir: string) {
  const port = await freePort(0);
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return { server, baseURL: `http://127.0.0.1:${port}` };
}

async function main() {
  const dist = option('dist');
  const app = dist ? await serve(dist) : await buildAndServe({ reuse: flag('reuse') });
  const browser = await launchChromium(await resolveChromePath());
  const url = `${app.baseURL}/`;
  const out: unknown[] = [];
  try {
    const point = flag('click') ? await targetPoint(browser, url) : null;
    await profileLoad(browser, url, point); // warm-up (server and code caches), not counted
    for (let r = 0; r < rounds; r++) {
      const load = await profileLoad(browser, url, point);
      out.push(load);
      console.log(`\nload ${r + 1}: first frame at ${load.firstFrame.toFixed(0)} ms; long tasks in the next 5 s: ${load.durations.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
      for (const task of load.explained) {
        console.log(`  task at +${(task.start - load.firstFrame).toFixed(0)} ms, ${task.duration.toFixed(0)} ms`);
        console.log(`    inclusive: ${task.inclusive.slice(0, 25).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | ')}`);
        console.log(`    self: ${task.self.slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | ')}`);
      }
    }
    const counts = out.map((l) => (l as { durations: number[] }).durations.length).sort((a, b) => a - b);
    console.log(`\nlong tasks per load: ${JSON.stringify(out.map((l) => (l as { durations: number[] }).durations.map(Math.round)))}; median count ${counts[Math.floor(counts.length / 2)]}`);
  } finally {
    await browser.close();
    await app.server.close();
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(out, null, 1));
}

await main();
