/**
 * Issue 15: group terms (triceps surae, hamstrings, pes anserinus…) are their own entries. The medial
 * head's "Also called" lists no group name; searching a group finds it, and selecting it lights up
 * its members and opens the group's panel with links to them. Deep links and the API take groups too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StructureId } from '../../src/anatomy/ids';
import { getState, settle, useApp, visiblePoint, waitForState } from './browser';
import { around, compareImages } from './images';
import { MEDIAL, SEL, emptyCanvasPoint, testId } from './viewer';

const app = useApp();

/** Group and region terms that must never show as another name of one head (review rows 1 and 19). */
const GROUP_WORDS = /triceps surae|hamstring|quadriceps|pes anserinus|popliteal fossa|\bcalf\b|calves|caput mediale/i;

async function searchAndChoose(page: Page, query: string, expected: string): Promise<void> {
  const box = page.locator(testId('search'));
  await box.fill('');
  await box.click();
  await page.keyboard.type(query);
  const first = page.locator('[role="listbox"] [role="option"]').first();
  await expect.poll(() => first.getAttribute('data-testid')).toBe(`search-result-${expected}`);
  await page.keyboard.press('Enter');
  await waitForState(page, (s, id) => s.selectedGroup === id && s.selected === null, expected);
}

async function memberLinks(page: Page): Promise<string[]> {
  return page.locator(`${SEL.panel} [data-testid="group-members"] [data-link-target]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-link-target') ?? ''));
}

describe('groups', () => {
  it('the medial head shows no group name under "Also called", and links to the groups it belongs to', async () => {
    const { page, shot } = await app.open(`/?select=${MEDIAL}`);
    await waitForState(page, (s, id) => s.selected === id, MEDIAL);
    const panel = page.locator(SEL.panel);
    const alsoCalled = (await panel.locator(testId('also-called')).textContent()) ?? '';
    expect(alsoCalled).toMatch(/^Also called: /);
    expect(alsoCalled).not.toMatch(GROUP_WORDS);
    // The group is one click away, named as what it is.
    const partOf = panel.locator(testId('member-of-triceps_surae'));
    expect(await partOf.textContent()).toBe('Triceps surae');
    // Key facts with sources: the ankle reflex tests S1–S2 (Moore 8).
    expect(await panel.locator(testId('key-facts')).textContent()).toMatch(/Ankle reflex.*S1 and S2/s);
    // The source page's general list is labelled as its claim with the correction.
    expect(await panel.locator(testId('general-relations-correction')).textContent()).toMatch(/No hamstring is an antagonist/);
    await shot('medial-head-panel-top');
    await panel.locator(`${testId('general-relations')} summary`).click();
    await panel.locator(testId('general-relations-correction')).scrollIntoViewIfNeeded();
    await shot('medial-head-general-list');
    await panel.locator(testId('key-facts')).scrollIntoViewIfNeeded();
    await shot('medial-head-key-facts');
    await partOf.click();
    await waitForState(page, (s) => s.selectedGroup === 'triceps_surae' && s.selected === null);
    expect((await memberLinks(page)).sort()).toEqual(['gastrocnemius_lateral_head', 'gastrocnemius_medial_head', 'soleus']);
  });

  it('searching "triceps surae" finds the group; choosing it lights up both heads and soleus and shows the group panel', async () => {
    const { page, shot } = await app.open('/');
    await emptyCanvasPoint(page);
    await settle(page);
    const members: StructureId[] = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus'];
    const points = await Promise.all(members.map((id) => visiblePoint(page, id)));
    const before = await shot('before-triceps-surae');

    await searchAndChoose(page, 'triceps surae', 'triceps_surae');
    await emptyCanvasPoint(page);
    await settle(page);
    const after = await shot('triceps-surae-selected');
    members.forEach((id, i) => {
      const lit = compareImages(before, after, around(points[i], 12));
      expect(lit.changedFraction, `pixels on ${id} should light up`).toBeGreaterThan(0.2);
    });

    const panel = page.locator(SEL.panel);
    expect(await panel.locator('h2').first().textContent()).toBe('Triceps surae');
    expect(await panel.locator(testId('group-panel')).getAttribute('data-group')).toBe('triceps_surae');
    expect((await memberLinks(page)).sort()).toEqual([...members].sort());
    expect(new URL(page.url()).searchParams.get('select')).toBe('triceps_surae');

    // A member link selects that member alone.
    await panel.locator('[data-testid="group-members"] [data-link-target="soleus"]').click();
    await waitForState(page, (s) => s.selected === 'soleus' && s.selectedGroup === null);
  });

  it('"hamstrings" and "pes anserinus" find their groups; a link and the API select a group too', async () => {
    const { page } = await app.open('/');
    await searchAndChoose(page, 'hamstrings', 'hamstrings');
    expect((await memberLinks(page)).sort()).toEqual(['biceps_femoris', 'semimembranosus', 'semitendinosus']);
    await searchAndChoose(page, 'pes anserinus', 'pes_anserinus');
    expect((await memberLinks(page)).sort()).toEqual(['gracilis', 'sartorius', 'semitendinosus']);

    expect(await page.evaluate(() => window.anatomyViewer!.select('popliteal_fossa' as never))).toBe(true);
    await waitForState(page, (s) => s.selectedGroup === 'popliteal_fossa');
    const facts = (await page.locator(`${SEL.panel} [data-testid="key-facts"]`).textContent()) ?? '';
    expect(facts).toMatch(/Tibial nerve, then popliteal vein, then popliteal artery/);
    await page.keyboard.press('Escape');
    await waitForState(page, (s) => s.selectedGroup === null && s.selected === null);

    const linked = await app.open('/?select=quadriceps_femoris');
    const state = await waitForState(linked.page, (s) => s.selectedGroup === 'quadriceps_femoris');
    expect(state.selected).toBeNull();
    expect(await linked.page.locator(SEL.notice).count(), 'no notice for a group id in the link').toBe(0);
    expect((await memberLinks(linked.page)).sort()).toEqual(['rectus_femoris', 'vastus_intermedius', 'vastus_lateralis', 'vastus_medialis']);
    expect(await getState(linked.page)).toMatchObject({ selectedGroup: 'quadriceps_femoris' });
  });
});
