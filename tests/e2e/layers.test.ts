/**
 * Issue 5, layers and visibility: layer switches hide whole groups (and hidden structures cannot be
 * picked), peeling gastrocnemius uncovers soleus in one or two clicks, isolate, x-ray, skin and show all.
 */
import { describe, expect, it } from 'vitest';
import { getState, screenPosition, settle, useApp, visiblePoint, waitForState } from './browser';
import { around, compareImages } from './images';
import { LATERAL, MEDIAL, SEL, clickStructure, emptyCanvasPoint, frames, testId } from './viewer';

const app = useApp();

describe('layers and visibility', () => {
  it('turning the muscle layer off hides muscles and makes them unpickable; on again brings them back', async () => {
    const { page } = await app.open('/');
    const soleus = await visiblePoint(page, 'soleus');
    const layer = page.locator(testId('layer-muscle'));
    expect(await layer.isChecked()).toBe(true);
    expect(await page.locator(testId('layer-skin')).isChecked(), 'skin is off by default').toBe(false);

    await layer.uncheck();
    await frames(page, 2);
    for (const id of ['soleus', MEDIAL, LATERAL, 'tibialis_anterior'] as const) {
      expect(await screenPosition(page, id), `${id} hidden with the muscle layer`).toBeNull();
    }
    expect(await screenPosition(page, 'tibia'), 'bones stay').not.toBeNull();
    // A click where soleus was must not select it: hidden structures are not pickable.
    await page.mouse.click(soleus.x, soleus.y);
    await frames(page, 2);
    expect((await getState(page)).selected).not.toBe('soleus');

    await layer.check();
    await frames(page, 2);
    expect(await screenPosition(page, 'soleus')).not.toBeNull();
  });

  it('Hide on a selected gastrocnemius head peels both heads away and uncovers soleus', async () => {
    const { page, shot } = await app.open('/');
    const head = await clickStructure(page, MEDIAL);
    await page.locator(testId('hide-selected')).click();
    await frames(page, 2);
    expect(await screenPosition(page, MEDIAL)).toBeNull();
    expect(await screenPosition(page, LATERAL), 'the other head goes too').toBeNull();
    expect((await getState(page)).selected, 'the hidden head is no longer selected').toBeNull();
    // Where the medial head was clicked, soleus (or what lies under it) is now hit, not the head.
    await page.mouse.move(head.x, head.y, { steps: 2 });
    await frames(page, 2);
    expect((await getState(page)).hovered).not.toBe(MEDIAL);
    await clickStructure(page, 'soleus');
    await emptyCanvasPoint(page);
    await settle(page);
    await shot('peeled-soleus-selected');

    await page.locator(testId('show-all')).click();
    await frames(page, 2);
    expect(await screenPosition(page, MEDIAL)).not.toBeNull();
  });

  it('"Peel gastrocnemius" is one click from the default view', async () => {
    const { page } = await app.open('/');
    expect(await screenPosition(page, MEDIAL)).not.toBeNull();
    await page.locator(testId('peel-gastrocnemius')).click();
    await frames(page, 2);
    expect(await screenPosition(page, MEDIAL)).toBeNull();
    expect(await screenPosition(page, 'soleus')).not.toBeNull();
    // the heads' origins are no longer under the heads: in this (posterior) view the medial one lies
    // under semimembranosus, as in a dissection, and in the subject's scan the lateral one lies under
    // plantaris and the short head of biceps, which arise beside it; hidden too, they uncover it
    for (const id of ['plantaris', 'biceps_femoris'] as const) {
      await page.evaluate((target) => window.anatomyViewer!.select(target), id);
      await frames(page, 1);
      await page.locator(testId('hide-selected')).click();
      await frames(page, 2);
    }
    expect(await screenPosition(page, 'gastrocnemius_lateral_head_origin_area'), 'the origin area is uncovered').not.toBeNull();
  });

  it('isolate shows only the selection; x-ray fades the rest; show all undoes both', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const tibialNerve = await visiblePoint(page, 'tibial_nerve');
    const before = await shot('before-xray');
    await clickStructure(page, 'soleus');
    await page.locator(testId('isolate-selected')).click();
    await frames(page, 2);
    expect(await screenPosition(page, 'tibia')).toBeNull();
    expect(await screenPosition(page, 'tibial_nerve')).toBeNull();
    expect(await screenPosition(page, 'soleus')).not.toBeNull();
    await page.locator(testId('show-all')).click();
    await frames(page, 2);
    // From behind, the tibia lies under the calf; the nerve in the popliteal fossa is in plain view.
    expect(await screenPosition(page, 'tibial_nerve')).not.toBeNull();

    // X-ray: everything but the selection turns see-through, so the pixels of the nerve change.
    const xray = page.locator(testId('xray'));
    await xray.click();
    expect(await xray.getAttribute('aria-pressed')).toBe('true');
    await emptyCanvasPoint(page);
    await settle(page);
    const faded = await shot('xray-soleus');
    const change = compareImages(before, faded, around(tibialNerve, 6));
    expect(change.meanDifference, 'the tibial nerve fades under x-ray').toBeGreaterThan(8);
    await page.locator(testId('show-all')).click();
    expect(await xray.getAttribute('aria-pressed')).toBe('false');
  });

  it('the see-through skin layer shows over the model and lets clicks through to the muscles', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const soleus = await visiblePoint(page, 'soleus');
    const before = await page.screenshot();
    await page.locator(testId('layer-skin')).check();
    await emptyCanvasPoint(page);
    await settle(page);
    const withSkin = await shot('skin-on');
    expect(compareImages(before, withSkin, around(soleus, 20)).changedFraction, 'the skin tints the leg').toBeGreaterThan(0.2);
    await page.mouse.click(soleus.x, soleus.y);
    await waitForState(page, (s) => s.selected === 'soleus');
    expect(await page.locator(`${SEL.panel} h2`).first().textContent()).toMatch(/soleus/i);
  });
});
