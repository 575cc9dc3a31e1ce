/**
 * A live-lecture client in Node (the relay's tests, the Redis scale-out test and the load bench):
 * the same Hocuspocus provider as the browser, over the `ws` package (Node 20 has no WebSocket).
 */
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { LIVE_MAP, ROOM_ENDED } from '../../src/live/schema';
import { RECONNECT } from '../../src/live/reconnect';

export interface NodeClient {
  doc: Y.Doc;
  map: Y.Map<unknown>;
  provider: HocuspocusProvider;
  /** Resolves on the first sync. */
  synced: Promise<void>;
  /** Why the relay refused this client, once it has. */
  refused: () => string | null;
  close: () => void;
}

export function connectClient(url: string, room: string, token: string, options: { quick?: boolean } = {}): NodeClient {
  const doc = new Y.Doc();
  let refusal: string | null = null;
  let synced!: () => void;
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // As the browser client: come back fast after a relay restart (unless told not to).
    ...RECONNECT,
    maxDelay: options.quick === false ? 30_000 : RECONNECT.maxDelay,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    awareness: null,
    onSynced: () => synced(),
    onClose: ({ event }) => {
      if (event.reason === ROOM_ENDED) refusal = ROOM_ENDED;
    },
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason || 'refused';
    },
  });
  provider.attach();
  return {
    doc,
    map: doc.getMap(LIVE_MAP),
    provider,
    synced: new Promise((done) => (synced = done)),
    refused: () => refusal,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `check()` is true, polling every 10 ms; rejects after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return Date.now() - start;
}
