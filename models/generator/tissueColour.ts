/**
 * Vertex colours of a muscle: red-brown belly, off-white tendon where the anatomy puts it (given per
 * piece as arc-length ranges), with a short blend at each musculotendinous junction, and faint
 * lengthwise stripes (fibre bundles under the epimysium) plus a slow colour drift so bellies are not
 * one flat tone. The muscle material's base colour is white, so these vertex colours are the colour
 * the viewer shows; the highlight and the length tint multiply and add on top (scene/applyHighlight.ts).
 *
 * Colours are linear RGB (glTF vertex colours and base-colour factors are linear). Tendon: #E6E1D6,
 * the off-white to silvery colour of fresh tendon and aponeurosis in atlas plates (Netter, Sobotta);
 * a touch cooler than the review's #E6DFCF so that it stays apart from the ivory bone.
 */
import { smoothstep } from './vec';

/** sRGB 0–255 → linear 0–1. */
const lin = (c: number): number => {
  const x = c / 255;
  return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
};

/** Muscle red-brown, linear RGB. */
export const MUSCLE_RGB: readonly [number, number, number] = [0.58, 0.17, 0.13];
/** Tendon, aponeurosis and ligament off-white (#E6E1D6), linear RGB. */
export const TENDON_RGB: readonly [number, number, number] = [lin(0xe6), lin(0xe1), lin(0xd6)];

/** Arc-length ranges [from, to] (0 = origin, 1 = insertion) that are tendon, not belly. */
export type TendonRanges = readonly (readonly [from: number, to: number])[];

/**
 * A lower border that is U-shaped seen from behind: the belly turns into its aponeurosis at
 * arc-length fraction `centre` in the middle of its width but already at `edge` at its borders
 * (each gastrocnemius head; the two U's make the W of the pair).
 */
export interface Aponeurosis {
  centre: number;
  edge: number;
}

/** Length of the blend between belly and tendon, as an arc-length fraction. */
export const JUNCTION_BLEND = 0.03;

/** How tendinous (0 = belly, 1 = tendon) the section at arc-length fraction s is. */
export function tendonShare(s: number, ranges: TendonRanges = []): number {
  let t = 0;
  for (const [a, b] of ranges) {
    const rise = a <= 0 ? 1 : smoothstep(a - JUNCTION_BLEND, a + JUNCTION_BLEND, s);
    const fall = b >= 1 ? 1 : smoothstep(b + JUNCTION_BLEND, b - JUNCTION_BLEND, s);
    t = Math.max(t, Math.min(rise, fall));
  }
  return t;
}

/**
 * Colours of one lofted muscle piece: `along` is each vertex's arc-length fraction, `sides` the
 * vertices per ring (for the stripes).
 */
export function muscleColours(
  along: Float32Array,
  sides: number,
  tendon: TendonRanges = [],
  aponeurosis?: Aponeurosis,
  exponent = 2,
): Float32Array {
  const n = along.length;
  const c = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    const k = v % sides;
    const ring = Math.floor(v / sides);
    const stripe = 0.9 + 0.1 * (0.5 + 0.5 * Math.sin(k * 2.3 + ring * 0.05));
    const drift = 1 + 0.05 * Math.sin(along[v] * 9.1 + k * 0.4);
    let t = tendonShare(along[v], tendon);
    if (aponeurosis) {
      // across position of the vertex in its section: 0 in the middle, 1 at the borders
      const a = Math.abs(Math.cos((2 * Math.PI * k) / sides)) ** (2 / exponent);
      const border = aponeurosis.centre - (aponeurosis.centre - aponeurosis.edge) * a * a;
      t = Math.max(t, smoothstep(border - JUNCTION_BLEND, border + JUNCTION_BLEND, along[v]));
    }
    // tendon keeps only a faint sheen of stripes (fibres run lengthwise)
    const f = stripe * drift * (1 - t) + (0.97 + 0.03 * (stripe - 0.9) * 10) * t;
    for (let j = 0; j < 3; j++) c[v * 3 + j] = Math.min(1, (MUSCLE_RGB[j] * (1 - t) + TENDON_RGB[j] * t) * f);
  }
  return c;
}

/** How tendinous a vertex of a piece is (what muscleColours painted), for tests: 0 belly … 1 tendon. */
export function tendonShareOfColour(r: number, g: number, b: number): number {
  // the red channel barely moves; green and blue rise from belly to tendon
  const t = (g - MUSCLE_RGB[1] * 0.9) / (TENDON_RGB[1] - MUSCLE_RGB[1] * 0.9);
  void r;
  void b;
  return Math.min(1, Math.max(0, t));
}
