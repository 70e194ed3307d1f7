import type { ChannelAdapter, EventSink, Payload, SendResult } from '../model/adapter.js';
import { NO_LIMITS } from '../model/adapter.js';
import type { Element } from '../model/elements.js';
import type { Target } from '../model/event.js';

/**
 * An in-process channel: replies are kept in memory per turn. Serves the terminal chat, the
 * benchmarks and conversation tests; the web chat adapter builds on the same idea over HTTP.
 */
export class MemoryAdapter implements ChannelAdapter {
  readonly capabilities = new Set(['buttons', 'cards', 'images', 'groups'] as const);
  readonly limits = NO_LIMITS;
  readonly sent: Payload[] = [];
  #sink: EventSink | undefined;

  constructor(
    readonly platform: string,
    readonly botId: string,
  ) {}

  start(sink: EventSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.#sink = undefined;
    return Promise.resolve();
  }

  get sink(): EventSink {
    if (!this.#sink) throw new Error(`${this.platform} adapter not started`);
    return this.#sink;
  }

  render(target: Target, content: Element[]): Payload[] {
    return [{ target, method: 'message', body: content }];
  }

  send(payload: Payload): Promise<SendResult> {
    this.sent.push(payload);
    return Promise.resolve({ ok: true, messageId: String(this.sent.length) });
  }
}
