/**
 * Length-model paths of the muscles that cross the knee or the ankle besides the triceps surae and
 * tibialis anterior (whose paths run through the landmark table, landmarks.ts): the hamstrings,
 * gracilis, sartorius, the quadriceps, plantaris, popliteus, the deep flexors, the fibulares and
 * the long extensors. Pure data: no three.js. Frame and proportions as in joints.ts (metres, +Y up,
 * medial = +X, anterior = +Z; knee centre y = 0.50, ankle centre y = 0.075, heel z ≈ −0.06, toes
 * z ≈ 0.21).
 *
 * Why a separate table: these points are via points of a teaching model, not landmarks the model
 * generator builds bones on. They were placed by hand from the standard descriptions (Gray's
 * Anatomy 42nd ed.; Moore 8th ed.) — origin, the retinaculum or malleolar groove the tendon turns
 * under, insertion — so that each muscle's moment arms at the anatomical position have the sign and
 * order of size of the published ones (knee: hamstrings ≈ 2.5–5 cm; quadriceps, through the patella's
 * track, ≈ 1.5 cm in extension rising to ≈ 3.5 cm at 60°; ankle: deep flexors ≈ 1.5–2.5 cm and
 * fibulares ≈ 0.5 cm of plantarflexion, long extensors ≈ 4–5 cm of dorsiflexion; Spoor et al. 1990,
 * J Biomech 23:1247, for the leg muscles). tests/unit/musclePaths.test.ts checks the signs.
 * Thigh points above the model's femur stand for the direction of pull from the hip, not an origin.
 *
 * The long toe muscles (FDL, FHL, EDL, EHL) and the insertions of tibialis posterior and the
 * fibulares were measured instead, on the committed model's real (scanned, Visible Human Female)
 * foot: the hand-placed points had been laid on the old generated foot (the hallux insertion sat at
 * x = +35 mm, the real hallux is at −14 mm, so FHL got a 31 mm lever at the toes and EHL flexed
 * them). Their points are in millimetres (footMm, toesMm, shankMm): centre lines of the model's own
 * tendons — which follow the scanned bones in the foot (models/generator/muscles/footRays.ts) — and
 * of their bellies' cross-sections, the insertions on the bone surfaces. Points past the MTP joints
 * move with the toes (segment 'toes', joints.ts TOES). tests/unit/toeMusclePaths.test.ts reads the
 * .glb and keeps each point on its tendon, belly or bone.
 */
import type { Vec3 } from './joints';
import type { Segment } from './landmarks';

/**
 * A segment a path point moves with; 'patella' follows the patella's track (patella.ts); 'toes'
 * moves with the phalanges about the MTP hinge (joints.ts TOES), carried by the foot.
 */
export type PathSegment = Segment | 'patella' | 'toes';

export interface PathPoint {
  segment: PathSegment;
  /** Rest-pose world position, metres. */
  point: Vec3;
}

export interface ExtraPathDef {
  points: readonly PathPoint[];
  /** Wrap every thigh → shank leg around the knee cylinder (muscles passing behind the condyles). */
  wrapsKnee: boolean;
}

export type ExtraPathMuscleId =
  | 'plantaris'
  | 'popliteus'
  | 'tibialis_posterior'
  | 'flexor_digitorum_longus'
  | 'flexor_hallucis_longus'
  | 'fibularis_longus'
  | 'fibularis_brevis'
  | 'extensor_digitorum_longus'
  | 'extensor_hallucis_longus'
  | 'biceps_femoris'
  | 'semitendinosus'
  | 'semimembranosus'
  | 'gracilis'
  | 'sartorius'
  | 'rectus_femoris'
  | 'vastus_lateralis'
  | 'vastus_medialis'
  | 'vastus_intermedius';

