/**
 * Room codes and presenter keys. The presenter's device draws a 256-bit random key and keeps it;
 * the room code is derived from it (the first 128 bits of SHA-256 over the key). So:
 * - the code is unguessable (≥ 96 bits, as the issue asks) and anyone may learn it (join link, QR);
 * - the relay checks a writer with no stored secret (`canPresent`), which survives a relay restart
 *   and holds across relay processes sharing rooms through Redis;
 * - knowing the code gives no way to the key.
 * Pure; lib0's SHA-256 runs the same in Node and in browsers, including on plain-http LAN pages where
 * `crypto.subtle` does not exist (it needs a secure context).
 */
import { digest } from 'lib0/hash/sha256';
import { toBase64UrlEncoded } from 'lib0/buffer';

const DOMAIN = 'anatomy-live-room:';
/** 16 bytes of hash in base64url, no padding. */
export const ROOM_CODE = /^[A-Za-z0-9_-]{22}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;

const base64url = (bytes: Uint8Array) => toBase64UrlEncoded(bytes).replace(/=+$/, '');

/** A new presenter key: 32 random bytes, base64url. */
export function createPresenterKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64url(random(new Uint8Array(32)));
}

/** The room a presenter key opens. */
export function roomOf(key: string): string {
  return base64url(digest(new TextEncoder().encode(DOMAIN + key)).slice(0, 16));
}

export function isRoomCode(value: unknown): value is string {
  return typeof value === 'string' && ROOM_CODE.test(value);
}

/** The auth rule: only the key the room code was derived from may write to the room. */
export function canPresent(room: string, token: unknown): boolean {
  return typeof token === 'string' && KEY.test(token) && isRoomCode(room) && roomOf(token) === room;
}
