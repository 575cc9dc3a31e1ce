/**
 * Responsiveness figures for `npm run bench`: long tasks after the first frame, and the time from an
 * input to the next painted frame that shows its result (as INP counts it: from the moment the
 * browser received the input, so time spent waiting for a busy main thread is included).
 */
import type { Page } from 'playwright-core';

/** Init script: every long task (> 50 ms on the main thread) as `window.__longTasks = [[start, duration]…]`. */
export const LONG_TASK_PROBE = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Long tasks that started in [from, from + windowMs) (page time, ms), once that window has passed. */
export async function longTasksIn(page: Page, from: number, windowMs: number): Promise<number[]> {
  await page.waitForFunction((end) => performance.now() >= end, from + windowMs, { timeout: windowMs + 60_000, polling: 100 });
  return page.evaluate(
    ({ from, to }) =>
      ((window as unknown as { __longTasks: [number, number][] }).__longTasks ?? [])
        .filter(([start]) => start >= from && start < to)
        .map(([, duration]) => duration),
    { from, to: from + windowMs },
  );
}

/** What the page must show for an input to count as answered. */
export type Shown =
  /** Selected in the store (its highlight is drawn in the next frame); `panel`: the side panel shows it too. */
  | { kind: 'selected'; id: string; panel?: boolean }
  | { kind: 'playing' }
  | { kind: 'view'; view: string }
  | { kind: 'panel-open' };

export interface InputTiming {
  /** Input (its event timestamp) → the frame showing the result has been painted, ms. */
  ms: number;
  /** Page time of the input, ms since navigation start. */
  at: number;
}

/**
 * Times one input: arms a watcher in the page, runs `input` (a real click through Playwright), and
 * waits for the watcher. The watcher takes the first pointerdown's event timestamp as the start,
 * checks once per animation frame whether the result is shown, and stops at the message posted
 * from that frame's callbacks, which runs after the frame is painted.
 */
export async function timeInput(page: Page, input: () => Promise<unknown>, shown: Shown, timeout = 30_000): Promise<InputTiming> {
  await page.evaluate((shown) => {
    const w = window as unknown as { __input: { t0?: number; ms?: number } };
    const record: { t0?: number; ms?: number } = (w.__input = {});
    window.addEventListener('pointerdown', (e) => (record.t0 ??= e.timeStamp), { capture: true, once: true });
    const isShown = (): boolean => {
      const state = window.anatomyViewer?.getState();
      switch (shown.kind) {
        case 'selected': {
          const heading = document.querySelector('aside[data-testid="info-panel"] h2')?.textContent ?? '';
          return state?.selected === shown.id && (!shown.panel || heading.length > 0);
        }
        case 'playing':
          return state?.playing === true;
        case 'view':
          return state?.view === shown.view;
        case 'panel-open':
          return document.querySelector('.panel-toggle')?.getAttribute('aria-expanded') === 'true';
      }
    };
    const frame = () => {
      if (record.t0 !== undefined && isShown()) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (record.ms = performance.now() - record.t0!);
        channel.port2.postMessage(0);
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, shown);
  await input();
  const handle = await page.waitForFunction(
    () => {
      const r = (window as unknown as { __input: { t0?: number; ms?: number } }).__input;
      return r.ms !== undefined ? { ms: r.ms, at: r.t0! } : false;
    },
    null,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as InputTiming;
}
