/**
 * Comparing screenshots without extra packages: a small decoder for the PNGs Chromium writes
 * (8-bit RGB/RGBA, not interlaced) and a pixel difference over a region.
 */
import { inflateSync } from 'node:zlib';

export interface Rgba {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  data: Uint8Array;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(png: Buffer): Rgba {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = body.subarray(8, 13);
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? rows[dst + i - channels] : 0;
      const up = y > 0 ? rows[dst - stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? rows[dst - stride + i - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter} on row ${y}`);
      rows[dst + i] = (raw[src + i] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    data.set(rows.subarray(p * 3, p * 3 + 3), p * 4);
    data[p * 4 + 3] = 255;
  }
  return { width, height, data };
}

export interface ImageDifference {
  /** Share of the region's pixels whose largest channel difference exceeds the threshold (0..1). */
  changedFraction: number;
  /** Mean absolute channel difference over the region (0..255). */
  meanDifference: number;
  pixels: number;
}

/** Compare two same-size screenshots, optionally only inside `region` (clamped to the image). */
export function compareImages(a: Buffer, b: Buffer, region?: Region, threshold = 12): ImageDifference {
  const A = decodePng(a);
  const B = decodePng(b);
  if (A.width !== B.width || A.height !== B.height) {
    throw new Error(`screenshots differ in size: ${A.width}×${A.height} vs ${B.width}×${B.height}`);
  }
  const x0 = Math.max(0, Math.floor(region?.x ?? 0));
  const y0 = Math.max(0, Math.floor(region?.y ?? 0));
  const x1 = Math.min(A.width, Math.ceil(region ? region.x + region.width : A.width));
  const y1 = Math.min(A.height, Math.ceil(region ? region.y + region.height : A.height));
  let changed = 0;
  let sum = 0;
  let pixels = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * A.width + x) * 4;
      let max = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(A.data[i + c] - B.data[i + c]);
        sum += d;
        if (d > max) max = d;
      }
      if (max > threshold) changed++;
      pixels++;
    }
  }
  if (pixels === 0) throw new Error('comparison region lies outside the screenshot');
  return { changedFraction: changed / pixels, meanDifference: sum / (pixels * 3), pixels };
}

/** A square region of `radius` CSS px around a point (screenshots taken at deviceScaleFactor 1). */
export function around(point: { x: number; y: number }, radius: number): Region {
  return { x: point.x - radius, y: point.y - radius, width: 2 * radius, height: 2 * radius };
}
