/**
 * WeCom (企业微信). Two transports, chosen by `channels.wecom.mode`:
 * - `callback` (default): a self-built app; WeCom calls `/channels/wecom/<botId>` (encrypted XML),
 *   replies go through the server API (message/send, appchat/send, customer mass sends and welcomes);
 * - `aibot`: an intelligent robot over WeCom's WebSocket, for direct and group chats, no public URL.
 */
import type { AdapterContext, AdapterFactory, Capability, ChannelAdapter, EventSink, Payload, SendResult } from '../../core/model/adapter.js';
import type { Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { aibotCredentials, appCredentials, parseConfig, type AibotConfig, type CallbackConfig } from './config.js';
import { WecomApi } from './api.js';
import { MassSends } from './mass-send.js';
import { CallbackSender } from './sender.js';
import { CallbackTransport } from './transport-callback.js';
import { AibotTransport } from './transport-aibot.js';
import { render } from './render.js';
import { renderAibot } from './render-aibot.js';
import { AIBOT_LIMITS, CALLBACK_LIMITS } from './limits.js';
import { PLATFORM } from './decode.js';

export interface WecomDeps {
  /** The clock for callback timestamps, token expiry and daily limits (tests fix it). */
  now?: () => number;
}

/** A self-built app in callback mode. `api` and `massSends` are there for operators' tools and campaigns. */
export class WecomAppAdapter implements ChannelAdapter {
  readonly platform = PLATFORM;
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>(['buttons', 'cards', 'images', 'files', 'markdown', 'groups', 'proactive']);
  readonly limits = CALLBACK_LIMITS;
  readonly botId: string;
  readonly api: WecomApi;
  readonly massSends: MassSends;
  readonly transport: CallbackTransport;
  readonly #sender: CallbackSender;
  readonly #agentId: number;

  constructor(
    private readonly ctx: AdapterContext,
    config: CallbackConfig,
    deps: WecomDeps,
  ) {
    const now = deps.now ?? Date.now;
    const creds = appCredentials(config, ctx.env);
    this.botId = ctx.botId;
    this.#agentId = creds.agentId;
    this.api = new WecomApi({ baseUrl: config.api_base, corpId: creds.corpId, secret: creds.secret, timeoutMs: config.api_timeout_ms, log: ctx.log, now });
    this.massSends = new MassSends(this.api, ctx.store, ctx.botId, ctx.log, now);
    this.#sender = new CallbackSender(this.api, this.massSends, ctx.log, now);
    this.transport = new CallbackTransport(ctx, config, creds, now);
  }

  start(sink: EventSink): Promise<void> {
    this.transport.start(sink);
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return this.transport.stop();
  }

  render(target: Target, content: Element[]): Payload[] {
    return render(target, content, { agentId: this.#agentId, cardTitle: this.ctx.bot.name, publicUrl: this.ctx.publicUrl });
  }

  send(payload: Payload): Promise<SendResult> {
    return this.#sender.send(payload);
  }

  /** Resolves when every acknowledged callback has been through the pipeline. */
  settled(): Promise<void> {
    return this.transport.settled();
  }

  health(): { ok: boolean; detail?: string } {
    return { ok: this.transport.started, detail: `callback ${this.transport.path}` };
  }
}

/** An intelligent robot on the long connection. */
export class WecomAibotAdapter implements ChannelAdapter {
  readonly platform = PLATFORM;
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>(['buttons', 'cards', 'markdown', 'groups', 'proactive', 'streaming']);
  readonly limits = AIBOT_LIMITS;
  readonly botId: string;
  readonly transport: AibotTransport;

  constructor(
    private readonly ctx: AdapterContext,
    config: AibotConfig,
  ) {
    this.botId = ctx.botId;
    this.transport = new AibotTransport(ctx, config, aibotCredentials(config, ctx.env));
  }

  start(sink: EventSink): Promise<void> {
    return this.transport.start(sink);
  }

  stop(): Promise<void> {
    return this.transport.stop();
  }

  render(target: Target, content: Element[]): Payload[] {
    return renderAibot(target, content, this.ctx.publicUrl);
  }

  send(payload: Payload): Promise<SendResult> {
    return this.transport.send(payload);
  }

  settled(): Promise<void> {
    return this.transport.settled();
  }

  health(): { ok: boolean; detail?: string } {
    return { ok: this.transport.connected, detail: this.transport.connected ? 'long connection subscribed' : 'long connection down' };
  }
}

/** The factory with injectable dependencies (the default export uses the real clock). */
export function createWecomAdapter(ctx: AdapterContext, deps: WecomDeps = {}): WecomAppAdapter | WecomAibotAdapter {
  const config = parseConfig(ctx.config);
  return config.mode === 'aibot' ? new WecomAibotAdapter(ctx, config) : new WecomAppAdapter(ctx, config, deps);
}

const create: AdapterFactory = (ctx) => createWecomAdapter(ctx);
export default create;
