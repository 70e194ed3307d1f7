/**
 * The job queue port. Two implementations pass the same contract suite (test/core/queue):
 * `EmbeddedQueue` (in process, jobs durable in the embedded SQLite file) and `BullmqQueue`
 * (Redis, shared by every worker replica).
 */

export interface JobOptions {
  /**
   * Idempotency key. Adding a job whose id is waiting, delayed, running, or finished within the
   * queue's retention window does nothing and returns the same id.
   */
  id?: string;
  /** Run no earlier than this many milliseconds from now. */
  delayMs?: number;
  /** Attempts before the job fails for good (default 3). */
  attempts?: number;
  /** First retry delay; doubles with each attempt (default 1000). */
  backoffMs?: number;
}

export interface NewJob<T = unknown> {
  name: string;
  data: T;
  options?: JobOptions;
}

/** What a handler gets. */
export interface JobContext<T = unknown> {
  readonly id: string;
  readonly name: string;
  readonly data: T;
  /** 1 on the first run; a retry or a takeover after a dead worker counts up. */
  readonly attempt: number;
  /**
   * Runs `fn` at most once per job across attempts and workers: a later attempt gets the recorded
   * result instead of running it again. Wrap each side effect (a send, a charge) in its own step.
   * The record is written after `fn` resolves; a worker dying between the two runs it again.
   */
  step<R>(name: string, fn: () => Promise<R>): Promise<R>;
}

export type JobHandler<T = unknown> = (job: JobContext<T>) => Promise<unknown>;

/** Throw from a handler to fail the job without retrying (bad input, a decision not to run). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed' | 'unknown';

export interface JobCounts {
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

export interface WorkOptions {
  /** Jobs run at once by this process (default 8). */
  concurrency?: number;
}

export interface JobQueue {
  readonly kind: 'embedded' | 'bullmq';
  add<T>(name: string, data: T, options?: JobOptions): Promise<string>;
  /** Adds many jobs at once (one round trip or one transaction); returns their ids in order. */
  addBulk(jobs: readonly NewJob[]): Promise<string[]>;
  /** Removes a waiting or delayed job; false when it is running, finished or unknown. */
  cancel(id: string): Promise<boolean>;
  /** Moves a delayed job's run time to `delayMs` from now; false when it is no longer delayed. */
  postpone(id: string, delayMs: number): Promise<boolean>;
  state(id: string): Promise<JobState>;
  counts(): Promise<JobCounts>;
  /** Registers the handler for jobs named `name` (before `work`). */
  handle<T>(name: string, handler: JobHandler<T>): void;
  /** Starts running the registered jobs in this process (the worker role). */
  work(options?: WorkOptions): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  /** Stops working (running jobs finish) and releases connections. */
  close(): Promise<void>;
}
