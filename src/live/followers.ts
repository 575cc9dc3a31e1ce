/**
 * The presenter's follower count. Each relay process writes how many students follow on it into the
 * room's `followers` map (`{ [process]: { n, at } }`, refreshed every few seconds), so the count
 * holds when rooms span processes through Redis. An entry that stopped being refreshed (its process
 * died, or the room was restored from a presenter after a relay restart) is left out. Pure.
 */
export interface FollowerEntry {
  n: number;
  /** The relay's clock, ms. */
  at: number;
}

/** Relays refresh their entry this often (server/followers.ts). */
export const FOLLOWER_REFRESH_MS = 5_000;
/** Entries this much older than the newest are from relays that are gone. */
export const FOLLOWER_STALE_MS = 3 * FOLLOWER_REFRESH_MS;

export function countFollowers(entries: Record<string, unknown>): number {
  const valid = Object.values(entries).filter(
    (e): e is FollowerEntry =>
      typeof e === 'object' && e !== null && Number.isInteger((e as FollowerEntry).n) && (e as FollowerEntry).n >= 0 && Number.isFinite((e as FollowerEntry).at),
  );
  if (valid.length === 0) return 0;
  const newest = Math.max(...valid.map((e) => e.at));
  return valid.filter((e) => newest - e.at <= FOLLOWER_STALE_MS).reduce((sum, e) => sum + e.n, 0);
}
