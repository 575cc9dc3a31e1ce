/**
 * The relay's check of a presenter's document update, before Hocuspocus applies it: applied to a
 * copy of the room, the result may only hold the live map's known parts, each an object the
 * teaching-state schema reads, and stay under the size that bounds a room's memory. A student's
 * update never gets here (read-only connections are refused by Hocuspocus itself).
 */
import * as Y from 'yjs';
import { CAMERA_KEY, FOLLOWERS_MAP, LIVE_MAP, MAX_STATE_BYTES, TEACH_KEY, parseTeachingState } from '../src/live/schema';

const ROOTS = new Set([LIVE_MAP, FOLLOWERS_MAP]);
const KEYS = new Set([TEACH_KEY, CAMERA_KEY]);

/** null when `update` may be applied to `doc`, else why not. */
export function updateProblem(doc: Y.Doc, update: Uint8Array): string | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(copy, update);
    for (const name of copy.share.keys()) if (!ROOTS.has(name)) return `unknown part ${JSON.stringify(name.slice(0, 40))}`;
    const live = copy.getMap(LIVE_MAP);
    for (const key of live.keys()) if (!KEYS.has(key)) return `unknown key ${JSON.stringify(key.slice(0, 40))}`;
    const teach = live.get(TEACH_KEY);
    if (teach !== undefined && parseTeachingState(teach) === null) return 'the teaching state is not an object';
    const camera = live.get(CAMERA_KEY);
    if (camera !== undefined && (typeof camera !== 'object' || camera === null)) return 'the camera is not an object';
    const size = Y.encodeStateAsUpdate(copy).byteLength;
    if (size > MAX_STATE_BYTES) return `the room would hold ${size} bytes (limit ${MAX_STATE_BYTES})`;
    return null;
  } catch (e) {
    return `not a Yjs update (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    copy.destroy();
  }
}
