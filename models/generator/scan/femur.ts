/**
 * The femur, which the dataset copy lacks (only its distal articular cartilage is here): the
 * generator's procedural femur (bones/femur.ts: shaft, epicondyles, adductor tubercle,
 * supracondylar lines, popliteal surface, intercondylar fossa) scaled so that its posterior condyles
 * match the spheres fitted to the real condylar cartilage (frame.ts) — medio-laterally to the real
 * condylar spacing, sagittally to the real radius, easing back to the procedural shaft above the
 * metaphysis — and joined with the real cartilage, whose deep surface is the subchondral bone. The
 * condyles' articular shape, the trochlea and the notch's walls are therefore the real ones.
 */
import { KNEE } from '../../../src/kinematics/joints';
import { CONDYLES, FEMUR_TOP, POSTERIOR_CONDYLE_RADIUS, femur } from '../bones/femur';
import { smin } from '../sdf';
import type { Sdf } from '../sdf';
import { boundsOf } from '../mesh';
import type { MeshData } from '../mesh';
import { smoothstep } from '../vec';
import type { V3 } from '../vec';
import { finish, largestComponent } from './clean';
import { scanFrame } from './frame';
import { meshField } from './meshField';
import { posedSource } from './bones';

export interface ScanFemur {
  sdf: Sdf;
  /** The real distal femoral cartilage, posed, and its field. */
  cartilage: MeshData;
  cartilageSdf: Sdf;
  min: V3;
  max: V3;
  /** Scale factors applied to the procedural femur at the condyles (x; y and z). */
  scale: { x: number; sagittal: number };
  /** A model point → where the procedural femur's field is read for it (the inverse of the scaling). */
  toProcedural(p: readonly number[]): V3;
  /** A point laid out on the procedural femur → the same place on this one (the scaling itself). */
  toReal(q: readonly number[]): V3;
}

export async function scanFemur(): Promise<ScanFemur> {
  const frame = await scanFrame();
  const cartilage = await finish(largestComponent(await posedSource('femur_cartilage.mesh', 'thigh')), { triangles: 6000 });
  const cartilageSdf = meshField(cartilage);
  const m = frame.toModelAnat(frame.condyleCentres.medial);
  const l = frame.toModelAnat(frame.condyleCentres.lateral);
  const realHalfSpan = Math.hypot(m[0] - l[0], m[1] - l[1], m[2] - l[2]) / 2;
  const realRadius = ((frame.condyleRadii.medial + frame.condyleRadii.lateral) / 2) * frame.scale;
  const procHalfSpan = ((CONDYLES.medial.inner + CONDYLES.medial.outer) / 2 - (CONDYLES.lateral.inner + CONDYLES.lateral.outer) / 2) / 2;
  const sx = realHalfSpan / procHalfSpan;
  const syz = realRadius / POSTERIOR_CONDYLE_RADIUS;
  const proc = femur();
  const c = KNEE.centre;
  // full scale at the condyles, none on the shaft above the metaphysis
  const factors = (y: number) => {
    const t = smoothstep(c[1] + 0.045, c[1] + 0.13, y);
    return [sx + (1 - sx) * t, syz + (1 - syz) * t];
  };
  const toProcedural = (p: readonly number[]): V3 => {
    const [kx, kyz] = factors(p[1]);
    return [c[0] + (p[0] - c[0]) / kx, c[1] + (p[1] - c[1]) / kyz, c[2] + (p[2] - c[2]) / kyz];
  };
  const toReal = (q: readonly number[]): V3 => {
    // the factors depend on the result's height: a few fixed-point steps
    let y = q[1];
    for (let i = 0; i < 8; i++) y = c[1] + (q[1] - c[1]) * factors(y)[1];
    const [kx, kyz] = factors(y);
    return [c[0] + (q[0] - c[0]) * kx, y, c[2] + (q[2] - c[2]) * kyz];
  };
  const warped: Sdf = (x, y, z) => {
    const q = toProcedural([x, y, z]);
    const [kx, kyz] = factors(y);
    return proc(q[0], q[1], q[2]) * Math.min(kx, kyz);
  };
  const sdf: Sdf = (x, y, z) => Math.max(smin(warped(x, y, z), cartilageSdf(x, y, z), 0.002), y - FEMUR_TOP);
  return {
    sdf,
    cartilage,
    cartilageSdf,
    ...meshingBounds(cartilage),
    scale: { x: sx, sagittal: syz },
    toProcedural,
    toReal,
  };
}

/** The cartilage's box widened by the epicondyles' reach: the femur's meshing bounds. */
function meshingBounds(cartilage: MeshData): { min: V3; max: V3 } {
  const { min, max } = boundsOf(cartilage.positions);
  return { min: [min[0] - 0.012, min[1] - 0.004, min[2] - 0.012], max: [max[0] + 0.012, FEMUR_TOP + 0.001, max[2] + 0.01] };
}
