/**
 * Global setup of the e2e project: build the app into dist/ once, serve it with `vite preview` on a
 * free port, start one Chromium for every test file, and hand the base URL, the browser's endpoint and
 * its path to the test files (`inject('baseURL')`, `inject('browserEndpoint')`, `inject('chromePath')`).
 *
 * Environment:
 * - CHROME_PATH: use this Chromium instead of the one shipped in @sparticuz/chromium.
 * - E2E_REUSE_DIST=1: skip `vite build` when dist/index.html exists (local iteration only; CI always builds).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { launchChromiumServer, resolveChromePath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server, e.g. http://127.0.0.1:5501 (no trailing slash). */
    baseURL: string;
    /** Chromium executable for playwright-core. */
    chromePath: string;
    /** WebSocket endpoint of the Chromium shared by all test files (each connects; contexts stay per test). */
    browserEndpoint: string;
    /** Absolute path of the built app (dist/). */
    distDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const PREFERRED_PORT = 5501;

/** The preferred port when it is free, otherwise any free port the OS hands out. */
export async function freePort(preferred: number = PREFERRED_PORT, host = '127.0.0.1'): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((done) => {
      const srv = createServer();
      srv.once('error', () => done(null));
      srv.listen(port, host, () => {
        const address = srv.address();
        const got = typeof address === 'object' && address ? address.port : null;
        srv.close(() => done(got));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? Promise.reject(new Error('no free TCP port'));
}

/** Build dist/ (unless reused) and start `vite preview` on it. */
export async function buildAndServe(options: { reuse?: boolean; port?: number } = {}): Promise<{
  server: PreviewServer;
  baseURL: string;
  distDir: string;
}> {
  const distDir = resolve(ROOT, 'dist');
  const reuse = options.reuse && existsSync(resolve(distDir, 'index.html'));
  if (!reuse) {
    // vitest sets NODE_ENV=test, and Vite would then bundle React's development build (StrictMode
    // double-invokes memos and effects there): test the production build that users get.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const host = '127.0.0.1';
  const port = options.port ?? (await freePort(PREFERRED_PORT, host));
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host, port, strictPort: true, open: false },
  });
  return { server, baseURL: `http://${host}:${port}`, distDir };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [chromePath, served] = await Promise.all([
    resolveChromePath(),
    buildAndServe({ reuse: process.env.E2E_REUSE_DIST === '1' }),
  ]);
  const browser = await launchChromiumServer(chromePath);
  project.provide('baseURL', served.baseURL);
  project.provide('chromePath', chromePath);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('distDir', served.distDir);
  return async () => {
    await browser.close();
    await served.server.close();
  };
}