const thigh = (x: number, y: number, z: number): PathPoint => ({ segment: 'thigh', point: [x, y, z] });
const shank = (x: number, y: number, z: number): PathPoint => ({ segment: 'shank', point: [x, y, z] });
const foot = (x: number, y: number, z: number): PathPoint => ({ segment: 'foot', point: [x, y, z] });
const patella = (x: number, y: number, z: number): PathPoint => ({ segment: 'patella', point: [x, y, z] });
/** Points measured on the real (scanned) foot, in millimetres as the generator's footRays.ts gives them. */
const footMm = (x: number, y: number, z: number): PathPoint => ({ segment: 'foot', point: [x / 1000, y / 1000, z / 1000] });
const toesMm = (x: number, y: number, z: number): PathPoint => ({ segment: 'toes', point: [x / 1000, y / 1000, z / 1000] });
const shankMm = (x: number, y: number, z: number): PathPoint => ({ segment: 'shank', point: [x / 1000, y / 1000, z / 1000] });

/** Quadriceps: the pull ends on the base of the patella; the patellar ligament passes it on to the tibia. */
const quadriceps = (x: number, z: number): ExtraPathDef => ({
  points: [thigh(x, 0.75, z), thigh(x * 0.6, 0.58, 0.05), patella(-0.004, 0.54, 0.045)],
  wrapsKnee: false,
});

