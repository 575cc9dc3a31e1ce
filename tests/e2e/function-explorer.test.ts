/**
 * Issue 12, the function explorer in the built app: bone-first navigation by real clicks on the
 * canvas, nerve lesions that grey their muscles and name what is lost, the line-of-action overlay
 * whose moment arm follows the knee slider, the action view, deep links that survive a reload, and
 * clear notices for unknown ids.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { StructureId } from '../../src/anatomy/ids';
import { around, decodePng } from './images';
import { getState, settle, useApp, visiblePoint, waitForReady, waitForState } from './browser';
import { SEL, clickStructure, testId } from './viewer';

const app = useApp();

/** Mean colourfulness (max − min channel) of a small square of the viewport around a point: grey reads near 0. */
async function saturationAt(page: Page, point: { x: number; y: number }, radius = 4): Promise<number> {
  const img = decodePng(await page.screenshot({ animations: 'allow' }));
  const r = around(point, radius);
  let sum = 0;
  let n = 0;
  for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(img.height, r.y + r.height); y++) {
    for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(img.width, r.x + r.width); x++) {
      const i = (y * img.width + x) * 4;
      // the violet hatching of numb skin over a lesion's territory is not the muscle's colour
      if (img.data[i + 2] > img.data[i] + 20) continue;
      sum += Math.max(img.data[i], img.data[i + 1], img.data[i + 2]) - Math.min(img.data[i], img.data[i + 1], img.data[i + 2]);
      n++;
    }
  }
  return n ? sum / n : 0;
}

/** Mean red, green and blue of a small square around a point. */
async function meanColourAt(page: Page, point: { x: number; y: number }, radius = 5): Promise<[number, number, number]> {
  const img = decodePng(await page.screenshot({ animations: 'allow' }));
  const r = around(point, radius);
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(img.height, r.y + r.height); y++) {
    for (let x = Math.max(0, Math.floor(r.x)); x < Math.min(img.width, r.x + r.width); x++) {
      const i = (y * img.width + x) * 4;
      for (let c = 0; c < 3; c++) sum[c] += img.data[i + c];
      n++;
    }
  }
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

async function setView(page: Page, view: 'anterior' | 'posterior' | 'medial' | 'lateral'): Promise<void> {
  await page.locator(testId(`view-${view}`)).click();
  await waitForState(page, (s, v) => s.view === v && !s.cameraMoving, view);
  await settle(page);
}

/** Saturation of each structure at the point where it is visible now. */
async function saturations(page: Page, ids: StructureId[]): Promise<Record<string, { point: { x: number; y: number }; sat: number }>> {
  const out: Record<string, { point: { x: number; y: number }; sat: number }> = {};
  for (const id of ids) {
    const point = await visiblePoint(page, id);
    out[id] = { point, sat: await saturationAt(page, point) };
  }
  return out;
}

const explorerLoaded = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.explorerReady === 'true');

