import { randomUUID } from 'node:crypto';
import type { JobStore, StoredJob } from '../store/ports.js';
import type { Logger } from '../util/log.js';
import { PermanentJobError, type JobContext, type JobCounts, type JobHandler, type JobOptions, type JobQueue, type JobState, type NewJob, type WorkOptions } from './port.js';

export interface EmbeddedQueueOptions {
  store: JobStore;
  /** Queue name inside the store (default `jobs`). */
  name?: string;
  /** A runner that stops renewing (it died) loses its job to another runner after this long. */
  leaseMs?: number;
  /** How often an idle runner looks for jobs added by other processes. */
  pollMs?: number;
  /** Finished jobs are kept this long: an id re-added meanwhile is not run again. */
  retainMs?: number;
  /** Close the store with the queue. */
  ownsStore?: boolean;
  log?: Logger;
}

const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BACKOFF_MS = 1_000;

/**
 * The embedded default: jobs live in the SQLite file, so delayed jobs survive a restart and a job
 * whose runner died is leased again once its lease runs out. Runs in the server's own process.
 */
export class EmbeddedQueue implements JobQueue {
  readonly kind = 'embedded';
  readonly #store: JobStore;
  readonly #name: string;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #retainMs: number;
  readonly #options: EmbeddedQueueOptions;
  readonly #handlers = new Map<string, JobHandler>();
  readonly #running = new Set<Promise<void>>();
  #working = false;
  #concurrency = 8;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;
  #lastPurge = 0;
  #closed: Promise<void> | undefined;

  constructor(options: EmbeddedQueueOptions) {
    this.#options = options;
    this.#store = options.store;
    this.#name = options.name ?? 'jobs';
    this.#leaseMs = options.leaseMs ?? 30_000;
    this.#pollMs = options.pollMs ?? 1_000;
    this.#retainMs = options.retainMs ?? 24 * 3_600_000;
  }

  async add<T>(name: string, data: T, options: JobOptions = {}): Promise<string> {
    const [id] = await this.addBulk([{ name, data, options }]);
    return id!;
  }

  async addBulk(jobs: readonly NewJob[]): Promise<string[]> {
    const now = Date.now();
    const rows = jobs.map((j) => ({
      queue: this.#name, id: j.options?.id ?? randomUUID(), name: j.name, data: j.data,
      runAt: now + Math.max(0, j.options?.delayMs ?? 0), createdAt: now,
      maxAttempts: j.options?.attempts ?? DEFAULT_ATTEMPTS, backoffMs: j.options?.backoffMs ?? DEFAULT_BACKOFF_MS,
    }));
    await this.#store.insert(rows);
    this.#wake?.();
    return rows.map((r) => r.id);
  }

  cancel(id: string): Promise<boolean> {
    return this.#store.remove(this.#name, id);
  }

  postpone(id: string, delayMs: number): Promise<boolean> {
    return this.#store.reschedule(this.#name, id, Date.now() + delayMs);
  }

  async state(id: string): Promise<JobState> {
    const job = await this.#store.get(this.#name, id);
    if (!job) return 'unknown';
    return job.state === 'waiting' && job.runAt > Date.now() ? 'delayed' : job.state;
  }

  counts(): Promise<JobCounts> {
    return this.#store.counts(this.#name, Date.now());
  }

  handle<T>(name: string, handler: JobHandler<T>): void {
    this.#handlers.set(name, handler as JobHandler);
    this.#startLoop();
  }

  /** Starts running jobs; the runner itself starts with the first handler, so a queue nobody uses costs nothing. */
  work(options: WorkOptions = {}): Promise<void> {
    this.#concurrency = options.concurrency ?? 8;
    this.#working = true;
    this.#startLoop();
    return Promise.resolve();
  }

  #startLoop(): void {
    if (this.#working && !this.#loop && this.#handlers.size > 0) this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    while (this.#working) {
      if (this.#running.size >= this.#concurrency) {
        await Promise.race(this.#running);
        continue;
      }
      const token = randomUUID();
      let job: StoredJob | undefined;
      try {
        job = await this.#store.lease(this.#name, Date.now(), token, this.#leaseMs);
      } catch (err) {
        // The store is busy or down: retry after a pause; leased jobs are not lost meanwhile.
        this.#options.log?.error({ err }, 'could not lease a job');
      }
      if (!job) {
        await this.#idle();
        continue;
      }
      const leased = job;
      const run: Promise<void> = this.#execute(leased, token)
        // The outcome could not be recorded: the lease runs out and the job is run again.
        .catch((err: unknown) => this.#options.log?.error({ err, job: leased.id }, 'could not record a job outcome'))
        .finally(() => this.#running.delete(run));
      this.#running.add(run);
    }
  }

  /** Sleeps until the next job is due, a local add, `close()`, or the poll interval (jobs from other processes). */
  async #idle(): Promise<void> {
    let next: number | undefined;
    try {
      if (Date.now() - this.#lastPurge > 600_000) {
        this.#lastPurge = Date.now();
        await this.#store.purge(this.#name, Date.now() - this.#retainMs);
      }
      next = await this.#store.nextDue(this.#name);
    } catch (err) {
      this.#options.log?.error({ err }, 'could not read the job store');
    }
    const wait = Math.min(this.#pollMs, next === undefined ? Infinity : Math.max(5, next - Date.now()));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, wait);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
    this.#wake = undefined;
  }

  async #execute(job: StoredJob, token: string): Promise<void> {
    const renew = setInterval(() => {
      this.#store.renew(this.#name, job.id, token, Date.now() + this.#leaseMs).catch((err: unknown) => this.#options.log?.warn({ err, job: job.id }, 'could not renew a job lease'));
    }, Math.max(20, Math.floor(this.#leaseMs / 3)));
    try {
      const handler = this.#handlers.get(job.name);
      if (!handler) throw new PermanentJobError(`no handler for jobs named "${job.name}"`);
      await handler(this.#context(job));
      await this.#store.settle(this.#name, job.id, token, { state: 'completed' }, Date.now());
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      const final = err instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      this.#options.log?.warn({ err, job: job.id, name: job.name, attempt: job.attempts, final }, 'job failed');
      await this.#store.settle(this.#name, job.id, token, final
        ? { state: 'failed', error }
        : { state: 'waiting', error, runAt: Date.now() + job.backoffMs * 2 ** (job.attempts - 1) }, Date.now());
    } finally {
      clearInterval(renew);
    }
  }

  #context(job: StoredJob): JobContext {
    const store = this.#store;
    const queue = this.#name;
    return {
      id: job.id, name: job.name, data: job.data, attempt: job.attempts,
      async step<R>(name: string, fn: () => Promise<R>): Promise<R> {
        const done = await store.getStep(queue, job.id, name);
        if (done) return done.value as R;
        const value = await fn();
        await store.putStep(queue, job.id, name, value);
        return value;
      },
    };
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    const c = await this.counts();
    return { ok: true, detail: `embedded: ${c.waiting} waiting, ${c.delayed} delayed, ${c.active} active, ${c.failed} failed` };
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      this.#working = false;
      this.#wake?.();
      await this.#loop;
      await Promise.allSettled(this.#running);
      if (this.#options.ownsStore) await this.#store.close();
    })();
    return this.#closed;
  }
}
