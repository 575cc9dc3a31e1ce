/** Child processes for the scale-out test and the bench: a relay (tsx) and a Redis server, each on a free port. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function freeLoopbackPort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => done(port));
    });
  });
}

/** Resolves with the first stdout line matching `pattern`; rejects when the process exits first or after `ms`. */
function waitForLine(child: ChildProcess, pattern: RegExp, ms: number, what: string): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    let buffer = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start within ${ms} ms: ${buffer.slice(-500)}`)), ms);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = buffer.match(pattern);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        done(m);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${what} exited (${code}) before it started: ${buffer.slice(-500)}`));
    });
  });
}

export interface RelayProcess {
  child: ChildProcess;
  port: number;
  url: string;
  stop: () => Promise<void>;
}

/** A relay in its own Node process (`tests/live/relayProcess.ts`). */
export async function spawnRelay(env: { PORT?: number; REDIS_URL?: string } = {}): Promise<RelayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'tests/live/relayProcess.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(env.PORT ?? 0), REDIS_URL: env.REDIS_URL ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [, port] = await waitForLine(child, /listening (\d+)/, 30_000, 'the relay');
  return { child, port: Number(port), url: `ws://127.0.0.1:${port}/live`, stop: () => stopChild(child) };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

/** Debian's redis-server on a free port, no persistence. */
export async function spawnRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freeLoopbackPort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitForLine(child, /Ready to accept connections/, 15_000, 'redis-server');
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