describe('bone-first navigation', () => {
  it('a click on the calcaneus lists the calcaneal tendon and plantaris as insertions', async () => {
    const { page, shot } = await app.open('/?view=posterior');
    await explorerLoaded(page);
    await clickStructure(page, 'calcaneus');
    const state = await waitForState(page, (s) => s.bone === 'calcaneus');
    expect(state.selected).toBe('calcaneus');
    const list = page.locator(`${SEL.panel} ${testId('bone-attachments')}`);
    await expect.poll(() => list.isVisible()).toBe(true);
    const insertions = (await list.locator('ul[aria-labelledby="bone-insertions"]').textContent()) ?? '';
    expect(insertions).toMatch(/calcaneal tendon/i);
    expect(insertions).toMatch(/plantaris/i);
    expect(await list.textContent()).toMatch(/origin footprint[\s\S]*insertion footprint/);
    await settle(page);
    await shot('calcaneus');
    // Each entry is a link: following it selects the structure.
    await list.getByRole('button', { name: /plantaris/i }).click();
    await waitForState(page, (s) => s.selected === 'plantaris' && s.bone === null);
  });

  it('a click on the femur near the medial condyle lists the medial head; its entries are links; a click on its lit footprint opens the muscle', async () => {
    const { page, shot } = await app.open('/?view=posterior');
    await explorerLoaded(page);
    // The condyles lie under the gastrocnemius heads: switch the muscles off to see the bone.
    await page.locator(testId('layer-muscle')).click();
    await settle(page);
    // Where the medial head's origin footprint shows, the femur (or the footprint on it) is under the pointer.
    const nearCondyle = await visiblePoint(page, 'gastrocnemius_medial_head_origin_area');
    await page.mouse.click(nearCondyle.x, nearCondyle.y);
    await waitForState(page, (s) => s.bone === 'femur');
    const origins = page.locator(`${SEL.panel} ul[aria-labelledby="bone-origins"]`);
    await expect.poll(async () => (await origins.textContent()) ?? '').toMatch(/gastrocnemius.*medial head/i);
    expect(await origins.textContent()).toMatch(/gastrocnemius.*lateral head/i);
    await settle(page);
    await shot('femur');

    // A list entry is a link, from the keyboard too.
    const link = origins.getByRole('button', { name: /lateral head/i });
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForState(page, (s) => s.selected === 'gastrocnemius_lateral_head');

    // Come close to the condyle (the medial head's Origin link flies there), then choose the femur again.
    await page.evaluate(() => window.anatomyViewer!.select('gastrocnemius_medial_head'));
    await page.locator(`${SEL.panel} ${SEL.linkOrigin}`).click();
    await waitForState(page, (s) => s.focused === 'gastrocnemius_medial_head_origin_area' && !s.cameraMoving, undefined, 10_000);
    await page.keyboard.press('Escape');
    await clickStructure(page, 'femur');
    await waitForState(page, (s) => s.bone === 'femur');
    await settle(page);
    await shot('femur-close');

    // The femur's footprints are lit: a real click on the medial head's opens that muscle, not the femur.
    const footprint = await visiblePoint(page, 'gastrocnemius_medial_head_origin_area');
    await page.mouse.click(footprint.x, footprint.y);
    const opened = await waitForState(page, (s) => s.selected === 'gastrocnemius_medial_head');
    expect(opened.bone).toBeNull();
  });
});

describe('attachment flight (review fix)', () => {
  it('following the Origin link fades what hides the footprint but never the femur that carries it', async () => {
    const { page, shot } = await app.open('/');
    await clickStructure(page, 'gastrocnemius_medial_head');
    await page.locator(`${SEL.panel} ${SEL.linkOrigin}`).click();
    await waitForState(page, (s) => s.focused === 'gastrocnemius_medial_head_origin_area' && !s.cameraMoving, undefined, 10_000);
    await settle(page);
    await shot('origin-flight');
    expect(await screenPositionOf(page, 'gastrocnemius_medial_head_origin_area'), 'footprint visible').not.toBeNull();
    // faded structures are see-through to picking: a femur that can be found on screen is opaque
    expect(await screenPositionOf(page, 'femur'), 'femur stays opaque').not.toBeNull();
  });
});

async function screenPositionOf(page: Page, id: StructureId) {
  await settle(page);
  return page.evaluate((target) => window.anatomyViewer!.screenPosition(target), id);
}

