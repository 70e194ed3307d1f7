import type { ChainableCommander, Redis } from 'ioredis';

/**
 * Compare-and-set that keeps the key's TTL: `ARGV[1]` is the value this caller wrote earlier,
 * `ARGV[2]` the next one. Returns 1 when the key still held `ARGV[1]`.
 */
const CAS = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  return 1
end
return 0`;

/**
 * A fenced session write that also finishes the turn's dedupe claims, atomically.
 * KEYS: session, the lock's fence counter, then claim keys. ARGV: token, value, ttl ms, then the
 * claims' values. Refused (0) when a later holder of the conversation lock exists.
 */
const SESSION_COMMIT = `
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
for i = 3, #KEYS do
  if redis.call('GET', KEYS[i]) == ARGV[i + 1] then redis.call('SET', KEYS[i], 'd', 'KEEPTTL') end
end
return 1`;

const DEFINITIONS = {
  shopmateCas: { numberOfKeys: 1, lua: CAS },
  shopmateSessionCommit: { lua: SESSION_COMMIT },
} as const;

/** Typed access to the scripts defined on a client (ioredis loads them lazily, EVALSHA first). */
export interface StateScripts {
  shopmateCas(key: string, expected: string, next: string): Promise<number>;
  shopmateSessionCommit(numberOfKeys: number, ...args: (string | number)[]): Promise<number>;
}

const defined = new WeakSet<Redis>();

export function stateScripts(redis: Redis): StateScripts {
  if (!defined.has(redis)) {
    for (const [name, def] of Object.entries(DEFINITIONS)) redis.defineCommand(name, def);
    defined.add(redis);
  }
  return redis as unknown as StateScripts;
}

/** The same scripts queued on a MULTI. */
export function multiScripts(multi: ChainableCommander): { shopmateCas(key: string, expected: string, next: string): ChainableCommander } {
  return multi as unknown as { shopmateCas(key: string, expected: string, next: string): ChainableCommander };
}
