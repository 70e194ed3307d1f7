/**
 * The intelligent robot over WeCom's long connection (https://developer.work.weixin.qq.com/document/path/101463),
 * with `@wecom/aibot-node-sdk`: it subscribes with the bot id and secret, keeps the heartbeat and
 * reconnects. A message's replies become one streamed reply (`aibot_respond_msg`, msgtype stream: each
 * message of the turn refreshes the stream, the end of the turn finishes it); buttons ride along as a
 * template card. `enter_chat` is answered with a welcome (`aibot_respond_welcome_msg`); anything else —
 * button clicks, agents, campaigns — goes out with `aibot_send_msg` (proactive).
 * WeCom keeps one connection per robot: run one replica with it.
 */
import { generateReqId, WSClient, type Logger as SdkLogger, type TemplateCard, type WsFrame } from '@wecom/aibot-node-sdk';
import type { AdapterContext, EventSink, Payload, SendResult } from '../../core/model/adapter.js';
import { PlatformError } from '../../core/model/errors.js';
import type { AibotConfig, AibotCredentials } from './config.js';
import { decodeAibot, type AibotHint } from './decode-aibot.js';
import { PLATFORM } from './decode.js';
import { Backoff, errcodeError } from './errors.js';
import { isRecord } from './parse.js';
import { buttonsCard, STREAM_MAX_BYTES, type AibotPayloadBody } from './render-aibot.js';
import { splitBytes } from './render-parts.js';

interface ReplySession {
  hint: AibotHint;
  chatId: string;
  streamId?: string;
  content: string;
  /** The stream carries a template card: its later frames keep the `stream_with_template_card` type. */
  cardSent: boolean;
  welcomed: boolean;
}

const isAck = (v: unknown): v is { errcode: number; errmsg?: string } => isRecord(v) && typeof v.errcode === 'number';
const taskId = () => generateReqId('sm').replace(/[^A-Za-z0-9_\-@]/g, '_');

export class AibotTransport {
  readonly client: WSClient;
  readonly backoff = new Backoff();
  #sink: EventSink | undefined;
  #authenticated = false;
  readonly #sessions = new Map<string, ReplySession>();
  readonly #inflight = new Set<Promise<void>>();

