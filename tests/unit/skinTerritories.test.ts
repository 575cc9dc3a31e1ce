/**
 * Numb skin by territory (data/function.json `skin`, src/anatomy/skinTerritories.ts): points on the
 * leg and foot fall in the nerve territories of Moore 8 and the dermatomes of Lee et al. 2008.
 */
import { describe, expect, it } from 'vitest';
import { functionData } from '../../src/anatomy/function';
import { angleRoundLeg, inTerritory } from '../../src/anatomy/skinTerritories';
import type { Vec3 } from '../../src/kinematics/joints';

const UP: Vec3 = [0, 1, 0];
const DOWN: Vec3 = [0, -1, 0];
const OUT: Vec3 = [1, 0, 0];
const where = (p: Vec3, n: Vec3) => Object.keys(functionData.skin).filter((id) => inTerritory(functionData.skin[id], p, n)).sort();

describe('skin territories', () => {
  it('measures the angle round the leg from the front, medial positive', () => {
    expect(angleRoundLeg([0, 0.3, 0.05])).toBeCloseTo(0, 5);
    expect(angleRoundLeg([0.05, 0.3, -0.01])).toBeCloseTo(90, 5);
    expect(Math.abs(angleRoundLeg([0, 0.3, -0.08]))).toBeCloseTo(180, 5);
  });

  it('the first web space is the deep fibular nerve’s alone, not the superficial’s', () => {
    const p: Vec3 = [0.022, 0.03, 0.17];
    expect(where(p, UP)).toContain('deep_fibular');
    expect(where(p, UP)).not.toContain('superficial_fibular');
  });

  it('the rest of the dorsum is superficial fibular and L5; the sole is the plantar nerves’ and S1', () => {
    expect(where([0.0, 0.06, 0.1], UP)).toEqual(['dermatome_L5', 'superficial_fibular']);
    expect(where([0.0, 0.005, 0.1], DOWN)).toEqual(['dermatome_S1', 'medial_plantar', 'tibial_plantar']);
  });

  it('the sole splits between the plantar nerves at the fourth toe: medial three and a half toes, lateral one and a half (Moore 8)', () => {
    expect(where([0.03, 0.005, 0.2], DOWN)).toContain('medial_plantar');
    expect(where([0.03, 0.005, 0.2], DOWN)).not.toContain('lateral_plantar');
    expect(where([-0.045, 0.005, 0.1], DOWN)).toContain('lateral_plantar');
    expect(where([-0.045, 0.005, 0.1], DOWN)).not.toContain('medial_plantar');
    // neither reaches the dorsum
    expect(where([0.0, 0.06, 0.1], UP).filter((t) => t.endsWith('_plantar'))).toEqual([]);
  });

  it('the medial leg is saphenous and L4; the lower lateral leg superficial fibular and L5; the back of the calf S2', () => {
    expect(where([0.05, 0.3, -0.01], OUT)).toEqual(['dermatome_L4', 'saphenous']);
    expect(where([-0.05, 0.2, -0.005], [-1, 0, 0])).toEqual(['dermatome_L5', 'superficial_fibular']);
    expect(where([0, 0.4, -0.08], [0, 0, -1])).toEqual(['dermatome_S2']);
  });

  it('cites a source for every territory and states the dermatome caveat', () => {
    for (const t of Object.values(functionData.skin)) {
      expect(t.references.length, t.id).toBeGreaterThan(0);
      for (const r of t.references) expect(functionData.sources[r], `${t.id}: ${r}`).toMatch(/\b(19|20)\d\d\b/);
    }
    expect(functionData.sources.lee2008).toMatch(/overlap/);
  });
});
