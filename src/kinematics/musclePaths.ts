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
 */
import type { Vec3 } from './joints';
import type { Segment } from './landmarks';

/** A segment a path point moves with; 'patella' follows the patella's track (patella.ts). */
export type PathSegment = Segment | 'patella';

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
  // interosseous membrane → behind the medial malleolus → navicular tuberosity
  tibialis_posterior: {
    points: [shank(-0.006, 0.33, -0.02), shank(0.024, 0.088, -0.014), foot(0.03, 0.055, 0.005), foot(0.036, 0.04, 0.05)],
    wrapsKnee: false,
  },
  // back of the tibia → behind the medial malleolus → under the sustentaculum → bases of the distal phalanges 2–5
  flexor_digitorum_longus: {
    points: [shank(0.012, 0.3, -0.024), shank(0.02, 0.088, -0.02), foot(0.022, 0.03, 0.0), foot(0.0, 0.006, 0.1), foot(-0.012, 0.006, 0.19)],
    wrapsKnee: false,
  },
  // back of the fibula → groove on the back of the talus → under the sustentaculum → distal phalanx of the hallux
  flexor_hallucis_longus: {
    points: [shank(-0.02, 0.25, -0.03), shank(0.006, 0.085, -0.028), foot(0.018, 0.025, -0.006), foot(0.03, 0.006, 0.1), foot(0.035, 0.01, 0.21)],
    wrapsKnee: false,
  },
  // head and upper lateral fibula → behind the lateral malleolus → cuboid groove → medial cuneiform, first metatarsal
  fibularis_longus: {
    points: [shank(-0.042, 0.41, -0.006), shank(-0.036, 0.072, -0.027), foot(-0.036, 0.022, 0.035), foot(0.0, 0.006, 0.06), foot(0.028, 0.012, 0.08)],
    wrapsKnee: false,
  },
  // lower lateral fibula → behind the lateral malleolus → fibular trochlea → base of the fifth metatarsal
  fibularis_brevis: {
    points: [shank(-0.04, 0.25, -0.006), shank(-0.034, 0.074, -0.026), foot(-0.038, 0.03, 0.02), foot(-0.046, 0.02, 0.065)],
    wrapsKnee: false,
  },
  // lateral tibial condyle and fibula → under the extensor retinacula → dorsal expansions of toes 2–5
  extensor_digitorum_longus: {
    points: [shank(-0.024, 0.43, 0.008), shank(-0.01, 0.105, 0.038), foot(-0.012, 0.05, 0.08), foot(-0.018, 0.022, 0.19)],
    wrapsKnee: false,
  },
  // middle of the fibula → under the retinacula → base of the distal phalanx of the hallux
  extensor_hallucis_longus: {
    points: [shank(-0.016, 0.28, 0.01), shank(0.004, 0.105, 0.04), foot(0.02, 0.048, 0.09), foot(0.035, 0.02, 0.21)],
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
