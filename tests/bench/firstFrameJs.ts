/**
 * "JS before the first model frame", measured the way the page loads it: an init script notes, when
 * the page announces its first frame (`anatomy-viewer:ready`), every script the Resource Timing API
 * says had finished loading by then (entry, static imports, modulepreloads, any dynamic import the
 * first frame waited for). Their sizes are then read from the build folder and gzip-compressed, as a
 * server would send them. Used by `npm run bench` and tests/e2e/budgets.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Init script: on the ready event, `window.__firstFrame = { at, scripts: [pathname…] }`. */
export const FIRST_FRAME_PROBE = `(() => {
  window.addEventListener('anatomy-viewer:ready', () => {
    const at = performance.now();
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.responseEnd <= at && /\\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
    window.__firstFrame = { at, scripts };
  });
})();`;

export interface FirstFrame {
  /** ms from navigation start to the ready announcement. */
  at: number;
  /** Path names of the scripts loaded before it, e.g. `/assets/index-abc.js`. */
  scripts: string[];
}

/** Waits for the page's first-frame record (the probe must have been added before navigation). */
export async function firstFrameOf(page: Page, timeout = 120_000): Promise<FirstFrame> {
  const handle = await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame, null, {
    timeout,
  });
  return (await handle.jsonValue()) as FirstFrame;
}

export interface ScriptSize {
  path: string;
  gzipKB: number;
}

/** gzip size (KB) of each script, read from the folder the server serves (`dist/` for the app). */
export function gzipSizes(root: string, paths: readonly string[]): ScriptSize[] {
  const unique = [...new Set(paths)];
  return unique.map((path) => {
    const file = join(root, path.replace(/^\/+/, '').split('/').join('/'));
    return { path, gzipKB: gzipSync(readFileSync(file)).length / 1024 };
  });
}

export const totalKB = (sizes: readonly ScriptSize[]) => sizes.reduce((sum, s) => sum + s.gzipKB, 0);
