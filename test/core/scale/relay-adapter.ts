import type { AdapterFactory, ChannelAdapter, EventSink, Payload, SendResult } from '../../../core/model/adapter.js';
import { NO_LIMITS } from '../../../core/model/adapter.js';
import { plainText, type Element } from '../../../core/model/elements.js';
import type { InboundEvent, Target } from '../../../core/model/event.js';
import { PlatformError } from '../../../core/model/errors.js';

/** What the relay platform posts to `/channels/relay/:botId` (a minimal Telegram-like webhook update). */
export interface RelayUpdate {
  id: string;
  chat: string;
  user: string;
  text: string;
}

/** What our adapter posts back to the platform's `/sent`. */
export interface RelaySend {
  replyTo: string | undefined;
  chat: string;
  text: string;
  /** The replica that sent it (REPLICA_NAME), for diagnostics. */
  from: string | undefined;
}

/**
 * A channel for the replica tests: webhooks in (answered 200 once the turn is done, so a failed
 * request is redelivered by the platform, as Telegram does), replies out over HTTP to the
 * platform, from whichever replica runs the turn.
 */
class RelayAdapter implements ChannelAdapter {
  readonly platform = 'relay';
  readonly capabilities = new Set(['buttons'] as const);
  readonly limits = NO_LIMITS;
  readonly botId: string;
  #sink: EventSink | undefined;

  constructor(ctx: Parameters<AdapterFactory>[0], private readonly platformUrl: string, private readonly replica: string | undefined) {
    this.botId = ctx.botId;
    ctx.http.post(`/channels/relay/${ctx.botId}`, async (c) => {
      if (!this.#sink) return c.json({ error: 'not taking traffic' }, 503);
      const u = await c.req.json<RelayUpdate>();
      await this.#sink(this.#decode(u));
      return c.json({ ok: true });
    });
  }

  #decode(u: RelayUpdate): InboundEvent {
    return {
      id: u.id, platform: 'relay', botId: this.botId, kind: 'message', conversation: { id: u.chat, kind: 'direct' },
      sender: { id: u.user }, content: [{ type: 'text', text: u.text }], mentionsBot: true, chosenLocale: 'en', timestamp: Date.now(), raw: u,
    };
  }

  start(sink: EventSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.#sink = undefined;
    return Promise.resolve();
  }

  render(target: Target, content: Element[]): Payload[] {
    const body: RelaySend = { replyTo: target.replyTo, chat: target.conversation.id, text: plainText(content), from: this.replica };
    return [{ target, method: 'send', body }];
  }

  async send(payload: Payload): Promise<SendResult> {
    const res = await fetch(`${this.platformUrl}/sent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload.body) });
    if (!res.ok) throw new PlatformError(`relay send failed: ${res.status}`, { platform: 'relay', method: 'send', status: res.status });
    return { ok: true };
  }

  health(): { ok: boolean; detail?: string } {
    return { ok: this.#sink !== undefined };
  }
}

export function relayAdapter(platformUrl: string, replica?: string): AdapterFactory {
  return (ctx) => new RelayAdapter(ctx, platformUrl, replica);
}
