import { describe, expect, it } from 'vitest';
import tourJson from '../../data/tours/gastrocnemius-in-five-minutes.json';
import { AnatomyDataError } from '../../src/anatomy/errors';
import { ATTACHMENT_AREAS } from '../../src/anatomy/ids';
import { MAX_CAPTION_LENGTH, parseTour } from '../../src/anatomy/tourSchema';
import { getTour, tours } from '../../src/anatomy/tours';

const FILE = 'data/tours/gastrocnemius-in-five-minutes.json';

function messageOf(json: unknown): string {
  try {
    parseTour(json, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(AnatomyDataError);
    return (e as Error).message;
  }
  throw new Error('parseTour accepted a malformed tour');
}

describe('shipped tours', () => {
  it('ships "Gastrocnemius in five minutes" with 8–10 short steps', () => {
    const tour = getTour('gastrocnemius-in-five-minutes');
    expect(tours).toContain(tour);
    expect(tour.steps.length).toBeGreaterThanOrEqual(8);
    expect(tour.steps.length).toBeLessThanOrEqual(10);
    for (const step of tour.steps) expect(step.caption.length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
  });

  it('covers both heads, both origins, soleus, the insertion, both actions and the bent-knee pose', () => {
    const steps = getTour('gastrocnemius-in-five-minutes').steps;
    const selected = steps.map((s) => s.select);
    expect(selected).toEqual(expect.arrayContaining(['gastrocnemius_medial_head', 'gastrocnemius_lateral_head', 'soleus', 'calcaneal_tendon']));
    const focused = steps.map((s) => s.focus);
    expect(focused).toEqual(
      expect.arrayContaining([
        ATTACHMENT_AREAS.gastrocnemius_medial_head.origin,
        ATTACHMENT_AREAS.gastrocnemius_lateral_head.origin,
        'calcaneal_tendon_insertion_area',
      ]),
    );
    expect(steps.map((s) => s.action)).toEqual(expect.arrayContaining(['plantarflexion', 'knee_flexion']));
    const twoJoint = steps.find((s) => (s.pose?.knee ?? 0) >= 60);
    expect(twoJoint?.select).toBe('soleus');
    expect(steps[steps.length - 1].view).toBe('reset');
  });

  it('throws on an unknown tour id', () => {
    expect(() => getTour('nope')).toThrow(/Unknown tour "nope"/);
  });
});

describe('parseTour rejects malformed tours with the file and field path', () => {
  it('names a pose outside the joint range', () => {
    const bad: any = structuredClone(tourJson);
    bad.steps[7].pose.knee = 150;
    expect(messageOf(bad)).toBe(`${FILE}: steps[7].pose.knee: 150° is outside the knee range 0…140°`);
  });

  it('names an unknown structure, view, action and layer kind', () => {
    const bad: any = structuredClone(tourJson);
    bad.steps[0].select = 'gastrocnemius';
    bad.steps[1].view = 'top';
    bad.steps[2].action = 'dorsiflexion';
    bad.steps[3].layers = { fascia: false };
    const message = messageOf(bad);
    expect(message).toContain(`${FILE}: steps[0].select: unknown structure id "gastrocnemius"`);
    expect(message).toContain(`${FILE}: steps[1].view: expected one of`);
    expect(message).toContain(`${FILE}: steps[2].action: expected one of`);
    expect(message).toContain(`${FILE}: steps[3].layers: unknown field "fascia"`);
  });

  it('names an empty caption, a caption that is too long and a missing title', () => {
    const bad: any = structuredClone(tourJson);
    bad.steps[0].caption = '';
    bad.steps[1].caption = 'x'.repeat(MAX_CAPTION_LENGTH + 1);
    delete bad.title;
    const message = messageOf(bad);
    expect(message).toContain('steps[0].caption: expected a non-empty string');
    expect(message).toContain(`steps[1].caption: expected at most ${MAX_CAPTION_LENGTH} characters`);
    expect(message).toContain('title: expected string, received undefined');
  });

  it('accepts null to clear the selection and stop playback', () => {
    const ok: any = structuredClone(tourJson);
    ok.steps[0].select = null;
    expect(parseTour(ok, FILE).steps[0]).toMatchObject({ select: null, action: null });
  });
});
