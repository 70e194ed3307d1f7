import { randomUUID } from 'node:crypto';
import { Job, Queue, UnrecoverableError, Worker, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../util/log.js';
import { PermanentJobError, type JobContext, type JobCounts, type JobHandler, type JobOptions, type JobQueue, type JobState, type NewJob, type WorkOptions } from './port.js';

export interface BullmqQueueOptions {
  /** An ioredis client created with `maxRetriesPerRequest: null` (workers duplicate it for blocking reads). */
  connection: Redis;
  /** Queue name (default `jobs`). */
  name?: string;
  /** Key prefix (default `bull`); one per deployment, one per test. */
  prefix?: string;
  /** Finished jobs are kept this long: an id re-added meanwhile is not run again. */
  retainMs?: number;
  /** A worker that stops renewing its job lock (it died) loses the job after this long. */
  lockMs?: number;
  /** How often workers look for jobs whose worker died. */
  stalledIntervalMs?: number;
  /** Close the connection with the queue. */
  ownsConnection?: boolean;
  log?: Logger;
}

/**
 * BullMQ ids may not contain `:` nor look like integers: map ours injectively. `%` and `:` are
 * percent-escaped, and an integer-looking id gets a `%i` in front, which escaping never produces.
 */
export function toBullId(id: string): string {
  const escaped = id.replace(/%/g, '%25').replace(/:/g, '%3A');
  return /^-?\d+$/.test(escaped) ? `%i${escaped}` : escaped;
}

export function fromBullId(id: string): string {
  if (id.startsWith('%i')) return id.slice(2);
  return id.replace(/%3A/g, ':').replace(/%25/g, '%');
}

/** The scale-mode queue: jobs in Redis, run by any worker replica; BullMQ moves a dead worker's job back to waiting. */
export class BullmqQueue implements JobQueue {
  readonly kind = 'bullmq';
  readonly queue: Queue;
  readonly #options: BullmqQueueOptions;
  readonly #handlers = new Map<string, JobHandler>();
  readonly #retainMs: number;
  readonly #prefix: string;
  readonly #name: string;
  #worker: Worker | undefined;
  #closed: Promise<void> | undefined;

  constructor(options: BullmqQueueOptions) {
    this.#options = options;
    this.#name = options.name ?? 'jobs';
    this.#prefix = options.prefix ?? 'bull';
    this.#retainMs = options.retainMs ?? 24 * 3_600_000;
    this.queue = new Queue(this.#name, {
      connection: options.connection,
      prefix: this.#prefix,
      defaultJobOptions: {
        removeOnComplete: { age: Math.ceil(this.#retainMs / 1000) },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
    this.queue.on('error', (err) => options.log?.error({ err }, 'job queue error'));
  }

  #jobOptions(options: JobOptions = {}): JobsOptions {
    return {
      jobId: toBullId(options.id ?? randomUUID()),
      attempts: options.attempts ?? 3,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 1_000 },
      ...(options.delayMs ? { delay: Math.max(0, options.delayMs) } : {}),
    };
  }

  async add<T>(name: string, data: T, options?: JobOptions): Promise<string> {
    const opts = this.#jobOptions(options);
    await this.queue.add(name, data, opts);
    return fromBullId(opts.jobId!);
  }

  async addBulk(jobs: readonly NewJob[]): Promise<string[]> {
    const bulk = jobs.map((j) => ({ name: j.name, data: j.data, opts: this.#jobOptions(j.options) }));
    await this.queue.addBulk(bulk);
    return bulk.map((b) => fromBullId(b.opts.jobId!));
  }

  async cancel(id: string): Promise<boolean> {
    const state = await this.queue.getJobState(toBullId(id));
    if (state !== 'waiting' && state !== 'delayed' && state !== 'prioritized') return false;
    return (await this.queue.remove(toBullId(id))) === 1;
  }

  async postpone(id: string, delayMs: number): Promise<boolean> {
    const job = await Job.fromId(this.queue, toBullId(id));
    if (!job || !(await job.isDelayed())) return false;
    try {
      await job.changeDelay(delayMs);
      return true;
    } catch (err) {
      if (await job.isDelayed()) throw err;
      return false; // promoted or taken by a worker meanwhile
    }
  }

  async state(id: string): Promise<JobState> {
    const state = await this.queue.getJobState(toBullId(id));
    switch (state) {
      case 'waiting': case 'prioritized': case 'waiting-children': return 'waiting';
      case 'delayed': case 'active': case 'completed': case 'failed': return state;
      default: return 'unknown';
    }
  }

  async counts(): Promise<JobCounts> {
    const c = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    return { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), delayed: c.delayed ?? 0, active: c.active ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 };
  }

  handle<T>(name: string, handler: JobHandler<T>): void {
    this.#handlers.set(name, handler as JobHandler);
  }

  work(options: WorkOptions = {}): Promise<void> {
    if (this.#worker) return Promise.resolve();
    const o = this.#options;
    this.#worker = new Worker(this.#name, (job) => this.#process(job), {
      connection: o.connection,
      prefix: this.#prefix,
      concurrency: options.concurrency ?? 8,
      lockDuration: o.lockMs ?? 30_000,
      stalledInterval: o.stalledIntervalMs ?? 30_000,
      // A job whose worker died is retried; one that kills its worker again and again is failed.
      maxStalledCount: 2,
    });
    this.#worker.on('error', (err) => o.log?.error({ err }, 'job worker error'));
    this.#worker.on('failed', (job, err) => o.log?.warn({ err, job: job?.id, name: job?.name, attempt: job?.attemptsMade }, 'job failed'));
    return this.#worker.waitUntilReady().then(() => undefined);
  }

  async #process(job: Job): Promise<unknown> {
    const handler = this.#handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for jobs named "${job.name}"`);
    try {
      return await handler(this.#context(job));
    } catch (err) {
      if (err instanceof PermanentJobError) throw new UnrecoverableError(`${err.name}: ${err.message}`);
      throw err;
    }
  }

  #context(job: Job): JobContext {
    const stepsKey = `${this.#prefix}:${this.#name}:steps:${job.id}`;
    const redis = this.#options.connection;
    const retainMs = this.#retainMs;
    return {
      id: fromBullId(job.id!), name: job.name, data: job.data as unknown, attempt: Math.max(1, job.attemptsStarted),
      async step<R>(name: string, fn: () => Promise<R>): Promise<R> {
        const done = await redis.hget(stepsKey, name);
        if (done !== null) return JSON.parse(done) as R;
        const value = await fn();
        await redis.multi().hset(stepsKey, name, JSON.stringify(value ?? null)).pexpire(stepsKey, retainMs).exec();
        return value;
      },
    };
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    const c = await this.counts();
    return { ok: true, detail: `bullmq: ${c.waiting} waiting, ${c.delayed} delayed, ${c.active} active, ${c.failed} failed` };
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      await this.#worker?.close();
      await this.queue.close();
      if (this.#options.ownsConnection) await this.#options.connection.quit();
    })();
    return this.#closed;
  }
}
