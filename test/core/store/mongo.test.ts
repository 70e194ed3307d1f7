import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { openMongoStore } from '../../../core/store/mongo/index.js';
import { withRedisState } from '../../../core/store/redis/index.js';
import type { Store } from '../../../core/store/ports.js';
import { advanceTtls, connect, dropPrefix, uniquePrefix } from '../scale/redis.js';
import { storeContract } from './contract.js';

/**
 * The contract against a real MongoDB, when MONGODB_URI points at one (a replica set, e.g. the
 * compose file's). No MongoDB server can be installed on the machines this project is built on,
 * so there the suite is skipped and says why; the mongoose layer is tested without a server in
 * mongo-queries.test.ts.
 */
const uri = process.env.MONGODB_URI;

async function openFresh(clock: () => number): Promise<Store> {
  const dbName = `shopmate_test_${randomUUID().slice(0, 8)}`;
  const store = await openMongoStore({ uri: uri!, dbName, now: clock, serverSelectionTimeoutMS: 5_000 });
  return {
    ...store,
    close: async () => {
      await store.connection.dropDatabase();
      await store.close();
    },
  };
}

if (uri) {
  storeContract('mongo', openFresh);

  const redis = connect();
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const p of prefixes) await dropPrefix(redis, p);
    await redis.quit();
  });
  let current = '';
  storeContract('mongo + redis sessions and dedupe', async (clock) => {
    current = uniquePrefix('mongo');
    prefixes.push(current);
    return withRedisState(await openFresh(clock), { redis, prefix: current });
  }, { advance: (ms) => advanceTtls(redis, current, ms) });
} else {
  console.warn('Store contract: mongo skipped: MONGODB_URI is not set (no MongoDB server on this machine)');
  describe('Store contract: mongo', () => {
    it.skip('skipped: MONGODB_URI is not set (no MongoDB server on this machine; set it to a replica set to run this suite)', () => undefined);
  });
}