export const EXTRA_PATHS: Record<ExtraPathMuscleId, ExtraPathDef> = {
  // lateral supracondylar line → between gastrocnemius and soleus → medial side of the calcaneal tendon
  plantaris: {
    points: [thigh(-0.028, 0.532, -0.016), shank(-0.008, 0.4, -0.052), shank(0.004, 0.11, -0.05), foot(0.004, 0.035, -0.06)],
    wrapsKnee: true,
  },
  // groove on the lateral femoral condyle → back of the tibia above the soleal line
  popliteus: {
    points: [thigh(-0.036, 0.49, -0.004), shank(-0.022, 0.468, -0.026), shank(0.018, 0.435, -0.02)],
    wrapsKnee: false,
  },
  // interosseous membrane → behind the medial malleolus → navicular tuberosity (the insertion measured on
  // the real navicular, 1.2 mm off its tuberosity; it was 22 mm off, in front of the old generated bone)
  tibialis_posterior: {
    points: [shank(-0.006, 0.33, -0.02), shank(0.024, 0.088, -0.014), foot(0.03, 0.055, 0.005), footMm(19.6, 56.3, 42.4)],
    wrapsKnee: false,
  },
  // back of the tibia → behind the medial malleolus → along the sustentaculum → across FHL at the knot
  // of Henry → its division → under the second metatarsal head → distal phalanx of the second toe. One
  // representative slip (toe 2) of the four: they share the path to the division, and toe 2's MTP
  // lever is the middle of the four. Centre line of the model's tendon (see the header).
  flexor_digitorum_longus: {
    points: [
      shankMm(-3.3, 349.5, -10.1),
      shankMm(4.2, 200.1, -14.4),
      shankMm(19.9, 110.8, -19.5),
      // behind and under the malleolus, on the talus, as the model's tendon re-laid on the real bones runs
      footMm(20, 80.5, -11.5),
      footMm(24.2, 61.7, 4.6),
      footMm(20.2, 40.7, 30.1),
      footMm(-1.6, 23.2, 67.3),
      footMm(-10.0, 21.0, 84.1),
      footMm(-16.0, 12.6, 143.0),
      toesMm(-21.0, 18.4, 157.9),
      toesMm(-32.1, 34.1, 177.9),
      toesMm(-39.8, 35.0, 189.7),
    ],
    wrapsKnee: false,
  },
  // back of the fibula → behind the distal tibia → groove on the back of the talus → under the
  // sustentaculum → deep to FDL at the knot of Henry → under the first metatarsal and between the
  // sesamoids → distal phalanx of the hallux (which points 28° lateral: her hallux valgus)
  flexor_hallucis_longus: {
    points: [
      shankMm(-23.7, 300.2, -37.1),
      shankMm(-9.5, 200.1, -35.1),
      // on the bones here (the model's tendon, re-laid on them, runs through these within 4 mm)
      shankMm(0.0, 98.0, -29.0),
      footMm(8.0, 63.0, -29.0),
      footMm(18.7, 49.3, -3.7),
      footMm(14.1, 40.1, 27.6),
      footMm(4.9, 25.9, 91.2),
      footMm(3.8, 13.3, 140.1),
      toesMm(3.7, 13.0, 153.0),
      toesMm(0.6, 14.6, 163.2),
      toesMm(-12.6, 22.8, 192.9),
    ],
    wrapsKnee: false,
  },
  // head and upper lateral fibula → behind the lateral malleolus → cuboid groove → across the sole to
  // the plantar base of the first metatarsal (measured: 1.2 mm off it; it was 33 mm off, in the sole)
  fibularis_longus: {
    points: [shank(-0.042, 0.41, -0.006), shank(-0.036, 0.072, -0.027), foot(-0.036, 0.022, 0.035), footMm(-4.0, 29.5, 80.0)],
    wrapsKnee: false,
  },
  // lower lateral fibula → behind the lateral malleolus → fibular trochlea → tuberosity of the fifth
  // metatarsal (measured on the real bone: 1.2 mm off; the old point sat 23 mm along the shaft)
  fibularis_brevis: {
    points: [shank(-0.04, 0.25, -0.006), shank(-0.034, 0.074, -0.026), foot(-0.038, 0.03, 0.02), footMm(-50.0, 23.8, 42.2)],
    wrapsKnee: false,
  },
  // lateral tibial condyle and fibula → under the superior and inferior extensor retinacula → its
  // division on the lateral dorsum → over the second metatarsal head → distal phalanx of the second toe
  // (one representative slip of the four, as for FDL)
  extensor_digitorum_longus: {
    points: [
      shankMm(-46.2, 349.8, -8.0),
      shankMm(-36.3, 200.3, -11.9),
      shankMm(-24.5, 96.5, 13.5),
      footMm(-26.6, 75.8, 46.6),
      footMm(-45.9, 59.9, 86.1),
      footMm(-16.0, 35.5, 138.9),
      toesMm(-23.3, 36.5, 166.7),
      toesMm(-38.7, 44.1, 189.9),
    ],
    wrapsKnee: false,
  },
  // middle of the fibula → under the superior and inferior extensor retinacula (lateral to tibialis
  // anterior) → along the first metatarsal's dorsum → over its head → base of the distal phalanx of the hallux
  extensor_hallucis_longus: {
    points: [
      shankMm(-34.5, 250.1, -18.2),
      shankMm(-24.7, 150.1, -5.5),
      shankMm(-15, 99.5, 20.5),
      footMm(-4.8, 82.6, 50.7),
      footMm(-6.1, 64.6, 99.4),
      footMm(4.1, 45.2, 140.3),
      toesMm(-0.9, 36.9, 171.4),
      toesMm(-13.4, 37.8, 191.2),
    ],
    wrapsKnee: false,
  },
  // ischial tuberosity (long head) → behind the lateral condyle → head of the fibula
  biceps_femoris: {
    points: [thigh(-0.02, 0.75, -0.045), thigh(-0.036, 0.56, -0.05), shank(-0.042, 0.43, -0.012)],
    wrapsKnee: true,
  },
  // ischial tuberosity → behind the medial condyle → pes anserinus
  semitendinosus: {
    points: [thigh(0.01, 0.75, -0.045), thigh(0.032, 0.56, -0.05), shank(0.04, 0.46, -0.026), shank(0.03, 0.42, 0.02)],
    wrapsKnee: true,
  },
  // ischial tuberosity → posteromedial tibial condyle
  semimembranosus: {
    points: [thigh(0.0, 0.75, -0.045), thigh(0.026, 0.56, -0.048), shank(0.03, 0.465, -0.022)],
    wrapsKnee: true,
  },
  // pubis → behind the medial condyle → pes anserinus
  gracilis: {
    points: [thigh(0.045, 0.75, -0.005), thigh(0.046, 0.56, -0.032), shank(0.043, 0.46, -0.022), shank(0.028, 0.415, 0.022)],
    wrapsKnee: false,
  },
  // anterior superior iliac spine → behind the medial condyle → pes anserinus
  sartorius: {
    points: [thigh(0.04, 0.75, 0.02), thigh(0.05, 0.58, -0.018), shank(0.046, 0.46, -0.016), shank(0.027, 0.425, 0.024)],
    wrapsKnee: false,
  },
  rectus_femoris: quadriceps(0.0, 0.045),
  vastus_lateralis: quadriceps(-0.03, 0.03),
  vastus_medialis: quadriceps(0.03, 0.03),
  vastus_intermedius: quadriceps(0.0, 0.03),
};
