/**
 * One relay process for the scale-out test and the load bench: `tsx tests/live/relayProcess.ts`
 * with PORT (0 = any), REDIS_URL optional. Prints `listening <port>` once it accepts connections,
 * then every second `usage <cpu µs> <rss bytes>` for the bench.
 */
import { startRelay } from '../../server/relay';

const relay = await startRelay({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1', redisUrl: process.env.REDIS_URL || undefined });
console.log(`listening ${relay.port}`);
setInterval(() => {
  const cpu = process.cpuUsage();
  console.log(`usage ${cpu.user + cpu.system} ${process.memoryUsage().rss}`);
}, 1000).unref();
const stop = () => void relay.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
