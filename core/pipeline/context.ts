import type { EventEmitter } from 'node:events';
import type { CatalogIndex } from '../nlu/catalog-index.js';
import type { ChannelAdapter } from '../model/adapter.js';
import type { Element } from '../model/elements.js';
import type { InboundEvent } from '../model/event.js';
import type { BotConfig } from '../bot/schema.js';
import type { CompiledFlow } from '../flow/compile.js';
import type { ActionRegistry } from '../flow/actions.js';
import type { DialogueState, OfferedButton, TurnOutcome, Understanding } from '../flow/runtime.js';
import type { I18n } from '../i18n/index.js';
import type { NluService } from '../nlu/service.js';
import type { Shop } from '../shop/types.js';
import type { Conversation, Profile, Store } from '../store/ports.js';
import type { DeliveryGovernor } from '../delivery/governor.js';
import type { Metrics } from '../metrics/index.js';
import type { Logger } from '../util/log.js';

/** Everything one bot needs at run time, built once at start-up. */
export interface BotRuntime {
  id: string;
  config: BotConfig;
  flows: ReadonlyMap<string, CompiledFlow>;
  actions: ActionRegistry;
  shop: Shop;
  nlu: NluService;
  /** The product index the NLU matches names against, refreshed from the shop's catalog. */
  catalog: CatalogIndex;
  adapters: Map<string, ChannelAdapter>;
  /** Public base URL for media links (product images) where a platform needs absolute URLs. */
  publicUrl: string | undefined;
}

/** Serializes turns per conversation (in-process mutex, or a Redis lease in scale mode). */
export interface Serializer {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface EngineDeps {
  store: Store;
  i18n: I18n;
  governor: DeliveryGovernor;
  metrics: Metrics;
  serializer: Serializer;
  log: Logger;
  /** `handoff` (conversation), `inbox` (message while with an agent), `delivered` (target, elements). */
  events: EventEmitter;
  dedupeTtlMs: number;
}

export type TurnStatus = 'answered' | 'duplicate' | 'with_agent' | 'ignored' | 'error' | 'timeout';

/** What a turn produced; the CLI's `--json` prints it and the web chat returns `replies`. */
export interface TurnResult {
  status: TurnStatus;
  intent: string | null;
  confidence: number;
  flow: string | null;
  locale: string;
  replies: Element[][];
  conversationId?: string;
}

/** `automatic`: the shopper gave up a chosen zone, and the one the client reports (or the bot's) applies again. */
export type TimezoneChoice = { kind: 'chosen'; zone: string } | { kind: 'automatic' } | { kind: 'unknown'; text: string };

export interface TurnContext {
  readonly event: InboundEvent;
  readonly bot: BotRuntime;
  readonly deps: EngineDeps;
  readonly started: number;
  log: Logger;
  signal: AbortSignal;
  text: string;
  /** The reply language. */
  locale: string;
  /** The language the message is written in, when confidently detected and different from `locale`. */
  writtenIn?: string;
  profile?: Profile;
  conversation?: Conversation;
  sessionKey: string;
  /** The buttons of the bot's last message, when the typed-button stage read them. */
  offered?: readonly OfferedButton[];
  /** What the time zone stage made of a choice in this message (a zone applied, or one it does not know). */
  timezoneChoice?: TimezoneChoice;
  dialogue?: DialogueState;
  understanding?: Understanding;
  /**
   * A message that asks several things ("how much is shipping? and can I pay with PayPal?"): each question with
   * its own understanding, in order; the first is `understanding`. Unset for a message that asks one thing.
   */
  questions?: { text: string; understanding: Understanding }[];
  outcome?: TurnOutcome;
  /** The shopper waits for a person who has not taken the conversation yet (handoff gate): the bot answers only some requests. */
  waiting?: boolean;
  /** Group message that does not address the bot: answered only when confident (community gate). */
  unaddressed: boolean;
  /** Rendered replies, one Element[] per message. */
  messages: Element[][];
  result: TurnResult;
}
