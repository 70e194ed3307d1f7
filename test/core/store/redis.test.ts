import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import { FencedOutError, RedisDedupe, RedisSessions, withRedisState } from '../../../core/store/redis/index.js';
import { Liveness } from '../../../core/scale/liveness.js';
import { TurnScope, turnScope } from '../../../core/scale/turn-scope.js';
import { tempDir } from '../../helpers/chat.js';
import { advanceTtls, redisScope } from '../scale/redis.js';
import { storeContract } from './contract.js';

const dir = tempDir();
const { redis, prefix: newPrefix } = redisScope();
afterAll(() => dir.remove());
let current = '';
let n = 0;

storeContract('sqlite + redis sessions and dedupe', (clock) => {
  current = newPrefix('store');
  return Promise.resolve(withRedisState(openSqliteStore({ file: join(dir.path, `r${n++}.db`), now: clock }), { redis, prefix: current }));
}, { advance: (ms) => advanceTtls(redis, current, ms) });

describe('Redis sessions and dedupe', () => {
  let prefix: string;
  const livenesses: Liveness[] = [];
  beforeEach(() => {
    prefix = newPrefix('state');
  });
  afterEach(async () => {
    for (const l of livenesses.splice(0)) await l.stop();
  });

  /** A replica: its own liveness key and dedupe view of the same Redis. */
  async function replica(waitMs = 5_000): Promise<{ liveness: Liveness; dedupe: RedisDedupe }> {
    const liveness = new Liveness(redis, { prefix, ttlMs: 2_000 });
    await liveness.start();
    livenesses.push(liveness);
    return { liveness, dedupe: new RedisDedupe({ redis, prefix, liveness, waitMs }) };
  }
  const inScope = <T>(fn: (scope: TurnScope) => Promise<T>): Promise<T> => {
    const scope = new TurnScope();
    return turnScope.run(scope, () => fn(scope));
  };

  it('keeps sessions and claims with real TTLs (SET PX, SET NX PX)', async () => {
    const sessions = new RedisSessions({ redis, prefix });
    await sessions.set('s', { a: 1 }, 60_000);
    const ttl = await redis.pttl(sessions.key('s'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    const dedupe = new RedisDedupe({ redis, prefix });
    expect(await dedupe.claim('k', 30_000)).toBe(true);
    expect(await redis.get(dedupe.key('k'))).toBe('d');
    expect(await redis.pttl(dedupe.key('k'))).toBeLessThanOrEqual(30_000);
  });

  it('makes a redelivery wait for a live claimant, then count as a duplicate', async () => {
    const a = await replica();
    const b = await replica();
    const claimed = await inScope(async (scope) => {
      expect(await a.dedupe.claim('e1', 60_000)).toBe(true);
      return scope;
    });
    const redelivery = inScope(() => b.dedupe.claim('e1', 60_000));
    const state = await Promise.race([redelivery.then(() => 'settled'), new Promise((r) => setTimeout(r, 100, 'waiting'))]);
    expect(state).toBe('waiting');
    await a.dedupe.finish(claimed, true);
    expect(await redelivery).toBe(false);
  });

  it('gives up waiting on a live claimant after waitMs', async () => {
    const a = await replica();
    const b = await replica(50);
    await inScope(() => a.dedupe.claim('slow', 60_000));
    expect(await inScope(() => b.dedupe.claim('slow', 60_000))).toBe(false);
  });

  it('takes over the claim of a replica that died, and of a turn that failed', async () => {
    const a = await replica();
    const b = await replica();
    await inScope(() => a.dedupe.claim('e2', 60_000));
    await a.liveness.stop(); // the replica is gone: its liveness key with it
    const taken = await inScope(async (scope) => ({ ok: await b.dedupe.claim('e2', 60_000), takeover: scope.takeover }));
    expect(taken).toEqual({ ok: true, takeover: true });

    const failed = await inScope(async (scope) => {
      await b.dedupe.claim('e3', 60_000);
      return scope;
    });
    await b.dedupe.finish(failed, false);
    expect(await redis.get(b.dedupe.key('e3'))).toBe('r');
    const retry = await inScope(async (scope) => ({ ok: await b.dedupe.claim('e3', 60_000), takeover: scope.takeover }));
    expect(retry).toEqual({ ok: true, takeover: true });
  });

  it('answers concurrent two-phase claims once', async () => {
    const a = await replica();
    const results = await Promise.all(Array.from({ length: 10 }, () => inScope(async (scope) => {
      const ok = await a.dedupe.claim('burst', 60_000);
      if (ok) await a.dedupe.finish(scope, true);
      return ok;
    })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('saves the session and marks the claim done in one step, fenced by the lock token', async () => {
    const a = await replica();
    const sessions = new RedisSessions({ redis, prefix });
    const counter = `${prefix}:fence:{c1}`;
    await redis.set(counter, '7');
    await inScope(async (scope) => {
      await a.dedupe.claim('e4', 60_000);
      scope.fence = { token: 7, counterKey: counter };
      await sessions.set('sess', { step: 1 }, 60_000);
      expect(scope.claims).toEqual([]);
    });
    expect(await redis.get(a.dedupe.key('e4'))).toBe('d');
    expect(await sessions.get('sess')).toEqual({ step: 1 });

    await redis.incr(counter); // a later holder took the conversation lock
    const stale = inScope(async (scope) => {
      scope.fence = { token: 7, counterKey: counter };
      await sessions.set('sess', { step: 2 }, 60_000);
    });
    await expect(stale).rejects.toBeInstanceOf(FencedOutError);
    expect(await sessions.get('sess')).toEqual({ step: 1 });
  });
});
