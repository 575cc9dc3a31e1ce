/**
 * What the app keeps on this device (localStorage), read and written safely: storage may be missing
 * or blocked (private mode, sandboxed iframe), full, or hold a value another version of the app — or
 * a person — wrote. Every read is validated with a zod schema; a value that fails is discarded and
 * reported, never trusted.
 */
import type { z } from 'zod';

export type StoredRead<T> =
  /** Nothing stored (or storage unavailable). */
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  /** Something was stored but it is not valid; it has been removed. `problem` says why, for a notice. */
  | { status: 'discarded'; problem: string };

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // e.g. SecurityError when storage is blocked
  }
}

/** Reads and validates `key`; a malformed value is removed and reported as 'discarded'. */
export function readStored<T>(key: string, schema: z.ZodType<T>, what: string): StoredRead<T> {
  const store = storage();
  if (!store) return { status: 'empty' };
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  let problem: string;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    if (parsed.success) return { status: 'ok', value: parsed.data };
    const first = parsed.error.issues[0];
    problem = first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'invalid value';
  } catch {
    problem = 'not valid JSON';
  }
  removeStored(key);
  return { status: 'discarded', problem: `Your saved ${what} on this device could not be read (${problem}) and was discarded.` };
}

/** Writes `value` as JSON; returns false when storage is unavailable or full (the app keeps working). */
export function writeStored(key: string, value: unknown): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // storage blocked: nothing to remove
  }
}
