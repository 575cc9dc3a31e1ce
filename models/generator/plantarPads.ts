/**
 * The sole's fat pads, shaped on the real foot rather than carried over from the procedural one: the
 * heel pad 17 mm thick under the calcaneal tuberosity (healthy adults 15–20 mm; Prichasuk, J Bone
 * Joint Surg Br 1994), the forefoot pad 10 mm under the metatarsal heads (ultrasound 8–12 mm;
 * Abouaesha et al., Diabetes Care 2001) — 12.5 mm under the first, whose sesamoids lie within it —
 * and the lateral border between them. Depths are measured from the subject's own plantar surface
 * (scan/plantar.ts), so the pads follow her arches.
 */
import { RAYS } from './muscles/footRays';
import { plantarY } from './scan/plantar';
import { REAL_BONES } from './scan/realLeg';
import { ellipsoid, roundCone, union } from './sdf';
import type { Sdf } from './sdf';
import type { V3 } from './vec';

export const HEEL_PAD = 0.017;
export const BALL_PAD = 0.01;
const BALL_PAD_HALLUX = 0.0125;
/** Radius of the forefoot and lateral border pads, metres. */
const ROLL = 0.009;

/** The calcaneus's lowest point: where the heel pad is thickest. */
function heelPoint(): V3 {
  const p = REAL_BONES.calcaneus.mesh.positions;
  let lo: V3 = [0, Infinity, 0];
  for (let i = 0; i < p.length; i += 3) if (p[i + 1] < lo[1]) lo = [p[i], p[i + 1], p[i + 2]];
  return lo;
}

/** Centre of a pad of radius r whose underside lies `depth` under the bone above (x, z). */
const padCentre = (x: number, z: number, depth: number, r = ROLL): V3 => [x, plantarY(x, z) - depth + r, z];

export function plantarPads(): Sdf {
  const heel = heelPoint();
  const heelRadii: V3 = [0.025, 0.012, 0.028];
  const ball = RAYS.map((ray, k) => padCentre(ray.head[0] / 1000, ray.head[1] / 1000, k === 0 ? BALL_PAD_HALLUX : BALL_PAD));
  const lateral = [padCentre(heel[0] - 0.016, heel[2] + 0.012, 0.014), padCentre(-0.04, 0.05, 0.008), ball[4]];
  const cones = (pts: V3[]) => pts.slice(1).map((b, i): [Sdf, number] => [roundCone(pts[i], b, ROLL), 0.006]);
  return union([
    [ellipsoid([heel[0] - 0.002, heel[1] - HEEL_PAD + heelRadii[1], heel[2] - 0.003], heelRadii), 0],
    ...cones(lateral),
    ...cones(ball),
  ]);
}
