import type { EventSink } from '../model/adapter.js';
import type { InboundEvent } from '../model/event.js';
import type { JobQueue } from '../queue/port.js';
import type { RedisDedupe } from '../store/redis/dedupe.js';
import type { Logger } from '../util/log.js';
import { TurnScope, turnScope } from './turn-scope.js';

/** The job that re-runs a turn whose web replica died before answering. */
export const INBOUND_JOB = 'shopmate.inbound';

export type TurnRunner = (event: InboundEvent) => Promise<unknown>;

export interface InboundJournalOptions {
  queue: JobQueue;
  dedupe: RedisDedupe;
  /** How long after a web replica stops heartbeating a turn a worker runs it. */
  takeoverMs?: number;
  log?: Logger;
}

/** One journal entry per platform event: a redelivery finds the same entry. */
export function journalId(event: InboundEvent): string {
  return `inbound:${event.platform}:${event.botId}:${event.id}`;
}

/**
 * Makes an event accepted by a web replica survive that replica dying before it answered.
 *
 * Before the turn runs, the event is written to the job queue as a delayed job (id = the platform's
 * event id, so redeliveries add nothing). The web replica runs the turn itself, at once, pushing
 * the job's run time out while the turn lasts, and cancels the job when the turn is done. If the
 * replica dies, its heartbeat stops and a worker runs the job after `takeoverMs`. Dedupe claims are
 * two-phase inside the turn scope opened here, so the worker's run (or a platform's redelivery to
 * another replica) takes over a claim whose owner died, while a live owner's claim is waited on.
 */
export class InboundJournal {
  readonly #queue: JobQueue;
  readonly #dedupe: RedisDedupe;
  readonly #takeoverMs: number;
  readonly #log: Logger | undefined;

  constructor(options: InboundJournalOptions) {
    this.#queue = options.queue;
    this.#dedupe = options.dedupe;
    this.#takeoverMs = options.takeoverMs ?? 30_000;
    this.#log = options.log;
  }

  /** The sink web replicas give their adapters. */
  sink(run: TurnRunner): EventSink {
    return async (event) => {
      const id = journalId(event);
      await this.#queue.add(INBOUND_JOB, { event }, { id, delayMs: this.#takeoverMs, attempts: 5, backoffMs: 2_000 });
      const heartbeat = setInterval(() => {
        this.#queue.postpone(id, this.#takeoverMs).catch((err: unknown) => this.#log?.warn({ err, job: id }, 'could not postpone an inbound journal entry'));
      }, Math.max(50, Math.floor(this.#takeoverMs / 3)));
      try {
        await this.run(event, run);
      } finally {
        clearInterval(heartbeat);
      }
      // Answered: nothing left to take over. (A failed turn keeps its entry: a worker retries it.)
      await this.#queue.cancel(id);
    };
  }

  /** Registers the takeover of journal entries with the queue (worker role). */
  work(run: TurnRunner): void {
    this.#queue.handle<{ event: InboundEvent }>(INBOUND_JOB, (job) => this.run(job.data.event, run));
  }

  /** Runs one turn in a fresh scope and settles its dedupe claims: done on success, released on failure. */
  async run(event: InboundEvent, run: TurnRunner): Promise<void> {
    const scope = new TurnScope();
    try {
      await turnScope.run(scope, () => run(event));
    } catch (err) {
      await this.#dedupe.finish(scope, false);
      throw err;
    }
    await this.#dedupe.finish(scope, true);
  }
}
