import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { WSContext } from 'hono/ws';
import type { AdapterContext, AdapterFactory, ChannelAdapter, EventSink, Payload, SendResult } from '../../core/model/adapter.js';
import { NO_LIMITS } from '../../core/model/adapter.js';
import type { Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { matchLocale } from '../../core/util/locales.js';
import { MessageBodySchema, WebchatConfigSchema, type MessageBody } from './config.js';
import { decode } from './decode.js';
import { render } from './render.js';
import { chatPage } from './page.js';


/**
 * The built-in web chat: `POST /chat/:botId/messages` answers with the turn's replies;
 * `GET /chat/:botId` is a page that talks over `/chat/:botId/ws` and also receives agent messages.
 */
class WebchatAdapter implements ChannelAdapter {
  readonly platform = 'webchat';
  readonly capabilities = new Set(['buttons', 'cards', 'images', 'files', 'proactive'] as const);
  readonly limits = NO_LIMITS;
  readonly botId: string;
  #sink: EventSink | undefined;
  /** Replies (and the language they are in) collected per inbound event id while its HTTP request waits. */
  readonly #pending = new Map<string, { replies: Element[]; locale?: string }>();
  readonly #sockets = new Map<string, Set<WSContext>>();

  constructor(private readonly ctx: AdapterContext) {
    this.botId = ctx.botId;
    const config = WebchatConfigSchema.parse(ctx.config);
    const base = `/chat/${ctx.botId}`;
    const limit = bodyLimit({
      maxSize: config.max_body_bytes,
      onError: (c) => c.json({ error: `request body larger than ${config.max_body_bytes} bytes` }, 413),
    });
    ctx.http.get(base, (c) => c.html(chatPage(ctx, c.req.query('locale'))));
    ctx.http.post(`${base}/messages`, limit, (c) => this.#post(c, config.max_text_chars));
    ctx.http.get(`${base}/ws`, ctx.upgradeWebSocket((c) => {
      const userId = c.req.query('userId') ?? '';
      return {
        onOpen: (_e, ws) => this.#socketSet(userId).add(ws),
        onClose: (_e, ws) => this.#socketSet(userId).delete(ws),
        onMessage: (e, ws) => {
          const data: unknown = (e as { data: unknown }).data;
          this.#handle(typeof data === 'string' ? data : '', config.max_text_chars, userId).then(
            (out) => ws.send(JSON.stringify({ type: 'ack', ...out.body })),
            (err: unknown) => {
              this.ctx.log.error({ err }, 'web chat socket turn failed');
              ws.send(JSON.stringify({ type: 'ack', error: 'internal error' }));
            },
          );
        },
      };
    }));
  }

  #socketSet(userId: string): Set<WSContext> {
    let set = this.#sockets.get(userId);
    if (!set) this.#sockets.set(userId, (set = new Set()));
    return set;
  }

  async #post(c: Context, maxChars: number): Promise<Response> {
    const out = await this.#handle(await c.req.text(), maxChars);
    return c.json(out.body, out.status as 200);
  }

  /** Validates, runs the turn, and returns the replies (or a 4xx with a message). Nothing half-handled is lost: the turn runs whole or not at all. */
  async #handle(raw: string, maxChars: number, socketUser?: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const fail = (status: number, error: string) => ({ status, body: { error } });
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      return fail(400, `malformed JSON: ${(err as Error).message}`);
    }
    if (socketUser && json && typeof json === 'object' && !('userId' in json)) json = { ...json, userId: socketUser };
    const parsed = MessageBodySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(400, `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
    }
    const body: MessageBody = parsed.data;
    if (body.text && body.text.length > maxChars) return fail(413, `text longer than ${maxChars} characters`);
    let locale: string | undefined;
    if (body.locale) {
      locale = matchLocale(body.locale, this.ctx.bot.locales);
      if (!locale) return fail(400, `unknown locale "${body.locale}"; this bot speaks ${this.ctx.bot.locales.join(', ')}`);
    }
    if (!this.#sink) return fail(503, 'web chat is not started');
    const event = decode(this.botId, body, locale);
    const turn: { replies: Element[]; locale?: string } = { replies: [] };
    this.#pending.set(event.id, turn);
    try {
      await this.#sink(event);
    } finally {
      this.#pending.delete(event.id);
    }
    // `locale`: the language the bot answered in, so the page's own labels can follow a language chosen in the chat.
    return { status: 200, body: { messageId: event.id, replies: turn.replies, ...(turn.locale ? { locale: turn.locale } : {}) } };
  }

  start(sink: EventSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.#sink = undefined;
    for (const set of this.#sockets.values()) for (const ws of set) ws.close(1001, 'server stopping');
    this.#sockets.clear();
    return Promise.resolve();
  }

  render(target: Target, content: Element[]): Payload[] {
    return render(target, content);
  }

  /** In-turn replies go back with the HTTP answer; everything else (agents, proactive) goes to the shopper's open sockets. */
  send(payload: Payload): Promise<SendResult> {
    const elements = payload.body as Element[];
    const waiting = payload.target.replyTo ? this.#pending.get(payload.target.replyTo) : undefined;
    if (waiting) {
      waiting.replies.push(...elements);
      if (payload.target.locale) waiting.locale = payload.target.locale;
    }
    const userId = payload.target.userId ?? payload.target.conversation.id.replace(/^web:/, '');
    const sockets = this.#sockets.get(userId);
    if (!waiting && (!sockets || sockets.size === 0)) {
      this.ctx.log.debug('web shopper offline; message kept in the transcript only');
    }
    if (!waiting && sockets) for (const ws of sockets) ws.send(JSON.stringify({ type: 'replies', replies: elements }));
    return Promise.resolve({ ok: true });
  }

  health(): { ok: boolean; detail?: string } {
    return { ok: this.#sink !== undefined, detail: `${[...this.#sockets.values()].reduce((n, s) => n + s.size, 0)} sockets` };
  }
}

const create: AdapterFactory = (ctx) => new WebchatAdapter(ctx);
export default create;
