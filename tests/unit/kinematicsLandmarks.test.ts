/** The landmark table: points sit on their bones, on the right side of the leg. */
import { describe, expect, it } from 'vitest';
import { LANDMARK_PARENTS } from '../../src/anatomy/ids';
import { ANKLE, KNEE } from '../../src/kinematics/joints';
import { LANDMARKS, SEGMENT_BONES } from '../../src/kinematics/landmarks';
import { boneFields } from '../../models/generator/bones';

describe('landmarks', () => {
  it('has an entry for every landmark node, on the segment of its parent bone', () => {
    for (const [name, bone] of Object.entries(LANDMARK_PARENTS)) {
      const lm = LANDMARKS[name as keyof typeof LANDMARKS];
      expect(lm, name).toBeDefined();
      expect((SEGMENT_BONES[lm.segment] as readonly string[]).includes(bone), name).toBe(true);
    }
  });

  it('puts every origin and insertion on the surface of its bone (within 1 mm)', () => {
    const fields = boneFields();
    for (const [name, bone] of Object.entries(LANDMARK_PARENTS)) {
      const p = LANDMARKS[name as keyof typeof LANDMARKS].point;
      const d = fields[bone].sdf(p[0], p[1], p[2]);
      expect(Math.abs(d), `${name} is ${(d * 1000).toFixed(1)} mm from ${bone}`).toBeLessThan(0.001);
    }
  });

  it('reads right: gastrocnemius heads arise above the knee axis, behind it, medial and lateral; the calcaneal insertions lie behind and below the ankle; tibialis anterior runs in front', () => {
    const m = LANDMARKS.gastrocnemius_medial_head_origin.point;
    const l = LANDMARKS.gastrocnemius_lateral_head_origin.point;
    expect(m[1]).toBeGreaterThan(KNEE.centre[1]);
    expect(l[1]).toBeGreaterThan(KNEE.centre[1]);
    expect(m[2]).toBeLessThan(KNEE.centre[2]);
    expect(m[0]).toBeGreaterThan(0.01);
    expect(l[0]).toBeLessThan(-0.01);
    for (const name of ['gastrocnemius_medial_head_insertion', 'gastrocnemius_lateral_head_insertion', 'soleus_insertion'] as const) {
      const p = LANDMARKS[name].point;
      expect(p[2]).toBeLessThan(ANKLE.centre[2] - 0.05);
      expect(p[1]).toBeLessThan(ANKLE.centre[1]);
    }
    expect(LANDMARKS.tibialis_anterior_retinaculum.point[2]).toBeGreaterThan(0.02);
    // medial cuneiform: on the medial side of the foot, which (real tibial torsion) turns out ≈ 12°
    expect(LANDMARKS.tibialis_anterior_insertion.point[0]).toBeGreaterThan(0.005);
  });
});
