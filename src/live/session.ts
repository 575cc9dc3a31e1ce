/**
 * A live lecture session in the browser: the presenter publishes the teaching state and camera into
 * the room's Yjs document; students follow it. Loaded on demand (see src/embed/live.ts), with Yjs and
 * the Hocuspocus provider, so none of it is in the JavaScript before the first model frame.
 *
 * The relay is the origin the page came from (`npm run live` serves both), so a page installed
 * offline talks to nothing else, and the page's CSP (`connect-src 'self'`) holds.
 */
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { useViewer } from '../state/store';
import { NO_LIVE } from '../state/liveSlice';
import { cameraFollow } from '../scene/cameraFollow';
import type { CameraPose } from '../scene/cameraFlight';
import { CAMERA_KEY, FOLLOWERS_MAP, LIVE_MAP, ROOM_ENDED, TEACH_KEY, parseCameraState, parseTeachingState } from './schema';
import type { CameraState, TeachingState } from './schema';
import { createPresenterKey, isRoomCode, roomOf } from './roomKey';
import { applyTeachingState, samePublished, teachingStateOf } from './teachingState';
import { countFollowers } from './followers';
import { RECONNECT } from './reconnect';

/** Camera updates a second, at most (the issue: ≤ 10/s; students interpolate between them). */
export const CAMERA_RATE_HZ = 10;
/** The presenter key stays in this tab (a reload keeps the room); it never leaves the device. */
const KEY_STORAGE = 'anatomy-viewer:live-presenter-key';

interface Session {
  role: 'presenter' | 'student';
  room: string;
  provider: Provider;
  stop: () => void;
}

let session: Session | null = null;

/** The relay: this page's own origin, path /live. */
export function relayUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/live`;
}

export function joinUrlOf(room: string, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}?live=${room}`;
}

const roundPose = (p: CameraPose): CameraState => ({
  position: p.position.map((v) => Math.round(v * 1e4) / 1e4) as CameraState['position'],
  target: p.target.map((v) => Math.round(v * 1e4) / 1e4) as CameraState['target'],
});

type Provider = HocuspocusProvider & { close: () => void };

function connect(room: string, token: string, onSynced: () => void): { doc: Y.Doc; provider: Provider } {
  const doc = new Y.Doc();
  const status = useViewer.getState().setLiveStatus;
  const socket = new HocuspocusProviderWebsocket({
    url: relayUrl(),
    ...RECONNECT,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    // Nobody needs to see anybody's cursor: awareness off saves the relay an N² broadcast.
    awareness: null,
    onSynced: () => {
      status({ connected: true });
      onSynced();
    },
    onStatus: ({ status: s }) => {
      if (s !== 'connected') status({ connected: false });
    },
    onClose: ({ event }) => {
      if (event.reason !== ROOM_ENDED) return;
      status({ connected: false, ended: ROOM_ENDED });
      queueMicrotask(() => stopLive());
    },
    onAuthenticationFailed: ({ reason }) => {
      status({ connected: false, ended: reason || 'The relay refused this room.' });
      stopLive();
    },
  });
  provider.attach();
  return { doc, provider: Object.assign(provider, { close: () => (provider.destroy(), socket.destroy()) }) };
}

