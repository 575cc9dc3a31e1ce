/**
 * From the dataset's frame to the model's, and from the cadaver pose to the rest pose.
 *
 * The dataset (Visible Human Female, supine) is in millimetres with z up (head-ward), y anterior and
 * x toward the subject's left (the right leg's fibula lies at larger x). The model's frame
 * (src/kinematics/joints.ts) is metres, +Y up, +Z anterior, +X medial for this right leg.
 *
 * Axes are fitted on the real surfaces, never placed by hand:
 * - knee: spheres fitted (least squares) to the posterior halves of the medial and lateral femoral
 *   condyles' articular cartilage; the flexion axis joins their centres, the knee centre is their
 *   midpoint (the "flexion facet" axis: Eckhoff et al. 2007; Churchill et al. 1998);
 * - ankle centre: a sphere fitted to the talar dome's cartilage (its upper, trochlear part);
 * - the tibia's mechanical axis joins the two centres and becomes the model's +Y; the knee axis,
 *   made perpendicular to it, becomes +X; +Z = X × Y.
 * One uniform scale then maps the knee-to-ankle distance onto the model's (KNEE.centre to
 * ANKLE.centre, 0.425 m): the subject's proportions are kept, only her size changes.
 *
 * The cadaver's foot is plantarflexed: the foot bones are turned about the ankle axis (joints.ts,
 * Inman's mean orientation through the fitted talar centre) until the heel and the forefoot rest on
 * one level (the sole at 90° to the tibia: ankle 0°). The knee of the specimen is within a few
 * degrees of straight (measured, see `SCAN_FRAME.kneeFlexion`) and is left as it is.
 */
import { ANKLE, KNEE } from '../../../src/kinematics/joints';
import type { V3 } from '../vec';
import { cross, dot, normalize, sub } from '../vec';
import { fitSphere, principalAxes } from './fit';
import { loadSource } from './load';
import type { IndexedMesh } from './stl';

/** Dataset point (mm) → anatomical axes, still millimetres: X medial, Y up, Z anterior. */
function anatomical(positions: Float32Array, i: number): V3 {
  return [-positions[i * 3], positions[i * 3 + 2], positions[i * 3 + 1]];
}

function points(mesh: IndexedMesh): V3[] {
  const out: V3[] = [];
  for (let i = 0; i < mesh.positions.length / 3; i++) out.push(anatomical(mesh.positions, i));
  return out;
}

export interface ScanFrame {
  /** Fitted centres in anatomical millimetres (before the transform). */
  kneeCentre: V3;
  ankleCentre: V3;
  condyleCentres: { medial: V3; lateral: V3 };
  condyleRadii: { medial: number; lateral: number };
  /** Basis rows: model X, Y, Z in anatomical coordinates. */
  basis: [V3, V3, V3];
  /** Uniform scale, model metres per dataset millimetre. */
  scale: number;
  /** Foot rotation from the cadaver pose to ankle 0°, degrees of dorsiflexion about ANKLE.axis. */
  footRotation: number;
  /** Knee flexion of the specimen (femoral shaft vs tibial axis, sagittal plane), degrees. */
  kneeFlexion: number;
  /** Dataset point (mm, dataset frame) → model rest-pose point (metres), shank/thigh parts. */
  toModel(p: V3): V3;
  /** The same from anatomical millimetres (the fitted centres above). */
  toModelAnat(p: V3): V3;
  /** The same for parts of the foot: also turned about the ankle axis to ankle 0°. */
  toModelFoot(p: V3): V3;
}

/** Rotate v about a unit axis by `deg` degrees (Rodrigues). */
export function rotateAbout(v: V3, axis: readonly number[], deg: number): V3 {
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const k = axis;
  const kv = k[0] * v[0] + k[1] * v[1] + k[2] * v[2];
  const x = cross(k, v);
  return [0, 1, 2].map((i) => v[i] * c + x[i] * s + k[i] * kv * (1 - c)) as V3;
}

