/**
 * Bone shapes as signed distance fields in world rest-pose coordinates (metres; frame of
 * src/kinematics/joints.ts). Sizes: Gray's Anatomy 41st ed. and standard adult dimensions for a
 * 1.75 m adult (femoral bicondylar width ≈ 85 mm, tibial length ≈ 0.40 m, patella ≈ 45 mm high,
 * foot ≈ 0.26 m long × 0.10 m wide, as the brief's fact sheets give them). The knee flexion axis
 * (y = 0.50) passes through the centres of the posterior femoral condyles, which are close to
 * circular about it (the "flexion facet" centres), radius ≈ 21 mm.
 */
import type { Segment } from '../../src/kinematics/landmarks';
import { cylinderX, ellipsoid, roundBox, roundCone, sphere, subtract, union } from './sdf';
import type { Sdf } from './sdf';
import type { V3 } from './vec';

export type BoneId =
  | 'femur'
  | 'patella'
  | 'tibia'
  | 'fibula'
  | 'talus'
  | 'calcaneus'
  | 'navicular'
  | 'cuboid'
  | 'cuneiforms'
  | 'metatarsals'
  | 'phalanges';

export interface BoneField {
  segment: Segment;
  sdf: Sdf;
  min: V3;
  max: V3;
  /** Triangle budget after simplification. */
  triangles: number;
}

const FEMUR_TOP = 0.76;
/** Femoral shaft axis: slopes down and medially ≈ 7° (anatomical valgus), meets the knee at x≈0. */
const femurShaftAt = (y: number): V3 => [-(y - 0.52) * Math.tan((7 * Math.PI) / 180), y, FEMUR_SHAFT_Z];
/**
 * The shaft lies in front of the flexion axis (the posterior condyles project behind the popliteal
 * surface), which also leaves room for the back of the tibial plateau in deep flexion.
 */
const FEMUR_SHAFT_Z = 0.016;

function femur(): Sdf {
  const body = union([
    [roundCone(femurShaftAt(0.56), femurShaftAt(FEMUR_TOP + 0.02), 0.0165, 0.0135), 0],
    // the distal shaft broadens into a triangle whose back is the popliteal surface
    [ellipsoid(femurShaftAt(0.615).map((v, i) => v + [0, 0, -0.003][i]) as V3, [0.021, 0.085, 0.0155]), 0.02],
    // metaphysis flaring into the condyles
    [ellipsoid([0.0, 0.545, 0.009], [0.034, 0.04, 0.021]), 0.02],
    // posterior condyles: round about the flexion axis (radius ≈ 21 mm)
    [ellipsoid([0.022, 0.5, 0.0], [0.016, 0.0225, 0.0225]), 0.006],
    [ellipsoid([-0.022, 0.501, 0.0], [0.0155, 0.021, 0.021]), 0.006],
    // anterior (patellofemoral) parts of the condyles; lateral lip higher and more prominent
    [ellipsoid([0.019, 0.517, 0.012], [0.018, 0.024, 0.022]), 0.01],
    [ellipsoid([-0.02, 0.52, 0.014], [0.019, 0.026, 0.022]), 0.01],
    // epicondyles and adductor tubercle
    [sphere([0.035, 0.512, -0.003], 0.0085), 0.008],
    [sphere([-0.036, 0.513, -0.002], 0.0075), 0.008],
    [sphere([0.033, 0.548, -0.01], 0.005), 0.008],
    // supracondylar lines bounding the popliteal surface
    [roundCone([0.027, 0.54, -0.013], femurShaftAt(0.7).map((v, i) => v + [0.008, 0, -0.011][i]) as V3, 0.0032, 0.0025), 0.006],
    [roundCone([-0.03, 0.535, -0.013], femurShaftAt(0.7).map((v, i) => v + [-0.008, 0, -0.011][i]) as V3, 0.0032, 0.0025), 0.006],
  ]);
  return subtract(body, [
    // intercondylar fossa (behind and below, between the condyles)
    [roundCone([0.0, 0.478, -0.026], [0.0, 0.507, -0.002], 0.0095, 0.006), 0.004],
    // trochlear groove (patellar surface)
    [roundCone([0.002, 0.49, 0.041], [0.0, 0.56, 0.03], 0.012, 0.012), 0.006],
    // the flat popliteal surface between the supracondylar lines
    [roundBox([femurShaftAt(0.62)[0], 0.62, -0.026], [0.03, 0.075, 0.02], 0.01), 0.006],
  ]);
}

function patella(): Sdf {
  // Triangular, apex down, sitting in front of the trochlea; back surface flattened.
  const body = union([
    [ellipsoid([0.001, 0.538, 0.046], [0.022, 0.019, 0.0105]), 0],
    [ellipsoid([0.0, 0.522, 0.047], [0.013, 0.016, 0.009]), 0.01],
  ]);
  return subtract(body, [[sphere([0.0, 0.53, 0.005], 0.037), 0.006]]);
}

/**
 * The half-space behind a plane through the knee axis tilted `deg` posteriorly from straight down
 * (negative inside). With a fixed hinge (joints.ts) shank bone in this wedge swings into the femur
 * at 180° − deg of flexion; trimming it off the posterior plateau rim (a steeper posterior tibial
 * slope) lets the knee reach 140° without bone entering bone.
 */
function behindFlexionPlane(deg: number): Sdf {
  const t = Math.tan((deg * Math.PI) / 180);
  const norm = Math.hypot(1, t);
  return (_x, y, z) => (z + (KNEE_AXIS_Y - y) * t) / norm;
}
const KNEE_AXIS_Y = 0.5;
/** Shank bone behind this plane would meet the femur before full flexion (140°). */
const FLEXION_CLEARANCE_DEG = 32;

