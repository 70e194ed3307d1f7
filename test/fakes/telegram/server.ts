import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RateLimits } from '../../../core/model/adapter.js';
import { checkMarkup, checkText } from './checks.js';

/**
 * A local Bot API server (https://core.telegram.org/bots/api) that telegraf talks to through
 * `apiRoot`: `POST /bot<token>/<method>` with JSON, urlencoded or query parameters, answering
 * `{ ok, result }` or `{ ok: false, error_code, description, parameters }` as Telegram does.
 * It records every call, validates what Telegram validates (HTML, lengths, keyboards), long-polls
 * getUpdates, delivers updates to a registered webhook with its secret, and on request enforces
 * the documented send limits (429 with retry_after) or plays a shopper who blocked the bot (403).
 */
export interface FakeTelegramOptions {
  token: string;
  bot?: { id: number; username: string; first_name: string };
  /** Enforce these send limits as sliding windows (exactly, no slack). */
  limits?: RateLimits;
  /** The clock the limits are measured with (a test's virtual clock). */
  now?: () => number;
}

export interface FakeCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
  /** 200, or the error code the fake answered with. */
  status: number;
}

export interface FakeUpdate {
  update_id: number;
  [kind: string]: unknown;
}

interface ApiError {
  error_code: number;
  description: string;
  parameters?: Record<string, unknown>;
}

