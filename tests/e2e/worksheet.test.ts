/**
 * Issue 14, item 4: the printable worksheet. The outline plate of the current view is clean line
 * art (white paper, grey-to-black lines, no shading or colour), numbered, with an answer key; under
 * print media only the two worksheet pages show.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { anatomy } from '../../src/anatomy/data';
import type { StructureId } from '../../src/anatomy/ids';
import { SCREENSHOT_DIR, settle, useApp, downloadBytes } from './browser';
import { decodePng } from './images';
import { testId } from './viewer';

const app = useApp();

describe('printable worksheet', () => {
  it('draws an outline plate with numbers and a key, and print media shows only the worksheet', async () => {
    const { page } = await app.open('/');
    await settle(page);
    await page.getByRole('group', { name: 'Study tools' }).getByRole('button', { name: 'Print worksheet' }).click();
    const preview = page.locator(testId('worksheet-preview'));
    await preview.waitFor({ timeout: 60_000 });

    // The plate: line art on white.
    const src = (await preview.getAttribute('src'))!;
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(src.slice('data:image/png;base64,'.length), 'base64');
    writeFileSync(resolve(SCREENSHOT_DIR, 'worksheet-plate.png'), png);
    const image = decodePng(png);
    let white = 0;
    let dark = 0;
    let coloured = 0;
    const n = image.width * image.height;
    for (let i = 0; i < n; i++) {
      const [r, g, b] = [image.data[i * 4], image.data[i * 4 + 1], image.data[i * 4 + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) coloured++;
      if (r > 245 && g > 245 && b > 245) white++;
      else if (r < 110) dark++;
    }
    expect(white / n, 'mostly white paper').toBeGreaterThan(0.75);
    expect(dark / n, 'dark lines are drawn').toBeGreaterThan(0.01);
    expect(dark / n, 'lines, not filled shapes').toBeLessThan(0.2);
    expect(coloured, 'no colour or shading: every pixel is grey').toBe(0);

    const key = page.locator(`${testId('worksheet-key')} li`);
    const names = await key.allTextContents();
    expect(names.length, 'a default set of structures is numbered').toBeGreaterThanOrEqual(4);
    // The default posterior view numbers the calf's big muscles.
    const soleus = anatomy.structures.soleus;
    expect(names.some((t) => t.startsWith(soleus.name))).toBe(true);

    // Unticking a structure takes it off the key.
    const first = names[0].split(' (')[0];
    await page.getByRole('checkbox', { name: first, exact: true }).uncheck();
    await expect.poll(() => key.count()).toBe(names.length - 1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    const plate = page.locator(testId('worksheet-plate'));
    expect(await plate.isVisible()).toBe(true);
    expect(await plate.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
    expect(await page.locator(testId('worksheet-key')).isVisible()).toBe(true);
    const keyItems = await key.allTextContents();
    expect(keyItems).toHaveLength(names.length - 1);
    for (const item of keyItems) {
      const id = Object.keys(anatomy.structures).find((k) => item.startsWith(anatomy.structures[k as StructureId].name + ' ('));
      expect(id, `key item "${item}" names a structure`).toBeDefined();
    }
    // Two pages: the key starts a new page.
    expect(await page.locator('.worksheet-key-page').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'worksheet-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(resolve(SCREENSHOT_DIR, 'worksheet.pdf'), pdf);
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), 'plate and key on two A4 pages').toHaveLength(2);

    // PNG fallback.
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('worksheet-png')).click()]);
    expect(download.suggestedFilename()).toMatch(/^lower-leg-worksheet.*\.png$/);
    expect((await downloadBytes(download)).subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  });
});
