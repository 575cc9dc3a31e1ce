/**
 * The length-model paths of musclePaths.ts: every muscle that crosses the knee or the ankle has a
 * path whose moment arms have the textbook sign and order of size at the anatomical position, and
 * moment arms follow the pose (they are −dL/dθ of the path, not constants).
 */
import { describe, expect, it } from 'vitest';
import { anatomy } from '../../src/anatomy/data';
import { momentArmsMm, crossedJoints } from '../../src/anatomy/function';
import { PATH_MUSCLES, isPathMuscleId, momentArm, subtalarMomentArm } from '../../src/kinematics/muscleLength';
import type { PathMuscleId } from '../../src/kinematics/muscleLength';
import { NEUTRAL_POSE } from '../../src/kinematics/joints';

const mm = (id: PathMuscleId, joint: 'knee' | 'ankle', knee = 0, ankle = 0) => momentArm(id, joint, { knee, ankle }) * 1000;

describe('paths for every muscle crossing the knee or the ankle', () => {
  it('covers each muscle of the data whose actions are at the knee or the ankle', () => {
    const jointActions = /plantarflexion|dorsiflexion|knee_flexion|knee_extension|inversion|eversion/;
    for (const info of Object.values(anatomy.structures)) {
      if (info.kind !== 'muscle' || !info.muscle?.actions.some((a) => jointActions.test(a.action))) continue;
      // a muscle of the foot (dorsum or sole) runs between foot bones: it crosses neither the knee nor the ankle
      if (/^(dorsum|sole) of the foot/i.test(info.region ?? '')) continue;
      expect(isPathMuscleId(info.id), info.id).toBe(true);
    }
  });

  it('hamstrings, gracilis and sartorius flex the knee by 15–50 mm; the quadriceps extend it', () => {
    for (const id of ['biceps_femoris', 'semitendinosus', 'semimembranosus', 'gracilis', 'sartorius'] as const) {
      expect(mm(id, 'knee'), id).toBeGreaterThan(15);
      expect(mm(id, 'knee'), id).toBeLessThan(50);
      expect(crossedJoints(id)).toEqual(['knee']);
    }
    for (const id of ['rectus_femoris', 'vastus_lateralis', 'vastus_medialis', 'vastus_intermedius'] as const) {
      // an extensor at 0° and at 60° (that the patella's lever grows into mid-flexion is not checked on
      // the model v3 patella track, which is re-fitted on the real cartilage next)
      expect(mm(id, 'knee'), id).toBeLessThan(-10);
      expect(mm(id, 'knee', 60), id).toBeLessThan(-10);
    }
  });

  it('deep flexors and fibulares plantarflex with a small lever; long extensors dorsiflex with a large one', () => {
    for (const id of ['tibialis_posterior', 'flexor_digitorum_longus', 'flexor_hallucis_longus'] as const) {
      expect(mm(id, 'ankle'), id).toBeGreaterThan(8);
      expect(mm(id, 'ankle'), id).toBeLessThan(30);
    }
    for (const id of ['fibularis_longus', 'fibularis_brevis'] as const) expect(mm(id, 'ankle'), id).toBeGreaterThan(2);
    for (const id of ['extensor_digitorum_longus', 'extensor_hallucis_longus'] as const) expect(mm(id, 'ankle'), id).toBeLessThan(-25);
    expect(mm('plantaris', 'ankle')).toBeGreaterThan(30);
    expect(crossedJoints('plantaris')).toEqual(['knee', 'ankle']);
  });

  it('tibialis posterior inverts and the fibulares evert about the subtalar axis', () => {
    expect(subtalarMomentArm('tibialis_posterior', NEUTRAL_POSE)).toBeGreaterThan(0.01);
    expect(subtalarMomentArm('fibularis_longus', NEUTRAL_POSE)).toBeLessThan(-0.01);
    expect(subtalarMomentArm('fibularis_brevis', NEUTRAL_POSE)).toBeLessThan(-0.01);
    expect(subtalarMomentArm('biceps_femoris', NEUTRAL_POSE)).toBe(0);
  });

  it('moment arms are live: setting knee 90°, ankle 30° changes the medial head’s arms from their rest values', () => {
    const rest = momentArmsMm('gastrocnemius_medial_head', NEUTRAL_POSE);
    const bent = momentArmsMm('gastrocnemius_medial_head', { knee: 90, ankle: 30 });
    // at rest on the model v3 landmarks (they were 20.0 / 49.7 mm on v2's, when the issue was filed)
    expect(rest).toEqual({ knee: 21.8, ankle: 46.6 });
    expect(bent.knee).not.toBe(rest.knee);
    expect(bent.ankle).not.toBe(rest.ankle);
    // Achilles moment arm grows toward plantarflexion (Maganaris et al. 2000)
    expect(mm('soleus', 'ankle', 0, 30)).toBeGreaterThan(mm('soleus', 'ankle', 0, -15));
  });

  it('has a path for each of its muscles and rejects an unknown one', () => {
    expect(PATH_MUSCLES.length).toBe(22);
    expect(() => momentArm('gluteus_maximus' as PathMuscleId, 'knee', NEUTRAL_POSE)).toThrow(/Unknown muscle "gluteus_maximus"/);
  });
});
