/**
 * Issue 5, pins: in pin mode a click on the model asks for a label and drops a pin there; the pin
 * is an HTML marker that follows its structure when the joints move, is kept on this device and in
 * the link (`pins=`), survives a reload, and a malformed `pins` parameter gives a notice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STRUCTURE_IDS } from '../../src/anatomy/ids';
import { settle, useApp, visiblePoint, waitForReady, waitForState } from './browser';
import { MEDIAL, SEL, frames, testId } from './viewer';

const app = useApp();

/** Centre of the first pin's head, in CSS px. */
async function pinHead(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${testId('pin')} .pin-head`).first().boundingBox();
  if (!box) throw new Error('no pin head on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('pins', () => {
  it('pin mode: click the model, type a label, and a labelled marker sits where the click was', async () => {
    const { page, shot } = await app.open('/');
    const mode = page.locator(testId('pin-mode'));
    await mode.click();
    expect(await mode.getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    const point = await visiblePoint(page, MEDIAL);
    await page.mouse.click(point.x, point.y);
    const label = page.locator(testId('pin-label'));
    await label.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pin-label');
    // An empty label is refused with a message.
    await page.locator(testId('pin-save')).click();
    expect(await page.locator(testId('pin-form')).textContent()).toMatch(/type a label/i);
    await label.fill('Fleshy belly');
    await page.keyboard.press('Enter');
    await page.locator(testId('pin-form')).waitFor({ state: 'detached' });
    expect(await mode.getAttribute('aria-pressed'), 'pin mode ends after a pin').toBe('false');

    const marker = page.locator(testId('pin'));
    expect(await marker.count()).toBe(1);
    expect(await marker.getAttribute('data-pin-structure')).toBe(MEDIAL);
    expect(await marker.textContent()).toContain('Fleshy belly');
    await expect.poll(() => marker.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const head = await pinHead(page);
    expect(Math.hypot(head.x - point.x, head.y - point.y), 'the pin sits on the clicked point').toBeLessThan(8);
    await shot('pin-dropped');

    // In the link (compact: structure number and vertex in base 36) and on this device.
    const param = new URL(page.url()).searchParams.get('pins') ?? '';
    expect(param.startsWith(`${STRUCTURE_IDS.indexOf(MEDIAL).toString(36)}:`)).toBe(true);
    expect(param.endsWith(':Fleshy belly')).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('anatomy-viewer:pins:v1'))).toContain('Fleshy belly');

    // The marker follows the muscle when the knee bends.
    await page.evaluate(() => window.anatomyViewer!.play('knee_flexion'));
    await waitForState(page, (s) => s.angles.knee > 45, undefined, 20_000);
    await page.evaluate(() => window.anatomyViewer!.pause());
    await frames(page, 3);
    const moved = await pinHead(page);
    expect(Math.hypot(moved.x - head.x, moved.y - head.y), 'the pin moved with the head').toBeGreaterThan(4);
    await shot('pin-follows-knee-flexion');

    // A reload brings it back.
    await page.reload();
    await waitForReady(page);
    expect(await page.locator(testId('pin')).textContent()).toContain('Fleshy belly');

    // Removing it clears the link parameter.
    await page.locator(`${testId('pin')} button`).click();
    expect(await page.locator(testId('pin')).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('pins')).toBeNull();
  });

  it('Esc leaves pin mode and keeps the selection', async () => {
    const { page } = await app.open(`/?select=${MEDIAL}`);
    const mode = page.locator(testId('pin-mode'));
    await mode.click();
    expect(await mode.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await mode.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await page.evaluate(() => window.anatomyViewer!.getState())).selected).toBe(MEDIAL);
  });

  it('a shared link with pins shows them on another device; malformed entries give a notice', async () => {
    const soleus = STRUCTURE_IDS.indexOf('soleus').toString(36);
    const pins = `${soleus}:a:Soleus%2C here,zz:1:bad,${soleus}:b`;
    const { page } = await app.open(`/?pins=${encodeURIComponent(pins)}`);
    const marker = page.locator(testId('pin'));
    expect(await marker.count()).toBe(1);
    expect(await marker.textContent()).toContain('Soleus, here');
    expect(await marker.getAttribute('data-pin-structure')).toBe('soleus');
    const notice = (await page.locator(SEL.notice).textContent()) ?? '';
    expect(notice).toMatch(/pin 2 in the link was ignored/i);
    expect(notice).toMatch(/pin 3 in the link was ignored/i);
    // The link keeps only the valid pin.
    await expect.poll(() => new URL(page.url()).searchParams.get('pins')).toBe(`${soleus}:a:Soleus%2C here`);

    const broken = await app.open('/?pins=%E0%A4%A');
    expect(await broken.page.locator(SEL.notice).isVisible()).toBe(true);
    expect(await broken.page.locator(testId('pin')).count()).toBe(0);
  });

  it('a pin on a vertex this model lacks (a link from another model version) is removed with a notice', async () => {
    const femur = STRUCTURE_IDS.indexOf('femur').toString(36);
    const soleus = STRUCTURE_IDS.indexOf('soleus').toString(36);
    // Vertex 900 000 is a well-formed link value (under the link's limit), but no structure here has that many.
    const { page } = await app.open(`/?pins=${encodeURIComponent(`${femur}:${(900_000).toString(36)}:Gone,${soleus}:a:Kept`)}`);
    const notice = page.locator(SEL.notice);
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toMatch(/1 pin pointed to a place this version of the model does not have/i);
    expect(await page.locator(testId('pin')).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).searchParams.get('pins')).toBe(`${soleus}:a:Kept`);
  });
});
