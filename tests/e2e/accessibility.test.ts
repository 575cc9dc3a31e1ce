/**
 * Accessibility: an axe-core scan of the main states finds no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, useApp } from './browser';
import { MEDIAL, SEL, clickStructure } from './viewer';

const app = useApp();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own CSP (rightly) forbids an inline script tag.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('initial state', async () => {
    const { page } = await app.open('/');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('gastrocnemius selected, panel open', async () => {
    const { page } = await app.open('/');
    await clickStructure(page, MEDIAL);
    await page.locator(SEL.panel).waitFor({ state: 'visible' });
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('error state (model missing)', async () => {
    const session = await app.open('/', {
      waitReady: false,
      before: (p) => p.route('**/*.glb', (route) => route.fulfill({ status: 404, body: 'not found' })),
    });
    session.allowErrors(/404/, /failed to load/i, /model|glb|gltf|load/i);
    await session.page.locator(SEL.alert).waitFor({ state: 'visible', timeout: 60_000 });
    expect(await seriousViolations(session.page)).toEqual([]);
  });

  it('notice shown for an unknown id', async () => {
    const { page } = await app.open('/?select=nonsense');
    await page.locator(SEL.notice).waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
