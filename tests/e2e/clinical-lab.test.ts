/**
 * Issue 13, the clinical lab in the built app: two-joint tests with the live lengths of the
 * kinematics module, the stretch lab, the Thompson rupture toggle, the referred-pain lookup, sources
 * on every card, deep links and the embed API — by mouse, keyboard and touch.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import clinicalJson from '../../data/clinical.json';
import { muscleLengthAt } from '../../src/kinematics/muscleLength';
import type { LengthMuscleId } from '../../src/kinematics/muscleLength';
import { getState, settle, useApp, waitForReady, waitForState } from './browser';
import { testId } from './viewer';

const app = useApp();

/** The lab's live length readout (mm), once it shows the kinematics module's value for `pose`. */
async function readoutAt(page: Page, id: LengthMuscleId, pose: { knee: number; ankle: number }): Promise<number> {
  const expected = muscleLengthAt(id, pose) * 1000;
  const cell = page.locator(testId(`clinical-length-${id}`));
  await expect.poll(async () => Math.abs(Number(await cell.getAttribute('data-mm')) - expected), { timeout: 15_000 }).toBeLessThan(0.01);
  return Number(await cell.getAttribute('data-mm'));
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page as it is (as in accessibility.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openLab(page: Page): Promise<void> {
  await page.click(testId('clinical-toggle'));
  await page.locator(testId('clinical-lab')).waitFor();
}

describe('clinical lab', () => {
  it('Silfverskiöld: the medial head shortens by what the kinematics module predicts, soleus stays within 2 mm; goniometer reads 0° (restricted) with the knee straight', async () => {
    const { page, shot } = await app.open('/');
    await openLab(page);
    await page.click(testId('preset-silfverskiold'));
    await waitForState(page, (s) => s.preset?.id === 'silfverskiold' && s.preset.step === 0 && s.angles.knee === 0 && s.angles.ankle === 0);
    const straight = { knee: 0, ankle: 0 };
    const mgStraight = await readoutAt(page, 'gastrocnemius_medial_head', straight);
    const solStraight = await readoutAt(page, 'soleus', straight);
    await expect.poll(() => page.locator(testId('goniometer-readout')).textContent()).toBe('0° dorsiflexion');
    await settle(page);
    await shot('silfverskiold-knee-straight');

    await page.click(testId('preset-next'));
    await page.click(testId('preset-next'));
    const bent = { knee: 90, ankle: 0 };
    await waitForState(page, (s) => s.preset?.step === 2 && s.angles.knee === 90);
    const mgBent = await readoutAt(page, 'gastrocnemius_medial_head', bent);
    const solBent = await readoutAt(page, 'soleus', bent);
    const predicted = (muscleLengthAt('gastrocnemius_medial_head', straight) - muscleLengthAt('gastrocnemius_medial_head', bent)) * 1000;
    expect(mgStraight - mgBent).toBeCloseTo(predicted, 1);
    expect(predicted).toBeGreaterThan(10);
    expect(Math.abs(solBent - solStraight)).toBeLessThan(2);
    // The API reports the same lengths.
    const state = await getState(page);
    expect(state.lengths.gastrocnemius_medial_head).toBeCloseTo(mgBent, 2);
    expect(page.locator(testId('preset-step-count'))).toBeDefined();
    expect(await page.locator(testId('preset-step-count')).textContent()).toBe('Step 3 of 4');
    await settle(page);
    await shot('silfverskiold-knee-bent');
  });

  it('stretch lab: "knee bent" lengthens soleus relative to gastrocnemius compared with "knee straight"; Thompson toggle removes the response (keyboard)', async () => {
    const { page, shot } = await app.open('/');
    await openLab(page);
    // Keyboard: the tabs follow the arrow keys, buttons answer Enter and Space.
    await page.focus(testId('clinical-tab-test'));
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(testId('clinical-tab-stretch')).getAttribute('aria-selected')).toBe('true');
    await page.focus(testId('preset-wall_stretch_knee_straight'));
    await page.keyboard.press('Enter');
    const straight = { knee: 0, ankle: -15 };
    await waitForState(page, (s) => s.preset?.id === 'wall_stretch_knee_straight' && s.angles.ankle === -15);
    const sStraight = (await readoutAt(page, 'soleus', straight)) - (await readoutAt(page, 'gastrocnemius_medial_head', straight));
    await settle(page);
    await shot('stretch-knee-straight');
    await page.focus(testId('preset-wall_stretch_knee_bent'));
    await page.keyboard.press('Space');
    const bent = { knee: 25, ankle: -15 };
    await waitForState(page, (s) => s.preset?.id === 'wall_stretch_knee_bent' && s.angles.knee === 25);
    const sBent = (await readoutAt(page, 'soleus', bent)) - (await readoutAt(page, 'gastrocnemius_medial_head', bent));
    expect(sBent - sStraight).toBeGreaterThan(5);
    expect(await page.locator(testId('preset-target')).textContent()).toMatch(/soleus/i);
    await settle(page);
    await shot('stretch-knee-bent');

    await page.click(testId('clinical-tab-test'));
    await page.click(testId('preset-thompson'));
    // the AAOS criteria: exactly four findings, two or more make the diagnosis (review 2026-12-07, Thompson)
    const criteria = page.locator(`${testId('preset-card-thompson')} ${testId('preset-criteria')}`);
    expect(await criteria.locator('ol > li').count()).toBe(4);
    expect(await criteria.textContent()).toMatch(/two or more/);
    await page.click(testId('preset-next'));
    await waitForState(page, (s) => s.preset?.id === 'thompson' && s.preset.step === 1 && s.angles.ankle === 30);
    expect(await page.locator(testId('test-response')).textContent()).toMatch(/plantarflexes/);
    await page.focus(testId('rupture-toggle'));
    await page.keyboard.press('Space');
    await waitForState(page, (s) => s.angles.ankle === 10);
    expect(await page.locator(testId('test-response')).textContent()).toMatch(/No movement/);
    await expect.poll(() => page.locator(testId('clinical-announcer')).textContent()).toMatch(/Thompson.*step 2 of 2.*No movement/);
    await settle(page);
    await shot('thompson-ruptured');
  });

  it('pain map: clicking the instep zone lists gastrocnemius, muscles outside the model and the red flags; the caveat stands', async () => {
    const { page, shot } = await app.open('/');
    await openLab(page);
    await page.click(testId('clinical-tab-referral'));
    await page.click(testId('referral-toggle'));
    await waitForState(page, (s) => s.referral === true);
    expect(await page.locator(testId('referral-caveat')).textContent()).toMatch(/not a diagnosis/);
    await page.click(testId('zone-instep'));
    const list = page.locator(testId('zone-candidates'));
    await list.waitFor();
    expect(await list.locator(testId('candidate-gastrocnemius_medial_head')).textContent()).toMatch(/Gastrocnemius/);
    // the sole's muscles are in the model now: nothing the instep lists is outside it
    expect(await list.locator('[data-in-model="false"]').count()).toBe(0);
    expect(await list.locator(testId('candidate-abductor_hallucis')).getAttribute('data-in-model')).toBe('true');
    expect(await list.locator(testId('red-flags')).textContent()).toMatch(/clot/);
    // the front of the ankle names fibularis tertius as outside the model, with why (review 2026-12-07, pain map)
    await page.click(testId('zone-anterior_ankle'));
    await expect.poll(() => list.locator('[data-in-model="false"]').count()).toBe(1);
    expect(await list.locator('[data-in-model="false"]').first().textContent()).toMatch(/Fibularis tertius — not in this model: .*Not a structure of this model/);
    for (const m of ['extensor_digitorum_longus', 'extensor_hallucis_longus']) expect(await list.locator(testId(`candidate-${m}`)).count(), m).toBe(1);
    await page.click(testId('zone-instep'));
    await expect.poll(() => list.locator('[data-in-model="false"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('zone')).toBe('instep');
    expect(new URL(page.url()).searchParams.get('referral')).toBe('1');
    // axe reads colours as drawn: let the pressed chip's colour transition finish first
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition)));
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.anatomyViewer!.setView('medial'));
    await settle(page);
    await shot('pain-map-instep');
  });

  it('every card shows at least one source', async () => {
    const { page } = await app.open('/');
    await openLab(page);
    for (const kind of ['test', 'stretch', 'palpation'] as const) {
      await page.click(testId(`clinical-tab-${kind}`));
      for (const p of clinicalJson.presets.filter((q) => q.kind === kind)) {
        await page.click(testId(`preset-${p.id}`));
        const card = page.locator(testId(`preset-card-${p.id}`));
        await card.waitFor();
        expect(await card.locator(`${testId('card-sources')} li`).count(), p.id).toBeGreaterThan(0);
      }
    }
    await page.click(testId('clinical-tab-referral'));
    for (const t of clinicalJson.triggerPoints) {
      expect(await page.locator(`${testId(`trigger-card-${t.id}`)} ${testId('card-sources')} li`).count(), t.id).toBeGreaterThan(0);
    }
  });

  it('palpation: a step shows the see-through skin, the outlined structure, the hand and the nerve caution', async () => {
    const { page, shot } = await app.open('/?preset=palpate_popliteal_fossa&step=1');
    await waitForState(page, (s) => s.preset?.id === 'palpate_popliteal_fossa' && s.selected === 'gastrocnemius_medial_head' && s.angles.knee === 30);
    await page.locator(testId('palpation-steps')).waitFor();
    expect(await page.locator(testId('palpation-caution')).textContent()).toMatch(/tibial nerve/);
    expect(await page.locator(testId('layer-skin')).isChecked(), 'palpation shows the see-through skin').toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await settle(page);
    await shot('palpation-popliteal-fossa');
    await page.click(testId('preset-next'));
    await waitForState(page, (s) => s.preset?.step === 1 && s.selected === 'biceps_femoris');
    expect(await page.locator(testId('palpation-caution')).textContent()).toMatch(/fibular neck/);
    expect(new URL(page.url()).searchParams.get('step')).toBe('2');
  });
});

