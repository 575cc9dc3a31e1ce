/**
 * Issue 4, pose and muscle length: the knee and ankle sliders pose the model (pixels change), their
 * readouts and the live length readout follow, the selected muscle is tinted by its length, the
 * sliders combine with a playing clip, and `setPose` in the embed API validates its input.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { around, compareImages, decodePng } from './images';
import { canvasShot, getState, settle, useApp, visiblePoint, waitForState } from './browser';
import { testId } from './viewer';

const app = useApp();
const MEDIAL = 'gastrocnemius_medial_head' as const;

const text = async (page: Page, id: string) => ((await page.locator(testId(id)).textContent()) ?? '').trim();
const sliderValue = async (page: Page, id: string) => Number(await page.locator(testId(id)).inputValue());

/** Mean of (blue − red) over a square of the screenshot around a point: > 0 reads blue, < 0 red/amber. */
function blueMinusRed(png: Buffer, point: { x: number; y: number }, radius = 6): number {
  const img = decodePng(png);
  const r = around(point, radius);
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(img.height, r.y + r.height); y++) {
    for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(img.width, r.x + r.width); x++) {
      const i = (y * img.width + x) * 4;
      sum += img.data[i + 2] - img.data[i];
      n++;
    }
  }
  return sum / n;
}

describe('pose sliders', () => {
  it('the knee slider (keyboard) bends the knee: model pixels, slider readout and length readout change', async () => {
    const { page, shot } = await app.open(`/?select=${MEDIAL}&view=medial`);
    await settle(page);
    const before = await canvasShot(page);
    expect(await text(page, 'pose-knee-readout')).toBe('Knee: 0° (straight)');
    const lengthBefore = await text(page, 'length-readout');
    expect(lengthBefore).toMatch(/^0\.0 %/);

    const knee = page.locator(testId('pose-knee'));
    await knee.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await waitForState(page, (s) => Math.round(s.angles.knee) === 5);
    await page.keyboard.press('End');
    const bent = await waitForState(page, (s) => Math.round(s.angles.knee) === 140);
    expect(bent.angles.ankle).toBeCloseTo(0, 1);
    expect(await sliderValue(page, 'pose-knee')).toBe(140);
    expect(await text(page, 'pose-knee-readout')).toBe('Knee: 140° flexion');
    // Gastrocnemius crosses the knee: flexing it shortens the muscle.
    await expect.poll(() => text(page, 'length-readout')).toMatch(/^−\d+\.\d % \(shorter\)$/);

    await settle(page);
    const after = await canvasShot(page);
    const diff = compareImages(before, after);
    expect(diff.changedFraction, `changed ${(diff.changedFraction * 100).toFixed(1)} % of the canvas`).toBeGreaterThan(0.03);
    await shot('knee-140');
  });

  it('the ankle slider (mouse on the range) plantarflexes: pixels, readout words, and soleus gets shorter', async () => {
    const { page } = await app.open('/?select=soleus&view=lateral');
    await settle(page);
    const before = await canvasShot(page);
    const slider = page.locator(testId('pose-ankle'));
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    // −20…50°: a click at 80 % of the track is about 36° of plantarflexion.
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    const state = await waitForState(page, (s) => s.angles.ankle > 25);
    const value = await sliderValue(page, 'pose-ankle');
    expect(Math.abs(value - state.angles.ankle)).toBeLessThanOrEqual(1);
    expect(await text(page, 'pose-ankle-readout')).toBe(`Ankle: ${value}° plantarflexion`);
    await expect.poll(() => text(page, 'length-readout')).toMatch(/^−\d+\.\d % \(shorter\)$/);

    // Dorsiflexion with the keyboard: Home goes to −20°, and soleus is then longer than at neutral.
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForState(page, (s) => Math.round(s.angles.ankle) === -20);
    expect(await text(page, 'pose-ankle-readout')).toBe('Ankle: 20° dorsiflexion');
    await expect.poll(() => text(page, 'length-readout')).toMatch(/^\+\d+\.\d % \(longer\)$/);
    await settle(page);
    const diff = compareImages(before, await canvasShot(page));
    expect(diff.changedFraction).toBeGreaterThan(0.01);
  });

  it('tints the selected muscle blue when it is shorter than at neutral', async () => {
    const { page, shot } = await app.open(`/?select=${MEDIAL}&view=medial`);
    await settle(page);
    const point = await visiblePoint(page, MEDIAL);
    const neutral = blueMinusRed(await page.screenshot(), point);
    expect(neutral, 'selected, neutral length: amber highlight, not blue').toBeLessThan(0);
    await page.evaluate(() => window.anatomyViewer!.setPose({ knee: 60, ankle: 30 }));
    await waitForState(page, (s) => Math.round(s.angles.knee) === 60 && Math.round(s.angles.ankle) === 30);
    await settle(page);
    const shortPoint = await visiblePoint(page, MEDIAL);
    const short = blueMinusRed(await shot('length-tint-shorter'), shortPoint);
    expect(short, 'shortened: tinted blue').toBeGreaterThan(20);

    // The tint can be switched off: the amber selection comes back.
    await page.locator(testId('length-tint')).click();
    await settle(page);
    const off = blueMinusRed(await page.screenshot(), shortPoint);
    expect(off).toBeLessThan(0);
  });

  it('a playing clip moves its joint while the other keeps the slider pose; paused, the slider shows the clip angle', async () => {
    const { page } = await app.open('/?view=lateral');
    await page.evaluate(() => window.anatomyViewer!.setPose({ knee: 45 }));
    await page.locator(testId('play-plantarflexion')).click();
    await waitForState(page, (s) => s.playing && s.action === 'plantarflexion' && s.angles.ankle > 10, undefined, 20_000);
    const during = await getState(page);
    expect(Math.round(during.angles.knee), 'knee keeps the slider pose during the ankle clip').toBe(45);
    expect(await sliderValue(page, 'pose-knee')).toBe(45);

    await page.locator(testId('play-pause')).click();
    await waitForState(page, (s) => !s.playing);
    await settle(page);
    const clipAngle = (await getState(page)).angles.ankle;
    expect(clipAngle, 'paused part-way through plantarflexion').toBeGreaterThan(5);
    await expect.poll(() => sliderValue(page, 'pose-ankle')).toBe(Math.round(clipAngle));
    expect(await text(page, 'pose-ankle-readout')).toBe(`Ankle: ${Math.round(clipAngle)}° plantarflexion`);

    // Moving the ankle slider takes the ankle back from the clip, from where it stopped.
    const ankle = page.locator(testId('pose-ankle'));
    await ankle.focus();
    await page.keyboard.press('ArrowRight');
    const taken = await waitForState(page, (s) => s.action === null);
    expect(Math.round(taken.angles.ankle)).toBe(Math.round(clipAngle) + 1);
    expect(Math.round(taken.angles.knee)).toBe(45);
  });

  it('setPose validates its input and keeps getState().angles true', async () => {
    const { page } = await app.open('/');
    const results = await page.evaluate(() => {
      const v = window.anatomyViewer!;
      return [
        v.setPose({ knee: 200 }),
        v.setPose({ ankle: Number.NaN }),
        v.setPose({ hip: 10 } as never),
        v.setPose(null as never),
        v.setPose({ knee: 30, ankle: -10 }),
      ];
    });
    expect(results).toEqual([false, false, false, false, true]);
    const state = await waitForState(page, (s) => Math.round(s.angles.knee) === 30);
    expect(state.angles.ankle).toBeCloseTo(-10, 1);
    expect(new URL(page.url()).searchParams.get('knee')).toBe('30');
    expect(new URL(page.url()).searchParams.get('ankle')).toBe('-10');
  });
});
