import type { EventSink } from '../model/adapter.js';
import type { DeliveryGovernor } from '../delivery/governor.js';
import type { Serializer } from '../pipeline/context.js';
import type { JobQueue } from '../queue/port.js';
import type { Store } from '../store/ports.js';
import type { Logger } from '../util/log.js';
import type { Role } from './config.js';
import type { TurnRunner } from './inbound.js';

export interface BackendsOptions {
  env: Readonly<Record<string, string | undefined>>;
  dataDir: string;
  log: Logger;
  role: Role;
  /** Injected pieces are used as they are; the rest is chosen from the environment. */
  store?: Store;
  serializer?: Serializer;
}

export interface Health {
  ok: boolean;
  detail?: string;
}

export interface BackendsHealth {
  ok: boolean;
  role: Role;
  redis?: Health;
  mongo?: Health;
  queue: Health;
}

/** What the environment selected: the store, the per-conversation serializer, the job queue, and how turns enter. */
export interface Backends {
  readonly role: Role;
  /** `embedded`, or the scale pieces in use (`mongo`, `redis`, `mongo+redis`). */
  readonly mode: string;
  readonly store: Store;
  readonly serializer: Serializer;
  readonly queue: JobQueue;
  /** Wraps the delivery governor (scale mode: the send ledger). */
  governor(inner: DeliveryGovernor): DeliveryGovernor;
  /** The sink adapters feed (scale mode: through the inbound journal). */
  sink(run: TurnRunner): EventSink;
  /** Starts this process's job workers (roles `worker` and `all`). */
  work(run: TurnRunner): Promise<void>;
  health(): Promise<BackendsHealth>;
  close(): Promise<void>;
}

export const asHealth = (p: Promise<Health>): Promise<Health> => p.catch((err: unknown) => ({ ok: false, detail: (err as Error).message }));
