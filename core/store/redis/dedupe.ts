import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { DedupeRepo } from '../ports.js';
import { turnScope, type TurnScope } from '../../scale/turn-scope.js';
import type { Liveness } from '../../scale/liveness.js';
import { stateScripts } from './scripts.js';

export interface RedisDedupeOptions {
  redis: Redis;
  prefix: string;
  /** Tells a busy claimant from a dead one. Without it every claim is final at once (plain `SET NX`). */
  liveness?: Liveness;
  /** How long a redelivery waits for a live claimant to finish before it counts as a duplicate. */
  waitMs?: number;
}

/** A claim's value: `d` done; `r` released by a failed turn; `p|<owner>|<nonce>` in progress. */
const DONE = 'd';
const RELEASED = 'r';

/**
 * Dedupe keys in Redis, shared by every replica.
 *
 * Outside a turn scope a claim is one `SET key d NX PX ttl`. Inside one (scale mode: the inbound
 * journal opened it) the claim is two-phase: `SET NX` of an in-progress value naming this process,
 * marked done only once the turn's effects are durable (with the session write, or before the
 * conversation lock is released). A redelivery that finds an in-progress claim waits while its
 * owner lives, and takes the event over when the owner died, so a message accepted by a replica
 * that crashed mid-turn is still answered.
 */
export class RedisDedupe implements DedupeRepo {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #liveness: Liveness | undefined;
  readonly #waitMs: number;

  constructor(options: RedisDedupeOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix;
    this.#liveness = options.liveness;
    this.#waitMs = options.waitMs ?? 20_000;
  }

  key(key: string): string {
    return `${this.#prefix}:dedupe:${key}`;
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const k = this.key(key);
    const scope = turnScope.current();
    if (!scope || !this.#liveness) return (await this.#redis.set(k, DONE, 'PX', ttlMs, 'NX')) === 'OK';
    const mine = `p|${this.#liveness.ownerId}|${randomUUID()}`;
    const deadline = Date.now() + this.#waitMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
      if ((await this.#redis.set(k, mine, 'PX', ttlMs, 'NX')) === 'OK') return this.#took(scope, k, mine, false);
      const seen = await this.#redis.get(k);
      if (seen === null) continue; // expired between the two calls
      if (seen === DONE) return false;
      const owner = seen === RELEASED ? undefined : seen.split('|')[1];
      if (owner === undefined || !(await this.#liveness.isAlive(owner))) {
        if ((await stateScripts(this.#redis).shopmateCas(k, seen, mine)) === 1) return this.#took(scope, k, mine, true);
        continue;
      }
      if (Date.now() >= deadline) return false; // the owner lives and will answer
      await sleep(pause);
    }
  }

  #took(scope: TurnScope, key: string, value: string, takeover: boolean): true {
    scope.claims.push({ key, value });
    if (takeover) scope.takeover = true;
    return true;
  }

  /** Ends the scope's claims: done when the turn completed, released (for a takeover) when it failed. */
  async finish(scope: TurnScope, ok: boolean): Promise<void> {
    const scripts = stateScripts(this.#redis);
    for (const claim of scope.claims.splice(0)) await scripts.shopmateCas(claim.key, claim.value, ok ? DONE : RELEASED);
  }
}
