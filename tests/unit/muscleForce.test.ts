import { describe, expect, it } from 'vitest';
import muscleParametersJson from '../../data/muscle-parameters.json';
import { AnatomyDataError } from '../../src/anatomy/errors';
import { muscleParameters, parseMuscleParameters } from '../../src/anatomy/muscleParameters';
import {
  FORCE_MUSCLES,
  activeForceLength,
  fibreStateAt,
  fibreStateFromMtuLength,
  lengthCurve,
  scaledParameters,
} from '../../src/kinematics/muscleForce';
import { muscleLengthAt } from '../../src/kinematics/muscleLength';

const deg = Math.PI / 180;

describe('data/muscle-parameters.json (OpenSim gait2392, Thelen2003Muscle file)', () => {
  it('carries the gait2392 values for the four muscles, with the model file cited', () => {
    expect(muscleParameters.source.file).toMatch(/gait2392_thelen2003muscle\.osim/);
    const mg = muscleParameters.muscles.gastrocnemius_medial_head!;
    expect(mg).toMatchObject({ opensimName: 'med_gas_r', maxIsometricForce: 1558, optimalFiberLength: 0.06, tendonSlackLength: 0.39 });
    expect(mg.pennationAngleAtOptimal / deg).toBeCloseTo(17, 5);
    expect(muscleParameters.muscles.gastrocnemius_lateral_head!.pennationAngleAtOptimal / deg).toBeCloseTo(8, 5);
    expect(muscleParameters.muscles.soleus!).toMatchObject({ maxIsometricForce: 3549, optimalFiberLength: 0.05, tendonSlackLength: 0.25 });
    expect(muscleParameters.muscles.soleus!.pennationAngleAtOptimal / deg).toBeCloseTo(25, 5);
    expect(muscleParameters.muscles.tibialis_anterior!).toMatchObject({ maxIsometricForce: 905, optimalFiberLength: 0.098, tendonSlackLength: 0.223 });
    for (const id of FORCE_MUSCLES) expect(muscleParameters.muscles[id], id).toBeDefined();
  });

  it('rejects malformed parameters naming the file and field', () => {
    const bad: any = structuredClone(muscleParametersJson);
    bad.muscles.soleus.optimalFiberLength = '5 cm';
    expect(() => parseMuscleParameters(bad)).toThrow(
      'data/muscle-parameters.json: muscles.soleus.optimalFiberLength: expected number, received string',
    );
    const bad2: any = structuredClone(muscleParametersJson);
    bad2.muscles.femur = bad2.muscles.soleus;
    bad2.muscles.soleus.tendonSlackLength = 0.3;
    try {
      parseMuscleParameters(bad2);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(AnatomyDataError);
      expect((e as Error).message).toContain('muscles.femur: is a bone, expected a muscle');
      expect((e as Error).message).toContain('muscles.soleus.tendonSlackLength: 0.3 m is not shorter');
    }
  });
});

describe('active force–length curve (Thelen 2003, γ = 0.5 as in gait2392)', () => {
  it('peaks at 1 at optimal fibre length', () => {
    expect(activeForceLength(1)).toBe(1);
    expect(activeForceLength(0.98)).toBeLessThan(1);
    expect(activeForceLength(1.02)).toBeLessThan(1);
  });

  it('is symmetric and falls away from optimum: exp(−0.25/0.5) ≈ 0.61 at 0.5 and 1.5, ≈ 0.14 at 0 and 2', () => {
    expect(activeForceLength(0.5)).toBeCloseTo(Math.exp(-0.5), 12);
    expect(activeForceLength(1.5)).toBeCloseTo(activeForceLength(0.5), 12);
    expect(activeForceLength(2)).toBeCloseTo(Math.exp(-2), 12);
    expect(activeForceLength(0.5)).toBeLessThan(activeForceLength(0.75));
    expect(activeForceLength(1.5)).toBeLessThan(activeForceLength(1.25));
  });

  it('rejects nonsense', () => {
    expect(() => activeForceLength(Number.NaN)).toThrow(/normalized fibre length/);
    expect(() => activeForceLength(-0.1)).toThrow(/normalized fibre length/);
  });
});

describe('fibre length from muscle–tendon length (rigid tendon, constant thickness)', () => {
  const p = { optimalFiberLength: 0.06, tendonSlackLength: 0.39, pennationAngleAtOptimal: 17 * deg };

  it('gives optimal fibre length and pennation when the MTU is tendon slack length + lopt·cos α0', () => {
    const s = fibreStateFromMtuLength(p, 0.39 + 0.06 * Math.cos(17 * deg));
    expect(s.normFibreLength).toBeCloseTo(1, 12);
    expect(s.pennationAngle / deg).toBeCloseTo(17, 10);
    expect(s.activeForceFraction).toBeCloseTo(1, 12);
  });

  it('steepens the pennation as the fibres shorten and never shortens them below their thickness', () => {
    const short = fibreStateFromMtuLength(p, 0.42);
    expect(short.pennationAngle).toBeGreaterThan(17 * deg);
    const slack = fibreStateFromMtuLength(p, 0.3);
    expect(slack.normFibreLength).toBeCloseTo(Math.sin(17 * deg), 12);
    expect(slack.pennationAngle).toBeCloseTo(Math.PI / 2, 12);
  });

  it('rejects a non-positive length', () => {
    expect(() => fibreStateFromMtuLength(p, 0)).toThrow(/positive muscle–tendon length/);
  });
});

