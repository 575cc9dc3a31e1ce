/**
 * The skin: one smooth closed envelope around the region (lower thigh to toes), as an SDF shaped
 * on the bones and the calf, meshed like the bones, and skinned to thigh, shank and foot by
 * position so it follows the knee and the ankle. Girths for a 1.75 m adult: thigh above the knee
 * ≈ 0.42 m, knee ≈ 0.38 m, calf ≈ 0.37 m, ankle ≈ 0.23 m (typical adult values, approximate).
 */
import { ANKLE, KNEE } from '../../src/kinematics/joints';
import type { MeshData } from './mesh';
import { ellipsoid, roundBox, roundCone, smax, smin, sphere, union } from './sdf';
import type { Sdf } from './sdf';
import { plantarPads } from './plantarPads';
import { WARPS } from './scan/realLeg';
import { smoothstep } from './vec';
import type { V3 } from './vec';

export const ENVELOPE_TOP = 0.79;
/**
 * Lowest the skin may reach: the plantar fat pads hang below the bones' floor (y = 0). The heel pad
 * is 15–20 mm thick under the calcaneus and the forefoot pad 8–12 mm under the metatarsal heads
 * (Prichasuk 1994, in the project's anatomy fact sheets), so the sole's skin lies about 17 mm below the real
 * calcaneus (plantarPads.ts); this floor only bounds the field.
 */
export const SOLE_FLOOR = -0.02;

/** A capsule that must lie inside the skin (soft tissue or bone, already offset by the skin's depth). */
export interface Filler {
  a: V3;
  b: V3;
  r: number;
}

/** A bone the skin must cover (its field, already offset by the skin's depth, and its bounds). */
export interface Core {
  sdf: Sdf;
  min: V3;
  max: V3;
}

/**
 * The envelope's field: a hand-shaped limb (girths above) smoothly united with capsules around
 * every muscle, tendon and vessel (so nothing pokes through the skin) — `fillers` come from the
 * soft-tissue centre lines, offset by the subcutaneous layer — and with the subcutaneous bones
 * (`cores`: shin, malleoli, fibula, foot), so the skin lies on them however they are sculpted.
 */
export function envelopeSdf(fillers: readonly Filler[] = [], cores: readonly Core[] = []): Sdf {
  // bucket the capsules by height so each evaluation only looks at the few nearby
  const BIN = 0.02;
  const bins = new Map<number, { f: Sdf; min: number[]; max: number[] }[]>();
  for (const f of fillers) {
    const pad = f.r + 0.012;
    const box = {
      f: roundCone(f.a, f.b, f.r),
      min: [Math.min(f.a[0], f.b[0]) - pad, Math.min(f.a[1], f.b[1]) - pad, Math.min(f.a[2], f.b[2]) - pad],
      max: [Math.max(f.a[0], f.b[0]) + pad, Math.max(f.a[1], f.b[1]) + pad, Math.max(f.a[2], f.b[2]) + pad],
    };
    for (let k = Math.floor(box.min[1] / BIN); k <= Math.floor(box.max[1] / BIN); k++) {
      if (!bins.has(k)) bins.set(k, []);
      bins.get(k)!.push(box);
    }
  }
  const base = handShaped();
  const pads = plantarPads();
  // the base shape was drawn round the procedural leg: read it where the real leg's point was
  const shape: Sdf = (x, y, z) => {
    const t = smoothstep(0.06, 0.12, y);
    if (y > 0.5) return base(x, y, z);
    const s = WARPS.shankInverse([x, y, z]);
    const f = t < 1 ? WARPS.footInverse([x, y, z]) : s;
    const warped = base(f[0] + (s[0] - f[0]) * t, f[1] + (s[1] - f[1]) * t, f[2] + (s[2] - f[2]) * t);
    return y > 0.05 ? warped : smin(warped, pads(x, y, z), 0.012);
  };
  return (x, y, z) => {
    // hard union of the capsules, then one smooth blend with the base shape: blending each of many
    // overlapping capsules in turn would add up and inflate the skin
    let fill = Infinity;
    for (const b of bins.get(Math.floor(y / BIN)) ?? []) {
      if (x < b.min[0] || y < b.min[1] || z < b.min[2] || x > b.max[0] || y > b.max[1] || z > b.max[2]) continue;
      fill = Math.min(fill, b.f(x, y, z));
    }
    for (const c of cores) {
      if (x < c.min[0] || y < c.min[1] || z < c.min[2] || x > c.max[0] || y > c.max[1] || z > c.max[2]) continue;
      fill = Math.min(fill, c.sdf(x, y, z));
    }
    const d = fill === Infinity ? shape(x, y, z) : smin(shape(x, y, z), fill, 0.008);
    return smax(smax(d, y - ENVELOPE_TOP, 0.01), SOLE_FLOOR - y, 0.004);
  };
}