  constructor(
    private readonly ctx: AdapterContext,
    private readonly config: AibotConfig,
    creds: AibotCredentials,
  ) {
    // The SDK's debug lines print whole frames (message texts); warnings and errors are kept, without their arguments.
    const log = ctx.log;
    const logger: SdkLogger = {
      debug: () => undefined,
      info: (m: string) => log.debug({ sdk: 'aibot' }, m),
      warn: (m: string) => log.warn({ sdk: 'aibot' }, m),
      error: (m: string) => log.error({ sdk: 'aibot' }, m),
    };
    this.client = new WSClient({
      botId: creds.botId, secret: creds.secret, wsUrl: config.ws_url, heartbeatInterval: config.heartbeat_ms,
      maxReconnectAttempts: -1, logger,
    });
    this.client.on('authenticated', () => (this.#authenticated = true));
    this.client.on('disconnected', () => (this.#authenticated = false));
    this.client.on('error', (err) => log.warn({ err }, 'wecom aibot connection error'));
    this.client.on('message', (frame) => this.#dispatch(frame));
    this.client.on('event', (frame) => this.#dispatch(frame));
  }

  get connected(): boolean {
    return this.#authenticated && this.client.isConnected;
  }

  /** Connects and waits for the subscription: a wrong bot id or secret fails the start. */
  start(sink: EventSink, timeoutMs = 10_000): Promise<void> {
    this.#sink = sink;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        this.ctx.log.warn('wecom aibot not subscribed yet; still trying in the background');
        resolve();
      }, timeoutMs);
      const onAuth = () => {
        cleanup();
        this.ctx.log.info('wecom aibot subscribed');
        resolve();
      };
      const onError = (err: Error) => {
        if (!/Authentication failed/.test(err.message)) return;
        cleanup();
        this.client.disconnect();
        reject(new PlatformError(`wecom aibot_subscribe: ${err.message}`, { platform: PLATFORM, method: 'aibot_subscribe', code: 'auth' }));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.client.off('authenticated', onAuth);
        this.client.off('error', onError);
      };
      this.client.on('authenticated', onAuth);
      this.client.on('error', onError);
      this.client.connect();
    });
  }

  async stop(): Promise<void> {
    this.#sink = undefined;
    await this.settled();
    this.client.disconnect();
  }

  async settled(): Promise<void> {
    while (this.#inflight.size) await Promise.allSettled([...this.#inflight]);
  }

  #dispatch(frame: WsFrame): void {
    const sink = this.#sink;
    if (!sink || !isRecord(frame.body)) return;
    const decoded = decodeAibot(this.ctx.botId, frame.cmd, frame.headers.req_id, frame.body, this.config.bot_name);
    if (decoded.kind === 'ignored') {
      this.ctx.log.debug({ type: decoded.type, reason: decoded.reason }, 'wecom aibot callback ignored');
      return;
    }
    const task = (async () => {
      for (const event of decoded.events) {
        const hint = (event.raw as { hint: AibotHint }).hint;
        const session: ReplySession = { hint, chatId: event.conversation.id, content: '', cardSent: false, welcomed: false };
        this.#sessions.set(event.id, session);
        try {
          await sink(event);
          await this.#finish(session);
        } finally {
          this.#sessions.delete(event.id);
        }
      }
    })().catch((err: unknown) => this.ctx.log.error({ err }, 'wecom aibot callback processing failed'));
    this.#inflight.add(task);
    void task.finally(() => this.#inflight.delete(task));
  }

  /** The last stream frame, `finish: true`, once the turn has sent everything. */
  async #finish(session: ReplySession): Promise<void> {
    if (!session.streamId) return;
    await this.#frame(session, true);
  }

  async send(payload: Payload): Promise<SendResult> {
    const body = payload.body as AibotPayloadBody;
    const session = payload.target.replyTo ? this.#sessions.get(payload.target.replyTo) : undefined;
    const card = body.card ?? (body.buttons.length ? buttonsCard(this.ctx.bot.name, body.buttons) : undefined);
    if (session?.hint.reply === 'stream') return this.#stream(session, body.markdown, card);
    if (session?.hint.reply === 'welcome' && !session.welcomed) {
      session.welcomed = true;
      const welcome = body.buttons.length ? { msgtype: 'template_card' as const, template_card: this.#withTask(buttonsCard(this.ctx.bot.name, body.buttons, body.markdown)) }
        : { msgtype: 'text' as const, text: { content: body.markdown } };
      await this.#call('aibot_respond_welcome_msg', () => this.client.replyWelcome({ headers: { req_id: session.hint.reqId } }, welcome));
      return { ok: true };
    }
    return this.#proactive(session?.chatId ?? payload.target.conversation.id, body.markdown, card);
  }

  async #stream(session: ReplySession, markdown: string, card: Record<string, unknown> | undefined): Promise<SendResult> {
    const frame = { headers: { req_id: session.hint.reqId } };
    if (markdown) session.content = splitBytes(session.content ? `${session.content}\n\n${markdown}` : markdown, STREAM_MAX_BYTES)[0]!;
    session.streamId ??= generateReqId('stream');
    const streamId = session.streamId;
    if (card && !session.cardSent) {
      session.cardSent = true;
      const templateCard = this.#withTask(card);
      await this.#call('aibot_respond_msg', () => this.client.replyStreamWithCard(frame, streamId, session.content, false, { templateCard }));
      return { ok: true, messageId: streamId };
    }
    await this.#frame(session, false);
    // A message can carry one card: later ones are sent on their own.
    if (card) await this.#proactive(session.chatId, '', card);
    return { ok: true, messageId: streamId };
  }

  /** A stream refresh (or its end) with the content so far. */
  async #frame(session: ReplySession, finish: boolean): Promise<void> {
    const frame = { headers: { req_id: session.hint.reqId } };
    const id = session.streamId!;
    await this.#call('aibot_respond_msg', () => (session.cardSent
      ? this.client.replyStreamWithCard(frame, id, session.content, finish)
      : this.client.replyStream(frame, id, session.content, finish)));
  }

  async #proactive(chatId: string, markdown: string, card: Record<string, unknown> | undefined): Promise<SendResult> {
    for (const content of markdown ? splitBytes(markdown, STREAM_MAX_BYTES) : []) {
      await this.#call('aibot_send_msg', () => this.client.sendMessage(chatId, { msgtype: 'markdown', markdown: { content } }));
    }
    if (card) {
      const template_card = this.#withTask(card);
      await this.#call('aibot_send_msg', () => this.client.sendMessage(chatId, { msgtype: 'template_card', template_card }));
    }
    return { ok: true };
  }

  #withTask(card: Record<string, unknown>): TemplateCard {
    return { task_id: taskId(), ...card } as unknown as TemplateCard;
  }

  /** SDK failures → PlatformError: an errcode ack (mapped like the API's), a dropped connection (retry soon), an ack timeout. */
  async #call<T>(method: string, run: () => Promise<T>): Promise<T> {
    try {
      const res = await run();
      this.backoff.reset();
      return res;
    } catch (err) {
      if (isAck(err)) throw errcodeError(method, err.errcode, err.errmsg ?? '', this.backoff);
      const message = err instanceof Error ? err.message : String(err);
      const disconnected = /not connected|connection closed|manually closed/i.test(message);
      throw new PlatformError(`wecom ${method}: ${message}`, {
        platform: PLATFORM, method, code: disconnected ? 'disconnected' : 'ws', ...(disconnected ? { retryAfterMs: 2_000 } : {}),
        cause: err,
      });
    }
  }
}
