/**
 * Build-time (Node) half of the install icons: encodes icon.ts's pixels as PNG files and emits them
 * into the build, so the manifest's icons are generated, never downloaded or committed as art.
 */
import { deflateSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { drawIcon } from './icon.ts';

/** The icons the manifest lists: file name, pixel size, and whether launchers may mask it. */
export const ICONS = [
  { src: 'icons/icon-192.png', size: 192, maskable: false },
  { src: 'icons/icon-512.png', size: 512, maskable: false },
  { src: 'icons/icon-maskable-512.png', size: 512, maskable: true },
  { src: 'icons/apple-touch-icon-180.png', size: 180, maskable: true },
] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `size` × `size` RGBA pixels. */
export function encodePng(rgba: Uint8Array, size: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // Each row starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

/**
 * Emits the icons into the build output (before the service worker's precache list is made, so
 * they are precached too) and links the touch icon from the page's head. In the dev server the
 * icons are served from memory.
 */
export function pwaIcons(): Plugin {
  const files = new Map<string, Buffer>();
  const render = () => {
    if (files.size) return files;
    for (const icon of ICONS) files.set(icon.src, encodePng(drawIcon(icon.size, icon.maskable), icon.size));
    return files;
  };
  return {
    name: 'pwa-icons',
    generateBundle() {
      for (const [fileName, source] of render()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = render().get((req.url ?? '').replace(/^\//, '').split('?')[0]);
        if (!file) return next();
        res.setHeader('Content-Type', 'image/png');
        res.end(file);
      });
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon-180.png' }, injectTo: 'head' },
    ],
  };
}