describe('fibreStateAt in this model', () => {
  it('scales lengths so that normalized fibre length at neutral equals OpenSim gait2392 at neutral', () => {
    // From data/muscle-parameters.json: √((lopt sin α0)² + (L_neutral − lTs)²) / lopt.
    for (const id of FORCE_MUSCLES) {
      const o = muscleParameters.muscles[id]!;
      const expected =
        Math.hypot(o.optimalFiberLength * Math.sin(o.pennationAngleAtOptimal), o.opensimNeutralMtuLength - o.tendonSlackLength) /
        o.optimalFiberLength;
      const state = fibreStateAt(id, { knee: 0, ankle: 0 });
      expect(state.normFibreLength, id).toBeCloseTo(expected, 10);
      expect(state.mtuLength).toBeCloseTo(muscleLengthAt(id, { knee: 0, ankle: 0 }), 12);
      expect(scaledParameters(id).scale).toBeGreaterThan(0.7);
      expect(scaledParameters(id).scale).toBeLessThan(1.5);
    }
    expect(fibreStateAt('gastrocnemius_medial_head', { knee: 0, ankle: 0 }).normFibreLength).toBeCloseTo(1.05, 2);
    expect(fibreStateAt('soleus', { knee: 0, ankle: 0 }).normFibreLength).toBeCloseTo(0.93, 2);
  });

  it('knee flexion to 90° at 20° plantarflexion cuts gastrocnemius force markedly, soleus not at all', () => {
    for (const id of ['gastrocnemius_medial_head', 'gastrocnemius_lateral_head'] as const) {
      const straight = fibreStateAt(id, { knee: 0, ankle: 20 }).activeForceFraction;
      const bent = fibreStateAt(id, { knee: 90, ankle: 20 }).activeForceFraction;
      expect(straight, id).toBeGreaterThan(0.85);
      expect(bent, id).toBeLessThan(0.5);
      expect(straight - bent, id).toBeGreaterThan(0.4);
    }
    const soleusStraight = fibreStateAt('soleus', { knee: 0, ankle: 20 });
    const soleusBent = fibreStateAt('soleus', { knee: 90, ankle: 20 });
    expect(soleusBent.activeForceFraction).toBeCloseTo(soleusStraight.activeForceFraction, 12);
    expect(soleusBent.activeForceFraction).toBeGreaterThan(0.8);
  });

  it('plantarflexion shortens the calf fibres and lengthens tibialis anterior fibres', () => {
    const a = fibreStateAt('soleus', { knee: 0, ankle: -10 }).normFibreLength;
    const b = fibreStateAt('soleus', { knee: 0, ankle: 30 }).normFibreLength;
    expect(b).toBeLessThan(a);
    const c = fibreStateAt('tibialis_anterior', { knee: 0, ankle: -10 }).normFibreLength;
    const d = fibreStateAt('tibialis_anterior', { knee: 0, ankle: 30 }).normFibreLength;
    expect(d).toBeGreaterThan(c);
  });

  it('rejects a muscle without parameters', () => {
    expect(() => fibreStateAt('plantaris' as never, { knee: 0, ankle: 0 })).toThrow(/No muscle parameters for "plantaris"/);
  });
});

describe('lengthCurve', () => {
  it('samples steps + 1 ankle angles from ankleFrom to ankleTo at a fixed knee angle', () => {
    const curve = lengthCurve('gastrocnemius_medial_head', 0, -20, 50, 14);
    expect(curve).toHaveLength(15);
    expect(curve[0].ankle).toBe(-20);
    expect(curve[14].ankle).toBe(50);
    expect(curve[2]).toEqual({ ankle: -10, ...fibreStateAt('gastrocnemius_medial_head', { knee: 0, ankle: -10 }) });
    for (let i = 1; i < curve.length; i++) expect(curve[i].normFibreLength).toBeLessThan(curve[i - 1].normFibreLength);
  });

  it('lies lower with the knee bent for gastrocnemius', () => {
    const straight = lengthCurve('gastrocnemius_lateral_head', 0, -20, 50, 7);
    const bent = lengthCurve('gastrocnemius_lateral_head', 90, -20, 50, 7);
    bent.forEach((p, i) => expect(p.normFibreLength).toBeLessThan(straight[i].normFibreLength));
  });

  it('rejects angles outside the joint ranges and bad step counts', () => {
    expect(() => lengthCurve('soleus', 0, -30, 50)).toThrow('lengthCurve: ankleFrom = -30° is outside the ankle range -20…50°');
    expect(() => lengthCurve('soleus', 150, 0, 10)).toThrow(/knee = 150°/);
    expect(() => lengthCurve('soleus', 0, 0, 10, 0)).toThrow(/steps/);
  });
});
