/**
 * The live lecture's published state and its rules: validation keeps what is valid and drops the
 * rest field by field, the room code is derived from the presenter key (only that key writes), a
 * student's view takes on a published state through the store's actions, follower counts ignore
 * relays that are gone, and the camera eases towards the presenter's without overshoot.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCameraState, parseTeachingState } from '../../src/live/schema';
import { canPresent, createPresenterKey, isRoomCode, roomOf } from '../../src/live/roomKey';
import { applyTeachingState, samePublished, teachingStateOf } from '../../src/live/teachingState';
import { countFollowers } from '../../src/live/followers';
import { followStep } from '../../src/scene/cameraFollow';
import { takeToken } from '../../server/rateLimit';
import { initialViewerState, useViewer } from '../../src/state/store';
import { getTour } from '../../src/anatomy/tours';

beforeEach(() => useViewer.setState(initialViewerState, true));

describe('teaching state validation', () => {
  it('keeps valid fields and drops unknown fields, unknown ids and out-of-range values one by one', () => {
    const parsed = parseTeachingState({
      selected: 'soleus',
      action: 'moonwalk',
      speed: 9,
      pose: { knee: 45, ankle: 10 },
      hidden: ['gastrocnemius_medial_head', 'not_a_structure', 'gastrocnemius_medial_head'],
      tour: { id: 'gastrocnemius-in-five-minutes', step: -1 },
      lesion: 'tibial_nerve',
      password: 'hunter2',
    });
    expect(parsed).toEqual({
      selected: 'soleus',
      pose: { knee: 45, ankle: 10 },
      hidden: ['gastrocnemius_medial_head'],
      lesion: 'tibial_nerve',
    });
  });

  it('drops a pose outside the joints’ ranges and reads a non-object as nothing', () => {
    expect(parseTeachingState({ pose: { knee: 200, ankle: 0 } })).toEqual({});
    expect(parseTeachingState('soleus')).toBeNull();
    expect(parseTeachingState(null)).toBeNull();
  });

  it('accepts a camera only with every coordinate finite and near the leg', () => {
    expect(parseCameraState({ position: [0, 0.4, 1], target: [0, 0.3, 0] })).not.toBeNull();
    expect(parseCameraState({ position: [0, 0.4, 1e9], target: [0, 0.3, 0] })).toBeNull();
    expect(parseCameraState({ position: [0, 0.4], target: [0, 0.3, 0] })).toBeNull();
  });

  it('round-trips what a presenter publishes', () => {
    useViewer.getState().select('soleus');
    useViewer.getState().setPose({ knee: 30 });
    const published = teachingStateOf(useViewer.getState());
    expect(parseTeachingState(JSON.parse(JSON.stringify(published)))).toEqual(published);
  });
});

describe('room codes and the write rule', () => {
  it('derives a 128-bit room code from a 256-bit presenter key', () => {
    const key = createPresenterKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isRoomCode(roomOf(key))).toBe(true);
    expect(roomOf(key)).toBe(roomOf(key));
    expect(roomOf(createPresenterKey())).not.toBe(roomOf(key));
  });

  it('lets only the key a room came from write to it', () => {
    const key = createPresenterKey();
    const room = roomOf(key);
    expect(canPresent(room, key)).toBe(true);
    expect(canPresent(room, createPresenterKey())).toBe(false);
    expect(canPresent(room, 'student')).toBe(false);
    expect(canPresent(room, room)).toBe(false);
    expect(canPresent(room, undefined)).toBe(false);
  });
});

describe('a student taking on the presenter’s state', () => {
  it('selects, poses, plays and shows the tour step the presenter shows', () => {
    const tour = getTour('gastrocnemius-in-five-minutes');
    applyTeachingState(useViewer.getState, useViewer.setState, {
      tour: { id: tour.id, step: 1 },
      selected: 'soleus',
      selectedGroup: null,
      action: 'knee_flexion',
      playing: true,
      speed: 0.5,
      pose: { knee: 0, ankle: 20 },
      xray: true,
      lesion: 'tibial_nerve',
    });
    const s = useViewer.getState();
    expect(s.tour?.id).toBe(tour.id);
    expect(s.tourStep).toBe(1);
    expect(s.selected).toBe('soleus');
    expect(s.action).toBe('knee_flexion');
    expect(s.playing).toBe(true);
    expect(s.speed).toBe(0.5);
    // The clip owns the knee; the ankle takes the presenter's pose.
    expect(s.pose.ankle).toBe(20);
    expect(s.xray).toBe(true);
    expect(s.lesion).toBe('tibial_nerve');
  });

  it('leaves fields the state lacks as they are', () => {
    useViewer.getState().select('soleus');
    applyTeachingState(useViewer.getState, useViewer.setState, { xray: true });
    expect(useViewer.getState().selected).toBe('soleus');
  });

  it('does not republish a playing clip just because its progress moved', () => {
    const a = { action: 'plantarflexion' as const, playing: true, progress: 0.1 };
    expect(samePublished(a, { ...a, progress: 0.6 })).toBe(true);
    expect(samePublished({ ...a, playing: false }, { ...a, playing: false, progress: 0.6 })).toBe(false);
  });
});

describe('follower counts', () => {
  it('sums the relays’ entries and leaves out those no longer refreshed', () => {
    expect(countFollowers({})).toBe(0);
    expect(countFollowers({ a: { n: 120, at: 100_000 }, b: { n: 80, at: 98_000 } })).toBe(200);
    expect(countFollowers({ a: { n: 120, at: 100_000 }, gone: { n: 80, at: 10_000 } })).toBe(120);
    expect(countFollowers({ a: { n: 3, at: 1 }, junk: { n: -4, at: 1 }, text: 'x' })).toBe(3);
  });
});

describe('the followed camera', () => {
  it('eases towards the presenter’s pose without overshooting, and lands on it', () => {
    const from = { position: [0, 0, 1] as const, target: [0, 0, 0] as const };
    const goal = { position: [1, 0, 1] as const, target: [0, 0.5, 0] as const };
    const half = followStep(from, goal, 0.05);
    expect(half.position[0]).toBeGreaterThan(0);
    expect(half.position[0]).toBeLessThan(1);
    let pose = from as typeof half;
    for (let i = 0; i < 200 && pose !== goal; i++) pose = followStep(pose, goal, 1 / 60);
    expect(pose).toBe(goal);
  });
});

describe('rate limit', () => {
  it('allows bursts up to the bucket, then the steady rate', () => {
    const bucket = { tokens: 4, at: 0 };
    const taken = [0, 0, 0, 0, 0].map(() => takeToken(bucket, 0, 2, 4));
    expect(taken).toEqual([true, true, true, true, false]);
    expect(takeToken(bucket, 500, 2, 4)).toBe(true);
    expect(takeToken(bucket, 500, 2, 4)).toBe(false);
  });
});
