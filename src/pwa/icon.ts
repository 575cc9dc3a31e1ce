/**
 * The app's install icon, drawn in code at build time (no downloaded art): the calf in profile — a
 * bone-coloured tibia with the amber gastrocnemius bulging behind it — on the app's dark
 * background, as an RGBA pixel buffer. Pure: no DOM, no Node. pngIcons.ts encodes it as PNG.
 */

/** The page's theme colour (the top bar) and the icon's background. */
export const THEME_COLOUR = '#171b21';
const BG: RGB = [0x17, 0x1b, 0x21];
const BONE: RGB = [0xe8, 0xdf, 0xcc];
const MUSCLE: RGB = [0xff, 0xb7, 0x4d]; // the highlight amber of the model (styles.css --accent)
const TENDON: RGB = [0xf3, 0xe3, 0xc0];

type RGB = readonly [number, number, number];

/** Signed distance (in icon units, 0..1 across) from p to a capsule from a to b with radius r. */
function capsule(px: number, py: number, ax: number, ay: number, bx: number, by: number, r: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + vx * t), py - (ay + vy * t)) - r;
}

/** Signed distance to an ellipse-ish blob (scaled circle): good enough for a muscle belly. */
function blob(px: number, py: number, cx: number, cy: number, rx: number, ry: number): number {
  return (Math.hypot((px - cx) / rx, (py - cy) / ry) - 1) * Math.min(rx, ry);
}

/**
 * RGBA pixels of a `size` × `size` icon. `maskable` keeps the drawing inside the central 80 % safe
 * zone that launchers crop masked icons to, with the background filling the square.
 */
export function drawIcon(size: number, maskable = false): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const scale = maskable ? 0.72 : 0.9;
  const corner = maskable ? 0 : 0.2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Icon units: 0..1 across the square, then into the drawing's frame around its centre.
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      const s = (u - 0.5) / scale + 0.5;
      const t = (v - 0.5) / scale + 0.5;
      const aa = 1 / (size * scale);
      // Rounded square background (transparent corners unless maskable).
      const qx = Math.abs(u - 0.5) - (0.5 - corner);
      const qy = Math.abs(v - 0.5) - (0.5 - corner);
      const bgDist = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - corner;
      let colour: RGB = BG;
      const alpha = Math.max(0, Math.min(1, 0.5 - bgDist * size));
      // The leg, knee at the top: shaft of the tibia, muscle belly behind it, tendon to the heel.
      const layers: Array<[number, RGB]> = [
        [capsule(s, t, 0.44, 0.12, 0.46, 0.86, 0.07), BONE],
        [capsule(s, t, 0.62, 0.52, 0.58, 0.86, 0.028), TENDON],
        [Math.min(blob(s, t, 0.62, 0.36, 0.15, 0.24), capsule(s, t, 0.55, 0.2, 0.62, 0.52, 0.09)), MUSCLE],
        [capsule(s, t, 0.4, 0.86, 0.74, 0.88, 0.05), BONE],
      ];
      for (const [d, c] of layers) {
        const cover = Math.max(0, Math.min(1, 0.5 - d / aa));
        if (cover > 0) colour = mix(colour, c, cover);
      }
      const i = (y * size + x) * 4;
      px[i] = colour[0];
      px[i + 1] = colour[1];
      px[i + 2] = colour[2];
      px[i + 3] = Math.round(alpha * 255);
    }
  }
  return px;
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t].map(Math.round) as unknown as RGB;
}
