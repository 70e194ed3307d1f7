import type { AdapterContext, AdapterFactory, Capability, ChannelAdapter, EventSink, Payload, PushOptions, RateLimits, SendResult, ProactiveTo as CoreProactiveTo } from '../../core/model/adapter.js';
import type { Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { ConfigError, PlatformError } from '../../core/model/errors.js';
import type { DeliveryGovernor } from '../../core/delivery/governor.js';
import { DingtalkApi } from './api.js';
import { DingtalkConfigSchema, type DingtalkConfig, type DingtalkCredentials } from './config.js';
import { decodeEventFrame, decodeRobotMessage, downloadCodeOf, messageText, type DingHint } from './decode.js';
import { PostbackMemory } from './postbacks.js';
import { render, type DingPayloadBody } from './render.js';
import { toRobotTemplate } from './templates.js';
import { StreamTransport } from './transport-stream.js';
import { RobotMessageSchema, type Frame } from './wire.js';

/** Where an operator pushes: users' single chats with the robot (by staff userId), or a group (by openConversationId). */
export type ProactiveTo = { userIds: string[] } | { openConversationId: string };

/** The robot API takes at most 20 users per single-chat batch. */
const BATCH_USERS = 20;

/** How long a batch send waits before retrying the users DingTalk held back (`flowControlledStaffIdList`). */
const FLOW_CONTROL_RETRY_MS = 10_000;

/** Body of payloads addressed to several users at once (proactive single-chat batch). */
type Body = DingPayloadBody & { userIds?: string[] };

/**
 * DingTalk's documented limits. A group robot may send 20 messages a minute to a group; the 21st
 * blocks it there for ten minutes, so the governor must never let it through. OpenAPI calls are
 * limited to 20 per second per app and API.
 * https://open.dingtalk.com/document/robots/custom-robot-access
 */
export const DINGTALK_LIMITS: RateLimits = {
  perBot: [{ max: 20, perMs: 1_000 }],
  perChat: [],
  perGroup: [{ max: 20, perMs: 60_000 }],
};

function credentials(ctx: AdapterContext, config: DingtalkConfig): DingtalkCredentials {
  const need = (field: string, name: string): string => {
    const value = ctx.env[name];
    if (!value) throw new ConfigError(`channels.dingtalk.${field}: environment variable ${name} is not set`, `bots/${ctx.botId}.yaml`);
    return value;
  };
  const clientId = need('client_id_env', config.client_id_env);
  return { clientId, clientSecret: need('client_secret_env', config.client_secret_env), robotCode: ctx.env[config.robot_code_env] || clientId };
}

/** DingTalk app robot in Stream mode: no public URL; single chats and group @mentions; replies via sessionWebhook, else the robot API. */
export class DingtalkAdapter implements ChannelAdapter {
  readonly platform = 'dingtalk';
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>(['buttons', 'cards', 'images', 'markdown', 'groups', 'proactive']);
  readonly limits = DINGTALK_LIMITS;
  readonly botId: string;
  readonly api: DingtalkApi;
  readonly transport: StreamTransport;
  readonly #ctx: AdapterContext;
  readonly #config: DingtalkConfig;
  readonly #postbacks: PostbackMemory;
  readonly #now: () => number;
  /** Users a partly flow-controlled batch already reached, so its retry skips them. */
  readonly #reached = new WeakMap<Payload, Set<string>>();
  #sink: EventSink | undefined;

  constructor(ctx: AdapterContext, options: { now?: () => number } = {}) {
    this.#ctx = ctx;
    this.botId = ctx.botId;
    this.#now = options.now ?? Date.now;
    const parsed = DingtalkConfigSchema.safeParse(ctx.config);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ConfigError(`channels.dingtalk.${issue.path.join('.')}: ${issue.message}`, `bots/${ctx.botId}.yaml`);
    }
    this.#config = parsed.data;
    const creds = credentials(ctx, this.#config);
    this.api = new DingtalkApi({ apiBase: this.#config.api_base, ...creds, timeoutMs: this.#config.request_timeout_ms, now: this.#now });
    this.#postbacks = new PostbackMemory(ctx.store.sessions, ctx.botId);
    this.transport = new StreamTransport({
      clientId: creds.clientId, clientSecret: creds.clientSecret, gatewayUrl: this.#config.gateway_url,
      connectTimeoutMs: this.#config.connect_timeout_ms, heartbeatMs: this.#config.heartbeat_ms,
      reconnect: { initialMs: this.#config.reconnect.initial_ms, maxMs: this.#config.reconnect.max_ms },
      log: ctx.log,
      onCallback: (frame) => this.#onCallback(frame),
      onEvent: (frame) => this.#onEvent(frame),
    });
  }

  async start(sink: EventSink): Promise<void> {
    this.#sink = sink;
    await this.transport.start();
  }

  async stop(): Promise<void> {
    await this.transport.stop();
    this.#sink = undefined;
  }

  health(): { ok: boolean; detail?: string } {
    return this.transport.health();
  }

  render(target: Target, content: Element[]): Payload[] {
    return render(target, content);
  }

  /** In-band through the sessionWebhook while it is valid; otherwise the robot API (group send, or single-chat batch send). */
  async send(payload: Payload): Promise<SendResult> {
    const { target } = payload;
    const body = payload.body as Body;
    const users = body.userIds ?? (target.conversation.kind === 'direct' && target.userId ? [target.userId] : []);
    if (target.conversation.kind === 'group') await this.#postbacks.remember(`group:${target.conversation.id}`, body.postbacks);
    else for (const u of users) await this.#postbacks.remember(`user:${u}`, body.postbacks);

    const hint = target.hint as DingHint | undefined;
    if (hint?.sessionWebhook && (hint.expiresAt === undefined || hint.expiresAt - this.#config.session_webhook_margin_ms > this.#now())) {
      await this.api.sendBySession(hint.sessionWebhook, body.message);
      return { ok: true };
    }
    const template = toRobotTemplate(body.message);
    if (target.conversation.kind === 'group') {
      const r = await this.api.groupSend(target.conversation.id, template);
      return { ok: true, ...(r.processQueryKey ? { messageId: r.processQueryKey } : {}) };
    }
    return this.#sendToUsers(payload, users, template);
  }

  async #sendToUsers(payload: Payload, users: string[], template: ReturnType<typeof toRobotTemplate>): Promise<SendResult> {
    const method = 'robot.oToMessages.batchSend';
    const reached = this.#reached.get(payload) ?? new Set<string>();
    const pending = users.filter((u) => !reached.has(u));
    if (pending.length === 0) {
      if (users.length === 0) throw new PlatformError('dingtalk: a single-chat send needs the recipient\'s staff userId', { platform: 'dingtalk', method, code: 'no_recipient' });
      return { ok: true };
    }
    const r = await this.api.batchSend(pending, template);
    const invalid = new Set(r.invalidStaffIdList);
    const held = new Set(r.flowControlledStaffIdList);
    for (const u of pending) if (!invalid.has(u) && !held.has(u)) reached.add(u);
    if (held.size > 0) {
      this.#reached.set(payload, reached);
      throw new PlatformError(`dingtalk ${method}: ${held.size} recipient(s) flow-controlled`, { platform: 'dingtalk', method, code: 'flow_controlled', retryAfterMs: FLOW_CONTROL_RETRY_MS });
    }
    if (invalid.size > 0 && reached.size === 0) {
      // Not a staff member the robot can reach (left the organization, outside the app's visible range).
      throw new PlatformError(`dingtalk ${method}: recipient not reachable`, { platform: 'dingtalk', method, code: 'invalid_staff_id', unreachable: true });
    }
    if (invalid.size > 0) this.#ctx.log.warn({ invalid: invalid.size }, 'dingtalk batch send: some recipients are not reachable');
    return { ok: true, ...(r.processQueryKey ? { messageId: r.processQueryKey } : {}) };
  }

  /**
   * Pushes a message to users' single chats with the robot or to a group, outside any conversation turn.
   * Goes through the app's delivery governor (or the one given) so DingTalk's limits hold.
   */
  async sendProactive(to: ProactiveTo, elements: Element[], options: { governor?: DeliveryGovernor; signal?: AbortSignal } = {}): Promise<SendResult[]> {
    const targets: { target: Target; userIds?: string[] }[] = [];
    if ('openConversationId' in to) {
      targets.push({ target: { platform: this.platform, botId: this.botId, conversation: { id: to.openConversationId, kind: 'group' } } });
    } else {
      const ids = [...new Set(to.userIds)];
      for (let i = 0; i < ids.length; i += BATCH_USERS) {
        const userIds = ids.slice(i, i + BATCH_USERS);
        const target: Target = { platform: this.platform, botId: this.botId, conversation: { id: `users:${userIds.join(',')}`, kind: 'direct' }, ...(userIds.length === 1 ? { userId: userIds[0]! } : {}) };
        targets.push({ target, userIds });
      }
    }
    const results: SendResult[] = [];
    for (const { target, userIds } of targets) {
      for (const p of this.render(target, elements)) {
        const payload: Payload = userIds ? { ...p, body: { ...(p.body as Body), userIds } } : p;
        results.push(await (options.governor ?? this.#ctx.governor).send(this, payload, options.signal ? { signal: options.signal } : {}));
      }
    }
    return results;
  }

  /** The port's proactive send: users' single chats, or a group by its openConversationId. */
  push(to: CoreProactiveTo, elements: Element[], options: PushOptions): Promise<SendResult[]> {
    const where: ProactiveTo = 'conversationId' in to ? { openConversationId: to.conversationId } : { userIds: to.userIds };
    return this.sendProactive(where, elements, { governor: options.governor, ...(options.signal ? { signal: options.signal } : {}) });
  }

  /** A download URL for media a shopper sent (`src` of an inbound image/audio/video/file element). */
  async mediaUrl(src: string): Promise<string> {
    const code = downloadCodeOf(src);
    if (!code) throw new Error(`not a DingTalk media reference: ${src}`);
    return this.api.downloadUrl(code);
  }

  async #onCallback(frame: Frame): Promise<void> {
    const sink = this.#sink;
    if (!sink) throw new Error('dingtalk adapter received a callback before start');
    const parsed = RobotMessageSchema.safeParse(JSON.parse(frame.data));
    if (!parsed.success) {
      this.#ctx.log.warn({ messageId: frame.headers.messageId, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 'dingtalk robot message does not validate; acknowledged and dropped');
      return;
    }
    const msg = parsed.data;
    const group = msg.conversationType === '2';
    const senderKey = msg.senderStaffId || msg.senderId || '';
    const postback = await this.#postbacks.lookup(group ? `group:${msg.conversationId}` : `user:${senderKey}`, messageText(msg));
    const time = Number(frame.headers.time);
    const event = decodeRobotMessage(this.botId, msg, { ...(Number.isFinite(time) ? { frameTime: time } : {}), ...(postback ? { postback } : {}), now: this.#now() });
    if (group) {
      // Operators push to groups by openConversationId: keep the groups the robot has been addressed in.
      await this.#ctx.store.references.put(this.platform, this.botId, `group:${msg.conversationId}`, { openConversationId: msg.conversationId, ...(msg.conversationTitle ? { title: msg.conversationTitle } : {}), lastSeenAt: event.timestamp });
    }
    await sink(event);
  }

  #onEvent(frame: Frame): void {
    const sink = this.#sink;
    if (!sink) return;
    let events;
    try {
      events = decodeEventFrame(this.botId, frame);
    } catch (err) {
      this.#ctx.log.warn({ err, eventType: frame.headers.eventType }, 'dingtalk event frame could not be decoded; dropped');
      return;
    }
    if (events.length === 0) {
      this.#ctx.log.debug({ eventType: frame.headers.eventType }, 'dingtalk event is not a conversation event; ignored');
      return;
    }
    for (const event of events) {
      sink(event).catch((err: unknown) => this.#ctx.log.error({ err, eventType: frame.headers.eventType }, 'dingtalk event turn failed'));
    }
  }
}

const create: AdapterFactory = (ctx) => new DingtalkAdapter(ctx);
export default create;
