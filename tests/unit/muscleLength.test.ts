/**
 * Muscle–tendon lengths and moment arms against the literature cited in muscleLength.ts.
 * Tolerances are the published between-subject / between-method ranges, not fitted to our output.
 */
import { describe, expect, it } from 'vitest';
import { ANKLE, KNEE, NEUTRAL_POSE } from '../../src/kinematics/joints';
import type { Pose } from '../../src/kinematics/joints';
import { shankPointAt } from '../../src/kinematics/knee';
import { LANDMARKS } from '../../src/kinematics/landmarks';
import {
  KNEE_WRAP_RADIUS,
  LENGTH_MUSCLES,
  momentArm,
  musclePathAt,
  muscleLengthAt,
  pointAt,
  relativeLength,
} from '../../src/kinematics/muscleLength';
import type { LengthMuscleId } from '../../src/kinematics/muscleLength';

const GASTROCNEMIUS: LengthMuscleId[] = ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'];
const pose = (knee: number, ankle: number): Pose => ({ knee, ankle });

describe('pointAt', () => {
  it('leaves thigh points alone and moves shank points with the knee (kneePose)', () => {
    const p = [0.01, 0.2, 0.03] as const;
    expect(pointAt('thigh', p, pose(90, 30))).toEqual([...p]);
    const rest = [0, KNEE.centre[1] - 0.4, 0] as const;
    const q = pointAt('shank', rest, pose(90, 0));
    expect(q).toEqual(shankPointAt(rest, 90).map((v) => expect.closeTo(v, 12)));
    // 90° of flexion swings a point 40 cm below the knee backwards to the knee's height; the
    // tibial rotation and roll-back (knee.ts) move it by less than 1 cm from a pure hinge's path
    expect(Math.abs(q[1] - KNEE.centre[1])).toBeLessThan(0.01);
    expect(Math.abs(q[2] + 0.4)).toBeLessThan(0.01);
  });

  it('keeps the ankle centre fixed to the shank and swings the heel up in plantarflexion', () => {
    const a = pointAt('foot', ANKLE.centre, pose(0, 40));
    expect(a.map((v, i) => v - ANKLE.centre[i]).every((d) => Math.abs(d) < 1e-9)).toBe(true);
    const heel = LANDMARKS.soleus_insertion.point;
    expect(pointAt('foot', heel, pose(0, 40))[1]).toBeGreaterThan(heel[1] + 0.02);
  });

  it('preserves distances within a segment (a rigid motion)', () => {
    const a = LANDMARKS.tibialis_anterior_insertion.point;
    const b = LANDMARKS.soleus_insertion.point;
    const d0 = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    const pa = pointAt('foot', a, pose(70, -15));
    const pb = pointAt('foot', b, pose(70, -15));
    expect(Math.hypot(pa[0] - pb[0], pa[1] - pb[1], pa[2] - pb[2])).toBeCloseTo(d0, 9);
  });

  it('rejects bad input with a clear message', () => {
    expect(() => pointAt('shank', [0, 0, 0], { knee: Number.NaN, ankle: 0 })).toThrow(/Invalid pose/);
    expect(() => pointAt('arm' as never, [0, 0, 0], NEUTRAL_POSE)).toThrow(/Unknown segment/);
    expect(() => muscleLengthAt('biceps' as never, NEUTRAL_POSE)).toThrow(/Unknown muscle/);
    expect(() => momentArm('soleus', 'hip' as never, NEUTRAL_POSE)).toThrow(/Unknown joint/);
  });
});

describe('muscle paths', () => {
  it.each(LENGTH_MUSCLES)('%s starts at its origin landmark and ends at its insertion landmark', (id) => {
    const path = musclePathAt(id, NEUTRAL_POSE);
    const origin = LANDMARKS[`${id}_origin` as keyof typeof LANDMARKS].point;
    const insertion = LANDMARKS[`${id}_insertion` as keyof typeof LANDMARKS].point;
    path[0].forEach((v, i) => expect(v).toBeCloseTo(origin[i], 9));
    path[path.length - 1].forEach((v, i) => expect(v).toBeCloseTo(insertion[i], 9));
  });

  it('adult muscle–tendon lengths: gastrocnemius ≈ 0.45–0.52 m, soleus ≈ 0.35–0.42 m, tibialis anterior ≈ 0.36–0.42 m', () => {
    // gait2392 / Rajagopal: med_gas optimal fibre + tendon slack ≈ 0.06 + 0.39–0.41 m; soleus ≈ 0.05 + 0.27–0.31 plus aponeurosis
    for (const id of GASTROCNEMIUS) expect(muscleLengthAt(id, NEUTRAL_POSE)).toBeGreaterThan(0.45);
    for (const id of GASTROCNEMIUS) expect(muscleLengthAt(id, NEUTRAL_POSE)).toBeLessThan(0.52);
    expect(muscleLengthAt('soleus', NEUTRAL_POSE)).toBeGreaterThan(0.35);
    expect(muscleLengthAt('soleus', NEUTRAL_POSE)).toBeLessThan(0.42);
    expect(muscleLengthAt('tibialis_anterior', NEUTRAL_POSE)).toBeGreaterThan(0.36);
    expect(muscleLengthAt('tibialis_anterior', NEUTRAL_POSE)).toBeLessThan(0.42);
  });

  it('in deep flexion the gastrocnemius path wraps around the condyles instead of cutting through the knee', () => {
    for (const k of [0, 30, 60, 90, 120, 140]) {
      for (const id of GASTROCNEMIUS) {
        const path = musclePathAt(id, pose(k, 0));
        for (let i = 1; i < path.length; i++) {
          const a = path[i - 1];
          const b = path[i];
          // distance of the segment from the knee axis (x is along the axis) stays ≥ the wrap radius
          for (let t = 0; t <= 1; t += 0.05) {
            const y = a[1] + (b[1] - a[1]) * t - KNEE.centre[1];
            const z = a[2] + (b[2] - a[2]) * t - KNEE.centre[2];
            expect(Math.hypot(y, z)).toBeGreaterThan(KNEE_WRAP_RADIUS - 1e-4);
          }
        }
      }
    }
  });
});

