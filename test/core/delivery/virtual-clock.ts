import type { Clock } from '../../../core/delivery/clock.js';

interface Timer {
  at: number;
  resolve: () => void;
}

/**
 * A clock whose time moves only when told to. With `runOnClock`, hours of rate limits run in
 * milliseconds and every participant (the governor, a fake platform server) sees the same instant.
 */
export class VirtualClock implements Clock {
  #now: number;
  #timers: Timer[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer: Timer = { at: this.#now + ms, resolve };
      this.#timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        reject(signal.reason as Error);
      }, { once: true });
    });
  }

  /** How many sleeps are pending. */
  get sleepers(): number {
    return this.#timers.length;
  }

  /** Moves time to the earliest pending sleep and wakes every sleep due by then. */
  advance(): void {
    if (this.#timers.length === 0) return;
    this.#now = Math.max(this.#now, Math.min(...this.#timers.map((t) => t.at)));
    const due = this.#timers.filter((t) => t.at <= this.#now);
    this.#timers = this.#timers.filter((t) => t.at > this.#now);
    for (const t of due) t.resolve();
  }

  /** Moves time forward by `ms`, waking what is due. */
  tick(ms: number): void {
    this.#now += ms;
    const due = this.#timers.filter((t) => t.at <= this.#now);
    this.#timers = this.#timers.filter((t) => t.at > this.#now);
    for (const t of due) t.resolve();
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `tasks` concurrently to completion, advancing virtual time only when every unfinished task is
 * asleep on the clock: while any task does real I/O (Redis, HTTP to a fake), time stands still,
 * so what a fake server sees is exactly what the governor scheduled.
 */
export async function runOnClock<T>(clock: VirtualClock, tasks: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  let unfinished = tasks.length;
  const all = Promise.allSettled(tasks.map((task) => task().finally(() => unfinished--)));
  while (unfinished > 0) {
    await turn();
    if (unfinished > 0 && clock.sleepers === unfinished) clock.advance();
  }
  return all;
}

/** A clock whose sleeps return at once and move its time forward: rate limits keep their order, not their wait. */
export class WarpClock implements Clock {
  #offset = 0;

  now(): number {
    return Date.now() + this.#offset;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    this.#offset += Math.max(0, ms);
    return Promise.resolve();
  }
}