function handShaped(): Sdf {
  const toes: [Sdf, number][] = [
    [roundCone([0.032, 0.023, 0.14], [0.038, 0.019, 0.198], 0.0145, 0.0125), 0.01],
    [roundCone([0.015, 0.019, 0.15], [0.018, 0.014, 0.191], 0.0105, 0.009), 0.008],
    [roundCone([-0.002, 0.018, 0.145], [0.0, 0.013, 0.184], 0.01, 0.0085), 0.008],
    [roundCone([-0.019, 0.017, 0.137], [-0.018, 0.012, 0.175], 0.01, 0.0085), 0.008],
    [roundCone([-0.037, 0.016, 0.126], [-0.036, 0.011, 0.163], 0.0095, 0.008), 0.008],
  ];
  const body = union([
    [roundCone([-0.006, 0.54, -0.004], [-0.03, 0.8, -0.002], 0.062, 0.078), 0],
    [ellipsoid([0.0, 0.505, 0.004], [0.052, 0.06, 0.058]), 0.04],
    // the leg: the shin stays just under the skin, the muscles (fillers) give the calf its shape
    [roundCone([0.0, 0.46, -0.02], [0.0, 0.18, -0.012], 0.036, 0.018), 0.03],
    [roundCone([0.0, 0.44, 0.01], [0.004, 0.15, 0.005], 0.017, 0.012), 0.02],
    // just above the malleoli the skin lies on the distal tibia (its medial face is subcutaneous): a thin
    // core only, the bone cores give the shape (a base shape close under them would inflate the blend)
    [roundCone([0.001, 0.16, 0.0], [0.003, 0.09, 0.002], 0.009, 0.015), 0.006],
    // the fibula's shaft under the lateral muscles; lower down its bone core carries the skin
    [roundCone([-0.033, 0.32, -0.013], [-0.032, 0.2, -0.012], 0.0095, 0.0085), 0.008],
    // malleoli under the skin
    [sphere([0.026, 0.085, 0.004], 0.012), 0.012],
    [sphere([-0.033, 0.072, -0.011], 0.012), 0.012],
    // heel and foot
    [ellipsoid([-0.004, 0.036, -0.044], [0.029, 0.038, 0.026]), 0.03],
    [ellipsoid([0.0, 0.036, 0.04], [0.043, 0.038, 0.075]), 0.03],
    [roundBox([0.0, 0.021, 0.11], [0.051, 0.021, 0.041], 0.015), 0.03],
    // (the plantar fat pads are shaped on the real foot: plantarPads.ts)
    ...toes,
  ]);
  return body;
}

export const ENVELOPE_BOUNDS: { min: V3; max: V3 } = { min: [-0.1, SOLE_FLOOR - 0.01, -0.1], max: [0.09, ENVELOPE_TOP + 0.01, 0.22] };

/** Weights [thigh, shank, foot] of a skin vertex from its rest position. */
export function envelopeWeights(positions: Float32Array): Float32Array {
  const n = positions.length / 3;
  const w = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    const x = positions[v * 3];
    const y = positions[v * 3 + 1];
    const z = positions[v * 3 + 2];
    void x;
    const thigh = smoothstep(KNEE.centre[1] - 0.035, KNEE.centre[1] + 0.045, y);
    // the foot: below the ankle, and the dorsum in front of it
    const u = y - ANKLE.centre[1] - 0.45 * Math.max(0, z - 0.02);
    const foot = smoothstep(0.035, -0.012, u);
    w[v * 3] = thigh;
    w[v * 3 + 2] = foot * (1 - thigh);
    w[v * 3 + 1] = 1 - w[v * 3] - w[v * 3 + 2];
  }
  return w;
}

export type { MeshData };
