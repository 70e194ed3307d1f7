import type { Logger } from '../util/log.js';
import { ShopmateError } from '../model/errors.js';

export interface ActionContext {
  botId: string;
  locale: string;
  profileId?: string;
  /** The shopper the turn is for, as the shop sees them: order lookups pass it on (core/shop/types.ts `Customer`). */
  customer?: { profileId: string; platform: string; userId: string };
  signal: AbortSignal;
  log: Logger;
}

/** A registered action: `call: shop.getOrder` runs the function registered as `shop.getOrder`. */
export type Action = (args: Record<string, unknown>, ctx: ActionContext) => Promise<unknown>;

export class ActionError extends ShopmateError {
  constructor(
    message: string,
    readonly action: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const DEFAULT_ACTION_TIMEOUT_MS = 5_000;

export class ActionRegistry {
  readonly #actions = new Map<string, Action>();

  register(name: string, action: Action): this {
    this.#actions.set(name, action);
    return this;
  }

  get(name: string): Action | undefined {
    return this.#actions.get(name);
  }

  has(name: string): boolean {
    return this.#actions.has(name);
  }

  names(): string[] {
    return [...this.#actions.keys()].sort();
  }

  /**
   * Runs an action with a deadline. An action that ignores its signal still cannot hold the turn:
   * the call rejects with code `timeout` when the deadline passes.
   */
  async run(name: string, args: Record<string, unknown>, ctx: ActionContext, timeoutMs = DEFAULT_ACTION_TIMEOUT_MS): Promise<unknown> {
    const action = this.#actions.get(name);
    if (!action) throw new ActionError(`unknown action "${name}"`, name, 'unknown_action');
    // A timer of our own, not AbortSignal.timeout(): AbortSignal.any() holds its sources weakly, and a
    // timeout signal nothing else references can be garbage-collected before it fires (seen under load:
    // a 100 ms deadline let a 1.5 s backend call through).
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    const signal = AbortSignal.any([ctx.signal, deadline.signal]);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(new ActionError(`action "${name}" timed out after ${timeoutMs} ms`, name, 'timeout', { cause: signal.reason }));
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([action(args, { ...ctx, signal }), aborted]);
    } catch (err) {
      if (err instanceof ActionError) throw err;
      throw new ActionError(`action "${name}" failed: ${(err as Error).message}`, name, 'failed', { cause: err });
    } finally {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
  }
}
