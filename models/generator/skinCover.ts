/**
 * What the skin envelope (envelope.ts) must cover, from the built tissue: the real bellies and the
 * shank and foot bones as cores offset by the subcutaneous layer, and capsules along the generated
 * soft tissues' centre lines. build.ts meshes the field into the `skin` node.
 */
import { STRUCTURES } from '../../src/anatomy/ids';
import type { StructureId } from '../../src/anatomy/ids';
import { boneFields } from './bones';
import type { BoneId } from './bones';
import { envelopeSdf } from './envelope';
import type { Core, Filler } from './envelope';
import { loft } from './loft';
import { boundsOf } from './mesh';
import { SOFT_TISSUES } from './softTissue';
import { REAL_MUSCLES } from './scan/realLeg';
import { meshField } from './scan/meshField';
import { cross, normalize, smoothstep, sub } from './vec';
import type { V3 } from './vec';

/** Subcutaneous layer kept between the outermost muscles and the skin, metres. */
export const SKIN_DEPTH = 0.003;
/** Skin over a superficial vein or cutaneous nerve, metres. */
export const SKIN_DEPTH_VESSEL = 0.001;
/** Above the malleoli the skin lies almost directly on the tendons (≈ 2 mm of fat). */
export const SKIN_DEPTH_ANKLE = 0.002;

/** Subcutaneous depth at height y: thin over the tendons of the distal leg, SKIN_DEPTH above. */
export function skinDepthAt(y: number): number {
  return SKIN_DEPTH_ANKLE + (SKIN_DEPTH - SKIN_DEPTH_ANKLE) * smoothstep(0.14, 0.2, y);
}

/** The skin envelope's signed distance field (negative inside), as meshed into the `skin` node. */
export function skinField(): ReturnType<typeof envelopeSdf> {
  return envelopeSdf(fillersFromTissues(), [...boneCores(), ...muscleCores()]);
}

/** The real muscle bellies, offset by the subcutaneous layer at their height, for the skin to cover. */
function muscleCores(): Core[] {
  return [...REAL_MUSCLES.values()].map((m) => {
    const field = meshField(m);
    return { sdf: (x: number, y: number, z: number) => field(x, y, z) - skinDepthAt(y), ...boundsOf(m.positions, SKIN_DEPTH + 0.001) };
  });
}

/** Skin over subcutaneous bone (shin, malleoli, dorsum of the foot), metres. */
export const SKIN_OVER_BONE = 0.002;

/** The shank and foot bones, offset by SKIN_OVER_BONE, for the skin to cover. */
function boneCores(): Core[] {
  const fields = boneFields();
  return (Object.keys(fields) as BoneId[])
    .filter((id) => fields[id].segment !== 'thigh' && id !== 'patella')
    .map((id) => {
      const f = fields[id];
      const pad = SKIN_OVER_BONE + 0.001;
      return {
        sdf: (x: number, y: number, z: number) => f.sdf(x, y, z) - SKIN_OVER_BONE,
        min: [f.min[0] - pad, f.min[1] - pad, f.min[2] - pad] as V3,
        max: [f.max[0] + pad, f.max[1] + pad, f.max[2] + pad] as V3,
      };
    });
}

/** Fascial sheets that lie directly under the skin (or deep inside), which the skin only needs to clear. */
const SUBCUTANEOUS_FASCIA: ReadonlySet<StructureId> = new Set(['iliotibial_tract', 'plantar_aponeurosis', 'interosseous_membrane']);

/**
 * Capsules along the soft tissues' centre lines (coarse) that the skin envelope must contain. A flat
 * section (a broad belly, an aponeurosis) gets a row of thin capsules across its width rather than
 * one round capsule as wide as the muscle, so the skin follows flat bellies instead of ballooning.
 */
function fillersFromTissues(): Filler[] {
  const out: Filler[] = [];
  for (const def of SOFT_TISSUES) {
    // superficial veins and cutaneous nerves lie in the fat itself, and the ankle retinacula just
    // under it: the skin only needs to clear them
    const thin = STRUCTURES[def.id] === 'vein' || STRUCTURES[def.id] === 'nerve' || def.id.endsWith('_retinaculum') || SUBCUTANEOUS_FASCIA.has(def.id);
    for (const piece of def.pieces) {
      const lofted = loft(piece.path, piece.profile, { ...piece.options, rings: 24 });
      for (let i = 1; i < lofted.centre.length; i++) {
        const a = lofted.sections[i - 1];
        const b = lofted.sections[i];
        const hw = Math.max(a.hw, b.hw);
        const ht = Math.max(a.ht, b.ht);
        const across = Math.max(0, hw - ht);
        const n = across > 0.2 * ht ? Math.min(6, Math.ceil(across / ht)) : 0;
        // a crescent section (curl) bends its edges along the thickness direction: the capsules follow
        const curl = piece.options?.curl ?? 0;
        const va = cross(tangentAt(lofted.centre, i - 1), a.u);
        const vb = cross(tangentAt(lofted.centre, i), b.u);
        for (let k = -n; k <= n; k++) {
          const f = n === 0 ? 0 : k / n;
          out.push({
            a: [0, 1, 2].map((j) => lofted.centre[i - 1][j] + a.u[j] * f * Math.max(0, a.hw - a.ht) + va[j] * curl * a.ht * f * f) as V3,
            b: [0, 1, 2].map((j) => lofted.centre[i][j] + b.u[j] * f * Math.max(0, b.hw - b.ht) + vb[j] * curl * b.ht * f * f) as V3,
            // superellipse corners bulge a little past the capsule row
            r: ht * (n === 0 ? 1 : 1.15) + (thin ? SKIN_DEPTH_VESSEL : skinDepthAt(lofted.centre[i][1])),
          });
        }
      }
    }
  }
  return out;
}

/** Unit tangent of a sampled centre line at sample i. */
function tangentAt(centre: readonly V3[], i: number): V3 {
  const a = centre[Math.max(0, i - 1)];
  const b = centre[Math.min(centre.length - 1, i + 1)];
  return normalize(sub(b, a));
}
