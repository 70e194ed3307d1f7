import { Telegraf } from 'telegraf';
import type { Logger } from 'pino';
import type { AdapterContext, AdapterFactory, Capability, ChannelAdapter, EventSink, Payload, RateLimits, SendResult } from '../../core/model/adapter.js';
import type { Element } from '../../core/model/elements.js';
import { ConfigError } from '../../core/model/errors.js';
import type { InboundEvent, Target } from '../../core/model/event.js';
import { TelegramApi } from './api.js';
import { callbackReference, isStoredCallback } from './callback-data.js';
import { BOT_TOKEN, SECRET_TOKEN, TelegramConfigSchema, type TelegramConfig } from './config.js';
import { decodeUpdate, type BotAccount, type TelegramHint, type WireUpdate } from './decode.js';
import { Inflight } from './inflight.js';
import { render, type TelegramBody } from './render.js';
import { PollingTransport } from './transport-polling.js';
import { WebhookTransport } from './transport-webhook.js';

/** https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this */
export const TELEGRAM_LIMITS: RateLimits = {
  perBot: [{ max: 30, perMs: 1000 }],
  perChat: [{ max: 1, perMs: 1000 }],
  perGroup: [{ max: 20, perMs: 60_000 }],
};

/** Telegram redelivers an update until it is acknowledged; ids are remembered this long. */
const UPDATE_DEDUPE_MS = 24 * 3_600_000;

type Transport = PollingTransport | WebhookTransport;

/**
 * The Telegram channel, built on telegraf: both transports hand updates to `bot.handleUpdate`, whose
 * one middleware decodes them into events for the pipeline. Replies are rendered to Bot API calls
 * (render.ts) and sent through telegraf's client (api.ts).
 */
export class TelegramAdapter implements ChannelAdapter {
  readonly platform = 'telegram';
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>(['buttons', 'cards', 'images', 'files', 'markdown', 'edit', 'delete', 'mute', 'groups', 'proactive', 'typing']);
  readonly limits = TELEGRAM_LIMITS;
  readonly botId: string;
  readonly bot: Telegraf;
  readonly api: TelegramApi;
  readonly #ctx: AdapterContext;
  readonly #log: Logger;
  readonly #transport: Transport;
  readonly #inflight = new Inflight();
  #sink: EventSink | undefined;
  #me: BotAccount | undefined;
  /** Between start and stop: new updates are taken (the webhook answers 503 otherwise). */
  #accepting = false;

  readonly #config: TelegramConfig;

