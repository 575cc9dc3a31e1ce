/**
 * Raw shapes of the seven tarsal bones (before the joint spaces are carved, see foot.ts), in world
 * rest-pose coordinates. Sizes for an adult man of 1.75 m: talus ≈ 57 mm long with a trochlea
 * ≈ 31 mm wide in front and ≈ 21 mm behind (C9 of shared/anatomy/morphology-kinematics.md),
 * calcaneus ≈ 85 mm long and ≈ 45 mm high with a pitch of ≈ 21° (C8; Gray's Anatomy 42nd ed.),
 * navicular tuberosity ≈ 40 mm above the ground (C12).
 */
import { cylinderX, ellipsoid, roundBox, roundCone, smax, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';

/** Calcaneal pitch: the plantar tangent from the tuber to the anterior process, degrees. */
export const CALCANEAL_PITCH_DEG = 21;
/** Lowest point of the calcaneal tuber (its medial process): y, z. */
const TUBER_FOOT = { y: 0.004, z: -0.044 };

export function talusRaw(): Sdf {
  // trochlea: the dome under the tibial plafond, a cylinder about the ankle axis 1 mm clear of the
  // tibia's cut, wedge-shaped in plan (wider in front, C9)
  const dome = cylinderX([0, 0.072, 0.0], 0.0225);
  const trochlea: Sdf = (x, y, z) => {
    const halfWidth = 0.013 + 0.0025 * Math.max(-1, Math.min(1, z / 0.016));
    // rounded edges: the trochlea's rims blend into the sides of the body
    const sides = smax(Math.abs(x - 0.001) - halfWidth, Math.abs(z + 0.001) - 0.0165, 0.008);
    return smax(smax(dome(x, y, z), sides, 0.005), 0.062 - y, 0.004);
  };
  return subtract(
    union([
      [trochlea, 0],
      // body beneath the trochlea, its underside the posterior calcaneal facet
      [ellipsoid([0.0, 0.067, -0.002], [0.0155, 0.011, 0.018]), 0.006],
      // lateral process: the lateral surface flares downward as a triangle under the fibular facet
      [ellipsoid([-0.012, 0.064, -0.002], [0.0065, 0.01, 0.013]), 0.006],
      // posterior process with its lateral and medial tubercles
      [sphere([-0.005, 0.063, -0.019], 0.0045), 0.006],
      [sphere([0.006, 0.062, -0.018], 0.004), 0.005],
      // neck, angled ≈ 18° medially and a little downward: a waist narrower than body and head
      [roundCone([0.003, 0.0655, 0.008], [0.0085, 0.06, 0.024], 0.0078, 0.0074), 0.006],
      // head, convex toward the navicular, rounder and wider than the neck
      [ellipsoid([0.0105, 0.058, 0.0305], [0.0145, 0.0115, 0.0105]), 0.005],
    ]),
    // groove for flexor hallucis longus between the posterior tubercles
    [[roundCone([0.0005, 0.075, -0.0235], [0.0015, 0.05, -0.0215], 0.0028), 0.002]],
  );
}

export function calcaneusRaw(): Sdf {
  const body = union([
    // posterior tuberosity (heel): facets from top (bursa), middle (tendon), bottom (rough)
    [ellipsoid([-0.004, 0.031, -0.045], [0.016, 0.019, 0.016]), 0],
    // medial and lateral processes of the tuber, the heel's weight-bearing base
    [sphere([0.004, TUBER_FOOT.y + 0.009, TUBER_FOOT.z], 0.009), 0.008],
    [sphere([-0.012, 0.0135, -0.046], 0.0075), 0.008],
    // body, its long axis rising forward from the tuber (the bone's pitch)
    [roundCone([-0.005, 0.03, -0.034], [-0.013, 0.04, 0.01], 0.0165, 0.0125), 0.014],
    [ellipsoid([0.007, 0.038, -0.006], [0.009, 0.0105, 0.015]), 0.01],
    // posterior talar facet, convex, under the talar body; the upper surface dips behind it toward
    // the tuber and in front of it into the sinus tarsi
    [ellipsoid([-0.004, 0.048, -0.01], [0.0125, 0.009, 0.0135]), 0.008],
    // anterior process, rising to the cuboid facet
    [roundBox([-0.016, 0.041, 0.014], [0.0105, 0.0105, 0.011], 0.007), 0.01],
    // sustentaculum tali: a shelf ≈ 15 mm wide under the talar neck (middle talar facet), thick
    // where it grows out of the body and thinning to a rounded medial edge
    [ellipsoid([0.01, 0.0425, 0.002], [0.009, 0.0065, 0.013]), 0.01],
    [ellipsoid([0.0195, 0.0478, 0.006], [0.0105, 0.0065, 0.0125]), 0.009],
    // fibular (peroneal) trochlea on the lateral surface, between the two fibular tendons
    [ellipsoid([-0.0245, 0.03, 0.004], [0.003, 0.0045, 0.0075]), 0.004],
  ]);
  const rise = Math.tan((CALCANEAL_PITCH_DEG * Math.PI) / 180);
  const cosP = Math.cos((CALCANEAL_PITCH_DEG * Math.PI) / 180);
  // the plantar surface in front of the tuber lies above the pitch line (negative = below it)
  const belowPitch: Sdf = (_x, y, z) => Math.max((y - (TUBER_FOOT.y + rise * (z - TUBER_FOOT.z))) * cosP, -0.03 - z);
  return subtract(body, [
    [belowPitch, 0.004],
    // groove for the flexor hallucis longus tendon beneath the sustentaculum
    [roundCone([0.014, 0.039, -0.022], [0.016, 0.037, 0.024], 0.0035), 0.002],
  ]);
}

export function navicularRaw(): Sdf {
  // boat-shaped: a thick bar curved round the talar head (convex forward, its lateral end lower and
  // set back), reaching back past the head so that carving leaves a cup for it
  return union([
    [ellipsoid([0.012, 0.0505, 0.057], [0.0135, 0.0135, 0.0105]), 0],
    [ellipsoid([-0.003, 0.0475, 0.0545], [0.0075, 0.0105, 0.0105]), 0.01],
    [ellipsoid([0.024, 0.0475, 0.0545], [0.0085, 0.0125, 0.0105]), 0.01],
    [ellipsoid([0.0115, 0.051, 0.045], [0.017, 0.0125, 0.009]), 0.008],
    // tuberosity, medial and plantar (tibialis posterior)
    [ellipsoid([0.033, 0.041, 0.054], [0.0075, 0.0075, 0.008]), 0.008],
  ]);
}

/**
 * The cuboid's front face (for M4 and M5), signed distance to its plane, positive in front: turned
 * anterolaterally, so the lateral column ends further back (the Lisfranc line), and tipped to face
 * a little downward, square to the declined M4 and M5.
 */
export const cuboidFront: Sdf = (x, y, z) => (z - (0.072 + (x + 0.009) * 0.45 + (y - 0.031) * 0.4)) / Math.hypot(1, 0.45, 0.4);

export function cuboidRaw(): Sdf {
  const block = union([
    [roundBox([-0.023, 0.031, 0.0495], [0.012, 0.0125, 0.0285], 0.01), 0],
    // tuberosity: the plantar ridge behind the groove
    [ellipsoid([-0.024, 0.0195, 0.043], [0.011, 0.0045, 0.005]), 0.004],
  ]);
  const front = cuboidFront;
  // dorsal surface sloping down laterally: the lateral border is the lowest and shortest
  const dorsolateral: Sdf = (x, y) => (y - 0.043 - (x + 0.023) * 0.6) / Math.hypot(1, 0.6);
  return subtract(
    (x, y, z) => smax(smax(block(x, y, z), front(x, y, z), 0.004), dorsolateral(x, y, z), 0.008),
    // groove for the fibularis longus tendon, running obliquely forward and medially
    [[roundCone([-0.042, 0.0165, 0.045], [-0.004, 0.0165, 0.061], 0.0035), 0.002]],
  );
}

export function medialCuneiformRaw(): Sdf {
  // largest cuneiform, its broad edge plantar
  return union([
    [roundBox([0.025, 0.036, 0.0765], [0.009, 0.0175, 0.0135], 0.0085), 0],
    [ellipsoid([0.027, 0.024, 0.0795], [0.0095, 0.006, 0.0105]), 0.006],
    // its medial face convex, kidney-shaped in side view (subcutaneous, tibialis anterior below)
    [ellipsoid([0.0265, 0.036, 0.0785], [0.0095, 0.0165, 0.0115]), 0.006],
  ]);
}

export function intermediateCuneiformRaw(): Sdf {
  // smallest, wedge with its broad edge dorsal
  return union([
    [roundBox([0.0085, 0.046, 0.0735], [0.0062, 0.0095, 0.011], 0.0055), 0],
    [ellipsoid([0.0085, 0.052, 0.075], [0.0065, 0.004, 0.009]), 0.003],
  ]);
}

export function lateralCuneiformRaw(): Sdf {
  return union([
    [roundBox([-0.0065, 0.042, 0.075], [0.0065, 0.0115, 0.013], 0.0058), 0],
    [ellipsoid([-0.0065, 0.05, 0.0765], [0.0068, 0.004, 0.011]), 0.003],
  ]);
}
