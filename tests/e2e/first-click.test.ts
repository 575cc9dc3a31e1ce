/**
 * Issue 20: a click on a gastrocnemius head as soon as the leg is drawn selects it — the picking
 * trees are still being built then (in slices after the first frame), and rays test meshes without a
 * tree with three's own raycast. How fast it answers is measured by `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { useApp, visiblePoint, waitForState } from './browser';
import { MEDIAL } from './viewer';

const app = useApp();

describe('a click at the first frame', () => {
  it('selects the gastrocnemius head under the pointer while the picking trees are being built', async () => {
    const { page } = await app.open('/', { waitReady: false });
    await page.waitForFunction(() => document.documentElement.dataset.viewerReady === 'true', null, { timeout: 90_000, polling: 'raf' });
    const point = await visiblePoint(page, MEDIAL);
    await page.mouse.click(point.x, point.y);
    const state = await waitForState(page, (s) => s.selected !== null);
    expect(state.selected).toBe(MEDIAL);
  });
});
