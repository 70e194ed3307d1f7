import type { Element } from './elements.js';
import type { InboundEvent, Platform, Target } from './event.js';

export type Capability =
  | 'buttons' | 'cards' | 'images' | 'files' | 'markdown' | 'edit' | 'delete' | 'mute'
  | 'groups' | 'proactive' | 'typing' | 'streaming';

/** One token bucket: at most `max` sends per `perMs`. */
export interface RateWindow {
  max: number;
  perMs: number;
}

/** The platform's documented send limits; the delivery governor enforces all that apply. */
export interface RateLimits {
  perBot: RateWindow[];
  perChat: RateWindow[];
  perGroup: RateWindow[];
}

/** A platform-specific payload produced by `render` (pure) and consumed by `send` (I/O). */
export interface Payload {
  target: Target;
  method: string;
  body: unknown;
}

export interface SendResult {
  ok: true;
  messageId?: string;
}

export type EventSink = (event: InboundEvent) => Promise<void>;

/** Who a message outside a conversation turn goes to: users (their direct chats with the bot) or one conversation (a group). */
export type ProactiveTo = { userIds: string[] } | { conversationId: string };

export interface PushOptions {
  /** The app's delivery governor: pushes obey the platform's limits like replies do. */
  governor: { send(adapter: ChannelAdapter, payload: Payload, options?: { signal?: AbortSignal }): Promise<SendResult> };
  signal?: AbortSignal;
}

/** What every channel implements. Adapters import core; core never imports an adapter. */
export interface ChannelAdapter {
  readonly platform: Platform;
  readonly botId: string;
  readonly capabilities: ReadonlySet<Capability>;
  readonly limits: RateLimits;
  start(sink: EventSink): Promise<void>;
  stop(): Promise<void>;
  /** Pure: Element[] → payloads. Testable without I/O. */
  render(to: Target, content: Element[]): Payload[];
  send(payload: Payload): Promise<SendResult>;
  /** Transport health for /healthz. */
  health?(): { ok: boolean; detail?: string };
  /**
   * Sends outside a turn (operator pushes, campaigns). Optional: without it the engine sends to the
   * user id or conversation id as a plain target, which suits platforms whose chat ids are stable.
   */
  push?(to: ProactiveTo, content: Element[], options: PushOptions): Promise<SendResult[]>;
}

export const NO_LIMITS: RateLimits = { perBot: [], perChat: [], perGroup: [] };

/** What an adapter factory gets: its bot's channel settings, the environment, and where to mount routes. */
export interface AdapterContext {
  botId: string;
  /** `channels.<platform>` of the bot's YAML (validated by the adapter's own schema). */
  config: Record<string, unknown>;
  env: Readonly<Record<string, string | undefined>>;
  log: import('pino').Logger;
  store: import('../store/ports.js').Store;
  /** The HTTP app: adapters with webhooks mount their routes here. */
  http: import('hono').Hono;
  upgradeWebSocket: import('hono/ws').UpgradeWebSocket<unknown>;
  publicUrl: string | undefined;
  /** What the adapter may need to know about its bot. */
  bot: { name: string; locales: readonly string[]; defaultLocale: string };
  /** The app's delivery governor: an adapter's own proactive sends go through it so the platform's limits hold. */
  governor: PushOptions['governor'];
  /** i18n lookup for channel chrome (e.g. the web chat page). */
  t: (locale: string, key: string, vars?: Record<string, unknown>) => string;
}

/** `adapters/<platform>/index.ts` default-exports one of these. */
export type AdapterFactory = (ctx: AdapterContext) => ChannelAdapter | Promise<ChannelAdapter>;
