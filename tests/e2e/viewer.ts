/**
 * The viewer's DOM contract (see the brief "DOM and URL contract") as selectors and small flows the
 * e2e tests share: click a structure on the canvas, find empty canvas space, read the panel.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { StructureId } from '../../src/anatomy/ids';
import { canvasBox, getState, settle, visiblePoint, waitForState } from './browser';

export const testId = (id: string): string => `[data-testid="${id}"]`;

export const SEL = {
  panel: 'aside[data-testid="info-panel"]',
  alert: '[role="alert"][data-testid="error-message"]',
  notice: '[role="status"][data-testid="notice"]',
  hoverLabel: testId('hover-label'),
  structureNav: 'nav[aria-label="Structures"]',
  jointAngle: testId('joint-angle'),
  playPause: testId('play-pause'),
  loop: testId('loop'),
  speed: testId('speed'),
  scrub: testId('scrub'),
  linkOrigin: testId('link-origin'),
  linkInsertion: testId('link-insertion'),
} as const;

export const MEDIAL: StructureId = 'gastrocnemius_medial_head';
export const LATERAL: StructureId = 'gastrocnemius_lateral_head';

/** Move the real mouse onto the structure where the viewer says it is visible, and click it. */
export async function clickStructure(page: Page, id: StructureId): Promise<{ x: number; y: number }> {
  await settle(page);
  const point = await visiblePoint(page, id);
  await page.mouse.click(point.x, point.y);
  await waitForState(page, (s, target) => s.selected === target, id);
  return point;
}

/**
 * A point on the canvas where no structure is under the pointer (hovered stays null), trying the
 * canvas corners and edges. Leaves the mouse there.
 */
export async function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  const m = 12;
  const candidates = [
    { x: box.x + m, y: box.y + m },
    { x: box.x + box.width - m, y: box.y + m },
    { x: box.x + m, y: box.y + box.height - m },
    { x: box.x + box.width - m, y: box.y + box.height - m },
    { x: box.x + m, y: box.y + box.height / 2 },
    { x: box.x + box.width - m, y: box.y + box.height / 2 },
  ];
  for (const point of candidates) {
    await page.mouse.move(point.x, point.y, { steps: 2 });
    // Let the pointer event be handled and one frame pass before reading `hovered`.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
    if ((await getState(page)).hovered === null) return point;
  }
  throw new Error('found no empty canvas space: a structure is under every corner and edge tried');
}

/** Let a few animation frames pass (a state-based wait: frames, not milliseconds). */
export async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let left = n;
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/** Set the speed control, whether it is a <select> or a range input. */
export async function setSpeedControl(page: Page, speed: number): Promise<void> {
  const control = page.locator(SEL.speed);
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') await control.selectOption(String(speed));
  else await control.fill(String(speed));
}

interface DataFile {
  structures: Record<string, { name: string; latin: string; muscle?: { innervation: { text: string } } }>;
}

let data: DataFile | undefined;
/** data/structures.json, the source the panel is rendered from. */
export function structureData(id: StructureId): DataFile['structures'][string] {
  data ??= JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/structures.json'), 'utf8')) as DataFile;
  const entry = data.structures[id];
  if (!entry) throw new Error(`data/structures.json has no entry for ${id}`);
  return entry;
}