/** Methods that send a message (sendChatAction only shows "typing…"). */
const SEND_METHODS = /^(send(?!ChatAction)[A-Z]\w*|copyMessage|forwardMessage)$/;
/** A scalar parameter as text (JSON numbers and strings alike, as the Bot API reads them). */
const scalar = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export class FakeTelegram {
  readonly calls: FakeCall[] = [];
  /** Chats whose shopper blocked the bot (or that removed it): sends answer 403. */
  readonly blocked = new Set<string>();
  readonly bot: { id: number; is_bot: true; username: string; first_name: string; can_join_groups: true; can_read_all_group_messages: false; supports_inline_queries: false };
  webhook: { url: string; secret_token?: string; allowed_updates?: string[] } | undefined;
  /** The highest offset getUpdates was called with: updates below it are confirmed. */
  confirmed = 0;
  readonly #events = new EventEmitter();
  readonly #queue: FakeUpdate[] = [];
  readonly #failures: { method: string; error: ApiError }[] = [];
  readonly #sent = new Map<string, number[]>();
  readonly #holds = new Map<string, Promise<void>>();
  #poll: { res: ServerResponse; timer: NodeJS.Timeout; limit: number } | undefined;
  #nextUpdateId = 1;
  #nextMessageId = 1;
  #server!: Server;
  url = '';

  private constructor(readonly options: FakeTelegramOptions) {
    this.bot = { id: 7_000_000_001, username: 'shopmate_test_bot', first_name: 'Shopmate', ...options.bot, is_bot: true, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
    this.#events.setMaxListeners(0);
  }

  static async start(options: FakeTelegramOptions): Promise<FakeTelegram> {
    const fake = new FakeTelegram(options);
    fake.#server = createServer((req, res) => void fake.#serve(req, res));
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    if (this.#poll) this.#answer(this.#poll.res, 200, []);
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  get now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Queues an update for getUpdates (an id is assigned when missing). */
  push(update: Omit<FakeUpdate, 'update_id'> & { update_id?: number }): FakeUpdate {
    const full = { ...update, update_id: update.update_id ?? this.#nextUpdateId++ } as FakeUpdate;
    this.#nextUpdateId = Math.max(this.#nextUpdateId, full.update_id + 1);
    this.#queue.push(full);
    if (this.#poll) this.#flushPoll();
    return full;
  }

  /** A fresh update id, for updates delivered to a webhook. */
  nextUpdateId(): number {
    return this.#nextUpdateId++;
  }

  /** POSTs an update to the registered webhook, as Telegram does, with its secret unless told otherwise. */
  async deliver(update: FakeUpdate, options: { secret?: string | null } = {}): Promise<{ status: number; body: string }> {
    if (!this.webhook) throw new Error('fake telegram: no webhook registered');
    const secret = options.secret === undefined ? this.webhook.secret_token : options.secret;
    const res = await fetch(this.webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body: JSON.stringify(update),
    });
    return { status: res.status, body: await res.text() };
  }

  /** The next `times` calls of `method` fail with this error (e.g. 429 with retry_after, 500). */
  fail(method: string, error: ApiError, times = 1): void {
    for (let i = 0; i < times; i++) this.#failures.push({ method, error });
  }

  /** Holds answers to `method` until the returned function is called. */
  hold(method: string): () => void {
    let release!: () => void;
    this.#holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#holds.delete(method);
      release();
    };
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Messages the bot sent (any send method, answered 200). */
  get sent(): FakeCall[] {
    return this.calls.filter((c) => SEND_METHODS.test(c.method) && c.status === 200);
  }

  /** Resolves with the first call (past or future) that matches. */
  waitFor(match: (call: FakeCall) => boolean, timeoutMs = 10_000): Promise<FakeCall> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#events.off('call', onCall);
        reject(new Error(`fake telegram: no matching call within ${timeoutMs} ms`));
      }, timeoutMs);
      const onCall = (call: FakeCall) => {
        if (!match(call)) return;
        clearTimeout(timer);
        this.#events.off('call', onCall);
        resolve(call);
      };
      this.#events.on('call', onCall);
    });
  }

  /** Resolves once getUpdates has confirmed `updateId` (the adapter asked for the next ones). */
  async confirmedPast(updateId: number, timeoutMs = 10_000): Promise<void> {
    await this.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset ?? 0) > updateId, timeoutMs);
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!m) return this.#answer(res, 404, { error_code: 404, description: 'Not Found' });
    let params: Record<string, unknown>;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readParams(req)) };
    } catch (err) {
      return this.#answer(res, 400, { error_code: 400, description: `Bad Request: ${(err as Error).message}` });
    }
    const method = m[2]!;
    const call: FakeCall = { method, params, at: this.now, status: 200 };
    const finish = (status: number, body: unknown) => {
      call.status = status;
      this.calls.push(call);
      this.#events.emit('call', call);
      this.#answer(res, status, body);
    };
    if (m[1] !== this.options.token) return finish(401, { error_code: 401, description: 'Unauthorized' });
    await this.#holds.get(method);
    const failure = this.#failures.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const { error } = this.#failures.splice(failure, 1)[0]!;
      return finish(error.error_code, error);
    }
    const outcome = this.#call(method, params, res, call);
    if (outcome === 'pending') return;
    if ('error_code' in outcome) return finish(outcome.error_code, outcome);
    return finish(200, outcome.result);
  }

  #call(method: string, p: Record<string, unknown>, res: ServerResponse, call: FakeCall): ApiError | { result: unknown } | 'pending' {
    switch (method) {
      case 'getMe':
        return { result: this.bot };
      case 'setWebhook':
        this.webhook = { url: scalar(p.url), ...(p.secret_token ? { secret_token: scalar(p.secret_token) } : {}), ...(Array.isArray(p.allowed_updates) ? { allowed_updates: p.allowed_updates as string[] } : {}) };
        return { result: true };
      case 'deleteWebhook':
        this.webhook = undefined;
        if (p.drop_pending_updates) this.#queue.splice(0);
        return { result: true };
      case 'getWebhookInfo':
        return { result: { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.#queue.length } };
      case 'getUpdates':
        return this.#getUpdates(p, res, call);
      case 'answerCallbackQuery':
        return p.callback_query_id ? { result: true } : { error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' };
      case 'sendChatAction':
        return { result: true };
      default:
        if (SEND_METHODS.test(method)) return this.#send(method, p);
        return { error_code: 404, description: 'Not Found' };
    }
  }

  #getUpdates(p: Record<string, unknown>, res: ServerResponse, call: FakeCall): ApiError | { result: unknown } | 'pending' {
    if (this.webhook) return { error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" };
    const offset = Number(p.offset ?? 0);
    this.confirmed = Math.max(this.confirmed, offset);
    while (this.#queue.length && this.#queue[0]!.update_id < offset) this.#queue.shift();
    if (this.#poll) {
      const older = this.#poll;
      this.#poll = undefined;
      clearTimeout(older.timer);
      this.#answer(older.res, 409, { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' });
    }
    const timeout = Number(p.timeout ?? 0);
    const limit = Number(p.limit ?? 100);
    if (this.#queue.length || timeout <= 0) return { result: this.#take(limit) };
    const timer = setTimeout(() => this.#flushPoll(), timeout * 1000);
    this.#poll = { res, timer, limit };
    res.on('close', () => {
      if (this.#poll?.res === res) {
        clearTimeout(timer);
        this.#poll = undefined;
      }
    });
    this.calls.push(call);
    this.#events.emit('call', call);
    return 'pending';
  }

  #flushPoll(): void {
    const poll = this.#poll;
    if (!poll) return;
    this.#poll = undefined;
    clearTimeout(poll.timer);
    this.#answer(poll.res, 200, this.#take(poll.limit));
  }

  #take(limit: number): FakeUpdate[] {
    return this.#queue.slice(0, limit);
  }

  #send(method: string, p: Record<string, unknown>): ApiError | { result: unknown } {
    const chat = scalar(p.chat_id);
    if (!chat) return { error_code: 400, description: 'Bad Request: chat_id is empty' };
    const textError = method === 'sendMessage' ? checkText(p.text, p.parse_mode, 'text') : checkText(p.caption, p.parse_mode, 'caption');
    if (textError) return { error_code: 400, description: textError };
    const markupError = checkMarkup(p.reply_markup);
    if (markupError) return { error_code: 400, description: markupError };
    const media = { sendPhoto: 'photo', sendDocument: 'document', sendAudio: 'audio', sendVideo: 'video' }[method];
    if (media && typeof p[media] !== 'string') return { error_code: 400, description: `Bad Request: there is no ${media} in the request` };
    if (this.blocked.has(chat)) {
      return { error_code: 403, description: chat.startsWith('-') ? 'Forbidden: bot was kicked from the group chat' : 'Forbidden: bot was blocked by the user' };
    }
    const limited = this.#rateLimit(chat);
    if (limited) return limited;
    const group = chat.startsWith('-');
    return {
      result: {
        message_id: this.#nextMessageId++, date: Math.floor(this.now / 1000),
        chat: group ? { id: Number(chat), type: chat.startsWith('-100') ? 'supergroup' : 'group', title: 'Group' } : { id: Number(chat), type: 'private', first_name: 'Shopper' },
        from: { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username },
        ...(typeof p.text === 'string' ? { text: p.text } : {}),
        ...(typeof p.caption === 'string' ? { caption: p.caption } : {}),
        ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
      },
    };
  }

  /** Sliding windows: a send is refused when a window already holds `max` sends within `perMs`. */
  #rateLimit(chat: string): ApiError | undefined {
    const limits = this.options.limits;
    if (!limits) return undefined;
    const now = this.now;
    const windows = [
      ...limits.perBot.map((w) => ({ key: `bot:${w.max}/${w.perMs}`, ...w })),
      ...limits.perChat.map((w) => ({ key: `chat:${chat}:${w.max}/${w.perMs}`, ...w })),
      ...(chat.startsWith('-') ? limits.perGroup.map((w) => ({ key: `group:${chat}:${w.max}/${w.perMs}`, ...w })) : []),
    ];
    let retryAfterMs = 0;
    for (const w of windows) {
      const recent = (this.#sent.get(w.key) ?? []).filter((t) => t > now - w.perMs);
      this.#sent.set(w.key, recent);
      if (recent.length >= w.max) retryAfterMs = Math.max(retryAfterMs, recent[recent.length - w.max]! + w.perMs - now);
    }
    if (retryAfterMs > 0) {
      const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
      return { error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
    }
    for (const w of windows) this.#sent.get(w.key)!.push(now);
    return undefined;
  }

  #answer(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded) return;
    const payload = status === 200 ? { ok: true, result: body } : { ok: false, ...(body as ApiError) };
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  }
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  throw new Error(`fake telegram: unsupported content type ${type}`);
}
