/**
 * A worker process for crash.test.ts: runs the `effect` job's side effect as a step, says so, then
 * hangs until the test kills it. Args: embedded <sqlite file> | bullmq <redis prefix>, then the
 * counter key and the signal key (in Redis).
 */
import { BullmqQueue } from '../../../core/queue/bullmq.js';
import { EmbeddedQueue } from '../../../core/queue/embedded.js';
import { openSqliteJobStore } from '../../../core/queue/sqlite-job-store.js';
import type { JobQueue } from '../../../core/queue/port.js';
import { connect } from '../scale/redis.js';

const [kind, location, counterKey, signalKey] = process.argv.slice(2) as [string, string, string, string];
const redis = connect();
const queue: JobQueue = kind === 'embedded'
  ? new EmbeddedQueue({ store: openSqliteJobStore({ file: location }), pollMs: 20, leaseMs: 500 })
  : new BullmqQueue({ connection: connect({ maxRetriesPerRequest: null }), prefix: location, lockMs: 500, stalledIntervalMs: 250 });
queue.handle('effect', async (job) => {
  await job.step('effect', () => redis.incr(counterKey));
  await redis.set(signalKey, String(job.attempt));
  await new Promise<never>(() => undefined); // killed here, mid-job
});
await queue.work();
process.stdout.write('ready\n');
