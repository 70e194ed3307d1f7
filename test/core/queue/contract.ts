import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PermanentJobError, type JobContext, type JobQueue } from '../../../core/queue/port.js';

/** A backend for one test: `open()` gives another handle on the same queue (another worker). */
export interface QueueFixture {
  open(): Promise<JobQueue>;
  close(): Promise<void>;
}

const until = (fn: () => void | Promise<void>) => vi.waitFor(fn, { timeout: 10_000, interval: 20 });

/** The contract every JobQueue passes: embedded (SQLite) and BullMQ (Redis). */
export function queueContract(name: string, fixture: () => Promise<QueueFixture>): void {
  describe(`JobQueue contract: ${name}`, () => {
    let fx: QueueFixture;
    let queue: JobQueue;
    beforeEach(async () => {
      fx = await fixture();
      queue = await fx.open();
    });
    afterEach(() => fx.close());

    it('runs a job once with its data', async () => {
      const seen: unknown[] = [];
      queue.handle<{ n: number }>('hello', (job) => {
        seen.push({ id: job.id, name: job.name, data: job.data, attempt: job.attempt });
        return Promise.resolve();
      });
      await queue.work({ concurrency: 2 });
      const id = await queue.add('hello', { n: 1 }, { id: 'job:1' });
      expect(id).toBe('job:1');
      await until(async () => expect(await queue.state(id)).toBe('completed'));
      expect(seen).toEqual([{ id: 'job:1', name: 'hello', data: { n: 1 }, attempt: 1 }]);
      expect((await queue.counts()).completed).toBe(1);
      expect(await queue.state('never-added')).toBe('unknown');
    });

    it('is idempotent by id, waiting or finished', async () => {
      const runs: unknown[] = [];
      queue.handle<{ v: string }>('once', (job) => {
        runs.push(job.data.v);
        return Promise.resolve();
      });
      await queue.add('once', { v: 'first' }, { id: 'same' });
      await queue.add('once', { v: 'second' }, { id: 'same' });
      expect(await queue.addBulk([
        { name: 'once', data: { v: 'third' }, options: { id: 'same' } },
        { name: 'once', data: { v: 'bulk' }, options: { id: 'other' } },
        { name: 'once', data: { v: 'bulk again' }, options: { id: 'other' } },
      ])).toEqual(['same', 'other', 'other']);
      await queue.work();
      await until(async () => expect((await queue.counts()).completed).toBe(2));
      await queue.add('once', { v: 'after it ran' }, { id: 'same' });
      await until(async () => expect(await queue.state('same')).toBe('completed'));
      expect(runs.sort()).toEqual(['bulk', 'first']);
    });

    it('delays, postpones and cancels jobs', async () => {
      const ran: string[] = [];
      queue.handle('later', (job) => {
        ran.push(job.id);
        return Promise.resolve();
      });
      await queue.work();
      await queue.add('later', {}, { id: 'far', delayMs: 60_000 });
      await queue.add('later', {}, { id: 'cancelled', delayMs: 60_000 });
      expect(await queue.state('far')).toBe('delayed');
      expect((await queue.counts()).delayed).toBe(2);
      expect(await queue.cancel('cancelled')).toBe(true);
      expect(await queue.state('cancelled')).toBe('unknown');
      expect(await queue.postpone('far', 10)).toBe(true);
      await until(async () => expect(await queue.state('far')).toBe('completed'));
      expect(ran).toEqual(['far']);
      expect(await queue.cancel('far')).toBe(false);
      expect(await queue.postpone('far', 10)).toBe(false);
      expect(await queue.postpone('unknown-id', 10)).toBe(false);
    });

    it('retries a failing job with backoff, and fails it for good after its attempts', async () => {
      const attempts: number[] = [];
      queue.handle('flaky', (job) => {
        attempts.push(job.attempt);
        return job.attempt < 3 ? Promise.reject(new Error('not yet')) : Promise.resolve();
      });
      queue.handle('broken', () => Promise.reject(new Error('always')));
      queue.handle('refused', () => Promise.reject(new PermanentJobError('bad input')));
      await queue.work();
      await queue.add('flaky', {}, { id: 'flaky', attempts: 3, backoffMs: 10 });
      await queue.add('broken', {}, { id: 'broken', attempts: 2, backoffMs: 10 });
      await queue.add('refused', {}, { id: 'refused', attempts: 5, backoffMs: 10 });
      await queue.add('nobody-handles-this', {}, { id: 'orphan', attempts: 5, backoffMs: 10 });
      await until(async () => {
        expect(await queue.state('flaky')).toBe('completed');
        expect(await queue.state('broken')).toBe('failed');
        expect(await queue.state('refused')).toBe('failed');
        expect(await queue.state('orphan')).toBe('failed');
      });
      expect(attempts).toEqual([1, 2, 3]);
    });

    it('does not repeat a recorded step when the job is retried', async () => {
      let charged = 0;
      const results: string[] = [];
      queue.handle('checkout', async (job: JobContext) => {
        const receipt = await job.step('charge', () => Promise.resolve(`receipt-${++charged}`));
        results.push(receipt);
        if (job.attempt === 1) throw new Error('crashed after charging');
      });
      await queue.work();
      await queue.add('checkout', {}, { id: 'order-1', backoffMs: 10 });
      await until(async () => expect(await queue.state('order-1')).toBe('completed'));
      expect(charged).toBe(1);
      expect(results).toEqual(['receipt-1', 'receipt-1']);
    });

    it('shares jobs between workers, each run once', async () => {
      const other = await fx.open();
      const runs = new Map<string, number>();
      const handler = (job: JobContext) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        return new Promise<void>((resolve) => setTimeout(resolve, 2));
      };
      queue.handle('share', handler);
      other.handle('share', handler);
      await queue.work({ concurrency: 4 });
      await other.work({ concurrency: 4 });
      await queue.addBulk(Array.from({ length: 40 }, (_, i) => ({ name: 'share', data: i, options: { id: `s${i}` } })));
      await until(async () => expect((await queue.counts()).completed).toBe(40));
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      expect(runs.size).toBe(40);
      await other.close();
    });
  });
}
