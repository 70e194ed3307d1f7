import { join } from 'node:path';
import { EmbeddedQueue } from '../queue/embedded.js';
import { openSqliteJobStore } from '../queue/sqlite-job-store.js';
import type { JobStore, Store } from '../store/ports.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { KeyedMutex } from '../util/keyed-mutex.js';
import { parseScaleEnv } from './config.js';
import { asHealth, type Backends, type BackendsOptions } from './backend-types.js';
import { sharedSqlite } from './shared-sqlite.js';

export type { Backends, BackendsHealth, BackendsOptions, Health } from './backend-types.js';

/** Opens the embedded SQLite queue store on first use, so apps that never queue a job never open it. */
function lazyJobStore(open: () => JobStore): JobStore {
  let store: JobStore | undefined;
  return new Proxy({} as JobStore, {
    get(_target, prop: keyof JobStore) {
      if (prop === 'close') return () => store?.close() ?? Promise.resolve();
      return (...args: unknown[]) => ((store ??= open())[prop] as (...a: unknown[]) => unknown)(...args);
    },
  });
}

/**
 * Chooses every backend from the environment: nothing set is the embedded mode (SQLite, in-process
 * mutex and queue); `MONGODB_URI` puts the records in MongoDB; `REDIS_URL` puts sessions, dedupe,
 * conversation locks and jobs in Redis and journals inbound turns so replicas can take over each
 * other's work.
 */
export async function openBackends(options: BackendsOptions): Promise<Backends> {
  const env = parseScaleEnv(options.env);
  const sqliteFile = join(options.dataDir, 'shopmate.db');
  let records = options.store;
  if (!records && env.MONGODB_URI) {
    const { openMongoStore } = await import('../store/mongo/index.js');
    records = await openMongoStore({ uri: env.MONGODB_URI });
  }
  // Replicas sharing the SQLite file (REDIS_URL without MONGODB_URI, one host) retry busy writes.
  records ??= env.REDIS_URL ? sharedSqlite(openSqliteStore({ file: sqliteFile })) : openSqliteStore({ file: sqliteFile });
  const mongo = records.kind === 'mongo' ? records : undefined;
  if (!env.REDIS_URL) {
    if (mongo && options.role !== 'all') options.log.warn('MONGODB_URI without REDIS_URL: replicas would not share conversation locks or jobs; run one replica with --role all');
    return embeddedBackends(options, records, mongo);
  }
  // Loaded only in scale mode: BullMQ and ioredis cost ~200 ms to import.
  const { scaleBackends } = await import('./scale-backends.js');
  return scaleBackends(options, { ...env, REDIS_URL: env.REDIS_URL }, records, mongo);
}

function embeddedBackends(options: BackendsOptions, store: Store, mongo: Store | undefined): Backends {
  const queue = new EmbeddedQueue({ store: lazyJobStore(() => openSqliteJobStore({ file: join(options.dataDir, 'shopmate.db') })), ownsStore: true, log: options.log });
  return {
    role: options.role,
    mode: mongo ? 'mongo' : 'embedded',
    store,
    serializer: options.serializer ?? new KeyedMutex(),
    queue,
    governor: (inner) => inner,
    sink: (run) => async (event) => {
      await run(event);
    },
    work: () => queue.work(),
    async health() {
      const [m, q] = await Promise.all([mongo ? asHealth(mongo.health()) : undefined, asHealth(queue.health())]);
      return { ok: (m?.ok ?? true) && q.ok, role: options.role, ...(m ? { mongo: m } : {}), queue: q };
    },
    async close() {
      await queue.close();
      await store.close();
    },
  };
}
