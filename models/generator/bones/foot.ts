/** Bones of the foot (foot segment): tarsals, metatarsals, phalanges. */
import { cylinderX, ellipsoid, roundBox, roundCone, sphere, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';

export function talus(): Sdf {
  const body = union([
    [ellipsoid([0.0, 0.068, -0.003], [0.016, 0.019, 0.024]), 0],
    // neck and head toward the navicular
    [roundCone([0.003, 0.064, 0.012], [0.012, 0.056, 0.04], 0.011, 0.01), 0.008],
    [ellipsoid([0.013, 0.055, 0.043], [0.013, 0.011, 0.009]), 0.006],
    // posterior process
    [sphere([-0.004, 0.058, -0.024], 0.007), 0.006],
  ]);
  // dome (trochlea) under the tibial plafond: a cylinder about the ankle axis, 1 mm clear of it
  const dome = cylinderX([0, 0.072, 0.0], 0.0225);
  const domeBlock = roundBox([0.0, 0.077, -0.002], [0.0155, 0.018, 0.021], 0.006);
  return (x, y, z) => Math.min(body(x, y, z), Math.max(dome(x, y, z), domeBlock(x, y, z)));
}

export function calcaneus(): Sdf {
  // A block ≈ 4 cm high under the talus: tall rounded posterior tuberosity (heel), a body whose
  // upper surface carries the talus, a lower anterior process toward the cuboid, and the
  // sustentaculum tali as a shelf jutting medially under the talar neck.
  return union([
    // posterior tuberosity (heel): facets from top (bursa), middle (tendon), bottom (rough)
    [ellipsoid([-0.004, 0.033, -0.045], [0.016, 0.021, 0.016]), 0],
    // plantar tuberosity with its medial and lateral processes, the heel's weight-bearing base
    [sphere([0.003, 0.015, -0.043], 0.0105), 0.01],
    [sphere([-0.012, 0.016, -0.043], 0.009), 0.01],
    // the tuberosity's broad upper part, joining the body
    [roundCone([-0.005, 0.031, -0.04], [-0.008, 0.031, -0.02], 0.017, 0.016), 0.012],
    // body under the talus
    [roundBox([-0.007, 0.03, -0.012], [0.0145, 0.0155, 0.027], 0.009), 0.012],
    // anterior process, lower and narrower, ending at the cuboid facet
    [roundBox([-0.016, 0.029, 0.028], [0.011, 0.011, 0.014], 0.007), 0.012],
    // sustentaculum tali, medial shelf under the talar neck
    [ellipsoid([0.016, 0.043, 0.005], [0.011, 0.0055, 0.012]), 0.006],
    // fibular (peroneal) trochlea on the lateral surface
    [ellipsoid([-0.023, 0.025, 0.012], [0.004, 0.005, 0.008]), 0.006],
  ]);
}

export function navicular(): Sdf {
  return union([
    [ellipsoid([0.014, 0.054, 0.058], [0.016, 0.012, 0.0075]), 0],
    [sphere([0.029, 0.046, 0.057], 0.0065), 0.006], // tuberosity (tibialis posterior)
  ]);
}

export function cuboid(): Sdf {
  return roundBox([-0.024, 0.032, 0.064], [0.012, 0.012, 0.017], 0.005);
}

export function cuneiforms(): Sdf {
  const medial = ellipsoid([0.026, 0.041, 0.078], [0.0095, 0.017, 0.013]);
  const intermediate = ellipsoid([0.01, 0.047, 0.074], [0.0072, 0.011, 0.0095]);
  const lateral = ellipsoid([-0.005, 0.044, 0.076], [0.0078, 0.011, 0.011]);
  return (x, y, z) => Math.min(medial(x, y, z), intermediate(x, y, z), lateral(x, y, z));
}

/** Metatarsal base → head centres and radii, great toe first. */
export const METATARSALS: readonly { base: V3; head: V3; shaft: number; headR: number }[] = [
  { base: [0.027, 0.036, 0.094], head: [0.034, 0.018, 0.148], shaft: 0.0095, headR: 0.012 },
  { base: [0.011, 0.043, 0.09], head: [0.016, 0.015, 0.153], shaft: 0.0058, headR: 0.0084 },
  { base: [-0.004, 0.041, 0.09], head: [-0.002, 0.014, 0.148], shaft: 0.0055, headR: 0.008 },
  { base: [-0.018, 0.036, 0.085], head: [-0.019, 0.013, 0.139], shaft: 0.0053, headR: 0.0078 },
  { base: [-0.031, 0.029, 0.078], head: [-0.037, 0.012, 0.128], shaft: 0.0056, headR: 0.0078 },
];

export function metatarsals(): Sdf {
  const parts = METATARSALS.map((m) =>
    union([
      [roundCone(m.base, m.head, m.shaft * 1.35, m.shaft), 0],
      [sphere(m.base, m.shaft * 1.45), 0.006],
      [sphere(m.head, m.headR), 0.008],
    ]),
  );
  const tuberosity5 = sphere([-0.039, 0.025, 0.079], 0.0065);
  return (x, y, z) => {
    let d = tuberosity5(x, y, z);
    for (const p of parts) d = Math.min(d, p(x, y, z));
    return d;
  };
}

export function phalanges(): Sdf {
  const parts: Sdf[] = [];
  METATARSALS.forEach((m, toe) => {
    const dir = [m.head[0] - m.base[0], -0.05, m.head[2] - m.base[2]];
    const l = Math.hypot(dir[0], dir[1], dir[2]);
    const d: V3 = [dir[0] / l, dir[1] / l, dir[2] / l];
    const lengths = toe === 0 ? [0.027, 0.022] : [0.02 - toe * 0.0015, 0.011 - toe * 0.001, 0.009];
    const radii = toe === 0 ? [0.0075, 0.0068] : [0.0046, 0.0042, 0.0042];
    let start: V3 = [m.head[0] + d[0] * (m.headR + 0.0012), m.head[1] + 0.002, m.head[2] + d[2] * (m.headR + 0.0012)];
    lengths.forEach((len, k) => {
      // toes run forward and a little down; each phalanx a separate bone with a joint gap
      const end: V3 = [start[0] + d[0] * len, start[1] - 0.004 * len * 30, start[2] + d[2] * len];
      parts.push(roundCone(start, end, radii[k] * 1.1, radii[k] * 0.85));
      start = [end[0] + d[0] * 0.0016, end[1], end[2] + d[2] * 0.0016];
    });
  });
  return (x, y, z) => {
    let d = Infinity;
    for (const p of parts) d = Math.min(d, p(x, y, z));
    return d;
  };
}
