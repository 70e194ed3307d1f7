import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { BucketStore, BucketWindow, ReserveRequest } from './buckets.js';

/**
 * KEYS: n window sets (sorted sets of reserved instants), then pause keys.
 * ARGV: n, now, id, then max and span of each window.
 * Same steps as `earliestFit` in memory-buckets.ts, run atomically so replicas share the buckets.
 */
const RESERVE = `
local n = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local id = ARGV[3]
local at = now
for j = n + 1, #KEYS do
  local until_ = tonumber(redis.call('GET', KEYS[j]) or '0')
  if until_ > at then at = until_ end
end
local maxes, spans = {}, {}
for i = 1, n do
  maxes[i] = tonumber(ARGV[2 + 2 * i])
  spans[i] = tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - spans[i])
end
local function fit(i, t)
  while true do
    local lo = '(' .. (t - spans[i])
    local count = redis.call('ZCOUNT', KEYS[i], lo, '(' .. (t + spans[i]))
    if count < maxes[i] then return t end
    local e = redis.call('ZRANGEBYSCORE', KEYS[i], lo, '+inf', 'WITHSCORES', 'LIMIT', count - maxes[i], 1)
    t = tonumber(e[2]) + spans[i]
  end
end
local moved = true
while moved do
  moved = false
  for i = 1, n do
    local t = fit(i, at)
    if t > at then at = t; moved = true end
  end
end
for i = 1, n do
  redis.call('ZADD', KEYS[i], at, id)
  local ttl = at - now + spans[i]
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return at
`;

/** KEYS: pause keys. ARGV: until, now. A pause only ever grows. */
const PAUSE = `
local until_ = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') < until_ then redis.call('SET', key, until_, 'PX', until_ - now) end
end
return 0
`;

interface Script {
  lua: string;
  sha: string;
}
const script = (lua: string): Script => ({ lua, sha: createHash('sha1').update(lua).digest('hex') });
const RESERVE_SCRIPT = script(RESERVE);
const PAUSE_SCRIPT = script(PAUSE);

export interface RedisBucketStoreOptions {
  redis: Redis;
  /** Prepended to every key (default `shopmate:rate:`); tests use a unique one. */
  prefix?: string;
  /** Close the client on `close()` (when the store created it). */
  ownsClient?: boolean;
}

/** Scale-mode buckets: one Lua script per send, atomic across replicas. */
export class RedisBucketStore implements BucketStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ownsClient: boolean;

  constructor(options: RedisBucketStoreOptions) {
    this.#redis = options.redis;
    this.#prefix = options.prefix ?? 'shopmate:rate:';
    this.#ownsClient = options.ownsClient ?? false;
  }

  async reserve({ windows, pauseKeys, now, id }: ReserveRequest): Promise<number> {
    const keys = [...windows.map((w) => this.#prefix + w.key), ...pauseKeys.map((k) => this.#prefix + k)];
    const args = [windows.length, Math.ceil(now), id, ...windows.flatMap((w) => [w.max, Math.ceil(w.spanMs)])];
    return Number(await this.#run(RESERVE_SCRIPT, keys, args));
  }

  async release(windows: readonly BucketWindow[], id: string): Promise<void> {
    const pipeline = this.#redis.pipeline();
    for (const w of windows) pipeline.zrem(this.#prefix + w.key, id);
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed) throw failed[0]!;
  }

  async pause(keys: readonly string[], until: number, now: number): Promise<void> {
    if (keys.length === 0 || until <= now) return;
    await this.#run(PAUSE_SCRIPT, keys.map((k) => this.#prefix + k), [Math.ceil(until), Math.floor(now)]);
  }

  async close(): Promise<void> {
    if (!this.#ownsClient) return;
    // A lazy client that never sent a command has nothing to say goodbye to.
    if (this.#redis.status === 'wait') this.#redis.disconnect();
    else await this.#redis.quit();
  }

  /** EVALSHA, loading the script on a fresh server. */
  async #run(s: Script, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await this.#redis.evalsha(s.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return await this.#redis.eval(s.lua, keys.length, ...keys, ...args);
    }
  }
}
