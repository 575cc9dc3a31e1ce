/**
 * Issue 4, tours: the shipped tour "Gastrocnemius in five minutes" runs end to end with the keyboard
 * (→ / Page Down, ← / Page Up, as presentation clickers send), a deep link opens a step, bad links
 * and bad saved progress give a notice, progress survives a reload, and a teacher can record steps
 * and download them as a tour file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseTour } from '../../src/anatomy/tourSchema';
import type { Tour } from '../../src/anatomy/tourSchema';
import { getState, settle, useApp, waitForState, downloadBytes, waitForReady } from './browser';
import { SEL, testId } from './viewer';

const app = useApp();
const TOUR_FILE = resolve(import.meta.dirname, '../../data/tours/gastrocnemius-in-five-minutes.json');
const TOUR: Tour = parseTour(JSON.parse(readFileSync(TOUR_FILE, 'utf8')), TOUR_FILE);
const N = TOUR.steps.length;
const PROGRESS_KEY = 'anatomy-viewer:tour-progress:v1';

const caption = (page: Page) => page.locator(testId('tour-caption'));
const captionText = async (page: Page) => ((await caption(page).textContent()) ?? '').replace(/\s+/g, ' ');

/** Wait until the caption box shows step n (1-based) with that step's caption. */
async function expectStep(page: Page, n: number): Promise<void> {
  await expect.poll(() => captionText(page)).toContain(`Step ${n} of ${N}`);
  expect(await captionText(page)).toContain(TOUR.steps[n - 1].caption);
}

/** The state the step asks for (selection, lit-up area, action, pose) is reached. */
async function expectStepState(page: Page, n: number): Promise<void> {
  const step = TOUR.steps[n - 1];
  // The step's selection, or the last one set before it.
  const select = TOUR.steps.slice(0, n).reverse().find((s) => s.select !== undefined)?.select ?? null;
  await waitForState(page, (s, id) => s.selected === id, select);
  if (step.focus) await waitForState(page, (s, id) => s.focused === id && !s.cameraMoving, step.focus, 20_000);
  if (step.action) await waitForState(page, (s, a) => s.action === a, step.action);
  if (step.action === null) await waitForState(page, (s) => s.action === null);
  if (step.pose) {
    await waitForState(
      page,
      (s, p) => Math.abs(s.angles.knee - (p.knee ?? s.angles.knee)) < 0.5 && Math.abs(s.angles.ankle - (p.ankle ?? s.angles.ankle)) < 0.5,
      step.pose,
    );
  }
}

describe('guided tour', () => {
  it('runs "Gastrocnemius in five minutes" end to end with the keyboard', async () => {
    const { page, shot } = await app.open('/');
    expect(await caption(page).count()).toBe(0);
    await page.locator(testId('tour-start')).focus();
    await page.keyboard.press('Enter');
    await expectStep(page, 1);
    await expectStepState(page, 1);
    expect((await getState(page)).view).toBe('posterior');

    for (let n = 2; n <= N; n++) {
      await page.keyboard.press(n % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expectStep(page, n);
      await expectStepState(page, n);
      expect(new URL(page.url()).searchParams.get('step')).toBe(String(n));
      if (n === 4 || n === 8) {
        await settle(page);
        await shot(`step-${n}`);
      }
    }
    // The last step: the skin layer is back on, the leg in the anatomical position.
    expect(await page.locator(testId('layer-skin')).isChecked()).toBe(true);
    const last = await getState(page);
    expect(Math.round(last.angles.knee)).toBe(0);
    // Forward from the last step stays there.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, N);

    // Back: the two-joint step again, with its pose, whichever way we arrive.
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, N - 1);
    await expectStepState(page, N - 1);
    await page.keyboard.press('PageUp');
    await expectStep(page, N - 2);
    await expectStepState(page, N - 2);

    await page.locator(testId('tour-close')).click();
    await expect.poll(() => caption(page).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('tour')).toBe(false);
    // With no tour running the arrow keys do nothing to the viewer.
    const before = await getState(page);
    await page.keyboard.press('ArrowRight');
    expect((await getState(page)).selected).toBe(before.selected);
  });

  it('a deep link ?tour=…&step=4 opens that step, and the keys go on from there', async () => {
    const { page } = await app.open(`/?tour=${TOUR.id}&step=4`);
    await expectStep(page, 4);
    await expectStepState(page, 4);
    expect(await page.locator(SEL.notice).count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 5);
    await expectStepState(page, 5);
    expect(new URL(page.url()).searchParams.get('step')).toBe('5');
  });

  for (const [link, mention] of [
    ['?tour=no-such-tour&step=2', 'no-such-tour'],
    [`?tour=${TOUR.id}&step=99`, '99'],
    [`?tour=${TOUR.id}&step=2abc`, '2abc'],
  ] as const) {
    it(`an invalid tour link (${link}) shows a notice and no tour`, async () => {
      const { page } = await app.open(`/${link}`);
      const notice = page.locator(SEL.notice);
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain(mention);
      expect(await caption(page).count()).toBe(0);
    });
  }

  it('the tour in progress survives a reload; a malformed saved value is reported and discarded', async () => {
    const { page, origin } = await app.open('/');
    await page.locator(testId('tour-start')).click();
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3);
    // A plain URL: the step comes back from this device's storage.
    await page.goto(`${origin}/`);
    // The tour and its notice come with the interface, after the first frame (slow when the CPU is shared).
    await waitForReady(page);
    await expectStep(page, 3);
    await expectStepState(page, 3);

    await page.evaluate((key) => localStorage.setItem(key, '{"id": "gastrocnemius-in-five-minutes", "step": "three"'), PROGRESS_KEY);
    await page.goto(`${origin}/`);
    await waitForReady(page);
    const notice = page.locator(SEL.notice);
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/tour progress.*discarded/i);
    expect(await caption(page).count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
  });

  it('a teacher adds the current state as a step and downloads a valid tour file', async () => {
    const { page } = await app.open('/?select=soleus&view=lateral');
    await page.evaluate(() => window.anatomyViewer!.setPose({ knee: 30, ankle: 10 }));
    await page.locator('.authoring-details > summary').click();
    const add = page.locator(testId('tour-add-step'));
    await add.click();
    await expect.poll(async () => (await page.locator(testId('tour-authoring-message')).textContent()) ?? '').toMatch(/caption/i);
    expect(await page.locator(testId('tour-draft-count')).textContent()).toMatch(/No steps/);

    await page.locator(testId('tour-step-title')).fill('Soleus from the side');
    await page.locator(testId('tour-step-caption')).fill('Soleus lies under gastrocnemius and crosses only the ankle.');
    await add.click();
    await expect.poll(async () => page.locator(testId('tour-draft-count')).textContent()).toMatch(/^1 step recorded/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('tour-download')).click()]);
    expect(download.suggestedFilename()).toBe('my-tour.json');
    expect(download.url()).toMatch(/^blob:/);
    const file = (await downloadBytes(download)).toString('utf8');
    const tour = parseTour(JSON.parse(file), 'my-tour.json');
    expect(tour.steps).toHaveLength(1);
    expect(tour.steps[0]).toMatchObject({
      title: 'Soleus from the side',
      select: 'soleus',
      view: 'lateral',
      pose: { knee: 30, ankle: 10 },
      action: null,
    });

    await page.locator(testId('tour-play-draft')).click();
    await expect.poll(() => captionText(page)).toContain('Step 1 of 1');
    expect(await captionText(page)).toContain('Soleus lies under gastrocnemius');
  });
});
