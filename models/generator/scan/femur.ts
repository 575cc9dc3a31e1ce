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
  /** A point laid out on the procedural femur → the same place on this one (the scaling itself). */
  toReal(q: readonly number[]): V3;
}

/** Bone kept under a collateral ligament's deep face, metres. */
export const COLLATERAL_SEAT = 0.0004;
/**
 * How far the epicondyle's crest is placed beyond a collateral's deep face before the femur is seated
 * under the ligament, metres: the crest is not where the ligament attaches, so landing it exactly on
 * the deep face leaves the attachment > 2 mm off the bone; the seat carves the excess away.
 */
const EPICONDYLE_PROUD = 0.002;
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
  const ligaments = await scanKneeLigaments();
  // medio-laterally the condyles' centres are spread to the real spacing (sx), but each side beyond
  // its condyle's centre is sized so the epicondyle's crest lands under the real collateral's deep
  // face: scaled whole, the procedural epicondyles stood 7–10 mm proud of both ligaments (≈ 104 mm
  // across against ≈ 90 mm between the ligaments)
  const sides = {
    medial: lateralMap(realHalfSpan, sx, epicondyleReach(proc, 1), collateralDepth(ligaments.medial_collateral_ligament, c[1]) + EPICONDYLE_PROUD),
    lateral: lateralMap(realHalfSpan, sx, epicondyleReach(proc, -1), collateralDepth(ligaments.lateral_collateral_ligament, c[1]) + EPICONDYLE_PROUD),
  };
  // full scale at the condyles, none on the shaft above the metaphysis
  const fade = (y: number) => smoothstep(c[1] + 0.045, c[1] + 0.13, y);
  const kyzAt = (y: number) => syz + (1 - syz) * fade(y);
  const side = (x: number) => (x >= c[0] ? sides.medial : sides.lateral);
  /** Real x → procedural x at height y, and the local medio-lateral scale there (real per procedural). */
  const xToProcedural = (x: number, y: number): [number, number] => {
    const t = fade(y);
    const v = Math.abs(x - c[0]);
    const m = side(x);
    const g = m.toProcedural(v) * (1 - t) + v * t;
    const slope = m.slope(v) * (1 - t) + t;
    return [c[0] + Math.sign(x - c[0]) * g, 1 / slope];
  };
  const toReal = (q: readonly number[]): V3 => {
    // the factors depend on the result's height: a few fixed-point steps
    let y = q[1];
    for (let i = 0; i < 8; i++) y = c[1] + (q[1] - c[1]) * kyzAt(y);
    const kyz = kyzAt(y);
    // x: the map is monotonic, so bisect for the real x whose procedural x is q's
    const s = Math.sign(q[0] - c[0]);
    let lo = 0;
    let hi = 0.1;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (Math.abs(xToProcedural(c[0] + s * mid, y)[0] - c[0]) < Math.abs(q[0] - c[0])) lo = mid;
      else hi = mid;
    }
    return [c[0] + s * (lo + hi) / 2, y, c[2] + (q[2] - c[2]) * kyz];
  };
  const warped: Sdf = (x, y, z) => {
    const [px, kx] = xToProcedural(x, y);
    const kyz = kyzAt(y);
    return proc(px, c[1] + (y - c[1]) / kyz, c[2] + (z - c[2]) / kyz) * Math.min(kx, kyz);
  };
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
    toReal,
  };
}

/** The cartilage's box widened by the epicondyles' reach: the femur's meshing bounds. */
function meshingBounds(cartilage: MeshData): { min: V3; max: V3 } {
  const { min, max } = boundsOf(cartilage.positions);
  return { min: [min[0] - 0.012, min[1] - 0.004, min[2] - 0.012], max: [max[0] + 0.012, FEMUR_TOP + 0.001, max[2] + 0.01] };
}

/** Width of the blend between the inner and the outer medio-lateral scale, metres (real). */
const SCALE_BLEND = 0.005;

/**
 * One side's medio-lateral map, real distance v from the knee's centre → procedural distance:
 * slope 1/inner out to the condyle's centre (real `centre`), 1/outer beyond it (linear blend over
 * ±SCALE_BLEND), with `outer` chosen so the procedural epicondyle's crest (`procEpicondyle`) lands
 * on `realEpicondyle`. Written real → procedural because the femur's field is read that way.
 */
function lateralMap(centre: number, inner: number, procEpicondyle: number, realEpicondyle: number) {
  // the blend integrates to zero offset past it: g(v) = centre/inner + (v − centre)/outer beyond
  const outer = (realEpicondyle - centre) / (procEpicondyle - centre / inner);
  const a = centre - SCALE_BLEND;
  const b = centre + SCALE_BLEND;
  const k = (1 / outer - 1 / inner) / (4 * SCALE_BLEND);
  return {
    toProcedural(v: number): number {
      if (v <= a) return v / inner;
      if (v < b) return v / inner + k * (v - a) ** 2;
      return centre / inner + (v - centre) / outer;
    },
    slope(v: number): number {
      if (v <= a) return 1 / inner;
      if (v < b) return 1 / inner + 2 * k * (v - a);
      return 1 / outer;
    },
  };
}

/** How far the procedural femur reaches medially (side 1) or laterally (−1) at its epicondyle, metres. */
function epicondyleReach(proc: Sdf, side: 1 | -1): number {
  let reach = 0;
  for (let y = 0.495; y <= 0.525; y += 0.0025) {
    for (let z = -0.01; z <= 0.015; z += 0.0025) {
      for (let v = 0.06; v > reach; v -= 0.0002) {
        if (proc(side * v, y, z) < 0) {
          reach = v;
          break;
        }
      }
    }
  }
  return reach;
}

/**
 * Distance from the knee's centre line to a collateral ligament's deep face at its femoral end: the
 * 10th percentile of its vertices' |x| in the band from 12 mm below to 6 mm above the flexion axis.
 */
function collateralDepth(ligament: MeshData, axisY: number): number {
  const xs: number[] = [];
  const p = ligament.positions;
  for (let i = 0; i < p.length; i += 3) if (p[i + 1] > axisY - 0.012 && p[i + 1] < axisY + 0.006) xs.push(Math.abs(p[i]));
  xs.sort((a, b) => a - b);
  return xs[Math.floor(xs.length * 0.1)];
}