let framePromise: Promise<ScanFrame> | null = null;

export function scanFrame(): Promise<ScanFrame> {
  framePromise ??= computeFrame();
  return framePromise;
}

async function computeFrame(): Promise<ScanFrame> {
  const femoral = points(await loadSource('femur_cartilage.mesh'));
  const centroid = principalAxes(femoral).centroid;
  // posterior halves of each condyle (behind the cartilage's centroid, clear of the notch)
  const condyle = (sign: 1 | -1) => fitSphere(femoral.filter((p) => p[2] < centroid[2] - 3 && sign * (p[0] - centroid[0]) > 5));
  const medial = condyle(1);
  const lateral = condyle(-1);
  const kneeCentre = medial.centre.map((v, i) => (v + lateral.centre[i]) / 2) as V3;
  const talar = points(await loadSource('talus_cartilage.mesh'));
  const talarMid = principalAxes(talar).centroid;
  const dome = fitSphere(talar.filter((p) => p[1] > talarMid[1] - 2));
  const ankleCentre = dome.centre;
  const Y = normalize(sub(kneeCentre, ankleCentre));
  const kneeAxis = normalize(sub(medial.centre, lateral.centre));
  const X = normalize(sub(kneeAxis, Y.map((v) => v * dot(kneeAxis, Y))));
  const Z = cross(X, Y);
  const basis: [V3, V3, V3] = [X, Y, Z];
  const modelSpan = KNEE.centre[1] - ANKLE.centre[1];
  const scale = modelSpan / Math.hypot(...sub(kneeCentre, ankleCentre));
  const toModelAnat = (q: V3): V3 => {
    const d = sub(q, kneeCentre);
    return [KNEE.centre[0] + scale * dot(d, X), KNEE.centre[1] + scale * dot(d, Y), KNEE.centre[2] + scale * dot(d, Z)];
  };
  const toModel = (p: V3): V3 => toModelAnat([-p[0], p[2], p[1]]);

  // the specimen's knee angle: femoral shaft (long axis of vastus intermedius, which wraps it) vs +Y
  const shaft = principalAxes(points(await loadSource('vastus_intermedius.mesh'))).axes[0];
  const shaftY = dot(shaft, Y) < 0 ? shaft.map((v) => -v) : shaft;
  const kneeFlexion = (Math.atan2(-dot(shaftY, Z), dot(shaftY, Y)) * 180) / Math.PI;

  // ankle 0°: turn the foot about the ankle axis until heel and forefoot are level
  const heel = points(await loadSource('calcaneus.mesh')).map(toModelAnat);
  const fore = points(await loadSource('forefoot.mesh')).map(toModelAnat);
  const lowest = (ps: V3[], deg: number) => {
    let m = Infinity;
    for (const p of ps) m = Math.min(m, rotateAbout(sub(p, ANKLE.centre as V3), ANKLE.axis, deg)[1]);
    return m;
  };
  // negative = dorsiflexion (positive rotation about ANKLE.axis is plantarflexion)
  const level = (deg: number) => lowest(fore, deg) - lowest(heel, deg);
  let lo = -80;
  let hi = 0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    // forefoot above the heel: turned too far up
    if (level(mid) > 0) lo = mid;
    else hi = mid;
  }
  const footRotation = (lo + hi) / 2;
  const toModelFoot = (p: V3): V3 => {
    const q = toModel(p);
    const r = rotateAbout(sub(q, ANKLE.centre as V3), ANKLE.axis, footRotation);
    return [r[0] + ANKLE.centre[0], r[1] + ANKLE.centre[1], r[2] + ANKLE.centre[2]];
  };
  return {
    kneeCentre,
    ankleCentre,
    condyleCentres: { medial: medial.centre, lateral: lateral.centre },
    condyleRadii: { medial: medial.radius, lateral: lateral.radius },
    basis,
    scale,
    footRotation,
    kneeFlexion,
    toModel,
    toModelAnat,
    toModelFoot,
  };
}
