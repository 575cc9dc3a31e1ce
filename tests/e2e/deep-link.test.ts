/**
 * Issue 3: a deep link restores selection, view and action; an unknown id shows a notice and the
 * default view.
 */
import { describe, expect, it } from 'vitest';
import { getState, settle, useApp, waitForState } from './browser';
import { SEL } from './viewer';

const app = useApp();

describe('deep links', () => {
  it('?select=…&view=posterior&action=knee_flexion restores that state', async () => {
    const { page, shot } = await app.open('/?select=gastrocnemius_lateral_head&view=posterior&action=knee_flexion');
    const state = await waitForState(
      page,
      (s) => s.selected === 'gastrocnemius_lateral_head' && s.view === 'posterior' && s.action === 'knee_flexion',
    );
    expect(state.error).toBeNull();
    const heading = (await page.locator(`${SEL.panel} h2`).first().textContent()) ?? '';
    expect(heading).toMatch(/gastrocnemius/i);
    expect(heading).toMatch(/lateral/i);
    expect(await page.locator(SEL.notice).count(), 'no notice for a valid link').toBe(0);
    await settle(page);
    await shot('deep-link-lateral');
    const params = new URL(page.url()).searchParams;
    expect(params.get('select')).toBe('gastrocnemius_lateral_head');
    expect(params.get('action')).toBe('knee_flexion');
  });

  it('an old link naming a grouped foot bone (?select=metatarsals) selects its successor with a notice, not an error', async () => {
    const { page } = await app.open('/?select=metatarsals');
    const state = await waitForState(page, (s) => s.ready && s.selected === 'metatarsal_1');
    expect(state.error).toBeNull();
    const notice = page.locator(SEL.notice);
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/metatarsals.*separate bones.*metatarsal 1/);
    expect(await notice.textContent()).not.toMatch(/default view/);
    const heading = (await page.locator(`${SEL.panel} h2`).first().textContent()) ?? '';
    expect(heading).toMatch(/first metatarsal/i);
    expect(new URL(page.url()).searchParams.get('select')).toBe('metatarsal_1');
  });

  it('?view=medial alone turns the camera to the medial view', async () => {
    const { page } = await app.open('/?view=medial');
    await waitForState(page, (s) => s.view === 'medial' && !s.cameraMoving, undefined, 10_000);
  });

  it('?select=nonsense shows a dismissible notice and the default view', async () => {
    const plain = await app.open('/');
    const defaultView = (await getState(plain.page)).view;
    await plain.context.close();
    const { page, shot } = await app.open('/?select=nonsense');
    const notice = page.locator(SEL.notice);
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('nonsense');
    const state = await getState(page);
    expect(state.selected).toBeNull();
    expect(state.view).toBe(defaultView);
    await shot('unknown-id-notice');
    await notice.getByRole('button').first().click();
    await expect.poll(() => notice.isVisible()).toBe(false);
  });
});
