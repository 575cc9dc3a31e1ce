/**
 * Issue 14: the bottom sheet's geometry (heights, snapping) and the install icons drawn in code
 * (valid PNG files of the sizes the manifest lists, with the drawing actually on them).
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from '../../src/pwa/icon';
import { ICONS, encodePng } from '../../src/pwa/pngIcons';
import { nearestState, sheetHeights } from '../../src/ui/sheetGeometry';

describe('bottom sheet geometry', () => {
  it('on a 390 × 844 phone, peek and half leave well over 55 % of the screen to the 3D view', () => {
    const h = sheetHeights(844, 52);
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(h.full).toBe(844 - 52);
    // 3D view between the top bar and the sheet's top edge.
    expect((844 - 52 - h.peek) / 844).toBeGreaterThan(0.7);
    expect((844 - 52 - h.half) / 844).toBeGreaterThanOrEqual(0.55);
  });

  it('a drag snaps to the nearest state', () => {
    const h = sheetHeights(844, 52);
    expect(nearestState(h.peek + 10, h)).toBe('peek');
    expect(nearestState(h.half - 30, h)).toBe('half');
    expect(nearestState((h.half + h.full) / 2 + 5, h)).toBe('full');
    expect(nearestState(2000, h)).toBe('full');
  });

  it('on a very short screen the states stay ordered and within it', () => {
    const h = sheetHeights(300, 52);
    expect(h.peek).toBeLessThanOrEqual(h.half);
    expect(h.half).toBeLessThanOrEqual(h.full);
  });
});

/** Decode our own PNG output (8-bit RGBA, filter 0) back to pixels. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

describe('install icons', () => {
  for (const icon of ICONS) {
    it(`${icon.src}: a ${icon.size}-px PNG that decodes to the drawn pixels`, () => {
      const pixels = drawIcon(icon.size, icon.maskable);
      const png = decodePng(encodePng(pixels, icon.size));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
      expect(Buffer.compare(png.rgba, Buffer.from(pixels))).toBe(0);
      // The drawing is there: amber muscle and pale bone pixels, on the dark background.
      let amber = 0;
      let bone = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
        if (a === 255 && r > 240 && g > 160 && g < 200 && b < 100) amber++;
        if (a === 255 && r > 220 && g > 210 && b > 190) bone++;
      }
      expect(amber / (icon.size * icon.size)).toBeGreaterThan(0.04);
      expect(bone / (icon.size * icon.size)).toBeGreaterThan(0.03);
      // A maskable icon fills its square (launchers crop it); the others have rounded, clear corners.
      expect(pixels[3]).toBe(icon.maskable ? 255 : 0);
    });
  }
});
