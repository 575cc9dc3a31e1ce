/**
 * The harness itself: the test browser renders WebGL in software, and screenshot comparison sees
 * exactly the pixels that changed. If these fail, every other e2e result is suspect.
 */
import { describe, expect, it } from 'vitest';
import { useApp } from './browser';
import { compareImages, decodePng } from './images';

const app = useApp();

describe('e2e harness', () => {
  it('the test Chromium has WebGL2 through SwiftShader', async () => {
    const page = await app.browser().newPage();
    try {
      await page.setContent('<canvas id="c" width="8" height="8"></canvas>');
      const renderer = await page.evaluate(() => {
        const gl = (document.getElementById('c') as HTMLCanvasElement).getContext('webgl2');
        if (!gl) return null;
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      });
      expect(renderer).toMatch(/SwiftShader/i);
    } finally {
      await page.close();
    }
  });

  it('screenshot comparison finds the changed square and nothing else', async () => {
    const page = await app.browser().newPage({ viewport: { width: 200, height: 100 }, deviceScaleFactor: 1 });
    try {
      await page.setContent(
        '<body style="margin:0;background:#fff"><div id="a" style="position:absolute;left:10px;top:10px;width:40px;height:40px;background:#2060c0"></div></body>',
      );
      const before = await page.screenshot();
      await page.evaluate(() => {
        (document.getElementById('a') as HTMLElement).style.background = '#c03020';
      });
      const after = await page.screenshot();
      const decoded = decodePng(after);
      expect([decoded.width, decoded.height]).toEqual([200, 100]);
      const pixel = (x: number, y: number) => Array.from(decoded.data.subarray((y * 200 + x) * 4, (y * 200 + x) * 4 + 3));
      expect(pixel(30, 30)).toEqual([0xc0, 0x30, 0x20]);
      expect(pixel(100, 50)).toEqual([255, 255, 255]);
      expect(compareImages(before, after, { x: 10, y: 10, width: 40, height: 40 }).changedFraction).toBe(1);
      expect(compareImages(before, after, { x: 60, y: 0, width: 140, height: 100 }).changedFraction).toBe(0);
      expect(compareImages(before, after).changedFraction).toBeCloseTo(1600 / 20000, 5);
    } finally {
      await page.close();
    }
  });
});
