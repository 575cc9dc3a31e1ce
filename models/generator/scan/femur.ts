/**
 * The femur, which the dataset copy lacks (only its distal articular cartilage is here): the
 * generator's procedural femur (bones/femur.ts: shaft, epicondyles, adductor tubercle,
 * supracondylar lines, popliteal surface, intercondylar fossa) scaled so that its posterior condyles
 * match the spheres fitted to the real condylar cartilage (frame.ts) — medio-laterally to the real
 * condylar spacing, sagittally to the real radius, easing back to the procedural shaft above the
 * metaphysis — and joined with the real cartilage, whose deep surface is the subchondral bone. The
 * condyles' articular shape, the trochlea and the notch's walls are therefore the real ones.
 * The procedural epicondyles stand up to 8 mm proud of where the real collateral ligaments lie
 * (the subject's ligaments run 7 mm deep inside them): the femur is seated under each collateral,
 * its surface kept COLLATERAL_SEAT below the ligament's deep face and blended into the epicondyle,
 * and under the path the MCL sweeps as the knee bends (its skinned surface at COLLATERAL_SWEEP
 * angles), since the real epicondyle lets it pass. The knee ligaments' skin weights are therefore
 * decided here, on the seated femur, and reused by the build.
 */
import { KNEE } from '../../../src/kinematics/joints';
import { CONDYLES, FEMUR_TOP, POSTERIOR_CONDYLE_RADIUS, femur } from '../bones/femur';
import { smax, smin } from '../sdf';
import type { Sdf } from '../sdf';
import { boundsOf, mergeMeshes } from '../mesh';
import type { MeshData } from '../mesh';
import { smoothstep } from '../vec';
import type { V3 } from '../vec';
import { finish, largestComponent } from './clean';
import { scanFrame } from './frame';
import { meshField } from './meshField';
import { COLLATERALS, KNEE_LIGAMENT_SOURCES, flexedLigament, ligamentWeights, scanKneeLigaments } from './kneeLigaments';
import type { KneeLigamentId } from './kneeLigaments';
import { posedSource, scanBones } from './bones';

export interface ScanFemur {
  sdf: Sdf;
  /** The real distal femoral cartilage, posed, and its field. */
  cartilage: MeshData;
  cartilageSdf: Sdf;
  min: V3;
  max: V3;
  /** Skin weights [thigh, shank, foot] per vertex of each scanned knee ligament (scanKneeLigaments). */
  ligamentWeights: Record<KneeLigamentId, Float32Array>;
  /** Scale factors applied to the procedural femur at the condyles (x; y and z). */
  scale: { x: number; sagittal: number };
  /** A model point → where the procedural femur's field is read for it (the inverse of the scaling). */
  toProcedural(p: readonly number[]): V3;
  /** A point laid out on the procedural femur → the same place on this one (the scaling itself). */
  toReal(q: readonly number[]): V3;
}

/** Bone kept under a collateral ligament's deep face, metres. */
export const COLLATERAL_SEAT = 0.0004;
/** Blend radius of the seat into the epicondyle, metres. */
const SEAT_BLEND = 0.005;
/** Deeper than this inside a scanned ligament is outside it (MCL ≤ 4 mm, LCL ≤ 6 mm thick), metres. */
const LIGAMENT_HALF_THICKNESS = 0.0035;
/** Bone kept clear of the MCL's path in flexion, metres. */
const SWEEP_SEAT = 0.0015;
/** Knee angles at which the MCL's skinned surface carves its path. */
const COLLATERAL_SWEEP = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140];

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
  const ligaments = await scanKneeLigaments();
  const seatedUnder = (base: Sdf, meshes: readonly MeshData[], seat = COLLATERAL_SEAT): Sdf => {
    const surfaces = meshes.map(meshField);
    // the femur's field is read everywhere the build keeps tissue out of bone: away from the
    // ligaments (2 cm, far past any blend) the seats change nothing, and are not read
    const { min, max } = boundsOf(mergeMeshes(meshes).positions, 0.02);
    return (x, y, z) => {
    let d = base(x, y, z);
    if (x < min[0] || y < min[1] || z < min[2] || x > max[0] || y > max[1] || z > max[2]) return d;
    for (const lig of surfaces) {
      // no point lies deeper than half a ligament's thickness inside it: a 'deeper' reading is a far
      // point whose nearest surface faces away (a bent copy folds where its weights blend)
      const l = lig(x, y, z);
      d = smax(d, seat - (l < -LIGAMENT_HALF_THICKNESS ? -l : l), SEAT_BLEND);
    }
    return d;
    };
  };
  const base: Sdf = (x, y, z) => Math.max(smin(warped(x, y, z), cartilageSdf(x, y, z), 0.002), y - FEMUR_TOP);
  const seated = seatedUnder(base, COLLATERALS.map((id) => ligaments[id]));
  const bones = await scanBones();
  const tibia = meshField(bones.tibia.bone);
  const fibula = meshField(bones.fibula.bone);
  const shank: Sdf = (x, y, z) => Math.min(tibia(x, y, z), fibula(x, y, z));
  const weights = {} as Record<KneeLigamentId, Float32Array>;
  for (const id of Object.keys(ligaments) as KneeLigamentId[]) {
    const blend = KNEE_LIGAMENT_SOURCES[id].blend;
    weights[id] = ligamentWeights(ligaments[id], seated, shank, blend ? { blend } : {});
  }
  // the LCL's femoral end lies behind the epicondyle's crest and swings clear of it (measured: no
  // vertex inside the femur at any angle); sweeping it would only carve its own footprint away
  // (the bent copies in one mesh: one field to read; where they overlap, a point's nearest face may
  // be a neighbour's, which is as near the path)
  const swept = mergeMeshes(COLLATERAL_SWEEP.map((deg) => flexedLigament(ligaments.medial_collateral_ligament, weights.medial_collateral_ligament, deg)));
  // the path is carved wider than the seat: thin walls left between neighbouring angles mesh as flaps
  const sdf = seatedUnder(seated, [swept], SWEEP_SEAT);
  return {
    sdf,
    cartilage,
    cartilageSdf,
    ligamentWeights: weights,
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
