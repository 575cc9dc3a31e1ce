/**
 * `anatomyViewer.live` and the `?live=<room>` link. Tiny on purpose: the session (Yjs, the relay
 * connection) is a chunk loaded when a lecturer goes live or a student's link is opened, after the
 * model's first frame, so nothing here delays it.
 */
import { useViewer } from '../state/store';
import type { LiveApi, LiveStatusInfo } from './types';

type LiveModule = typeof import('../live/session');
let loading: Promise<LiveModule> | null = null;

/** The live session's chunk (once). zod's CSP-safe mode (csp.ts) is set before its schemas parse. */
export function loadLive(): Promise<LiveModule> {
  loading ??= import('./csp').then(() => import('../live/session'));
  return loading;
}

/** Resolves once the model's first frame is out (or the 3D view failed): live work waits for it. */
function afterFirstFrame(): Promise<void> {
  return new Promise((done) => {
    const reached = () => useViewer.getState().ready || useViewer.getState().error !== null;
    if (reached()) return done();
    const unsubscribe = useViewer.subscribe(() => {
      if (!reached()) return;
      unsubscribe();
      done();
    });
  });
}

export function createLiveApi(): LiveApi {
  return {
    start: () => loadLive().then((m) => m.startPresenting()),
    status(): LiveStatusInfo {
      const { role, connected, following, followers } = useViewer.getState().live;
      return { role, connected, following: role === 'student' && following, followers };
    },
    follow(on) {
      void loadLive().then((m) => m.follow(on === true));
    },
  };
}

/** A page opened with `?live=<room>` joins that room as a student once the model is drawn. */
export function joinLiveFromUrl(search = window.location.search): void {
  const room = new URLSearchParams(search).get('live');
  if (!room) return;
  void afterFirstFrame()
    .then(loadLive)
    .then((m) => {
      if (!m.joinRoom(room)) useViewer.getState().showNotice('The live lecture link is incomplete: ask for the join link or QR code again.');
    });
}
