/**
 * The courses of the long tendons round the ankle, laid on the real bones (onBone.ts): the warp
 * carried them 10–25 mm off the malleoli, the talus and the calcaneus. Each starts where the real
 * (scanned) belly ends (its lowest point, measured: TP 169.8, FDL 99.1, FHL 93.7, FL 83.9 mm above
 * the model's floor) and keeps to the grooves the tendons lie in (Gray's Anatomy 42nd ed., leg and
 * ankle; Netter pl. 511–512):
 *  - behind the medial malleolus, anterior → posterior: tibialis posterior in the malleolar groove
 *    on bone, flexor digitorum longus behind it, then (the tibial vessels and nerve, scan/gaps.ts)
 *    flexor hallucis longus in the groove between the talus's posterior tubercles and under the
 *    sustentaculum tali;
 *  - behind the lateral malleolus fibularis brevis in the groove, longus behind it, both under the
 *    fibular retinacula; on the lateral calcaneus brevis above the fibular trochlea, longus below it,
 *    round the lateral border of the cuboid (behind the fifth metatarsal's base) into its groove;
 *    brevis onto the tuberosity of the fifth metatarsal.
 * The subject's ankle is turned outward (her malleolar axis ≈ 30° off the model's x axis): the medial
 * malleolus lies at z ≈ +2…+22 mm, the lateral at z ≈ −2…−28 mm, so "behind" each is along its own
 * posterior surface, not −z. Coordinates are model millimetres at rest; gaps are centre to bone, a
 * tendon's half-thickness plus ≈ 0.5 mm of sheath.
 */
import type { PathPoint } from '../loft';
import { F } from '../tissue';
import { D, R } from './footRays';
import { onBone, RS } from './onBone';

/** Tibialis posterior: from its belly's end, deep to FDL down the back of the tibia, round the medial malleolus, to the navicular tuberosity. */
export const TP_ANKLE: PathPoint[] = [
  RS(-14, 180, -16),
  RS(-14, 168, -16),
  onBone('tibia', -4, 150, -17, 3),
  onBone('tibia', 5, 130, -15, 2.8),
  onBone('tibia', 11, 115, -13, 2.6),
  onBone('tibia', 21, 100, -6, 2.6),
  onBone('tibia', 19, 90, -1, 2.6),
  // below the malleolus' tip, on the deltoid ligament over the talus's medial face
  onBone('talus', 27, 75, 6, 4.5),
  onBone('talus', 25, 66, 22, 4.5),
  onBone('navicular', 20, 56, 42, 1.5),
];

/** Flexor digitorum longus: behind TP in the malleolar groove, along the medial face of the sustentaculum. */
export const FDL_ANKLE: PathPoint[] = [
  RS(17, 112, -17),
  RS(19, 101, -14.5),
  onBone('tibia', 17, 95, -10, 2.4),
  onBone('tibia', 14, 89, -5, 2.4),
  onBone('talus', 20, 77, -8, 2.6),
  onBone('talus', 22, 70, -4, 2.8),
  onBone('calcaneus', 22, 61, 4, 2.4),
];

/** Flexor hallucis longus: behind the talus in the groove between its tubercles, then under the sustentaculum. */
export const FHL_ANKLE: PathPoint[] = [
  RS(0, 100, -32),
  RS(1.5, 91, -31),
  onBone('talus', 5, 80, -22, 4.5),
  onBone('talus', 10, 68, -24, 2.4),
  onBone('talus', 13, 62, -17, 2.6),
  onBone('calcaneus', 16, 55, -7, 2.6),
  onBone('calcaneus', 16, 50, 2, 2.4),
  onBone('calcaneus', 14, 47, 12, 2.4),
];

