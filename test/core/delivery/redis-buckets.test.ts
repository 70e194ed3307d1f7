import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisBucketStore } from '../../../core/delivery/redis-buckets.js';
import { bucketStoreContract } from './bucket-store.contract.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `shopmate-test:rate:${randomUUID()}:`;
const clients: Redis[] = [];
const client = () => {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  clients.push(r);
  return r;
};

afterAll(async () => {
  const r = client();
  const keys = await r.keys(`${PREFIX}*`);
  if (keys.length) await r.del(...keys);
  await Promise.all(clients.map((c) => c.quit()));
});

let n = 0;
bucketStoreContract('redis', () => Promise.resolve(new RedisBucketStore({ redis: client(), prefix: `${PREFIX}${n++}:` })));

describe('redis bucket store', () => {
  const window = { key: 'replicas:chat', max: 1, spanMs: 1000 };
  const reserve = (s: RedisBucketStore, now: number) => s.reserve({ windows: [window], pauseKeys: [], now, id: randomUUID() });

  it('is shared by replicas: two clients draw from one bucket', async () => {
    const prefix = `${PREFIX}shared:`;
    const a = new RedisBucketStore({ redis: client(), prefix });
    const b = new RedisBucketStore({ redis: client(), prefix });
    const times = await Promise.all([reserve(a, 0), reserve(b, 0), reserve(a, 0), reserve(b, 0)]);
    expect(times.sort((x, y) => x - y)).toEqual([0, 1000, 2000, 3000]);
  });

  it('lets its keys expire once their window has passed', async () => {
    const prefix = `${PREFIX}ttl:`;
    const r = client();
    const s = new RedisBucketStore({ redis: r, prefix });
    const now = Date.now();
    await reserve(s, now);
    await s.pause(['p'], now + 2000, now);
    const ttl = await r.pttl(`${prefix}${window.key}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1000);
    expect(await r.pttl(`${prefix}p`)).toBeGreaterThan(1000);
  });

  it('reloads its scripts when the server forgot them', async () => {
    const prefix = `${PREFIX}flush:`;
    const r = client();
    const s = new RedisBucketStore({ redis: r, prefix });
    await reserve(s, 0);
    await r.script('FLUSH');
    expect(await reserve(s, 0)).toBe(1000);
  });
});