describe('what the joints do to the lengths', () => {
  it('knee flexion shortens gastrocnemius but leaves soleus and tibialis anterior unchanged', () => {
    for (const id of GASTROCNEMIUS) {
      let prev = muscleLengthAt(id, NEUTRAL_POSE);
      for (let k = 10; k <= 90; k += 10) {
        const l = muscleLengthAt(id, pose(k, 0));
        expect(l).toBeLessThan(prev);
        prev = l;
      }
    }
    for (const id of ['soleus', 'tibialis_anterior'] as const) {
      expect(muscleLengthAt(id, pose(120, 10))).toBeCloseTo(muscleLengthAt(id, pose(0, 10)), 12);
      expect(momentArm(id, 'knee', pose(60, 0))).toBeCloseTo(0, 12);
    }
  });

  it('plantarflexion shortens gastrocnemius and soleus and lengthens tibialis anterior; dorsiflexion the reverse', () => {
    for (const id of [...GASTROCNEMIUS, 'soleus'] as const) {
      expect(relativeLength(id, pose(0, 30))).toBeLessThan(0.96);
      expect(relativeLength(id, pose(0, -20))).toBeGreaterThan(1.02);
    }
    expect(relativeLength('tibialis_anterior', pose(0, 30))).toBeGreaterThan(1.03);
    expect(relativeLength('tibialis_anterior', pose(0, -20))).toBeLessThan(0.98);
  });

  it('relativeLength is 1 at the neutral pose', () => {
    for (const id of LENGTH_MUSCLES) expect(relativeLength(id, NEUTRAL_POSE)).toBe(1);
  });
});

describe('moment arms against the literature', () => {
  it('Achilles (gastrocnemius and soleus) ankle moment arm 3.8–5.7 cm from 15° dorsiflexion to 30° plantarflexion, growing toward plantarflexion (Maganaris et al. 2000: 4.3–5.6 cm; ultrasound 3.5–3.8 cm, Manal et al. 2013)', () => {
    for (const id of [...GASTROCNEMIUS, 'soleus'] as const) {
      const arms = [-15, 0, 15, 30].map((a) => momentArm(id, 'ankle', pose(0, a)));
      for (const r of arms) {
        expect(r).toBeGreaterThan(0.038);
        expect(r).toBeLessThan(0.057);
      }
      expect(arms[3]).toBeGreaterThan(arms[0]);
    }
  });

  it('gastrocnemius knee moment arm 1.2–3 cm over 0–60° of flexion (Spoor et al. 1990: 1.2–2 cm; wider range in other reports), positive (a knee flexor) up to 90°', () => {
    for (const id of GASTROCNEMIUS) {
      for (const k of [0, 20, 40, 60]) {
        const r = momentArm(id, 'knee', pose(k, 0));
        expect(r).toBeGreaterThan(0.012);
        expect(r).toBeLessThan(0.03);
      }
      expect(momentArm(id, 'knee', pose(90, 0))).toBeGreaterThan(0.005);
    }
  });

  it('tibialis anterior ankle moment arm 2.3–4.6 cm, a dorsiflexor (negative), shrinking toward plantarflexion (Maganaris et al. 2000: ≈ 4.5 → 2.9 cm)', () => {
    const arms = [-20, 0, 20, 40].map((a) => momentArm('tibialis_anterior', 'ankle', pose(0, a)));
    for (const r of arms) {
      expect(r).toBeLessThan(-0.023);
      expect(r).toBeGreaterThan(-0.046);
    }
    expect(Math.abs(arms[3])).toBeLessThan(Math.abs(arms[0]));
  });

  it('length changes agree with the moment arms (ΔL = −∫ r dθ): gastrocnemius −2 to −4.5 cm for 0→90° knee flexion, −2 to −3 cm for 0→30° plantarflexion', () => {
    for (const id of GASTROCNEMIUS) {
      const knee = muscleLengthAt(id, pose(90, 0)) - muscleLengthAt(id, NEUTRAL_POSE);
      expect(knee).toBeLessThan(-0.02);
      expect(knee).toBeGreaterThan(-0.045);
      const ankle = muscleLengthAt(id, pose(0, 30)) - muscleLengthAt(id, NEUTRAL_POSE);
      expect(ankle).toBeLessThan(-0.02);
      expect(ankle).toBeGreaterThan(-0.03);
      // integrate the finite-difference moment arm and compare with the length change
      let integral = 0;
      for (let a = 0; a < 30; a += 1) integral += momentArm(id, 'ankle', pose(0, a + 0.5)) * (Math.PI / 180);
      expect(-integral).toBeCloseTo(ankle, 3);
    }
  });
});
