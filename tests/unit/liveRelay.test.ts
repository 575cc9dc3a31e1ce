/**
 * The relay's rules, with real Node clients over loopback: the presenter's key writes, a student
 * follows, a student's write and a forged key are refused, a malformed update closes the presenter's
 * socket without reaching anyone, and an idle room closes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay } from '../../server/relay';
import type { Relay } from '../../server/relay';
import { createPresenterKey, roomOf } from '../../src/live/roomKey';
import { TEACH_KEY } from '../../src/live/schema';
import { connectClient, until } from '../live/nodeClient';

let relay: Relay;
beforeAll(async () => {
  relay = await startRelay({ port: 0, host: '127.0.0.1', idleMs: 400 });
});
afterAll(async () => {
  await relay.close();
});

describe('live relay', () => {
  it('carries the presenter key holder’s state to a student, and refuses the student’s own writes', async () => {
    const key = createPresenterKey();
    const room = roomOf(key);
    const presenter = connectClient(relay.url, room, key);
    const student = connectClient(relay.url, room, 'student');
    const other = connectClient(relay.url, room, 'student');
    await Promise.all([presenter.synced, student.synced, other.synced]);

    presenter.map.set(TEACH_KEY, { selected: 'soleus' });
    await until(() => (student.map.get(TEACH_KEY) as { selected?: string } | undefined)?.selected === 'soleus', 2000, 'the student to see soleus');

    // The student edits its own copy: the relay does not apply it, so nobody else sees it.
    student.map.set(TEACH_KEY, { selected: 'gastrocnemius_medial_head' });
    await new Promise((r) => setTimeout(r, 300));
    expect((other.map.get(TEACH_KEY) as { selected?: string }).selected).toBe('soleus');
    expect((presenter.map.get(TEACH_KEY) as { selected?: string }).selected).toBe('soleus');
    for (const c of [presenter, student, other]) c.close();
  });

  it('treats a key that does not open the room as a student', async () => {
    const room = roomOf(createPresenterKey());
    const forger = connectClient(relay.url, room, createPresenterKey());
    const watcher = connectClient(relay.url, room, 'student');
    await Promise.all([forger.synced, watcher.synced]);
    forger.map.set(TEACH_KEY, { selected: 'soleus' });
    await new Promise((r) => setTimeout(r, 300));
    expect(watcher.map.get(TEACH_KEY)).toBeUndefined();
    forger.close();
    watcher.close();
  });

  it('refuses a presenter update with an unknown part, so followers never receive it', async () => {
    const key = createPresenterKey();
    const room = roomOf(key);
    const presenter = connectClient(relay.url, room, key);
    const student = connectClient(relay.url, room, 'student');
    await Promise.all([presenter.synced, student.synced]);
    presenter.doc.getMap('personal').set('name', 'Ada');
    presenter.map.set('notes', 'x');
    await new Promise((r) => setTimeout(r, 300));
    expect(student.doc.getMap('personal').get('name')).toBeUndefined();
    expect(student.map.get('notes')).toBeUndefined();
    presenter.close();
    student.close();
  });

  it('refuses a malformed room code', async () => {
    const client = connectClient(relay.url, 'not-a-room', 'student');
    await until(() => client.refused() !== null, 2000, 'the refusal');
    client.close();
  });

  it('closes a room its presenter left, and lets the presenter reopen it', async () => {
    const key = createPresenterKey();
    const room = roomOf(key);
    const presenter = connectClient(relay.url, room, key);
    await presenter.synced;
    presenter.close();
    const student = connectClient(relay.url, room, 'student', { quick: true });
    await student.synced;
    await until(() => student.refused() !== null, 3000, 'the room to close');
    expect(student.refused()).toMatch(/ended/);
    student.close();
    const back = connectClient(relay.url, room, key);
    await back.synced;
    back.close();
  });
});

describe('live relay restart', () => {
  it('students reconnect and get the presenter’s state again within 5 s', async () => {
    const first = await startRelay({ port: 0, host: '127.0.0.1' });
    const port = first.port;
    const key = createPresenterKey();
    const room = roomOf(key);
    const presenter = connectClient(first.url, room, key);
    const student = connectClient(first.url, room, 'student');
    await Promise.all([presenter.synced, student.synced]);
    presenter.map.set(TEACH_KEY, { selected: 'soleus' });
    await until(() => student.map.get(TEACH_KEY) !== undefined, 2000, 'the first state');
    await first.close();
    const second = await startRelay({ port, host: '127.0.0.1' });
    try {
      presenter.map.set(TEACH_KEY, { selected: 'tibialis_anterior' });
      const ms = await until(() => (student.map.get(TEACH_KEY) as { selected?: string }).selected === 'tibialis_anterior', 5000, 'the state after the restart');
      expect(ms).toBeLessThan(5000);
    } finally {
      presenter.close();
      student.close();
      await second.close();
    }
  });
});
