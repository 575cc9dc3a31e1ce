/**
 * Scale-out for real (issue 21): a Redis server and two relay processes sharing rooms through it.
 * The presenter writes on one process, students read on the other, and follow within a second.
 * redis-server is Debian's package (.ci/run installs it when missing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPresenterKey, roomOf } from '../../src/live/roomKey';
import { FOLLOWERS_MAP, TEACH_KEY } from '../../src/live/schema';
import { countFollowers } from '../../src/live/followers';
import { connectClient, until } from '../live/nodeClient';
import { spawnRedis, spawnRelay } from '../live/processes';
import type { RelayProcess } from '../live/processes';

let redis: Awaited<ReturnType<typeof spawnRedis>>;
let relays: RelayProcess[] = [];

beforeAll(async () => {
  redis = await spawnRedis();
  relays = await Promise.all([spawnRelay({ REDIS_URL: redis.url }), spawnRelay({ REDIS_URL: redis.url })]);
}, 60_000);

afterAll(async () => {
  await Promise.all(relays.map((r) => r.stop()));
  await redis?.stop();
});

describe('two relay processes sharing rooms through Redis', () => {
  it('students on the second process follow the presenter on the first within 1 s', async () => {
    const key = createPresenterKey();
    const room = roomOf(key);
    const presenter = connectClient(relays[0].url, room, key);
    const students = [connectClient(relays[1].url, room, 'student'), connectClient(relays[1].url, room, 'student')];
    await Promise.all([presenter.synced, ...students.map((s) => s.synced)]);
    try {
      for (const selected of ['soleus', 'tibialis_anterior', 'gastrocnemius_medial_head']) {
        presenter.map.set(TEACH_KEY, { selected });
        for (const s of students) {
          const ms = await until(() => (s.map.get(TEACH_KEY) as { selected?: string } | undefined)?.selected === selected, 1000, `${selected} on the second relay`);
          expect(ms).toBeLessThan(1000);
        }
      }
      // The presenter counts the students following on the other process.
      await until(() => countFollowers(presenter.doc.getMap(FOLLOWERS_MAP).toJSON()) === 2, 3000, 'the follower count');
      // A student on the second process still cannot write: the presenter never sees it.
      students[0].map.set(TEACH_KEY, { selected: 'soleus' });
      await new Promise((r) => setTimeout(r, 300));
      expect((presenter.map.get(TEACH_KEY) as { selected: string }).selected).toBe('gastrocnemius_medial_head');
    } finally {
      presenter.close();
      for (const s of students) s.close();
    }
  });
});
