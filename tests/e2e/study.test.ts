/**
 * Issue 5: the Latin switch (labels, list and panel heading; kept on this device; `lang=la` in the
 * link) and the PNG snapshot of the current view with its labels.
 */
import { describe, expect, it } from 'vitest';
import { canvasBox, settle, useApp, visiblePoint, downloadBytes, waitForReady } from './browser';
import { decodePng } from './images';
import { MEDIAL, SEL, clickStructure, emptyCanvasPoint, frames, structureData, testId } from './viewer';

const app = useApp();

describe('Latin names', () => {
  it('the switch shows the heading, list and hover label in Latin, puts lang=la in the link and survives a reload', async () => {
    const { page } = await app.open(`/?select=${MEDIAL}`);
    const latin = structureData(MEDIAL).latin;
    const toggle = page.locator(testId('latin-toggle'));
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toMatch(/gastrocnemius, medial head/i);

    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toBe(latin);
    expect(await page.locator(testId(`structure-item-${MEDIAL}`)).textContent()).toBe(latin);
    expect(await page.locator(`${SEL.structureNav} h3`).first().textContent()).toBe('Ossa');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('la');
    // The hover label follows the switch.
    await settle(page);
    const soleus = await visiblePoint(page, 'soleus');
    await page.mouse.move(soleus.x, soleus.y, { steps: 2 });
    await expect.poll(() => page.locator(SEL.hoverLabel).textContent()).toBe(structureData('soleus').latin);

    // Kept on this device: a plain address (no lang) opens in Latin too.
    await page.goto(new URL(page.url()).origin + `/?select=${MEDIAL}`);
    await waitForReady(page); // the panel comes with the interface, after the first frame
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toBe(latin);
    await page.locator(testId('latin-toggle')).click();
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toMatch(/medial head/i);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  it('a link with lang=la opens in Latin; an unknown lang gives a notice and English', async () => {
    const { page } = await app.open(`/?select=soleus&lang=la`);
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toBe(structureData('soleus').latin);
    const other = await app.open(`/?select=soleus&lang=xx`);
    expect(await other.page.locator(SEL.notice).textContent()).toMatch(/unknown language/i);
    expect(await other.page.locator(`${SEL.panel} h2`).first().textContent()).toBe('Soleus');
  });
});

describe('snapshot', () => {
  it('saves a PNG of the view with a caption naming the selection, without any request', async () => {
    const { page, offOrigin } = await app.open('/');
    await clickStructure(page, MEDIAL);
    await emptyCanvasPoint(page);
    await settle(page);
    const canvas = await canvasBox(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('snapshot')).click()]);
    expect(download.suggestedFilename()).toBe(`lower-leg-${MEDIAL}.png`);
    expect(download.url()).toMatch(/^blob:/);
    const png = await downloadBytes(download);
    const image = decodePng(png);
    expect(image.width).toBe(Math.round(canvas.width));
    expect(image.height, 'the canvas plus a caption band').toBeGreaterThan(Math.round(canvas.height));

    // The 3D part is not blank: the leg's pixels differ from the background.
    const px = (x: number, y: number) => {
      const i = (y * image.width + x) * 4;
      return [image.data[i], image.data[i + 1], image.data[i + 2]];
    };
    const colours = new Set<string>();
    for (let y = 0; y < canvas.height; y += 8) for (let x = 0; x < image.width; x += 8) colours.add(px(x, y).join(','));
    expect(colours.size, 'the view has many colours (the model is drawn)').toBeGreaterThan(50);
    // The caption band has text in it (light pixels on the dark band).
    let light = 0;
    for (let y = Math.round(canvas.height); y < image.height; y++) {
      for (let x = 0; x < Math.min(400, image.width); x++) if (px(x, y).every((c) => c > 180)) light++;
    }
    expect(light, 'caption text drawn').toBeGreaterThan(100);
    await frames(page, 1);
    expect(offOrigin).toEqual([]);
  });
});
