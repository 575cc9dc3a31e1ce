/**
 * The live-lecture relay: a Hocuspocus server (Yjs documents, one per room) that also serves the
 * built app, so students open one LAN address for both. With `redisUrl`, Hocuspocus's Redis
 * extension lets several relay processes share rooms.
 *
 * The rules it keeps (issue 21):
 * - only the presenter key a room code was derived from may write (`canPresent`, onAuthenticate);
 *   everyone else is read-only, and Hocuspocus refuses their document updates;
 * - a presenter's update is checked before it is applied (validateUpdate.ts: known parts only, each
 *   readable, the room under MAX_STATE_BYTES), and every connection is rate-limited;
 * - messages over `maxMessageBytes` close the socket (ws's maxPayload);
 * - a room without its presenter for `idleMs` is closed and refuses students until the presenter
 *   comes back; a process holds at most `maxRooms` rooms of at most `maxPerRoom` connections.
 */
import { randomUUID } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import type { Connection, Document, Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import * as decoding from 'lib0/decoding';
import { canPresent, isRoomCode } from '../src/live/roomKey';
import { FOLLOWERS_MAP, ROOM_ENDED, studentReportSchema } from '../src/live/schema';
import { FOLLOWER_REFRESH_MS } from '../src/live/followers';
import { serveStatic } from './static';
import { takeToken } from './rateLimit';
import type { Bucket } from './rateLimit';
import { updateProblem } from './validateUpdate';

export interface RelayOptions {
  /** 0 picks a free port. Default 1234. */
  port?: number;
  /** Default 0.0.0.0 (reachable on the LAN). */
  host?: string;
  /** The built app to serve; null serves nothing but the relay. */
  distDir?: string | null;
  /** Share rooms with other relay processes through this Redis (e.g. redis://127.0.0.1:6379). */
  redisUrl?: string;
  /** Close a room this long after its presenter left. Default 2 h. */
  idleMs?: number;
  /** Default 64 KiB. */
  maxMessageBytes?: number;
  /** Messages a second per connection (bursts of twice that). Default 60: the presenter's camera (10/s) and state changes. */
  messagesPerSecond?: number;
  maxRooms?: number;
  maxPerRoom?: number;
}

interface LiveContext {
  role: 'presenter' | 'student';
  following: boolean;
  bucket: Bucket;
}

export interface Relay {
  port: number;
  /** ws://host:port/live */
  url: string;
  server: Server<LiveContext>;
  close: () => Promise<void>;
}

// Hocuspocus's message types (its MessageType enum) and the Yjs sync step that carries an update.
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_1 = 0;

/** The type of a Hocuspocus message and, for a sync message carrying an update, that update. */
function readMessage(raw: Uint8Array): { type: number; update: Uint8Array | null } {
  const decoder = decoding.createDecoder(raw);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return { type, update: null };
  const step = decoding.readVarUint(decoder);
  return { type, update: step === SYNC_STEP_1 ? null : decoding.readVarUint8Array(decoder) };
}

const refuse = (reason: string) => Object.assign(new Error(reason), { reason });

export async function startRelay(options: RelayOptions = {}): Promise<Relay> {
  const {
    port = 1234,
    host = '0.0.0.0',
    distDir = null,
    redisUrl,
    idleMs = 2 * 60 * 60 * 1000,
    maxMessageBytes = 64 * 1024,
    messagesPerSecond = 60,
    maxRooms = 500,
    maxPerRoom = 2000,
  } = options;
  const processId = randomUUID().slice(0, 8);
  const presenterSeen = new Map<string, number>();
  const closedRooms = new Map<string, number>();
  const followerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const lastFollowers = new Map<string, { n: number; at: number }>();

  const connectionsOf = (document: Document): Connection<LiveContext>[] => document.getConnections() as Connection<LiveContext>[];

  /** Write this process's follower count into the room (throttled: joins come in bursts). */
  const writeFollowers = (document: Document, force = false) => {
    const n = connectionsOf(document).filter((c) => c.context?.role === 'student' && c.context.following).length;
    const last = lastFollowers.get(document.name);
    const now = Date.now();
    if (!force && last && last.n === n && now - last.at < FOLLOWER_REFRESH_MS) return;
    lastFollowers.set(document.name, { n, at: now });
    document.getMap(FOLLOWERS_MAP).set(processId, { n, at: now });
  };
  const scheduleFollowers = (document: Document) => {
    if (followerTimers.has(document.name)) return;
    followerTimers.set(
      document.name,
      setTimeout(() => {
        followerTimers.delete(document.name);
        writeFollowers(document, true);
      }, 300),
    );
  };

  const rules: Extension = {
    async onAuthenticate({ documentName, token, connectionConfig, instance }) {
      if (!isRoomCode(documentName)) throw refuse('Not a room code.');
      const presenter = canPresent(documentName, token);
      if (!presenter && closedRooms.has(documentName)) throw refuse(ROOM_ENDED);
      const room = instance.documents.get(documentName);
      if (!room && instance.documents.size >= maxRooms) throw refuse('The relay is full; try again later.');
      if (room && room.getConnectionsCount() >= maxPerRoom) throw refuse('This live lecture is full.');
      if (presenter) {
        closedRooms.delete(documentName);
        presenterSeen.set(documentName, Date.now());
      } else connectionConfig.readOnly = true;
      const context: LiveContext = { role: presenter ? 'presenter' : 'student', following: !presenter, bucket: { tokens: messagesPerSecond * 2, at: Date.now() } };
      return context;
    },
    async beforeHandleMessage({ connection, update, document }) {
      const context = connection.context as LiveContext;
      if (!takeToken(context.bucket, Date.now(), messagesPerSecond, messagesPerSecond * 2)) throw refuse('Too many messages.');
      if (context.role !== 'presenter') return;
      presenterSeen.set(document.name, Date.now());
      const message = readMessage(update);
      if (!message.update) return;
      const problem = updateProblem(document, message.update);
      if (problem) throw refuse(`Update refused: ${problem}.`);
    },
    async connected({ documentName, instance }) {
      const document = instance.documents.get(documentName);
      if (document) scheduleFollowers(document);
    },
    async onStateless({ connection, payload, document }) {
      const context = connection.context as LiveContext;
      if (context.role !== 'student' || payload.length > 200) return;
      let report: unknown;
      try {
        report = JSON.parse(payload);
      } catch {
        return;
      }
      const parsed = studentReportSchema.safeParse(report);
      if (!parsed.success || context.following === parsed.data.following) return;
      context.following = parsed.data.following;
      scheduleFollowers(document);
    },
    async onDisconnect({ document }) {
      if (document && document.getConnectionsCount() > 0) scheduleFollowers(document);
    },
    async afterUnloadDocument({ documentName }) {
      lastFollowers.delete(documentName);
      const timer = followerTimers.get(documentName);
      if (timer) clearTimeout(timer);
      followerTimers.delete(documentName);
    },
    async onRequest({ request, response }) {
      if (distDir && serveStatic(distDir, request, response)) throw null;
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end(distDir ? 'Not found' : 'Live-lecture relay');
      throw null;
    },
  };

  const extensions: Extension[] = [rules];
  if (redisUrl) extensions.push(new Redis({ createClient: () => new IORedis(redisUrl), identifier: `relay-${processId}` }));

  const server = new Server<LiveContext>({
    port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    // Rooms live in memory only (and in Redis when shared): a restarted relay gets the state back
    // from the presenter's next sync.
    debounce: 0,
    websocketOptions: { maxPayload: maxMessageBytes },
    extensions,
  });

  // Follower counts refresh, idle rooms close, forgotten rooms are pruned.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const document of server.hocuspocus.documents.values()) {
      const connections = connectionsOf(document);
      if (connections.some((c) => c.context?.role === 'presenter')) presenterSeen.set(document.name, now);
      else if (now - (presenterSeen.get(document.name) ?? now) > idleMs) {
        closedRooms.set(document.name, now);
        presenterSeen.delete(document.name);
        for (const c of connections) c.close({ code: 4404, reason: ROOM_ENDED });
        continue;
      } else if (!presenterSeen.has(document.name)) presenterSeen.set(document.name, now);
      writeFollowers(document);
    }
    for (const [room, at] of closedRooms) if (now - at > 24 * 60 * 60 * 1000 || closedRooms.size > 10_000) closedRooms.delete(room);
    for (const room of presenterSeen.keys()) if (!server.hocuspocus.documents.has(room)) presenterSeen.delete(room);
  }, Math.min(FOLLOWER_REFRESH_MS, Math.max(50, idleMs / 4)));

  // Closing ends every socket at once, as a crash or a restart would: clients see the drop and
  // reconnect (Hocuspocus's own shutdown leaves them waiting for a reply timeout).
  const sockets = new Set<import('node:net').Socket>();
  server.httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await server.listen(port);
  const actual = server.address.port;
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    port: actual,
    url: `ws://${shownHost}:${actual}/live`,
    server,
    close: async () => {
      clearInterval(sweep);
      for (const t of followerTimers.values()) clearTimeout(t);
      for (const socket of sockets) socket.destroy();
      await server.destroy();
    },
  };
}
