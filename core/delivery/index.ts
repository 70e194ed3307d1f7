export type { DeliveryGovernor, SendOptions } from './governor.js';
export type { BucketStore, BucketWindow, ReserveRequest } from './buckets.js';
export { systemClock, abortableSleep, type Clock } from './clock.js';
export { MemoryBucketStore } from './memory-buckets.js';
export { RedisBucketStore, type RedisBucketStoreOptions } from './redis-buckets.js';
export { RateGovernor, type RateGovernorOptions } from './rate-governor.js';

import type { Redis } from 'ioredis';
import type { DeliveryGovernor } from './governor.js';
import { RateGovernor } from './rate-governor.js';
import { RedisBucketStore } from './redis-buckets.js';

/**
 * The app's default governor: buckets in process, or in Redis when `REDIS_URL` is set (scale
 * mode), so that every replica draws from the same buckets, under `SHOPMATE_REDIS_PREFIX`. Pass
 * `redis` to share a client the caller owns; otherwise one is opened on the first rate-limited
 * send (ioredis is loaded only then) and closed by `governor.close()`.
 */
export async function createGovernor(env: Readonly<Record<string, string | undefined>>, options: { redis?: Redis } = {}): Promise<DeliveryGovernor> {
  if (!env.REDIS_URL && !options.redis) return new RateGovernor();
  const prefix = `${env.SHOPMATE_REDIS_PREFIX ?? 'shopmate'}:rate:`;
  if (options.redis) return new RateGovernor({ buckets: new RedisBucketStore({ redis: options.redis, prefix }) });
  const { Redis: Client } = await import('ioredis');
  const redis = new Client(env.REDIS_URL!, { maxRetriesPerRequest: 3, lazyConnect: true, connectionName: 'shopmate-rate' });
  return new RateGovernor({ buckets: new RedisBucketStore({ redis, prefix, ownsClient: true }) });
}