/** Fibularis longus: behind brevis and the malleolus, below the fibular trochlea, round the cuboid into its groove. */
export const FL_ANKLE: PathPoint[] = [
  RS(-15, 100, -35),
  RS(-14, 86, -35),
  onBone('fibula', -26, 72, -32, 6),
  onBone('calcaneus', -29, 56, -18, 3),
  onBone('calcaneus', -29, 45, -5, 2.8),
  onBone('calcaneus', -34, 38, 12, 2.6),
  onBone('calcaneus', -36, 37, 22, 2.5),
  onBone('cuboid', -41, 34, 30, 3),
  onBone('cuboid', -48, 30, 38, 3),
  onBone('cuboid', -46, 27, 40, 3),
  onBone('cuboid', -38, 24, 46, 3),
  onBone('cuboid', -28, 25, 53, 3),
  R(-15, 26, 68),
  R(-4, 29.5, 80),
];

/** Fibularis brevis: in the malleolar groove in front of longus, above the fibular trochlea, onto the fifth metatarsal's tuberosity. */
export const FB_ANKLE: PathPoint[] = [
  onBone('fibula', -21, 96, -29, 2.6),
  onBone('fibula', -21, 86, -29, 2.6),
  onBone('fibula', -28, 73, -27, 2.6),
  onBone('fibula', -29, 66, -23, 3.2),
  onBone('calcaneus', -30, 60, -14, 2.6),
  onBone('calcaneus', -28, 55, 0, 2.6),
  onBone('calcaneus', -33, 54, 8, 2.6),
  onBone('calcaneus', -36, 55, 20, 2.6),
  onBone('calcaneus', -38, 52, 26, 2.6),
  onBone('cuboid', -47, 42, 36, 2.6),
  // its end on the bone: the insertion
  onBone('metatarsal_5', -53, 24, 44, 0.3),
];

/*
 * In front of the ankle the three long extensor tendons lie on the capsule and the talus's neck under
 * the superior and inferior extensor retinacula, medial → lateral tibialis anterior, extensor hallucis
 * longus, extensor digitorum longus (the anterior tibial vessels and deep fibular nerve between the
 * last two). The real bellies end high and lateral (TA 132, EHL 105, EDL 97 mm up, all 17–27 mm
 * lateral of the midline): the warped tendons began 15–20 mm medial of them and crossed the ankle
 * 11–17 mm in front of the bone. Their centres here lie 3–4 mm off the tibia and the talus (footRays.ts
 * D); EHL rides over extensor hallucis brevis on the first ray.
 */

/** Tibialis anterior: from its belly's end; the retinaculum landmark; on the tibia; over the talus's neck and the navicular. */
export const TA_ANKLE: PathPoint[] = [RS(-18, 140, 13.5), RS(-17.5, 131, 16.5)];
/** …after the retinaculum landmark (landmarks.ts), before the insertion landmark. */
export const TA_FOOT: PathPoint[] = [onBone('tibia', 8, 98, 27, 4), D(10, 38, 4), D(13, 55, 3.5), onBone('medial_cuneiform', 14, 54, 67, 2.8)];

/** Extensor hallucis longus: from its belly's end across the front of the tibia and the talus, along the first ray. */
export const EHL_ANKLE: PathPoint[] = [RS(-20.5, 112, 13.5), RS(-20, 104, 16), onBone('tibia', -15, 100, 19, 3), onBone('tibia', -9, 95, 23, 3.2), D(-6, 35, 3.5), D(-5, 55, 3.2), D(-9, 75, 5.5), D(-5, 100, 5)];

/** Extensor digitorum longus: from its belly's end in front of the talus to its division over extensor digitorum brevis. */
export const EDL_ANKLE: PathPoint[] = [RS(-27, 106, 9.5), RS(-26.7, 97.5, 13), onBone('tibia', -22, 93, 18, 3.5), D(-18, 30, 4)];
/**
 * Where EDL's four tendons part (its slips start here: anterior.ts): still the warped point, over
 * extensor digitorum brevis (the slips' courses and the skin over the toes were fitted to it).
 */
export const EDL_DIVISION: PathPoint = F([-0.012, 0.05, 0.1]);