describe('clinical deep links and API', () => {
  it('a link restores preset, step, referral and zone; the API lists presets, applies them and looks up zones', async () => {
    const { page } = await app.open('/?preset=thompson&step=2&referral=1&zone=heel');
    await waitForState(page, (s) => s.preset?.id === 'thompson' && s.preset.step === 1 && s.referral === true && s.angles.ankle === 30);
    // The lab shows the test; its pain-map tab holds the zone from the link.
    await page.locator(testId('preset-card-thompson')).waitFor();
    await page.click(testId('clinical-tab-referral'));
    await page.locator(testId('zone-candidates')).waitFor();
    expect(await page.locator(testId('zone-heel')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(testId('candidate-soleus')).textContent()).toMatch(/Soleus/);
    await page.evaluate(() => window.anatomyViewer!.clinicalReady());
    const presets = await page.evaluate(() => window.anatomyViewer!.presets());
    for (const id of ['silfverskiold', 'thompson', 'matles', 'wall_stretch_knee_straight', 'wall_stretch_knee_bent']) {
      expect(presets.map((p) => p.id)).toContain(id);
    }
    expect(presets.find((p) => p.id === 'silfverskiold')).toMatchObject({ kind: 'test', steps: 4 });
    expect(await page.evaluate(() => window.anatomyViewer!.applyPreset('matles'))).toBe(true);
    await waitForState(page, (s) => s.preset?.id === 'matles' && s.angles.knee === 90);
    expect(await page.evaluate(() => window.anatomyViewer!.applyPreset('moonwalk'))).toBe(false);
    expect(await page.evaluate(() => window.anatomyViewer!.applyPreset('matles', 5))).toBe(false);
    expect((await getState(page)).preset).toEqual({ id: 'matles', step: 0 });
    const instep = await page.evaluate(() => window.anatomyViewer!.painZone('instep'));
    expect(instep[0]).toMatchObject({ muscle: 'gastrocnemius_medial_head', inModel: true });
    expect(await page.evaluate(() => window.anatomyViewer!.painZone('elbow'))).toEqual([]);
    await page.evaluate(() => window.anatomyViewer!.showReferral(false));
    await waitForState(page, (s) => s.referral === false);
    expect(new URL(page.url()).searchParams.get('referral')).toBeNull();
  });

  it('an unknown preset or zone in a link gives a clear notice and changes nothing', async () => {
    const { page } = await app.open('/?preset=nonsense&zone=elbow');
    const notice = page.locator(testId('notice'));
    await expect.poll(() => notice.textContent(), { timeout: 15_000 }).toMatch(/Unknown clinical preset "nonsense"; available: silfverskiold/);
    expect(await notice.textContent()).toMatch(/Unknown pain zone "elbow"/);
    const state = await getState(page);
    expect(state.preset).toBeNull();
    expect(state.angles).toEqual({ knee: 0, ankle: 0 });
    expect(await page.locator(testId('clinical-lab')).count()).toBe(0);
  });

  it('the tour "The calf in the clinic" shows a test step (step=2 belongs to the tour, not the preset)', async () => {
    const { page } = await app.open('/?tour=calf-in-the-clinic&step=2');
    await waitForState(page, (s) => s.preset?.id === 'silfverskiold' && s.preset.step === 0 && s.angles.ankle === 0 && s.angles.knee === 0);
    const url = new URL(page.url());
    expect(url.searchParams.get('tour')).toBe('calf-in-the-clinic');
    expect(url.searchParams.get('step')).toBe('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForState(page, (s) => s.preset?.id === 'wall_stretch_knee_bent' && s.angles.knee === 25);
  });
});

describe('clinical lab by touch', () => {
  const origin = inject('baseURL');
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  it('taps open the lab, choose a test and step through it on a tablet', async () => {
    const context = await app.browser().newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
    closers.push(() => context.close());
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name ??= (fn) => fn;');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/`);
    await waitForReady(page);
    await page.tap(testId('clinical-toggle'));
    await page.locator(testId('clinical-lab')).waitFor();
    await page.tap(testId('preset-silfverskiold'));
    await page.tap(testId('preset-next'));
    await waitForState(page, (s) => s.preset?.id === 'silfverskiold' && s.preset.step === 1 && s.angles.knee === 20);
    expect(errors).toEqual([]);
  });
});
