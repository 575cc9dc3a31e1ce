/**
 * `npx tsx tests/e2e/explorerScreenshots.ts [--reuse]`: README images of the function explorer
 * (docs/explorer-*.png) from the built app, driven like a person would (clicks, the panel's controls).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, NAME_SHIM } from './chromium';
import { buildAndServe } from './globalSetup';

const DOCS = resolve(import.meta.dirname, '../../docs');

async function still(page: Page): Promise<void> {
  await page.waitForFunction(() => window.anatomyViewer!.getState().cameraMoving === false);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function main() {
  const served = await buildAndServe({ reuse: process.argv.includes('--reuse') });
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    const shoot = async (name: string, path: string, act: (page: Page) => Promise<void>) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.addInitScript(NAME_SHIM);
      page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${served.baseURL}${path}`);
      await page.waitForFunction(() => document.documentElement.dataset.explorerReady === 'true', null, { timeout: 120_000 });
      await act(page);
      await page.mouse.move(8, 792);
      await still(page);
      const file = resolve(DOCS, `explorer-${name}.png`);
      writeFileSync(file, await page.screenshot());
      console.log(`wrote ${file}`);
      await context.close();
    };
    mkdirSync(DOCS, { recursive: true });

    await shoot('bone', '/?view=posterior', async (page) => {
      await page.locator('[data-testid="layer-muscle"]').click();
      await page.evaluate(() => window.anatomyViewer!.select('gastrocnemius_medial_head'));
      await page.locator('[data-testid="link-origin"]').click();
      await still(page);
      await page.keyboard.press('Escape');
      const femur = await page.evaluate(() => window.anatomyViewer!.screenPosition('femur'));
      if (!femur) throw new Error('the femur is not visible');
      await page.mouse.click(femur.x, femur.y);
      await page.locator('[data-testid="bone-attachments"]').scrollIntoViewIfNeeded();
    });
    await shoot('lesion', '/?view=anterior', async (page) => {
      await page.locator('[data-testid="lesion-select"]').selectOption('common_fibular_nerve');
      await page.locator('[data-testid="lesion-effect"]').scrollIntoViewIfNeeded();
    });
    await shoot('lines', '/?view=medial&knee=40&ankle=10', async (page) => {
      await page.evaluate(() => window.anatomyViewer!.select('gastrocnemius_medial_head'));
      const head = await page.evaluate(() => window.anatomyViewer!.screenPosition('gastrocnemius_medial_head'));
      if (!head) throw new Error('the medial head is not visible');
      await page.locator('[data-testid="lines-toggle-muscle"]').check();
      await page.mouse.move(head.x, head.y);
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -250);
      await page.locator('[data-testid="moment-arms"]').first().scrollIntoViewIfNeeded();
    });
    await shoot('action', '/?view=posterior', async (page) => {
      await page.locator('[data-testid="movement-select"]').selectOption('plantarflexion');
      await page.locator('[data-testid="movement-roles"]').scrollIntoViewIfNeeded();
    });
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
