import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Serializer } from '../pipeline/context.js';
import { KeyedMutex } from '../util/keyed-mutex.js';
import type { Logger } from '../util/log.js';
import type { Liveness } from './liveness.js';
import { TurnScope, turnScope } from './turn-scope.js';

/** KEYS: lock, fence counter. ARGV: holder value, lease ms, counter TTL ms. → {1, token} or {0, holder}. */
const ACQUIRE = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  local token = redis.call('INCR', KEYS[2])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
  return {1, token}
end
return {0, redis.call('GET', KEYS[1]) or ''}`;

/** KEYS: lock. ARGV: holder value, lease ms (0 = release). */
const EXTEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '0' then return redis.call('DEL', KEYS[1]) end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])`;

interface LockScripts {
  shopmateLockAcquire(lock: string, counter: string, value: string, leaseMs: number, counterTtlMs: number): Promise<[number, number | string]>;
  shopmateLockExtend(lock: string, value: string, leaseMs: number): Promise<number>;
}

/** Thrown when a conversation lock could not be had within `maxWaitMs`. */
export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
}

export interface RedisLockOptions {
  prefix: string;
  liveness: Liveness;
  /** A holder that stops renewing (it died or stalled) loses the lock after this long. */
  leaseMs?: number;
  /** Give up waiting for a lock after this long (the turn fails and the event is retried). */
  maxWaitMs?: number;
  /** Runs while the lock is still held, after the task succeeded (finishes the turn's dedupe claims). */
  beforeRelease?: (scope: TurnScope) => Promise<void>;
  log?: Logger;
}

interface Held {
  lock: string;
  value: string;
  token: number;
  counter: string;
}

/**
 * Serializes turns per conversation across replicas: a Redis lock with a lease and a fencing token.
 * Turns of one conversation within a process queue in arrival order on an in-process mutex first,
 * so only one of them polls Redis. The holder renews its lease while its turn runs; a holder whose
 * process died is detected through its liveness key and its lock broken without waiting for the
 * lease. Every acquisition increments the conversation's fence counter: writes made under the lock
 * (sessions) carry the token and are refused once a later holder exists, so a replica that stalled
 * past its lease cannot overwrite the newer turn's state.
 */
export class RedisLockSerializer implements Serializer {
  readonly #scripts: LockScripts;
  readonly #local = new KeyedMutex();
  readonly #prefix: string;
  readonly #liveness: Liveness;
  readonly #leaseMs: number;
  readonly #maxWaitMs: number;
  readonly #beforeRelease: RedisLockOptions['beforeRelease'];
  readonly #log: Logger | undefined;

  constructor(redis: Redis, options: RedisLockOptions) {
    this.#prefix = options.prefix;
    this.#liveness = options.liveness;
    this.#leaseMs = options.leaseMs ?? 15_000;
    this.#maxWaitMs = options.maxWaitMs ?? 60_000;
    this.#beforeRelease = options.beforeRelease;
    this.#log = options.log;
    redis.defineCommand('shopmateLockAcquire', { numberOfKeys: 2, lua: ACQUIRE });
    redis.defineCommand('shopmateLockExtend', { numberOfKeys: 1, lua: EXTEND });
    this.#scripts = redis as unknown as LockScripts;
  }

  /** Lock and counter share a hash tag, so the acquire script stays on one Redis Cluster slot. */
  keys(key: string): { lock: string; counter: string } {
    const tag = `{${encodeURIComponent(key)}}`;
    return { lock: `${this.#prefix}:lock:${tag}`, counter: `${this.#prefix}:fence:${tag}` };
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#local.run(key, async () => {
      const held = await this.acquire(key);
      const scope = turnScope.current() ?? new TurnScope();
      return turnScope.run(scope, () => this.#holding(held, scope, task));
    });
  }

  async #holding<T>(held: Held, scope: TurnScope, task: () => Promise<T>): Promise<T> {
    scope.fence = { token: held.token, counterKey: held.counter };
    const renew = setInterval(() => {
      this.#scripts.shopmateLockExtend(held.lock, held.value, this.#leaseMs).then(
        (ok) => { if (ok !== 1) this.#log?.warn({ lock: held.lock, fence: held.token }, 'conversation lock lost while the turn runs; its writes will be fenced out'); },
        (err: unknown) => this.#log?.warn({ err }, 'could not renew a conversation lock'),
      );
    }, Math.max(20, Math.floor(this.#leaseMs / 3)));
    try {
      const result = await task();
      await this.#beforeRelease?.(scope);
      return result;
    } finally {
      clearInterval(renew);
      scope.fence = undefined;
      await this.#scripts.shopmateLockExtend(held.lock, held.value, 0);
    }
  }

  /** Takes the lock for `key`, waiting for a live holder and breaking a dead one's. */
  async acquire(key: string): Promise<Held> {
    const { lock, counter } = this.keys(key);
    const value = `${this.#liveness.ownerId}|${randomUUID()}`;
    const deadline = Date.now() + this.#maxWaitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const [got, info] = await this.#scripts.shopmateLockAcquire(lock, counter, value, this.#leaseMs, Math.max(this.#leaseMs, 7 * 24 * 3_600_000));
      if (got === 1) return { lock, value, token: Number(info), counter };
      const holder = String(info);
      const owner = holder.split('|')[0];
      if (owner && holder && !(await this.#liveness.isAlive(owner))) {
        // The holder's process is gone: break its lock (only if it is still that holder's).
        await this.#scripts.shopmateLockExtend(lock, holder, 0);
        this.#log?.info({ lock }, 'broke the conversation lock of a replica that died');
        continue;
      }
      if (Date.now() >= deadline) throw new LockTimeoutError(`conversation lock ${key} not acquired within ${this.#maxWaitMs} ms`);
      await sleep(pause);
    }
  }
}
