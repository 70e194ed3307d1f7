import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';

/** Redis runs on every machine here; tests use a key prefix of their own and delete it afterwards. */
export const REDIS_URL = process.env.SHOPMATE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniquePrefix(name: string): string {
  return `test-${name}-${randomUUID().slice(0, 8)}`;
}

export function connect(options: { maxRetriesPerRequest?: number | null } = {}): Redis {
  return new Redis(REDIS_URL, { maxRetriesPerRequest: options.maxRetriesPerRequest === undefined ? 3 : options.maxRetriesPerRequest });
}

async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

/**
 * Lets `ms` pass for the keys under `prefix` as Redis sees it: every TTL shrinks by `ms`, and keys
 * whose TTL runs out are deleted, as the server would. Expiry is tested without waiting.
 */
export async function advanceTtls(redis: Redis, prefix: string, ms: number): Promise<void> {
  for (const key of await keysUnder(redis, prefix)) {
    const ttl = await redis.pttl(key);
    if (ttl < 0) continue;
    if (ttl <= ms) await redis.del(key);
    else await redis.pexpire(key, ttl - ms);
  }
}

export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
}

/**
 * One Redis connection for a test file, and fresh key prefixes that are all deleted (and the
 * connection closed) when the file's tests are done.
 */
export function redisScope(): { redis: Redis; prefix: (name: string) => string } {
  const redis = connect();
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const p of prefixes) await dropPrefix(redis, p);
    await redis.quit();
  });
  return {
    redis,
    prefix: (name) => {
      const p = uniquePrefix(name);
      prefixes.push(p);
      return p;
    },
  };
}
