/**
 * Atlas colour code (as in Netter's and Sobotta's atlases): muscle red-brown, tendon and ligament
 * silvery white, bone ivory, nerve yellow, artery red; attachment areas a saturated magenta-orange
 * so a lit-up footprint reads at a glance; skin pale beige and translucent-ready. Rough, not metal.
 */
import type { StructureKind } from '../../src/anatomy/ids';
import { TENDON_RGB } from './tissueColour';

export interface MaterialSpec {
  baseColor: [number, number, number, number];
  roughness: number;
  alphaMode: 'OPAQUE' | 'BLEND';
  doubleSided: boolean;
}

export const MATERIAL_BY_KIND: Record<StructureKind, MaterialSpec> = {
  bone: { baseColor: [0.86, 0.8, 0.66, 1], roughness: 0.75, alphaMode: 'OPAQUE', doubleSided: false },
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
