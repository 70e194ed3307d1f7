import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BullmqQueue } from '../../../core/queue/bullmq.js';
import { EmbeddedQueue } from '../../../core/queue/embedded.js';
import { openSqliteJobStore } from '../../../core/queue/sqlite-job-store.js';
import type { JobQueue } from '../../../core/queue/port.js';
import { tempDir } from '../../helpers/chat.js';
import { connect, redisScope } from '../scale/redis.js';

const WORKER = join(import.meta.dirname, 'crash-worker.ts');
const { redis, prefix: newPrefix } = redisScope();
const dir = tempDir();
afterAll(() => dir.remove());

function startWorker(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('ready')) resolve(child); });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

const backends: { name: string; setup: (prefix: string) => { args: string[]; open: () => JobQueue } }[] = [
  {
    name: 'embedded',
    setup: (prefix) => {
      const file = join(dir.path, `${prefix}.db`);
      return { args: ['embedded', file], open: () => new EmbeddedQueue({ store: openSqliteJobStore({ file }), ownsStore: true, pollMs: 20, leaseMs: 500 }) };
    },
  },
  {
    name: 'bullmq',
    setup: (prefix) => ({
      args: ['bullmq', prefix],
      open: () => new BullmqQueue({ connection: connect({ maxRetriesPerRequest: null }), ownsConnection: true, prefix, lockMs: 500, stalledIntervalMs: 250 }),
    }),
  },
];

describe.each(backends)('a worker killed mid-job ($name)', ({ setup }) => {
  it('loses nothing: another worker finishes the job without repeating its recorded side effect', async () => {
    const prefix = newPrefix('crash');
    const counter = `${prefix}:effects`;
    const signal = `${prefix}:mid-job`;
    const { args, open } = setup(prefix);
    const queue = open();
    try {
      const child = await startWorker([...args, counter, signal]);
      await queue.add('effect', { order: 1 }, { id: 'order-1', attempts: 3 });
      await vi.waitFor(async () => expect(await redis.get(signal)).toBe('1'), { timeout: 15_000, interval: 20 });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;

      const attempts: number[] = [];
      queue.handle('effect', async (job) => {
        await job.step('effect', () => redis.incr(counter));
        attempts.push(job.attempt);
      });
      await queue.work();
      await vi.waitFor(async () => expect(await queue.state('order-1')).toBe('completed'), { timeout: 15_000, interval: 50 });
      expect(attempts).toEqual([2]);
      expect(await redis.get(counter)).toBe('1');
    } finally {
      await queue.close();
    }
  });
});