/** Make this page the presenter: a room from a new (or this tab's) key, published from now on. */
export async function startPresenting(): Promise<{ room: string; joinUrl: string }> {
  if (session?.role === 'presenter') return { room: session.room, joinUrl: joinUrlOf(session.room) };
  stopLive();
  let key = sessionStorage.getItem(KEY_STORAGE);
  if (!key || key.length !== 43) {
    key = createPresenterKey();
    sessionStorage.setItem(KEY_STORAGE, key);
  }
  const room = roomOf(key);
  const joinUrl = joinUrlOf(room);
  useViewer.getState().setLiveStatus({ ...NO_LIVE, role: 'presenter', room, joinUrl });

  let synced!: () => void;
  const ready = new Promise<void>((done) => (synced = done));
  const { doc, provider } = connect(room, key, () => synced());
  const map = doc.getMap(LIVE_MAP);
  let last: TeachingState | null = null;
  let lastCamera = '';
  let queued = false;

  // A burst of store changes (a tour step sets several things) becomes one update.
  const publish = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const next = teachingStateOf(useViewer.getState());
      if (last && samePublished(last, next)) return;
      last = next;
      map.set(TEACH_KEY, next);
    });
  };
  const publishCamera = () => {
    const pose = cameraFollow.read();
    if (!pose) return;
    const camera = roundPose(pose);
    const text = JSON.stringify(camera);
    if (text === lastCamera) return;
    lastCamera = text;
    map.set(CAMERA_KEY, camera);
  };
  publish();
  publishCamera();
  const unsubscribe = useViewer.subscribe(publish);
  const timer = window.setInterval(publishCamera, 1000 / CAMERA_RATE_HZ);
  const followers = doc.getMap(FOLLOWERS_MAP);
  const count = () => useViewer.getState().setLiveStatus({ followers: countFollowers(followers.toJSON()) });
  followers.observe(count);

  session = {
    role: 'presenter',
    room,
    provider,
    stop: () => {
      unsubscribe();
      window.clearInterval(timer);
      followers.unobserve(count);
      provider.close();
      doc.destroy();
    },
  };
  await ready;
  return { room, joinUrl };
}

/** Join a room as a student: read-only, following from the start. False for a malformed code. */
export function joinRoom(room: string): boolean {
  if (!isRoomCode(room)) return false;
  if (session?.room === room) return true;
  stopLive();
  useViewer.getState().setLiveStatus({ ...NO_LIVE, role: 'student', room, following: true });
  let teach: TeachingState | null = null;
  let camera: CameraState | null = null;

  const report = () => provider.sendStateless(JSON.stringify({ following: useViewer.getState().live.following }));
  const { doc, provider } = connect(room, 'student', () => {
    // The relay forgets who follows when it restarts: say it again on every (re)connection.
    report();
    read();
  });
  const map = doc.getMap(LIVE_MAP);
  const apply = () => {
    if (!useViewer.getState().live.following) return;
    if (teach) applyTeachingState(useViewer.getState, useViewer.setState, teach);
    if (camera) cameraFollow.setGoal(camera);
  };
  const read = () => {
    teach = parseTeachingState(map.get(TEACH_KEY)) ?? teach;
    camera = parseCameraState(map.get(CAMERA_KEY)) ?? camera;
    apply();
  };
  map.observe(read);
  // Orbiting by hand means exploring on one's own.
  const offGesture = cameraFollow.onUserGesture(() => setFollowing(false));

  const setFollowing = (on: boolean) => {
    if (useViewer.getState().live.following === on) return;
    useViewer.getState().setLiveStatus({ following: on });
    if (!on) cameraFollow.setGoal(null);
    else apply();
    if (provider.isSynced) report();
  };
  session = {
    role: 'student',
    room,
    provider,
    stop: () => {
      map.unobserve(read);
      offGesture();
      cameraFollow.setGoal(null);
      provider.close();
      doc.destroy();
    },
  };
  followHandler = setFollowing;
  return true;
}

let followHandler: ((on: boolean) => void) | null = null;

/** A student's "Explore on my own" (false) and "Follow again" (true). Nothing for a presenter. */
export function follow(on: boolean): void {
  if (session?.role === 'student') followHandler?.(on === true);
}

/** Leave the room (the presenter's "End live" forgets the key: the next start opens a new room). */
export function stopLive(forgetKey = false): void {
  const ended = useViewer.getState().live.ended;
  session?.stop();
  session = null;
  followHandler = null;
  if (forgetKey) sessionStorage.removeItem(KEY_STORAGE);
  useViewer.getState().setLiveStatus({ ...NO_LIVE, ended });
}
