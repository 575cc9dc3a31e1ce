/**
 * The real foot skeleton as two height maps: for a point (x, z), the lowest bone surface above it
 * (the plantar surface) and the highest below it (the dorsum). The sole's muscles (muscles/sole.ts)
 * are laid in layers at given depths under the plantar surface, so they follow the subject's own
 * arches (her first ray sits high, her fifth low) instead of a textbook's; the short extensors'
 * tendons run on the dorsum.
 */
import { REAL_BONES } from './realLeg';

const CELL = 0.002;
const cells = new Map<string, number>();
const tops = new Map<string, number>();
for (const bone of Object.values(REAL_BONES)) {
  if (bone.segment !== 'foot') continue;
  const p = bone.mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    const key = `${Math.floor(p[i] / CELL)},${Math.floor(p[i + 2] / CELL)}`;
    const y = p[i + 1];
    if (!(y >= (cells.get(key) ?? Infinity))) cells.set(key, y);
    if (!(y <= (tops.get(key) ?? -Infinity))) tops.set(key, y);
  }
}

/**
 * Lowest foot-bone surface within `radius` (metres) of (x, z), or the nearest found as the search
 * widens (between two rays the bones are further away): metres.
 */
export function plantarY(x: number, z: number, radius = 0.004): number {
  return nearest(cells, x, z, radius, (a, b) => a < b, 'plantarY');
}

/** Highest foot-bone surface near (x, z), as plantarY: the dorsum. */
export function dorsalY(x: number, z: number, radius = 0.004): number {
  return nearest(tops, x, z, radius, (a, b) => a > b, 'dorsalY');
}

function nearest(map: Map<string, number>, x: number, z: number, radius: number, better: (a: number, b: number) => boolean, what: string): number {
  for (let r = radius; r < 0.03; r += 0.002) {
    let best: number | undefined;
    const n = Math.ceil(r / CELL);
    const cx = Math.floor(x / CELL);
    const cz = Math.floor(z / CELL);
    for (let i = -n; i <= n; i++) {
      for (let k = -n; k <= n; k++) {
        if ((i * CELL) ** 2 + (k * CELL) ** 2 > r * r) continue;
        const y = map.get(`${cx + i},${cz + k}`);
        if (y !== undefined && (best === undefined || better(y, best))) best = y;
      }
    }
    if (best !== undefined) return best;
  }
  throw new Error(`${what}: no foot bone near (${x}, ${z})`);
}
