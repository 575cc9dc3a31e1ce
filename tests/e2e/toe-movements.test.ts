/**
 * Issue 19 (item 5): toe flexion and extension play in the viewer by turning the model's toes_joint
 * about the MTP axis — from the embed API and from the action bar — move the toes on screen, keep
 * picking on the moving toes, and stop cleanly (the toes return to neutral).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasShot, getState, screenPosition, settle, useApp, visiblePoint, waitForReady, waitForState } from './browser';
import { decodePng } from './images';
import { frames, setSpeedControl, testId } from './viewer';

const app = useApp();
/** The hallux: its phalanges hang from toes_joint. */
const HALLUX = 'phalanges_1';

/** Canvas pixels (of all) that differ between two canvas screenshots by more than a faint shade. */
function changedFraction(a: Buffer, b: Buffer): number {
  const x = decodePng(a);
  const y = decodePng(b);
  let changed = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const d = Math.abs(x.data[i] - y.data[i]) + Math.abs(x.data[i + 1] - y.data[i + 1]) + Math.abs(x.data[i + 2] - y.data[i + 2]);
    if (d > 30) changed++;
  }
  return changed / (x.data.length / 4);
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

async function restPoint(page: Page) {
  await settle(page);
  return visiblePoint(page, HALLUX);
}

describe('toe movements', () => {
  it("play('toe_extension') lifts the hallux, which stays pickable while it moves; pause returns it to neutral", async () => {
    const { page, shot } = await app.open('/?view=medial');
    await waitForReady(page);
    const rest = await restPoint(page);
    // slow, so the toe barely moves between finding the hallux and clicking it
    await setSpeedControl(page, 0.25);
    expect(await page.evaluate(() => window.anatomyViewer!.play('toe_extension'))).toBe(true);
    const extended = await waitForState(page, (s) => s.footMotion === 'toe_extension' && s.footAngle < -45, undefined, 20_000);
    expect(extended.action).toBeNull();
    expect(await page.locator(testId('play-toe_extension')).getAttribute('aria-pressed')).toBe('true');
    const moved = await visiblePoint(page, HALLUX);
    expect(distance(moved, rest), `hallux at ${JSON.stringify(moved)}, at rest ${JSON.stringify(rest)}`).toBeGreaterThan(3);
    await shot('toe-extension');
    // picking follows the posed toes: a click where the viewer finds the moving hallux selects it
    // (found again just before each click; a busy machine may let the toe move on in between)
    for (let tries = 0; tries < 3 && (await getState(page)).selected !== HALLUX; tries++) {
      const at = await visiblePoint(page, HALLUX);
      await page.mouse.click(at.x, at.y);
      await frames(page, 2);
    }
    await waitForState(page, (s, id) => s.selected === id, HALLUX);

    await page.evaluate(() => window.anatomyViewer!.pause());
    const stopped = await waitForState(page, (s) => s.footMotion === null);
    expect(stopped.footAngle).toBe(0);
    await frames(page, 3);
    const back = await screenPosition(page, HALLUX);
    expect(back).not.toBeNull();
    expect(distance(back!, rest)).toBeLessThan(1.5);
    expect(await page.locator(testId('play-toe_extension')).getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => window.anatomyViewer!.play('toe_abduction' as never))).toBe(false);
  });

  it('the action-bar button plays toe extension (the picture changes) and a second press stops it', async () => {
    const { page } = await app.open('/?view=medial');
    await waitForReady(page);
    await settle(page);
    const before = await canvasShot(page);
    const button = page.locator(testId('play-toe_extension'));
    expect(await button.getAttribute('aria-label')).toBe('Play toe extension (metatarsophalangeal joints)');
    await button.click();
    await waitForState(page, (s) => s.footMotion === 'toe_extension' && s.footAngle < -40, undefined, 20_000);
    const during = await canvasShot(page);
    await expect.poll(async () => (await page.locator(testId('joint-angle')).textContent()) ?? '').toMatch(/^Toes \d+° extension$/);
    expect(changedFraction(before, during)).toBeGreaterThan(0.0005);
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    await waitForState(page, (s) => s.footMotion === null && s.footAngle === 0);
    await settle(page);
    const after = await canvasShot(page);
    expect(changedFraction(before, after)).toBeLessThan(0.0005);
    expect((await getState(page)).playing).toBe(false);
  });

  it('toe flexion plays from its button after inversion, replacing it', async () => {
    const { page } = await app.open('/?view=medial');
    await waitForReady(page);
    await page.locator(testId('play-inversion')).click();
    await waitForState(page, (s) => s.footMotion === 'inversion');
    await page.locator(testId('play-toe_flexion')).click();
    const flexing = await waitForState(page, (s) => s.footMotion === 'toe_flexion' && s.footAngle > 20, undefined, 20_000);
    expect(flexing.footAngle).toBeLessThanOrEqual(40);
    expect(await page.locator(testId('play-inversion')).getAttribute('aria-pressed')).toBe('false');
    await page.locator(testId('play-toe_flexion')).click();
    await waitForState(page, (s) => s.footMotion === null);
  });
});
