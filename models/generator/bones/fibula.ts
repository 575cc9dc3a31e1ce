/**
 * Fibula: head with its apex, neck, slender triangular shaft and the lateral malleolus. Sizes for a
 * 1.75 m adult (Gray's Anatomy 42nd ed.; shared/anatomy/morphology-kinematics.md B1, C5): head
 * ≈ 25 mm across with the apex (styloid process) rising ≈ 10 mm from its posterolateral part, the
 * apex 10–15 mm below the lateral tibial plateau; shaft 12–15 mm thick with anterior, interosseous
 * and posterior borders; lateral malleolus ≈ 25 mm long, its tip ≈ 10 mm lower and ≈ 13 mm further
 * back than the medial malleolus's, a flat triangular facet facing the talus and the malleolar fossa
 * behind it. The bone is carved 1.5 mm clear of the tibia (proximal tibiofibular joint, fibular
 * notch) and 2 mm clear of the talus (lateral gutter of the mortise), so it sits snug without
 * entering either.
 */
import { ellipsoid, roundCone, sphere, subtract, union } from '../sdf';
import type { Sdf } from '../sdf';
import type { V3 } from '../vec';
import { FLEXION_CLEARANCE_DEG, behindFlexionPlane } from './kneeClearance';
import { talusRaw } from './tarsals';
import { tibia } from './tibia';

/** Centre of the fibular head, rest pose. */
export const FIBULAR_HEAD: V3 = [-0.037, 0.443, -0.019];
/** Top of the apex (styloid process) of the head. */
export const FIBULAR_APEX: V3 = [-0.0435, 0.4625, -0.021];
/** Lowest point of the lateral malleolus. */
export const LATERAL_MALLEOLUS_TIP: V3 = [-0.031, 0.057, -0.011];

/** Shaft centre line, neck → the top of the malleolus. */
const SHAFT_TOP: V3 = [-0.036, 0.425, -0.017];
const SHAFT_BOTTOM: V3 = [-0.0335, 0.1, -0.009];

/** A rounded triangle along the shaft: a core and three borders blended into it. */
function triangularShaft(): Sdf {
  const border = (offTop: V3, offBottom: V3, r: number): Sdf =>
    roundCone(
      [SHAFT_TOP[0] + offTop[0], SHAFT_TOP[1], SHAFT_TOP[2] + offTop[2]],
      [SHAFT_BOTTOM[0] + offBottom[0], SHAFT_BOTTOM[1], SHAFT_BOTTOM[2] + offBottom[2]],
      r,
    );
  return union([
    [roundCone(SHAFT_TOP, SHAFT_BOTTOM, 0.0048, 0.0075), 0],
    // anterior border (extensors in front, fibularis laterally)
    [border([0.0, 0, 0.0045], [-0.002, 0, 0.0048], 0.0017), 0.005],
    // interosseous border, toward the tibia
    [border([0.0045, 0, -0.001], [0.0047, 0, 0.0005], 0.0017), 0.005],
    // posterior border, posterolateral
    [border([-0.0035, 0, -0.004], [-0.0035, 0, -0.0045], 0.0017), 0.005],
  ]);
}

export function fibula(): Sdf {
  const talus = talusRaw();
  const tib = tibia();
  const body = union([
    // head, just below the posterolateral tibial condyle, not reaching the knee joint
    // a broad knob, wider than high, tapering down into the neck (not a ball on a stick)
    [ellipsoid(FIBULAR_HEAD, [0.013, 0.0105, 0.0125]), 0],
    [roundCone([-0.037, 0.44, -0.0185], [-0.0365, 0.428, -0.0175], 0.0105, 0.0068), 0.008],
    // apex (styloid process): a blunt pyramid rising from the posterolateral part of the head
    // (lateral collateral ligament and biceps femoris)
    [roundCone([-0.0405, 0.446, -0.0205], [FIBULAR_APEX[0], FIBULAR_APEX[1] - 0.0035, FIBULAR_APEX[2]], 0.0085, 0.0035), 0.009],
    // neck, narrower below the head (the common fibular nerve winds round it)
    [roundCone([-0.037, 0.432, -0.018], SHAFT_TOP, 0.0062, 0.0052), 0.008],
    [triangularShaft(), 0.008],
    // lateral malleolus: triangular, lower (tip y ≈ 0.055) and more posterior than the medial
    [ellipsoid([-0.0295, 0.079, -0.008], [0.0105, 0.022, 0.012]), 0.02],
    [sphere([LATERAL_MALLEOLUS_TIP[0], LATERAL_MALLEOLUS_TIP[1] + 0.005, LATERAL_MALLEOLUS_TIP[2]], 0.005), 0.008],
    // its medial side, reaching in to the talus so carving leaves a tall triangular facet
    [ellipsoid([-0.022, 0.075, -0.006], [0.006, 0.0145, 0.011]), 0.008],
  ]);
  return subtract(body, [
    // malleolar fossa: the pit behind the articular facet (posterior talofibular ligament)
    [ellipsoid([-0.0215, 0.066, -0.0205], [0.0055, 0.009, 0.005]), 0.003],
    // the facet: 2 mm clear of the talus's lateral surface
    [(x, y, z) => talus(x, y, z) - 0.002, 0.002],
    // proximal tibiofibular joint and fibular notch: 1.5 mm clear of the tibia
    [(x, y, z) => tib(x, y, z) - 0.0015, 0.002],
    [behindFlexionPlane(FLEXION_CLEARANCE_DEG), 0.004],
  ]);
}
