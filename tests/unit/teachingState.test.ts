/**
 * The pure parts of the teaching features: which state a tour step stands for, recording a step,
 * deep-link parameters, pose validation and the words and colours of readouts.
 */
import { describe, expect, it } from 'vitest';
import { getTour } from '../../src/anatomy/tours';
import { resolveStep, stepFromState, draftTour } from '../../src/state/tourSteps';
import { formatTeachingUrl, parseTeachingUrl } from '../../src/embed/teachingUrl';
import { checkPoseInput, clipJointOf } from '../../src/state/poseSlice';
import { ankleWords, kneeWords, lengthChangeText } from '../../src/ui/poseText';
import { LONGER_COLOUR, MAX_MIX, SHORTER_COLOUR, lengthTint } from '../../src/scene/lengthTintColor';

const tour = getTour('gastrocnemius-in-five-minutes');

describe('tour steps', () => {
  it('a step carries forward what earlier steps set, but lights up only its own attachment', () => {
    const step4 = resolveStep(tour, 3);
    expect(step4.select).toBe('soleus');
    expect(step4.focus).toBe('soleus_origin_area');
    expect(step4.pose).toEqual({ knee: 0, ankle: 0 }); // from step 1
    expect(step4.layers).toEqual({ skin: false, muscle: true, bone: true });
    const step6 = resolveStep(tour, 5);
    expect(step6.action).toBe('plantarflexion');
    expect(step6.focus).toBeUndefined();
  });

  it('going back to the two-joint step gives the same state as walking to it', () => {
    const step8 = resolveStep(tour, 7);
    expect(step8.pose).toEqual({ knee: 90, ankle: 20 });
    expect(step8.action).toBeNull();
    expect(step8.select).toBe('soleus');
    expect(resolveStep(tour, 8).layers.skin).toBe(true);
  });

  it('refuses steps the tour does not have', () => {
    expect(() => resolveStep(tour, tour.steps.length)).toThrow(/steps 1–9/);
    expect(() => resolveStep(tour, -1)).toThrow(RangeError);
    expect(() => resolveStep(tour, 1.5)).toThrow(RangeError);
  });

  it('records the current state as a valid step, and asks for a caption', () => {
    const state = {
      view: 'medial' as const,
      selected: 'gastrocnemius_medial_head' as const,
      focused: null,
      angles: { knee: 44.6, ankle: -25 },
      action: 'plantarflexion' as const,
      playing: false,
      kindsShown: { skin: true, muscle: true, attachment: true },
    };
    const step = stepFromState(state, '  The medial head from the inside.  ', 'Medial view');
    expect(step).toEqual({
      caption: 'The medial head from the inside.',
      title: 'Medial view',
      view: 'medial',
      select: 'gastrocnemius_medial_head',
      pose: { knee: 45, ankle: -20 }, // rounded, clamped to the ankle range
      action: null, // a paused clip is not replayed
      layers: { skin: true, muscle: true, attachment: true },
    });
    expect(draftTour([step]).steps).toHaveLength(1);
    expect(() => stepFromState(state, '   ')).toThrow(/caption/);
    expect(() => stepFromState(state, 'x'.repeat(300))).toThrow(/300 characters/);
  });
});

describe('teaching deep links', () => {
  it('opens a tour step (1-based) and a pose', () => {
    const { state, problems } = parseTeachingUrl(`?tour=${tour.id}&step=8&knee=45&ankle=-10.5`, [tour]);
    expect(problems).toEqual([]);
    expect(state.tour?.step).toBe(7);
    expect(state.pose).toEqual({ knee: 45, ankle: -10.5 });
  });

  it('reports unknown tours, missing steps and angles out of range, and opens nothing for them', () => {
    const bad = parseTeachingUrl('?tour=nope&knee=200&ankle=abc', [tour]);
    expect(bad.state).toEqual({ tour: null, pose: {} });
    expect(bad.problems).toHaveLength(3);
    expect(bad.problems[0]).toContain('"nope"');
    for (const step of ['0', '10', '2.5', '<script>', '-1']) {
      const r = parseTeachingUrl(`?tour=${tour.id}&step=${encodeURIComponent(step)}`, [tour]);
      expect(r.state.tour, step).toBeNull();
      expect(r.problems[0]).toMatch(/steps 1–9/);
    }
    expect(parseTeachingUrl('?step=3', [tour]).problems[0]).toMatch(/no tour/);
  });

  it('writes tour, step and a non-neutral pose, keeping other parameters', () => {
    expect(formatTeachingUrl({ tourId: tour.id, step: 2, pose: { knee: 30.4, ankle: 0 } }, '?select=soleus&ankle=5')).toBe(
      `?select=soleus&tour=${tour.id}&step=3&knee=30`,
    );
    expect(formatTeachingUrl({ tourId: null, step: 0, pose: { knee: 0, ankle: 0 } }, `?tour=${tour.id}&step=2`)).toBe('');
  });
});

describe('pose input and words', () => {
  it('accepts angles in range and explains what is wrong otherwise', () => {
    expect(checkPoseInput({ knee: 140, ankle: -20 })).toEqual({ pose: { knee: 140, ankle: -20 } });
    expect(checkPoseInput({ ankle: 10 })).toEqual({ pose: { ankle: 10 } });
    expect(checkPoseInput({ knee: 141 })).toEqual({ error: 'knee 141° is outside its range 0…140°' });
    expect(checkPoseInput({ ankle: '10' })).toMatchObject({ error: expect.stringMatching(/number of degrees/) });
    expect(checkPoseInput({ hip: 3 })).toMatchObject({ error: expect.stringMatching(/unknown joint "hip"/) });
    expect(checkPoseInput({})).toMatchObject({ error: expect.stringMatching(/knee and\/or ankle/) });
    expect(checkPoseInput([1, 2])).toMatchObject({ error: expect.stringMatching(/object/) });
  });

  it('each clip owns one joint', () => {
    expect(clipJointOf('plantarflexion')).toBe('ankle');
    expect(clipJointOf('knee_flexion')).toBe('knee');
    expect(clipJointOf(null)).toBeNull();
  });

  it('says angles and length changes in words', () => {
    expect(kneeWords(0.3)).toBe('Knee: 0° (straight)');
    expect(kneeWords(89.6)).toBe('Knee: 90° flexion');
    expect(ankleWords(20)).toBe('Ankle: 20° plantarflexion');
    expect(ankleWords(-12.2)).toBe('Ankle: 12° dorsiflexion');
    expect(lengthChangeText(0.938)).toBe('−6.2 % (shorter)');
    expect(lengthChangeText(1.031)).toBe('+3.1 % (longer)');
    expect(lengthChangeText(1.0004)).toBe('0.0 % (as in the anatomical position)');
    expect(() => lengthChangeText(Number.NaN)).toThrow(/relative length/);
  });

  it('colours shorter blue and longer red, stronger the further from neutral', () => {
    expect(lengthTint(0.95)).toEqual({ colour: SHORTER_COLOUR, amount: expect.closeTo((0.05 / 0.12) * MAX_MIX, 6) });
    expect(lengthTint(1.2)).toEqual({ colour: LONGER_COLOUR, amount: MAX_MIX });
    expect(lengthTint(1).amount).toBe(0);
    expect(() => lengthTint(0)).toThrow(/positive/);
  });
});
