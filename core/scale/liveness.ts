import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../util/log.js';

export interface LivenessOptions {
  /** Key prefix shared by the replicas of one deployment. */
  prefix: string;
  /** A replica not heard from for this long is dead: its claims and locks may be taken over. */
  ttlMs?: number;
  log?: Logger;
}

/**
 * One key per live process, refreshed a few times per TTL. Claims and locks name their owner, so a
 * replica that finds one held can tell a busy owner (wait) from a dead one (take over) within
 * `ttlMs`, instead of waiting for a long lease to run out.
 */
export class Liveness {
  readonly ownerId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  readonly ttlMs: number;
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #log: Logger | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(redis: Redis, options: LivenessOptions) {
    this.#redis = redis;
    this.#prefix = options.prefix;
    this.ttlMs = options.ttlMs ?? 5_000;
    this.#log = options.log;
  }

  #key(owner: string): string {
    return `${this.#prefix}:live:${owner}`;
  }

  /** Announces this process and keeps announcing it until `stop()`. */
  async start(): Promise<void> {
    if (this.#timer) return;
    await this.#beat();
    this.#timer = setInterval(() => {
      this.#beat().catch((err: unknown) => this.#log?.warn({ err }, 'liveness heartbeat failed'));
    }, Math.max(50, Math.floor(this.ttlMs / 3)));
    this.#timer.unref();
  }

  #beat(): Promise<unknown> {
    return this.#redis.set(this.#key(this.ownerId), '1', 'PX', this.ttlMs);
  }

  async isAlive(owner: string): Promise<boolean> {
    if (owner === this.ownerId) return this.#timer !== undefined;
    return (await this.#redis.exists(this.#key(owner))) === 1;
  }

  /** A clean shutdown: others may take over this process's claims at once. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#redis.del(this.#key(this.ownerId));
  }
}
