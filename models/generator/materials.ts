/**
 * Atlas colour code (as in Netter's and Sobotta's atlases): muscle red-brown, tendon and ligament
 * silvery white, bone ivory, nerve yellow, artery red; attachment areas a saturated magenta-orange
 * so a lit-up footprint reads at a glance; skin pale beige and translucent-ready. Rough, not metal.
 */
import type { StructureKind } from '../../src/anatomy/ids';
import { TENDON_RGB } from './tissueColour';
import type { MeshData } from './mesh';
import type { V3 } from './vec';

export interface MaterialSpec {
  baseColor: [number, number, number, number];
  roughness: number;
  alphaMode: 'OPAQUE' | 'BLEND';
  doubleSided: boolean;
}

export const MATERIAL_BY_KIND: Record<StructureKind, MaterialSpec> = {
  // bone colour comes per vertex (BONE_COLOUR, or CARTILAGE_COLOUR on joint surfaces)
  bone: { baseColor: [1, 1, 1, 1], roughness: 0.75, alphaMode: 'OPAQUE', doubleSided: false },
  // white: a muscle's colour (red belly, off-white tendon) is in its vertex colours (tissueColour.ts)
  muscle: { baseColor: [1, 1, 1, 1], roughness: 0.65, alphaMode: 'OPAQUE', doubleSided: false },
  // tendon and ligament: off-white, a little glossy (the sheen of fresh collagen)
  tendon: { baseColor: [...TENDON_RGB, 1], roughness: 0.38, alphaMode: 'OPAQUE', doubleSided: false },
  ligament: { baseColor: [...TENDON_RGB, 1], roughness: 0.42, alphaMode: 'OPAQUE', doubleSided: false },
  nerve: { baseColor: [0.95, 0.8, 0.2, 1], roughness: 0.6, alphaMode: 'OPAQUE', doubleSided: false },
  artery: { baseColor: [0.78, 0.06, 0.07, 1], roughness: 0.5, alphaMode: 'OPAQUE', doubleSided: false },
  // vein: atlas blue
  vein: { baseColor: [0.05, 0.14, 0.6, 1], roughness: 0.5, alphaMode: 'OPAQUE', doubleSided: false },
  attachment: { baseColor: [1.0, 0.22, 0.5, 1], roughness: 0.6, alphaMode: 'OPAQUE', doubleSided: true },
  skin: { baseColor: [0.93, 0.78, 0.67, 0.35], roughness: 0.8, alphaMode: 'BLEND', doubleSided: false },
};

/** Ivory bone, as the bone material showed before colour moved to the vertices. */
export const BONE_COLOUR: V3 = [0.86, 0.8, 0.66];
/** Hyaline articular cartilage: glossy bluish white, as atlases draw it. */
export const CARTILAGE_COLOUR: V3 = [0.8, 0.87, 0.93];

/** Per-vertex colours of a bone: ivory, bluish white where `cartilage` says the surface is articular. */
export function boneColours(m: MeshData, cartilage?: (p: V3, n: V3) => number): Float32Array {
  const c = new Float32Array(m.positions.length);
  for (let i = 0; i < c.length; i += 3) {
    const p: V3 = [m.positions[i], m.positions[i + 1], m.positions[i + 2]];
    const n: V3 = [m.normals[i], m.normals[i + 1], m.normals[i + 2]];
    const t = cartilage ? Math.min(1, Math.max(0, cartilage(p, n))) : 0;
    for (let k = 0; k < 3; k++) c[i + k] = BONE_COLOUR[k] + (CARTILAGE_COLOUR[k] - BONE_COLOUR[k]) * t;
  }
  return c;
}
