import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { Serializer } from '../../../core/pipeline/context.js';
import { Liveness } from '../../../core/scale/liveness.js';
import { RedisLockSerializer } from '../../../core/scale/redis-lock.js';
import { KeyedMutex } from '../../../core/util/keyed-mutex.js';
import { connect, dropPrefix, uniquePrefix } from './redis.js';

const redis = connect();
const prefix = uniquePrefix('serializer');
const liveness = new Liveness(redis, { prefix, ttlMs: 2_000 });
afterAll(async () => {
  await liveness.stop();
  await dropPrefix(redis, prefix);
  await redis.quit();
});

/** The Serializer port's contract: in-process mutex (embedded) and Redis lock (scale). */
function serializerContract(name: string, open: () => Promise<Serializer>): void {
  describe(`Serializer contract: ${name}`, () => {
    it('runs one task per key at a time, in arrival order, and other keys alongside', async () => {
      const s = await open();
      const order: string[] = [];
      const running = new Map<string, number>();
      let overlapSameKey = false;
      let overlapAcrossKeys = false;
      const task = (key: string, i: number) => s.run(key, async () => {
        running.set(key, (running.get(key) ?? 0) + 1);
        if (running.get(key)! > 1) overlapSameKey = true;
        if ([...running.values()].filter((n) => n > 0).length > 1) overlapAcrossKeys = true;
        await sleep(3);
        order.push(`${key}${i}`);
        running.set(key, running.get(key)! - 1);
      });
      await Promise.all([0, 1, 2, 3, 4].flatMap((i) => [task('a', i), task('b', i)]));
      expect(overlapSameKey).toBe(false);
      expect(overlapAcrossKeys).toBe(true);
      expect(order.filter((x) => x.startsWith('a'))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    });

    it('returns the task result, passes its error on, and runs the next task after a failure', async () => {
      const s = await open();
      const failing = s.run('k', () => Promise.reject(new Error('boom')));
      const next = s.run('k', () => Promise.resolve(42));
      await expect(failing).rejects.toThrow('boom');
      expect(await next).toBe(42);
    });
  });
}

serializerContract('KeyedMutex (embedded)', () => Promise.resolve(new KeyedMutex()));
serializerContract('RedisLockSerializer (scale)', async () => {
  await liveness.start();
  return new RedisLockSerializer(redis, { prefix, liveness, leaseMs: 2_000 });
});
