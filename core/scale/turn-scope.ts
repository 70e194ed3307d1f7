import { AsyncLocalStorage } from 'node:async_hooks';

/** A dedupe claim taken two-phase: `value` is what this turn wrote, so only it can finish the claim. */
export interface Claim {
  key: string;
  value: string;
}

/**
 * What the scale-mode pieces of one turn share (the Redis dedupe, lock, sessions and send ledger),
 * carried through the async context so the pipeline's stages need not know about them.
 */
export class TurnScope {
  /** Dedupe claims this turn took; marked done when its effects are durable, released if it fails. */
  readonly claims: Claim[] = [];
  /** True when the turn took over an event another replica claimed and did not finish. */
  takeover = false;
  /** Payloads sent so far in this turn: numbers the send ledger's entries. */
  sends = 0;
  /** The conversation lock held for this turn: its fencing token and the Redis key of its counter. */
  fence: { token: number; counterKey: string } | undefined;
}

const storage = new AsyncLocalStorage<TurnScope>();

export const turnScope = {
  /** The scope of the turn running in this async context, if any. */
  current: (): TurnScope | undefined => storage.getStore(),
  /** Runs `fn` inside `scope`. */
  run: <T>(scope: TurnScope, fn: () => Promise<T>): Promise<T> => storage.run(scope, fn),
};