  constructor(ctx: AdapterContext, config: TelegramConfig, token: string, webhook: { secret: string; url: string | undefined } | undefined) {
    this.#ctx = ctx;
    this.#config = config;
    this.botId = ctx.botId;
    this.#log = ctx.log;
    // An apiRoot with a path must end in a slash, or URL resolution drops its last segment.
    const apiRoot = config.api_root.endsWith('/') ? config.api_root : `${config.api_root}/`;
    this.bot = new Telegraf(token, { telegram: { apiRoot, webhookReply: false }, handlerTimeout: Infinity });
    this.bot.use((tctx) => this.#handle(tctx.update));
    this.bot.catch((err) => {
      throw err;
    });
    this.api = new TelegramApi(this.bot.telegram);
    if (webhook) {
      const transport = new WebhookTransport(this.api, config, { path: `/channels/telegram/${ctx.botId}`, ...webhook }, this.#log);
      transport.mount(ctx.http, (update) => this.#accept(update));
      this.#transport = transport;
    } else {
      this.#transport = new PollingTransport(this.api, config, this.#inflight, (update) => this.#accept(update), this.#log);
    }
  }

  async start(sink: EventSink): Promise<void> {
    // Learn our own id and username (to tell when a group addresses us), and spare telegraf its own getMe.
    const me = (this.bot.botInfo ??= await this.api.getMe());
    this.#me = { id: me.id, username: me.username };
    this.#sink = sink;
    this.#accepting = true;
    await this.#transport.start();
    this.#log.info({ username: me.username, mode: this.#transport instanceof WebhookTransport ? 'webhook' : 'polling' }, 'telegram bot connected');
  }

  /** Takes no new updates, then lets those already taken finish their turns. */
  async stop(): Promise<void> {
    this.#accepting = false;
    await this.#transport.stop();
    await this.#inflight.drain();
    this.#sink = undefined;
  }

  /** Resolves when every update received so far has been handled (tests, graceful stops). */
  idle(): Promise<void> {
    return this.#inflight.drain();
  }

  render(target: Target, content: Element[]): Payload[] {
    return render(target, content, { publicUrl: this.#ctx.publicUrl });
  }

  async send(payload: Payload): Promise<SendResult> {
    const body = payload.body as TelegramBody;
    for (const [data, value] of Object.entries(body.callbacks ?? {})) {
      await this.#ctx.store.references.put('telegram', this.botId, callbackReference(data), value);
    }
    const sent = await this.api.send(payload.method, body.params);
    return { ok: true, ...(sent !== true && sent.message_id !== undefined ? { messageId: String(sent.message_id) } : {}) };
  }

  health(): { ok: boolean; detail?: string } {
    if (!this.#accepting) return { ok: false, detail: 'not started' };
    return this.#transport.health();
  }

  /** Both transports end here: false when not started (the webhook answers 503 and Telegram retries). */
  #accept(update: WireUpdate): boolean {
    if (!this.#accepting) return false;
    this.#inflight.run(() => this.bot.handleUpdate(update as never), (err) => {
      this.#log.error({ err, updateId: update.update_id }, 'telegram update failed');
    });
    return true;
  }

  /** telegraf's middleware: drop a redelivered update, answer a button press at once, run the turn. */
  async #handle(update: WireUpdate): Promise<void> {
    const sink = this.#sink;
    const me = this.#me;
    if (!sink || !me) throw new Error('telegram adapter is not started');
    if (!(await this.#ctx.store.dedupe.claim(`telegram:${this.botId}:update:${update.update_id}`, UPDATE_DEDUPE_MS))) {
      this.#log.debug({ updateId: update.update_id }, 'redelivered telegram update ignored');
      return;
    }
    const query = update.callback_query;
    const answered = query ? this.api.answerCallbackQuery(query.id) : Promise.resolve();
    const turn = (async () => {
      const callbackValue = query?.data && isStoredCallback(query.data) ? await this.#storedCallback(query.data) : undefined;
      const events = decodeUpdate(update, { botId: this.botId, me, ...(callbackValue !== undefined ? { callbackValue } : {}) });
      for (const event of events) await this.#withTyping(event, () => sink(event));
    })();
    const failures = (await Promise.allSettled([turn, answered])).flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failures.length > 1) throw new AggregateError(failures, `telegram update ${update.update_id} failed`);
    if (failures.length === 1) throw failures[0];
  }

  /** Shows "typing…" while a turn the shopper waits on runs. A failed indicator never fails the turn. */
  async #withTyping(event: InboundEvent, run: () => Promise<void>): Promise<void> {
    if (!this.#config.typing || !event.mentionsBot || (event.kind !== 'message' && event.kind !== 'action')) return run();
    const threadId = (event.raw as { hint?: TelegramHint } | undefined)?.hint?.threadId;
    const typing = () => this.api.sendChatAction(event.conversation.id, threadId).catch((err: unknown) => {
      this.#log.debug({ err }, 'telegram typing indicator failed');
    });
    await typing(); // before the turn, so the indicator never lands after the answer
    let pending: Promise<void> = Promise.resolve();
    const timer = setInterval(() => { pending = typing(); }, this.#config.typing_interval_ms);
    try {
      await run();
    } finally {
      clearInterval(timer);
      await pending;
    }
  }

  async #storedCallback(data: string): Promise<string | undefined> {
    const value = await this.#ctx.store.references.get<string>('telegram', this.botId, callbackReference(data));
    if (value === undefined) this.#log.warn({ data }, 'button value not found; passing the callback data on as is');
    return value;
  }
}

function configError(ctx: AdapterContext, message: string): ConfigError {
  return new ConfigError(`channels.telegram.${message}`, `bots/${ctx.botId}.yaml`);
}

/** Validates `channels.telegram` and the credentials it names; the token itself is never printed. */
const create: AdapterFactory = (ctx) => {
  const parsed = TelegramConfigSchema.safeParse(ctx.config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw configError(ctx, `${issue.path.join('.')}: ${issue.message}`);
  }
  const config = parsed.data;
  const token = ctx.env[config.token_env];
  if (!token) throw configError(ctx, `token_env: environment variable ${config.token_env} is not set (the token BotFather gave)`);
  if (!BOT_TOKEN.test(token)) throw configError(ctx, `token_env: ${config.token_env} does not hold a bot token (expected digits, a colon, then letters)`);
  if (config.mode === 'polling') return new TelegramAdapter(ctx, config, token, undefined);
  const secret = ctx.env[config.secret_token_env];
  if (!secret) throw configError(ctx, `secret_token_env: webhook mode needs a secret; environment variable ${config.secret_token_env} is not set`);
  if (!SECRET_TOKEN.test(secret)) throw configError(ctx, `secret_token_env: ${config.secret_token_env} must be 1-256 characters of A-Z a-z 0-9 _ -`);
  const url = config.webhook_url ?? (ctx.publicUrl ? `${ctx.publicUrl.replace(/\/+$/, '')}/channels/telegram/${ctx.botId}` : undefined);
  if (config.register_webhook && !url) {
    throw configError(ctx, 'webhook_url: webhook mode needs a public URL; set SHOPMATE_PUBLIC_URL or webhook_url (or register_webhook: false)');
  }
  return new TelegramAdapter(ctx, config, token, { secret, url: config.register_webhook ? url : undefined });
};

export default create;
