/**
 * `npm run screenshots`: images of the built app for the README (docs/screenshot.png: posterior view,
 * gastrocnemius medial head selected, panel open). Builds dist/ unless --reuse is given.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium, NAME_SHIM } from './chromium';
import { buildAndServe } from './globalSetup';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = resolve(ROOT, 'docs');

async function main() {
  const served = await buildAndServe({ reuse: process.argv.includes('--reuse') });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(NAME_SHIM);
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(`${served.baseURL}/?view=posterior`);
    await page.waitForFunction(() => document.documentElement.dataset.viewerReady === 'true', null, { timeout: 120_000 });
    // Select with a real click, as a person would.
    const point = await page.evaluate(() => window.anatomyViewer!.screenPosition('gastrocnemius_medial_head'));
    if (!point) throw new Error('the medial head is not visible in the posterior view');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => window.anatomyViewer!.getState().selected === 'gastrocnemius_medial_head');
    await page.locator('aside[data-testid="info-panel"] h2').first().waitFor();
    // Move the pointer off the model (no hover label), then wait for a still camera and a fresh frame.
    await page.mouse.move(8, 792);
    await page.waitForFunction(() => window.anatomyViewer!.getState().cameraMoving === false);
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

    mkdirSync(DOCS, { recursive: true });
    const file = resolve(DOCS, 'screenshot.png');
    writeFileSync(file, await page.screenshot());
    console.log(`wrote ${file}`);
    if (problems.length) throw new Error(`console errors while taking screenshots:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    await served.server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
