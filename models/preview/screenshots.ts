/**
 * `npm run screenshots:model`: serve the repo with Vite on port 5301, open models/preview/ in
 * headless Chromium (SwiftShader) and save PNGs of the model from the four sides, the back of the
 * knee close up, full knee flexion and full plantarflexion into screenshots/model/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import chromium from '@sparticuz/chromium';
import { chromium as playwright } from 'playwright-core';
import { createServer } from 'vite';

// PREVIEW_PORT lets two checkouts render at once
const PORT = Number(process.env.PREVIEW_PORT ?? 5301);
const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../screenshots/model/', import.meta.url));

const SHOTS: { name: string; query: string }[] = [
  { name: 'anterior', query: 'view=anterior' },
  { name: 'posterior', query: 'view=posterior' },
  { name: 'medial', query: 'view=medial' },
  { name: 'lateral', query: 'view=lateral' },
  { name: 'knee-back', query: 'view=knee-back' },
  { name: 'knee-flexion-140', query: 'view=lateral&knee=140' },
  { name: 'plantarflexion-50', query: 'view=medial&ankle=50' },
  { name: 'skin-posterior', query: 'view=posterior&skin=1' },
  { name: 'bones-knee-back', query: 'view=knee-back&bones=1' },
  { name: 'bones-anterior', query: 'view=anterior&bones=1' },
  { name: 'bones-lateral', query: 'view=lateral&bones=1' },
  { name: 'bones-lateral-knee30', query: 'view=lateral&bones=1&knee=30' },
  { name: 'bones-lateral-knee90', query: 'view=lateral&bones=1&knee=90' },
  { name: 'bones-lateral-knee140', query: 'view=lateral&bones=1&knee=140' },
  { name: 'plantar', query: 'view=plantar' },
  { name: 'bones-plantar', query: 'view=plantar&bones=1' },
  { name: 'bones-foot-medial', query: 'view=foot-medial&bones=1' },
  { name: 'bones-foot-lateral', query: 'view=foot-lateral&bones=1' },
  { name: 'bones-foot-dorsal', query: 'view=foot-dorsal&bones=1' },
  { name: 'bones-foot-lateral-tint', query: 'view=foot-lateral&bones=1&tint=1' },
  { name: 'bones-foot-medial-tint', query: 'view=foot-medial&bones=1&tint=1' },
  { name: 'bones-ankle-anterior', query: 'view=ankle-anterior&bones=1' },
  { name: 'bones-inversion-20', query: 'view=ankle-anterior&bones=1&subtalar=20' },
  ...process.argv.slice(2).map((q, i) => ({ name: `extra-${i}`, query: q })),
].filter((s) => !process.env.SHOTS || process.env.SHOTS.split(',').includes(s.name));

mkdirSync(outDir, { recursive: true });
const server = await createServer({ root, server: { port: PORT, strictPort: true }, logLevel: 'error', configFile: false });
await server.listen();
const browser = await playwright.launch({
  executablePath: process.env.CHROME_PATH || (await chromium.executablePath()),
  args: [
    ...chromium.args.filter((a) => a !== '--single-process' && a !== '--disable-web-security'),
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 720, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const shot of SHOTS) {
    await page.goto(`http://localhost:${PORT}/models/preview/index.html?${shot.query}`);
    await page.waitForFunction(() => window.__previewReady === true, undefined, { timeout: 60_000 });
    const error = await page.evaluate(() => window.__previewError);
    if (error) throw new Error(`preview failed for ${shot.query}: ${error}`);
    await page.screenshot({ path: `${outDir}${shot.name}.png` });
    console.log(`saved screenshots/model/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
