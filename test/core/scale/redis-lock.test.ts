import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Liveness } from '../../../core/scale/liveness.js';
import { LockTimeoutError, RedisLockSerializer } from '../../../core/scale/redis-lock.js';
import { TurnScope, turnScope } from '../../../core/scale/turn-scope.js';
import { FencedOutError, RedisSessions } from '../../../core/store/redis/index.js';
import { redisScope } from './redis.js';

const { redis, prefix: newPrefix } = redisScope();

describe('RedisLockSerializer', () => {
  let prefix: string;
  const livenesses: Liveness[] = [];
  beforeEach(() => {
    prefix = newPrefix('lock');
  });
  afterEach(async () => {
    for (const l of livenesses.splice(0)) await l.stop();
  });

  async function replica(options: { leaseMs?: number; maxWaitMs?: number } = {}) {
    const liveness = new Liveness(redis, { prefix, ttlMs: 1_000 });
    await liveness.start();
    livenesses.push(liveness);
    return { liveness, lock: new RedisLockSerializer(redis, { prefix, liveness, ...options }) };
  }

  it('runs one turn of a conversation at a time across replicas, other conversations in parallel', async () => {
    const replicas = [await replica(), await replica()];
    const inside = new Map<string, number>();
    let most = 0;
    let parallel = 0;
    const turn = (key: string, i: number) => replicas[i % 2]!.lock.run(key, async () => {
      inside.set(key, (inside.get(key) ?? 0) + 1);
      most = Math.max(most, inside.get(key)!);
      parallel = Math.max(parallel, [...inside.values()].reduce((a, b) => a + b, 0));
      await sleep(2);
      inside.set(key, inside.get(key)! - 1);
    });
    await Promise.all(Array.from({ length: 40 }, (_, i) => turn(`conv-${i % 4}`, i)));
    expect(most).toBe(1);
    expect(parallel).toBeGreaterThan(1);
  });

  it('keeps arrival order within one replica', async () => {
    const { lock } = await replica();
    const order: number[] = [];
    await Promise.all(Array.from({ length: 20 }, (_, i) => lock.run('ordered', async () => {
      await sleep(i % 3);
      order.push(i);
    })));
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('hands each holder a larger fencing token, visible to the turn', async () => {
    const { lock } = await replica();
    const tokens: number[] = [];
    for (let i = 0; i < 3; i++) {
      await lock.run('fenced', () => {
        tokens.push(turnScope.current()!.fence!.token);
        return Promise.resolve();
      });
    }
    expect(tokens[1]).toBe(tokens[0]! + 1);
    expect(tokens[2]).toBe(tokens[1]! + 1);
    expect(turnScope.current()).toBeUndefined();
  });

  it('breaks the lock of a replica that died without waiting for its lease', async () => {
    const a = await replica({ leaseMs: 60_000 });
    const b = await replica();
    const held = await a.lock.acquire('orphan'); // A takes the lock, then its process dies
    await a.liveness.stop();
    const token = await b.lock.run('orphan', () => Promise.resolve(turnScope.current()!.fence!.token));
    expect(token).toBe(held.token + 1);
  });

  it('lets a stalled holder lose the lock when its lease runs out; its writes are then fenced out', async () => {
    const a = await replica({ leaseMs: 150 });
    const b = await replica({ leaseMs: 150 });
    const sessions = new RedisSessions({ redis, prefix });
    // A is alive but stalled: it holds the lock and stops renewing (acquire() alone does not renew).
    const stalled = await a.lock.acquire('stall');
    await b.lock.run('stall', () => sessions.set('sess', { by: 'b' }, 60_000));
    const late = turnScope.run(new TurnScope(), async () => {
      turnScope.current()!.fence = { token: stalled.token, counterKey: stalled.counter };
      await sessions.set('sess', { by: 'a' }, 60_000);
    });
    await expect(late).rejects.toBeInstanceOf(FencedOutError);
    expect(await sessions.get('sess')).toEqual({ by: 'b' });
  });

  it('renews the lease while a long turn runs', async () => {
    const a = await replica({ leaseMs: 100 });
    const b = await replica({ leaseMs: 100, maxWaitMs: 5_000 });
    const events: string[] = [];
    const long = a.lock.run('long', async () => {
      events.push('a in');
      await sleep(400);
      events.push('a out');
    });
    await sleep(20);
    await b.lock.run('long', () => {
      events.push('b in');
      return Promise.resolve();
    });
    await long;
    expect(events).toEqual(['a in', 'a out', 'b in']);
  });

  it('fails the turn when the lock stays taken past maxWaitMs', async () => {
    const a = await replica({ leaseMs: 60_000 });
    const b = await replica({ maxWaitMs: 50 });
    await a.lock.acquire('busy');
    await expect(b.lock.run('busy', () => Promise.resolve())).rejects.toBeInstanceOf(LockTimeoutError);
  });
});