describe('nerve lesions', () => {
  it('"Cut this nerve" on the tibial nerve greys gastrocnemius and soleus, not tibialis anterior, and names plantarflexion and toe flexion as lost', async () => {
    const { page, shot } = await app.open('/?view=posterior');
    await explorerLoaded(page);
    const back = await saturations(page, ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head']);
    await setView(page, 'anterior');
    const front = await saturations(page, ['tibialis_anterior']);

    // From the nerve's own card
    await page.evaluate(() => window.anatomyViewer!.select('tibial_nerve'));
    const cut = page.locator(`${SEL.panel} ${testId('cut-nerve')}`);
    await cut.click();
    await waitForState(page, (s) => s.lesion === 'tibial_nerve');
    expect(await cut.getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => window.anatomyViewer!.select(null));
    await settle(page);
    const frontCut = await saturationAt(page, front.tibialis_anterior.point);
    expect(frontCut, 'tibialis anterior keeps its colour').toBeGreaterThan(front.tibialis_anterior.sat * 0.8);

    await setView(page, 'posterior');
    for (const id of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head']) {
      const sat = await saturationAt(page, back[id].point);
      expect(sat, `${id} turns grey (${back[id].sat.toFixed(0)} → ${sat.toFixed(0)})`).toBeLessThan(back[id].sat * 0.45);
    }
    // soleus, seen below the heads
    const soleus = await visiblePoint(page, 'soleus');
    expect(await saturationAt(page, soleus)).toBeLessThan(30);
    await shot('tibial-lesion');

    const movements = page.locator(testId('lesion-movements'));
    expect(await movements.locator('li[data-movement="plantarflexion"]').getAttribute('data-effect')).toBe('lost');
    expect(await movements.locator('li[data-movement="toe_flexion"]').getAttribute('data-effect')).toBe('lost');
    expect(await movements.textContent()).toMatch(/Plantarflexion lost \d+ %/);
    expect(await page.locator(testId('lesion-sign')).textContent()).toMatch(/tiptoe/);
    expect(await page.locator(testId('lesion-numb')).textContent()).toMatch(/plantar nerves/);
    expect(await page.locator(testId('explorer-announcer')).textContent()).toMatch(/Tibial nerve cut\. .*Plantarflexion lost/);
    // signs and panel agree with the store and the embed API
    const graded = await waitForState(page, (s) => s.lesionEffect !== null);
    expect(graded.lesionEffect!.movements.plantarflexion.effect).toBe('lost');
    expect(graded.lesionEffect!.numbSkin).toEqual(['tibial_plantar', 'tibial_calcaneal']);

    // Playing plantarflexion with the lesion names what is lost
    await page.evaluate(() => window.anatomyViewer!.play('plantarflexion'));
    await expect.poll(async () => (await page.locator(SEL.notice).textContent()) ?? '').toMatch(/plantarflexion is lost/);
    await page.evaluate(() => window.anatomyViewer!.pause());

    // Restoring is one click
    await page.locator(testId('lesion-restore')).click();
    await waitForState(page, (s) => s.lesion === null);
  });

  it('cutting the common fibular nerve from the lesion list greys tibialis anterior and the fibulares and names foot drop', async () => {
    const { page, shot } = await app.open('/?view=anterior');
    await explorerLoaded(page);
    // the superficial fibular nerve and the leg's veins run over the scanned fibularis longus: take them
    // out of the picture so the samples read muscle only
    for (const layer of ['nerve', 'artery', 'vein']) await page.locator(testId(`layer-${layer}`)).uncheck();
    await settle(page);
    const front = await saturations(page, ['tibialis_anterior']);
    await setView(page, 'lateral');
    const side = await saturations(page, ['fibularis_longus']);

    await page.locator(testId('lesion-select')).selectOption('common_fibular_nerve');
    await waitForState(page, (s) => s.lesion === 'common_fibular_nerve');
    await settle(page);
    const fl = await saturationAt(page, side.fibularis_longus.point);
    expect(fl, `fibularis longus turns grey (${side.fibularis_longus.sat.toFixed(0)} → ${fl.toFixed(0)})`).toBeLessThan(side.fibularis_longus.sat * 0.45);
    await setView(page, 'anterior');
    const ta = await saturationAt(page, front.tibialis_anterior.point);
    expect(ta, `tibialis anterior turns grey (${front.tibialis_anterior.sat.toFixed(0)} → ${ta.toFixed(0)})`).toBeLessThan(front.tibialis_anterior.sat * 0.45);
    await shot('common-fibular-lesion');
    expect(await page.locator(testId('lesion-sign')).textContent()).toMatch(/foot drop/i);
    expect(await page.locator(`${testId('lesion-movements')} li[data-movement="dorsiflexion"]`).getAttribute('data-effect')).toBe('lost');
    expect(await page.locator(`${testId('lesion-movements')} li[data-movement="eversion"]`).getAttribute('data-effect')).toBe('lost');
  });

  it('an L5 root lesion weakens dorsiflexion and great-toe extension without abolishing them, tints by share and hatches the L5 dermatome', async () => {
    const { page, shot } = await app.open('/?view=anterior');
    await explorerLoaded(page);
    // the superficial fibular nerve and the leg's veins run over the scanned fibularis longus: take them
    // out of the picture so the samples read muscle only
    for (const layer of ['nerve', 'artery', 'vein']) await page.locator(testId(`layer-${layer}`)).uncheck();
    await settle(page);
    const front = await saturations(page, ['tibialis_anterior']);
    await page.evaluate(() => window.anatomyViewer!.setLesion('root_L5'));
    const s = await waitForState(page, (st) => st.lesion === 'root_L5' && st.lesionEffect !== null);
    expect(s.lesionEffect!.movements.dorsiflexion.effect).toBe('weak');
    expect(s.lesionEffect!.movements.toe_extension.effect).toBe('weak');
    expect(s.lesionEffect!.movements.dorsiflexion.strength).toBeGreaterThan(10);
    expect(s.lesionEffect!.numbSkin).toEqual(['dermatome_L5']);
    expect(await page.locator(`${testId('lesion-movements')} li[data-movement="dorsiflexion"]`).getAttribute('data-effect')).toBe('weak');
    expect(await page.locator(`${testId('lesion-muscles')} li[data-muscle="extensor_hallucis_longus"]`).getAttribute('data-left')).toBe('30');
    expect(await page.locator(testId('lesion-numb')).textContent()).toMatch(/overlap/);
    await settle(page);
    // tibialis anterior loses 40 % (L5 share): tinted part way to grey, not grey
    const ta = await saturationAt(page, front.tibialis_anterior.point);
    expect(ta, `tibialis anterior partly tinted (${front.tibialis_anterior.sat.toFixed(0)} → ${ta.toFixed(0)})`).toBeGreaterThan(15);
    // the dorsum of the foot (L5) is hatched violet: blue well above green over the second metatarsal
    const dorsum = await visiblePoint(page, 'metatarsal_2');
    const [r, g, b] = await meanColourAt(page, dorsum);
    expect(b - g, `violet hatching on the dorsum (rgb ${r.toFixed(0)}, ${g.toFixed(0)}, ${b.toFixed(0)})`).toBeGreaterThan(25);
    await shot('root-L5-lesion');

    // S1: plantarflexion weak, not lost; the sign names the reduced ankle jerk
    await page.evaluate(() => window.anatomyViewer!.setLesion('root_S1'));
    const s1 = await waitForState(page, (st) => st.lesion === 'root_S1' && st.lesionEffect !== null);
    expect(s1.lesionEffect!.movements.plantarflexion.effect).toBe('weak');
    expect(await page.locator(testId('lesion-sign')).textContent()).toMatch(/ankle jerk is reduced/);
    expect(await page.evaluate(() => window.anatomyViewer!.setLesion('root_X9' as never))).toBe(false);
  });
});

describe('line of action and moment arm', () => {
  it('shows the moment arm of the selected gastrocnemius in mm and changes it when the knee slider moves', async () => {
    const { page, shot } = await app.open('/?select=gastrocnemius_medial_head&view=medial');
    await explorerLoaded(page);
    await page.locator(`${SEL.panel} ${testId('lines-toggle-muscle')}`).check();
    const state = await waitForState(page, (s) => s.linesOfAction && s.momentArms.gastrocnemius_medial_head?.knee !== undefined);
    const knee0 = state.momentArms.gastrocnemius_medial_head.knee!;
    // Spoor et al. 1990: gastrocnemius knee moment arm 1–3 cm
    expect(knee0).toBeGreaterThan(10);
    expect(knee0).toBeLessThan(30);
    const cell = page.locator(`${SEL.panel} ${testId('moment-arm-gastrocnemius_medial_head-knee')}`);
    const before = (await cell.textContent()) ?? '';
    expect(before).toMatch(/^\d+\.\d flexion$/);
    const label = page.locator(`${testId('moment-arm-labels')} span[data-muscle="gastrocnemius_medial_head"][data-joint="knee"]`);
    expect(await label.textContent()).toMatch(/knee \d+\.\d mm flexion/);
    await settle(page);
    await shot('lines-knee-0');

    const knee = page.locator(testId('pose-knee'));
    await knee.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('PageUp');
    await waitForState(page, (s) => s.angles.knee > 40);
    await expect.poll(async () => (await cell.textContent()) ?? '').not.toBe(before);
    await expect.poll(async () => (await getState(page)).momentArms.gastrocnemius_medial_head.knee).not.toBe(knee0);
    await settle(page);
    await shot('lines-knee-flexed');
  });

  it('setPose({ knee: 90, ankle: 30 }) from the API changes the moment arms on screen and in getState(); every crossing muscle of a group gets its own', async () => {
    const { page } = await app.open('/?select=gastrocnemius_medial_head&view=medial');
    await explorerLoaded(page);
    await page.evaluate(() => window.anatomyViewer!.showLinesOfAction(true));
    const rest = await waitForState(page, (s) => s.momentArms.gastrocnemius_medial_head?.ankle !== undefined);
    expect(rest.momentArms.gastrocnemius_medial_head).toEqual({ knee: 21.8, ankle: 46.6 });
    const cell = page.locator(`${SEL.panel} ${testId('moment-arm-gastrocnemius_medial_head-ankle')}`);
    const before = (await cell.textContent()) ?? '';
    await page.evaluate(() => window.anatomyViewer!.setPose({ knee: 90, ankle: 30 }));
    const bent = await waitForState(page, (s) => s.angles.knee === 90 && s.momentArms.gastrocnemius_medial_head?.knee !== 21.8);
    expect(bent.momentArms.gastrocnemius_medial_head.ankle).not.toBe(46.6);
    await expect.poll(async () => (await cell.textContent()) ?? '').not.toBe(before);

    await page.evaluate(() => window.anatomyViewer!.select('hamstrings'));
    const hams = await waitForState(page, (s) => s.momentArms.biceps_femoris?.knee !== undefined);
    expect(Object.keys(hams.momentArms).sort()).toEqual(expect.arrayContaining(['biceps_femoris', 'semimembranosus', 'semitendinosus']));
    await page.evaluate(() => window.anatomyViewer!.select('tibialis_posterior'));
    const tp = await waitForState(page, (s) => s.momentArms.tibialis_posterior?.ankle !== undefined);
    expect(tp.momentArms.tibialis_posterior.ankle).toBeGreaterThan(0);
  });
});

describe('subtalar movements', () => {
  it('play("inversion") turns the foot from the action bar state; pause returns it; an unknown movement is refused', async () => {
    const { page } = await app.open('/?view=anterior');
    await waitForReady(page);
    expect(await page.evaluate(() => window.anatomyViewer!.play('inversion'))).toBe(true);
    await waitForState(page, (s) => s.footMotion === 'inversion');
    expect(await page.locator(testId('play-inversion')).getAttribute('aria-pressed')).toBe('true');
    await page.evaluate(() => window.anatomyViewer!.pause());
    await waitForState(page, (s) => s.footMotion === null);
    expect(await page.evaluate(() => window.anatomyViewer!.play('pronation' as never))).toBe(false);
  });
});

describe('flashcards export', () => {
  it('anatomyViewer.flashcards() resolves the whole generated deck as plain text, one answer per front', async () => {
    const { page } = await app.open('/');
    const cards = await page.evaluate(() => window.anatomyViewer!.flashcards());
    expect(cards.length).toBeGreaterThan(200);
    expect(new Set(cards.map((c) => c.front)).size).toBe(cards.length);
    expect(cards.find((c) => c.id === 'name:medial_meniscus')).toMatchObject({ deck: 'names', front: expect.stringMatching(/^Name the fibrocartilage: /) });
    expect(new Set(cards.map((c) => c.deck))).toEqual(new Set(['names', 'latin', 'muscles', 'attachments']));
  });
});

describe('action view', () => {
  it('choosing plantarflexion from the movement list by keyboard lists its prime movers, synergists and antagonists', async () => {
    const { page, shot } = await app.open('/?view=posterior');
    await explorerLoaded(page);
    const select = page.locator(testId('movement-select'));
    await select.focus();
    await page.keyboard.press('ArrowDown'); // the first movement: plantarflexion
    await waitForState(page, (s) => s.movement === 'plantarflexion');
    const roles = page.locator(testId('movement-roles'));
    const text = (await roles.textContent()) ?? '';
    expect(text).toMatch(/Prime movers[\s\S]*Soleus[\s\S]*Synergists[\s\S]*Plantaris[\s\S]*Antagonists[\s\S]*Tibialis anterior/);
    await settle(page);
    await shot('plantarflexion');
  });
});

describe('deep links', () => {
  it('bone, lesion, movement and lines restore after a reload', async () => {
    const { page } = await app.open('/?bone=calcaneus&lesion=root_S1&movement=knee_flexion&lines=1');
    await explorerLoaded(page);
    const check = async () => {
      const s = await waitForState(page, (st) => st.bone === 'calcaneus' && st.lesion === 'root_S1' && st.movement === 'knee_flexion' && st.linesOfAction);
      expect(s.selected).toBe('calcaneus');
      await expect.poll(async () => (await page.locator(testId('lesion-sign')).textContent()) ?? '').toMatch(/ankle jerk/);
      expect(await page.locator(SEL.notice).count()).toBe(0);
    };
    await check();
    await page.reload();
    await explorerLoaded(page);
    await check();
    const params = new URL(page.url()).searchParams;
    expect([params.get('bone'), params.get('lesion'), params.get('movement'), params.get('lines')]).toEqual(['calcaneus', 'root_S1', 'knee_flexion', '1']);
  });

  it('state set by the controls goes into the address and survives a reload', async () => {
    const { page } = await app.open('/');
    await explorerLoaded(page);
    await page.locator(testId('lesion-select')).selectOption('deep_fibular_nerve');
    await page.locator(testId('movement-select')).selectOption('dorsiflexion');
    await page.locator(testId('lines-toggle')).check();
    await page.evaluate(() => window.anatomyViewer!.selectBone('tibia'));
    await expect.poll(() => new URL(page.url()).searchParams.get('lines')).toBe('1');
    await page.reload();
    const s = await waitForState(page, (st) => st.lesion === 'deep_fibular_nerve' && st.movement === 'dorsiflexion' && st.linesOfAction && st.bone === 'tibia');
    // tibialis anterior, prime mover of dorsiflexion, has its line drawn
    await waitForState(page, (st) => st.momentArms.tibialis_anterior?.ankle !== undefined && st.momentArms.tibialis_anterior.ankle < 0);
    expect(s.error).toBeNull();
  });

  it('unknown ids in a link or an API call give a clear notice and change nothing', async () => {
    const { page } = await app.open('/?bone=soleus&lesion=sciatic_nerve&movement=flying&lines=yes');
    const notice = page.locator(SEL.notice);
    await expect.poll(() => notice.isVisible()).toBe(true);
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Unknown bone "soleus"');
    expect(text).toContain('Unknown nerve or root "sciatic_nerve"');
    expect(text).toContain('Unknown movement "flying"');
    let s = await getState(page);
    expect([s.bone, s.lesion, s.movement, s.linesOfAction, s.selected]).toEqual([null, null, null, false, null]);

    await page.evaluate(() => window.anatomyViewer!.setLesion('tibial_nerve'));
    const results = await page.evaluate(() => [
      window.anatomyViewer!.setLesion('ulnar_nerve' as never),
      window.anatomyViewer!.selectBone('heel' as never),
      window.anatomyViewer!.showAction('jumping' as never),
    ]);
    expect(results).toEqual([false, false, false]);
    await expect.poll(async () => (await notice.textContent()) ?? '').toContain('Unknown movement "jumping"');
    s = await getState(page);
    expect([s.lesion, s.bone, s.movement]).toEqual(['tibial_nerve', null, null]);
  });
});

describe('touch', () => {
  const touchContexts: BrowserContext[] = [];
  const touchProblems: string[] = [];
  afterEach(async () => {
    for (const c of touchContexts.splice(0)) await c.close().catch(() => undefined);
    const found = touchProblems.splice(0);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('on a phone, a tap on the calcaneus lists what attaches to it; taps follow a link and cut a nerve', async () => {
    const context = await app.browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
    touchContexts.push(context);
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name ??= (fn) => fn;');
    page.on('console', (m) => (m.type() === 'error' ? touchProblems.push(`console error: ${m.text()}`) : undefined));
    page.on('pageerror', (e) => touchProblems.push(`page error: ${e.message}`));
    await page.goto(`${inject('baseURL')}/?view=posterior`);
    await waitForReady(page);
    await explorerLoaded(page);
    await settle(page);
    const heel = await visiblePoint(page, 'calcaneus');
    await page.touchscreen.tap(heel.x, heel.y);
    await waitForState(page, (s) => s.bone === 'calcaneus');
    const insertions = page.locator(`${SEL.panel} ul[aria-labelledby="bone-insertions"]`);
    await insertions.getByRole('button', { name: /calcaneal tendon/i }).tap();
    await waitForState(page, (s) => s.selected === 'calcaneal_tendon');
    await page.evaluate(() => window.anatomyViewer!.select('common_fibular_nerve'));
    await page.locator(`${SEL.panel} ${testId('cut-nerve')}`).tap();
    await waitForState(page, (s) => s.lesion === 'common_fibular_nerve');
    await page.locator(`${SEL.panel} ${testId('cut-nerve')}`).tap();
    await waitForState(page, (s) => s.lesion === null);
  });
});
