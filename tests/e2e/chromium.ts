/**
 * Finding and launching a Chromium with working software WebGL, shared by the e2e tests, the
 * screenshot script and the benchmark (no vitest imports here).
 */
import { existsSync } from 'node:fs';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/**
 * CHROME_PATH when set, otherwise the Chromium shipped inside @sparticuz/chromium (a fresh
 * `npm install` is enough; Debian's chromium is not assumed). The first call unpacks it (~3 s).
 */
export async function resolveChromePath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return sparticuz.executablePath();
}

// --single-process makes one crashed renderer take the browser down; --disable-web-security would
// hide exactly the cross-origin and CSP problems the tests look for. Playwright adds its own --headless.
const DROPPED = ['--single-process', '--disable-web-security', '--headless'];

/**
 * Flags: @sparticuz/chromium's, minus the ones above, plus SwiftShader through ANGLE — the one
 * software GL path that works here (never --disable-software-rasterizer, --use-gl=egl or
 * --use-gl=swiftshader: each of them turns WebGL off).
 */
export function chromiumArgs(): string[] {
  const args = sparticuz.args.filter((arg) => !DROPPED.some((d) => arg === d || arg.startsWith(`${d}=`)));
  for (const flag of ['--use-angle=swiftshader', '--enable-unsafe-swiftshader']) {
    if (!args.includes(flag)) args.push(flag);
  }
  return args;
}

/**
 * An init script for every page: tsx/esbuild may wrap named inner functions in `__name(...)`, and
 * functions sent to the page with evaluate() then need that helper to exist there.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export async function launchChromium(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? (await resolveChromePath()),
    args: chromiumArgs(),
    headless: true,
  });
}

/** One Chromium for the whole e2e run: test files connect to it (`connectChromium`) instead of each launching its own. */
export async function launchChromiumServer(executablePath?: string): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: executablePath ?? (await resolveChromePath()),
    args: chromiumArgs(),
    headless: true,
  });
}

export async function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
