/**
 * The plantar surface of the real foot skeleton as a height map: for a point (x, z) of the sole, the
 * lowest bone surface above it. The sole's muscles (muscles/sole.ts) are laid in layers at given
 * depths under this surface, so they follow the subject's own arches (her first ray sits high, her
 * fifth low) instead of a textbook's.
 */
import { REAL_BONES } from './realLeg';

const CELL = 0.002;
const cells = new Map<string, number>();
for (const bone of Object.values(REAL_BONES)) {
  if (bone.segment !== 'foot') continue;
  const p = bone.mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    const key = `${Math.floor(p[i] / CELL)},${Math.floor(p[i + 2] / CELL)}`;
    const y = p[i + 1];
    if (!(y >= (cells.get(key) ?? Infinity))) cells.set(key, y);
  }
}

/**
 * Lowest foot-bone surface within `radius` (metres) of (x, z), or the nearest found as the search
 * widens (between two rays the bones are further away): metres.
 */
export function plantarY(x: number, z: number, radius = 0.004): number {
  for (let r = radius; r < 0.03; r += 0.002) {
    let best = Infinity;
    const n = Math.ceil(r / CELL);
    const cx = Math.floor(x / CELL);
    const cz = Math.floor(z / CELL);
    for (let i = -n; i <= n; i++) {
      for (let k = -n; k <= n; k++) {
        if ((i * CELL) ** 2 + (k * CELL) ** 2 > r * r) continue;
        const y = cells.get(`${cx + i},${cz + k}`);
        if (y !== undefined && y < best) best = y;
      }
    }
    if (best < Infinity) return best;
  }
  throw new Error(`plantarY: no foot bone near (${x}, ${z})`);
}
