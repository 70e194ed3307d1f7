import type { Redis } from 'ioredis';
import type { Store } from '../ports.js';
import type { Liveness } from '../../scale/liveness.js';
import { RedisDedupe } from './dedupe.js';
import { RedisSessions } from './sessions.js';

export { RedisDedupe } from './dedupe.js';
export { RedisSessions, FencedOutError } from './sessions.js';

export interface RedisStateOptions {
  redis: Redis;
  /** Prefix of every key (one per deployment; tests use one per test). */
  prefix: string;
  /** Enables two-phase dedupe claims inside turn scopes (see RedisDedupe). */
  liveness?: Liveness;
  /** How long a redelivery waits on a live claimant. */
  claimWaitMs?: number;
  /** Close the client with the store. */
  ownsClient?: boolean;
}

/** A store whose sessions and dedupe keys live in Redis, the rest in `base`. */
export interface RedisStateStore extends Store {
  readonly sessions: RedisSessions;
  readonly dedupe: RedisDedupe;
  readonly base: Store;
}

/**
 * Puts the hot, short-lived state every replica must share (sessions with TTL, dedupe keys) in
 * Redis, and keeps the records (profiles, conversations, transcripts, references) in `base`:
 * MongoDB in scale mode, or the SQLite file when replicas share one host.
 */
export function withRedisState(base: Store, options: RedisStateOptions): RedisStateStore {
  const { redis, prefix } = options;
  return {
    kind: `${base.kind}+redis`,
    base,
    profiles: base.profiles,
    conversations: base.conversations,
    references: base.references,
    sessions: new RedisSessions({ redis, prefix }),
    dedupe: new RedisDedupe({
      redis, prefix,
      ...(options.liveness ? { liveness: options.liveness } : {}),
      ...(options.claimWaitMs !== undefined ? { waitMs: options.claimWaitMs } : {}),
    }),
    async health() {
      const [records, pong] = await Promise.all([
        base.health(),
        redis.ping().then((p) => p === 'PONG', () => false),
      ]);
      const ok = records.ok && pong;
      return { ok, detail: `${base.kind}: ${records.ok ? 'ok' : (records.detail ?? 'down')}; redis: ${pong ? 'ok' : redis.status}` };
    },
    async close() {
      await base.close();
      if (options.ownsClient) await redis.quit();
    },
  };
}
