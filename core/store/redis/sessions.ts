import type { Redis } from 'ioredis';
import type { SessionRepo } from '../ports.js';
import { turnScope } from '../../scale/turn-scope.js';
import { stateScripts } from './scripts.js';

/** Thrown when a turn that lost its conversation lock (its replica stalled past the lease) tries to write. */
export class FencedOutError extends Error {
  override name = 'FencedOutError';
}

export interface RedisSessionsOptions {
  redis: Redis;
  prefix: string;
}

/**
 * Sessions in Redis with TTL (`SET PX`). Inside a turn holding a conversation lock the write is
 * fenced: it succeeds only while the lock's counter still equals this turn's token, and it marks
 * the turn's dedupe claims done in the same script, so "session saved" and "event answered" are
 * one atomic step.
 */
export class RedisSessions implements SessionRepo {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(options: RedisSessionsOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix;
  }

  key(key: string): string {
    return `${this.#prefix}:sess:${key}`;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.#redis.get(this.key(key));
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    const json = JSON.stringify(value);
    const scope = turnScope.current();
    if (!scope?.fence && !scope?.claims.length) {
      await this.#redis.set(this.key(key), json, 'PX', ttlMs);
      return;
    }
    const claims = scope.claims;
    const keys = [this.key(key), scope.fence?.counterKey ?? this.key(key), ...claims.map((c) => c.key)];
    const args = [scope.fence ? String(scope.fence.token) : '', json, ttlMs, ...claims.map((c) => c.value)];
    const ok = await stateScripts(this.#redis).shopmateSessionCommit(keys.length, ...keys, ...args);
    if (ok !== 1) throw new FencedOutError(`session ${key}: the conversation lock was taken over (fence ${scope.fence?.token})`);
    scope.claims.length = 0;
  }

  async delete(key: string): Promise<void> {
    await this.#redis.del(this.key(key));
  }
}
