/**
 * Issue 5, quiz mode: questions from generateQuiz, click questions answered on the model (an
 * attachment by clicking its bone close to the area), choice questions with buttons, explanations
 * of wrong answers, a score, and progress kept on this device across a reload; a malformed stored
 * value is discarded with a notice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/anatomy/quiz';
import type { Question } from '../../src/anatomy/quiz';
import type { StructureId } from '../../src/anatomy/ids';
import { getState, screenPosition, settle, useApp, waitForReady } from './browser';
import { SEL, emptyCanvasPoint, frames, testId } from './viewer';

const app = useApp();
const KEY = 'anatomy-viewer:quiz:v1';
const panel = testId('quiz-panel');

/** The first seed whose quiz starts click-structure, choice, click-attachment (found, not hard-coded). */
function findSeed(): { seed: number; questions: Question[] } {
  for (let seed = 1; seed < 20_000; seed++) {
    const questions = generateQuiz(seed);
    if (questions[0].kind === 'click-structure' && questions[1].kind === 'choice' && questions[2].kind === 'click-attachment') {
      return { seed, questions };
    }
  }
  throw new Error('no seed gives click-structure, choice, click-attachment as the first three questions');
}

const score = async (page: Page) => (await page.locator(testId('quiz-score')).textContent()) ?? '';

/** Seed this device's storage with a fresh quiz, once (a reload keeps what the app saved since). */
function seedStorage(seed: number) {
  const value = JSON.stringify({ open: true, progress: { seed, index: 0, right: 0, wrong: 0, answer: null } });
  return (page: Page) => page.addInitScript(`if (!localStorage.getItem(${JSON.stringify(KEY)})) localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(value)});`);
}

/** Try the view presets until the structure is visible; returns its point. */
async function showFromSomeView(page: Page, id: StructureId): Promise<{ x: number; y: number }> {
  for (const view of ['posterior', 'anterior', 'medial', 'lateral']) {
    await page.locator(testId(`view-${view}`)).click();
    await settle(page);
    const p = await screenPosition(page, id);
    if (p) return p;
  }
  throw new Error(`${id} is not visible from any preset view`);
}

describe('quiz mode', () => {
  it('the toggle opens the panel with a question and remembers the quiz on this device', async () => {
    const { page } = await app.open('/');
    const toggle = page.locator(testId('quiz-toggle'));
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const quiz = page.locator(panel);
    expect(await quiz.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const seed = Number(await quiz.getAttribute('data-seed'));
    const questions = generateQuiz(seed);
    expect(await quiz.getAttribute('data-question-id')).toBe(questions[0].id);
    expect(await page.locator(testId('quiz-prompt')).textContent()).toBe(questions[0].prompt);
    expect(await score(page)).toMatch(/Score 0 \/ 0/);
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
    expect(stored).toMatchObject({ open: true, progress: { seed, index: 0 } });
    await toggle.click();
    expect(await quiz.count()).toBe(0);
  });

  it('a run with wrong and right answers keeps score and explains, and a reload keeps the progress', async () => {
    const { seed, questions } = findSeed();
    const [q0, q1, q2] = questions;
    if (q0.kind !== 'click-structure' || q1.kind !== 'choice' || q2.kind !== 'click-attachment') throw new Error('unexpected kinds');
    const { page, shot } = await app.open('/', { before: seedStorage(seed) });
    const quiz = page.locator(panel);
    expect(await quiz.getAttribute('data-question-id')).toBe(q0.id);

    // 1. Click question, answered wrong: click a structure that is not the answer.
    await settle(page);
    let wrongPick: StructureId | null = null;
    for (const id of ['soleus', 'gastrocnemius_medial_head', 'calcaneus', 'tibia', 'femur'] as StructureId[]) {
      const p = id === q0.answer ? null : await screenPosition(page, id);
      if (p) {
        await page.mouse.click(p.x, p.y);
        wrongPick = id;
        break;
      }
    }
    expect(wrongPick).not.toBeNull();
    const feedback = page.locator(testId('quiz-feedback'));
    await feedback.waitFor();
    expect(await feedback.getAttribute('data-correct')).toBe('false');
    expect(await feedback.textContent()).toMatch(/not/i);
    expect(await score(page)).toMatch(/Score 0 \/ 1/);
    await shot('wrong-click-explained');
    await page.locator(testId('quiz-next')).click();

    // 2. Choice question, answered wrong: the explanation says why, and gives the right answer.
    expect(await quiz.getAttribute('data-question-id')).toBe(q1.id);
    const wrong = (q1.correctIndex + 1) % q1.options.length;
    await page.locator(testId(`quiz-option-${wrong}`)).click();
    expect(await feedback.getAttribute('data-correct')).toBe('false');
    const text = (await feedback.textContent()) ?? '';
    expect(text).toContain(q1.explanations[wrong]);
    expect(text).toContain(q1.options[q1.correctIndex]);
    expect(await score(page)).toMatch(/Score 0 \/ 2/);
    await page.locator(testId('quiz-next')).click();

    // 3. Attachment question, answered right by clicking the bone just beside the area.
    expect(await quiz.getAttribute('data-question-id')).toBe(q2.id);
    await page.locator(testId(`structure-item-${q2.answer}`)).click();
    await page.locator(testId('isolate-selected')).click();
    const area = await showFromSomeView(page, q2.answer);
    let onBone: { x: number; y: number } | null = null;
    // Walk outwards from the area in eight directions: the first pixel on the bone is the nearest.
    for (let r = 2; r <= 40 && !onBone; r += 2) {
      for (let k = 0; k < 8 && !onBone; k++) {
        const p = { x: area.x + Math.round(r * Math.cos((k / 8) * 2 * Math.PI)), y: area.y + Math.round(r * Math.sin((k / 8) * 2 * Math.PI)) };
        await page.mouse.move(p.x, p.y);
        await frames(page, 1);
        if ((await getState(page)).hovered === q2.bone) onBone = p;
      }
    }
    expect(onBone, `a point on the ${q2.bone} next to the area`).not.toBeNull();
    await page.mouse.click(onBone!.x, onBone!.y);
    await feedback.waitFor();
    expect(await feedback.getAttribute('data-correct'), (await feedback.textContent()) ?? '').toBe('true');
    expect(await feedback.textContent()).toMatch(/close enough/i);
    expect(await score(page)).toMatch(/Score 1 \/ 3/);
    await emptyCanvasPoint(page);
    await shot('attachment-right');

    // Reload: the same question, its feedback and the score are back.
    await page.reload();
    await waitForReady(page);
    expect(await quiz.getAttribute('data-question-id')).toBe(q2.id);
    expect(await score(page)).toMatch(/Score 1 \/ 3/);
    expect(await feedback.getAttribute('data-correct')).toBe('true');
    await page.locator(testId('quiz-next')).click();
    expect(await quiz.getAttribute('data-question-id')).toBe(questions[3].id);
  });

  it('a malformed stored quiz is discarded with a notice; the quiz still starts', async () => {
    const { page } = await app.open('/', {
      before: (p) => p.addInitScript(`localStorage.setItem(${JSON.stringify(KEY)}, '{"open":true,"progress":{"seed":"x"');`),
    });
    expect(await page.locator(SEL.notice).textContent()).toMatch(/quiz progress.*discarded/i);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    expect(await page.locator(panel).count()).toBe(0);
    await page.locator(testId('quiz-toggle')).click();
    expect(await page.locator(testId('quiz-prompt')).isVisible()).toBe(true);
  });
});
