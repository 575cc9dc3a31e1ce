/**
 * Menisci (shank segment, resting on the tibial plateau): crescent wedges of fibrocartilage, thick at
 * the rim (≈ 6–8 mm) and thin towards the centre of each condyle. The medial meniscus is a larger,
 * open C (its horns far apart); the lateral is smaller and almost a closed O. Each is the ring of its
 * outline in plan view, cut off below by the tibia and above by the femoral condyle it carries, so
 * the wedge follows the space between the two bones at rest.
 */
import { smax } from '../sdf';
import type { Sdf } from '../sdf';
import { femur } from './femur';
import { FLEXION_CLEARANCE_DEG, behindFlexionPlane } from './kneeClearance';
import { plateauY, tibia } from './tibia';

/** Height of the meniscal rim above the plateau, metres. */
export const MENISCUS_RIM_HEIGHT = 0.0075;

interface Ring {
  /** Centre of the ring in plan (x, z). */
  cx: number;
  cz: number;
  /** Outer and inner semi-axes (x, z). */
  outer: readonly [number, number];
  inner: readonly [number, number];
  /** Half-opening of the ring on its intercondylar side (in z), and from which x the gap is cut. */
  gapHalf: number;
  gapSide: 1 | -1;
}

const MEDIAL: Ring = { cx: 0.0215, cz: -0.001, outer: [0.018, 0.0215], inner: [0.0095, 0.012], gapHalf: 0.0065, gapSide: -1 };
const LATERAL: Ring = { cx: -0.021, cz: 0.0, outer: [0.0165, 0.0185], inner: [0.0085, 0.009], gapHalf: 0.0025, gapSide: 1 };

function ellipse2(u: number, v: number, a: number, b: number): number {
  // a scaled, not exact, distance: enough for a ring whose width is a few mm
  const k = Math.hypot(u / a, v / b);
  return (k - 1) * Math.min(a, b);
}

function meniscus(ring: Ring): Sdf {
  const f = femur();
  const t = tibia();
  const clear = behindFlexionPlane(FLEXION_CLEARANCE_DEG);
  return (x, y, z) => {
    const u = x - ring.cx;
    const v = z - ring.cz;
    const outer = ellipse2(u, v, ring.outer[0], ring.outer[1]);
    const inner = -ellipse2(u, v, ring.inner[0], ring.inner[1]);
    let plan = smax(outer, inner, 0.003);
    // the opening between the horns, towards the intercondylar area
    const gap = Math.min(ring.gapHalf - Math.abs(v), ring.gapSide * u);
    plan = smax(plan, gap, 0.003);
    // wedge: full height at the rim, falling to nothing at the free inner edge
    const k = Math.hypot(u / ring.outer[0], v / ring.outer[1]);
    const k0 = Math.hypot(u / ring.inner[0], v / ring.inner[1]) > 1 ? 0.55 : 1;
    const w = Math.min(1, Math.max(0, (k - k0) / (0.93 - k0)));
    const height = 0.0008 + MENISCUS_RIM_HEIGHT * w * w * (3 - 2 * w);
    const top = y - (plateauY(z) + height);
    let d = smax(plan, top, 0.002);
    // resting on the tibia, under the femur, with a film of clearance to each
    d = Math.max(d, 0.0003 - t(x, y, z), 0.0006 - f(x, y, z), plateauY(z) - 0.001 - y);
    // never overhanging the plateau's rim
    d = Math.max(d, t(x, plateauY(z) - 0.004, z) + 0.0005);
    return Math.max(d, -clear(x, y, z));
  };
}

export function medialMeniscus(): Sdf {
  return meniscus(MEDIAL);
}

export function lateralMeniscus(): Sdf {
  return meniscus(LATERAL);
}