function tibia(): Sdf {
  const body = union([
    // condyles forming the plateau (top at y ≈ 0.478, 2 cm below the knee axis)
    [ellipsoid([0.02, 0.462, -0.001], [0.021, 0.016, 0.024]), 0],
    [ellipsoid([-0.02, 0.463, -0.003], [0.02, 0.015, 0.022]), 0.01],
    [ellipsoid([0.0, 0.458, -0.002], [0.03, 0.017, 0.022]), 0.01],
    // intercondylar eminence
    [sphere([0.004, 0.476, -0.002], 0.0045), 0.004],
    [sphere([-0.005, 0.476, -0.003], 0.0045), 0.004],
    // tibial tuberosity
    [ellipsoid([0.0, 0.432, 0.021], [0.011, 0.017, 0.007]), 0.012],
    // shaft, with the sharp anterior border and the posterior surface
    [roundCone([0.0, 0.44, -0.001], [0.005, 0.14, 0.001], 0.014, 0.011), 0.02],
    [roundCone([-0.002, 0.42, 0.01], [0.006, 0.15, 0.011], 0.005, 0.004), 0.012],
    // soleal line: oblique ridge on the upper posterior shaft, down and medially
    [roundCone([-0.02, 0.425, -0.014], [0.01, 0.365, -0.013], 0.0025, 0.0022), 0.006],
    // distal end and medial malleolus (tip y ≈ 0.067)
    [ellipsoid([0.005, 0.108, 0.002], [0.022, 0.026, 0.02]), 0.03],
    [ellipsoid([0.024, 0.088, 0.004], [0.0075, 0.02, 0.011]), 0.008],
  ]);
  return subtract(body, [
    // the talar dome in the ankle mortise (only between the malleoli)
    [(x, y, z) => Math.max(cylinderX([0, 0.072, 0.0], 0.0235)(x, y, z), Math.abs(x - 0.001) - 0.0168), 0.004],
    // slightly dished plateau
    [ellipsoid([0.02, 0.492, -0.004], [0.014, 0.014, 0.018]), 0.004],
    [ellipsoid([-0.02, 0.492, -0.006], [0.013, 0.0145, 0.016]), 0.004],
    [behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004],
  ]);
}

function fibula(): Sdf {
  return subtract(union([
    // head just below the posterolateral tibial condyle, not reaching the knee joint
    [ellipsoid([-0.035, 0.441, -0.018], [0.0105, 0.012, 0.0105]), 0],
    [roundCone([-0.035, 0.44, -0.018], [-0.032, 0.1, -0.011], 0.0065, 0.006), 0.012],
    // lateral malleolus: lower (tip y ≈ 0.052) and more posterior than the medial
    [ellipsoid([-0.031, 0.075, -0.011], [0.0085, 0.023, 0.012]), 0.012],
  ]), [[behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004]]);
}

function talus(): Sdf {
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

function calcaneus(): Sdf {
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

function navicular(): Sdf {
  return union([
    [ellipsoid([0.014, 0.054, 0.058], [0.016, 0.012, 0.0075]), 0],
    [sphere([0.029, 0.046, 0.057], 0.0065), 0.006], // tuberosity (tibialis posterior)
  ]);
}

function cuboid(): Sdf {
  return roundBox([-0.024, 0.032, 0.064], [0.012, 0.012, 0.017], 0.005);
}

function cuneiforms(): Sdf {
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

function metatarsals(): Sdf {
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

function phalanges(): Sdf {
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

/** Every bone's field, segment, meshing bounds and triangle budget. */
export function boneFields(): Record<BoneId, BoneField> {
  return {
    femur: { segment: 'thigh', sdf: femur(), min: [-0.065, 0.465, -0.05], max: [0.06, FEMUR_TOP + 0.001, 0.05], triangles: 14000 },
    patella: { segment: 'shank', sdf: patella(), min: [-0.03, 0.495, 0.03], max: [0.03, 0.565, 0.065], triangles: 2500 },
    tibia: { segment: 'shank', sdf: tibia(), min: [-0.05, 0.055, -0.04], max: [0.05, 0.49, 0.04], triangles: 12000 },
    fibula: { segment: 'shank', sdf: fibula(), min: [-0.05, 0.04, -0.035], max: [-0.015, 0.46, 0.005], triangles: 5000 },
    talus: { segment: 'foot', sdf: talus(), min: [-0.025, 0.035, -0.04], max: [0.035, 0.1, 0.06], triangles: 3500 },
    calcaneus: { segment: 'foot', sdf: calcaneus(), min: [-0.04, 0.0, -0.07], max: [0.035, 0.06, 0.06], triangles: 5000 },
    navicular: { segment: 'foot', sdf: navicular(), min: [-0.01, 0.035, 0.045], max: [0.04, 0.07, 0.07], triangles: 1500 },
    cuboid: { segment: 'foot', sdf: cuboid(), min: [-0.04, 0.015, 0.042], max: [-0.008, 0.05, 0.085], triangles: 1200 },
    cuneiforms: { segment: 'foot', sdf: cuneiforms(), min: [-0.018, 0.02, 0.06], max: [0.04, 0.062, 0.095], triangles: 2500 },
    metatarsals: { segment: 'foot', sdf: metatarsals(), min: [-0.05, 0.0, 0.065], max: [0.05, 0.055, 0.165], triangles: 7000 },
    phalanges: { segment: 'foot', sdf: phalanges(), min: [-0.055, -0.01, 0.12], max: [0.05, 0.03, 0.205], triangles: 5000 },
  };
}
