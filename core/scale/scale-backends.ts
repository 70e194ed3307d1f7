import { Redis } from 'ioredis';
import { BullmqQueue } from '../queue/bullmq.js';
import type { Store } from '../store/ports.js';
import { withRedisState } from '../store/redis/index.js';
import { asHealth, type Backends, type BackendsOptions } from './backend-types.js';
import type { ScaleEnv } from './config.js';
import { InboundJournal } from './inbound.js';
import { Liveness } from './liveness.js';
import { RedisLockSerializer } from './redis-lock.js';
import { SendLedger } from './send-ledger.js';

/**
 * Scale mode: sessions, dedupe, conversation locks (lease + fencing) and jobs in Redis, shared by
 * every replica; inbound turns journaled so a worker can take over a dead web replica's; sends
 * recorded in a ledger so a taken-over turn does not repeat them.
 */
export async function scaleBackends(
  options: BackendsOptions, env: ScaleEnv & { REDIS_URL: string }, records: Store, mongo: Store | undefined,
): Promise<Backends> {
  const { log } = options;
  const prefix = env.SHOPMATE_REDIS_PREFIX;
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3, connectionName: `shopmate-${options.role}` });
  redis.on('error', (err) => log.error({ err }, 'redis error'));
  const liveness = new Liveness(redis, { prefix, ttlMs: env.SHOPMATE_LIVENESS_MS, log });
  try {
    await liveness.start();
  } catch (err) {
    // Redis is unreachable: do not start half a replica.
    redis.disconnect();
    if (!options.store) await records.close();
    throw new Error(`cannot reach Redis at REDIS_URL: ${(err as Error).message}`, { cause: err });
  }
  const state = withRedisState(records, { redis, prefix, liveness });
  const store = options.store ?? state;
  const serializer = options.serializer ?? new RedisLockSerializer(redis, {
    prefix, liveness, leaseMs: env.SHOPMATE_LOCK_LEASE_MS, log,
    beforeRelease: (scope) => state.dedupe.finish(scope, true),
  });
  const bullConnection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, connectionName: `shopmate-${options.role}-jobs` });
  bullConnection.on('error', (err) => log.error({ err }, 'redis error (jobs)'));
  const queue = new BullmqQueue({ connection: bullConnection, prefix, name: 'jobs', ownsConnection: true, log });
  const journal = new InboundJournal({ queue, dedupe: state.dedupe, takeoverMs: env.SHOPMATE_TAKEOVER_MS, log });
  return {
    role: options.role,
    mode: mongo ? 'mongo+redis' : 'redis',
    store,
    serializer,
    queue,
    governor: (inner) => new SendLedger(inner, redis, { prefix }),
    sink: (run) => journal.sink(run),
    async work(run) {
      journal.work(run);
      await queue.work({ concurrency: env.SHOPMATE_WORKER_CONCURRENCY });
    },
    async health() {
      const [r, m, q] = await Promise.all([
        asHealth(redis.ping().then((p) => ({ ok: p === 'PONG', detail: `${redis.status}` }))),
        mongo ? asHealth(mongo.health()) : undefined,
        asHealth(queue.health()),
      ]);
      return { ok: r.ok && (m?.ok ?? true) && q.ok, role: options.role, redis: r, ...(m ? { mongo: m } : {}), queue: q };
    },
    async close() {
      await queue.close();
      await liveness.stop();
      await store.close(); // the Redis state closes the records store it wraps
      await redis.quit();
    },
  };
}
