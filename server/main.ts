/**
 * `npm run live`: the built app and the live-lecture relay on one port.
 *
 *   PORT=1234            the port (default 1234), on every interface so phones on the LAN reach it
 *   REDIS_URL=redis://…  share rooms with other relay processes (start several, each on its port)
 *   LIVE_IDLE_MINUTES=120  close a room this long after its presenter left
 *
 * Builds dist/ first when it is missing or older than the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { startRelay } from './relay';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SOURCES = ['src', 'data', 'models/lower-leg.glb', 'index.html', 'vite.config.ts', 'package.json', 'public'];

/** Newest modification time under `path` (ms), 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export function distIsStale(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((p) => newest(join(ROOT, p)) > built);
}

if (distIsStale()) {
  console.log('Building the app (dist/ is missing or older than the sources)…');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const port = Number(process.env.PORT ?? 1234);
const idleMinutes = Number(process.env.LIVE_IDLE_MINUTES ?? 120);
const relay = await startRelay({ port, distDir: DIST, redisUrl: process.env.REDIS_URL || undefined, idleMs: idleMinutes * 60_000 });
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal)
  .map((a) => `http://${a!.address}:${relay.port}/`);
console.log(`Live lecture relay and viewer on port ${relay.port}${process.env.REDIS_URL ? ' (rooms shared through Redis)' : ''}:`);
for (const url of [`http://localhost:${relay.port}/`, ...lan]) console.log(`  ${url}`);

const stop = async () => {
  await relay.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
