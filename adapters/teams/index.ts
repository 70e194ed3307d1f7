import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type {
  AdapterContext, AdapterFactory, Capability, ChannelAdapter, EventSink, Payload, ProactiveTo, PushOptions, RateLimits, SendResult,
} from '../../core/model/adapter.js';
import type { DeliveryGovernor } from '../../core/delivery/governor.js';
import type { Element } from '../../core/model/elements.js';
import { PlatformError } from '../../core/model/errors.js';
import type { InboundEvent, Target } from '../../core/model/event.js';
import { isHint, isPersonal, referenceOf, type TeamsActivity, type TeamsHint } from './activity.js';
import { TeamsApi, toPlatformError } from './api.js';
import { botFrameworkSettings, parseConfig, type TeamsConfig } from './config.js';
import { decode } from './decode.js';
import { ReferenceBook } from './references.js';
import { render } from './render.js';
import { mountWebhook, type WebhookReply } from './transport-webhook.js';

/**
 * Teams' documented limits for a bot: per conversation 7/1 s, 8/2 s, 60/30 s, 1,800/h; per app and
 * tenant 30–50 requests/s (the lower bound is used for the whole bot).
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#per-bot-per-thread-limit
 */
export const TEAMS_LIMITS: RateLimits = {
  perBot: [{ max: 30, perMs: 1_000 }],
  perChat: [
    { max: 7, perMs: 1_000 },
    { max: 8, perMs: 2_000 },
    { max: 60, perMs: 30_000 },
    { max: 1_800, perMs: 3_600_000 },
  ],
  perGroup: [],
};

const ADAPTIVE_CARD_MESSAGE = 'application/vnd.microsoft.activity.message';

/**
 * Microsoft Teams through the Bot Framework (botbuilder's CloudAdapter): personal chats, group chats and
 * channels (@mention), Adaptive Cards, proactive messages. `POST /channels/teams/<botId>` is the Azure
 * Bot's messaging endpoint.
 */
export class TeamsAdapter implements ChannelAdapter {
  readonly platform = 'teams';
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>(['buttons', 'cards', 'images', 'markdown', 'groups', 'proactive', 'typing']);
  readonly limits = TEAMS_LIMITS;
  readonly botId: string;
  readonly #config: TeamsConfig;
  readonly #api: TeamsApi;
  readonly #refs: ReferenceBook;
  readonly #log: AdapterContext['log'];
  readonly #governor: AdapterContext['governor'];
  #sink: EventSink | undefined;
  /** Turns started by invokes, which are acknowledged before they run. */
  readonly #inflight = new Set<Promise<void>>();

  constructor(ctx: AdapterContext) {
    this.botId = ctx.botId;
    this.#log = ctx.log;
    this.#governor = ctx.governor;
    this.#config = parseConfig(ctx.botId, ctx.config);
    this.#api = new TeamsApi(botFrameworkSettings(ctx.botId, this.#config, ctx.env), this.#config.request_timeout_ms);
    this.#refs = new ReferenceBook(ctx.store.references, ctx.botId);
    if (!this.#api.authEnabled) this.#log.warn('Teams endpoint runs without Bot Framework authentication (no app_id_env): for local development only');
    mountWebhook(ctx.http, `/channels/teams/${ctx.botId}`, this.#config.max_body_bytes, ctx.log, (auth, activity) => this.#receive(auth, activity));
  }

  async #receive(authorization: string, activity: TeamsActivity): Promise<WebhookReply | undefined> {
    const sink = this.#sink;
    if (!sink) return { status: 503, body: { error: 'the Teams channel is not started' } };
    return this.#api.process(authorization, activity as unknown as Activity, async (context) => {
      const reference = referenceOf(activity);
      await this.#refs.remember(reference, isPersonal(activity));
      const hint: TeamsHint = { reference, ...(activity.type === 'message' && activity.id ? { replyToId: activity.id } : {}) };
      const { events, ignored } = decode(this.botId, activity, hint);
      if (ignored) this.#log.debug({ type: activity.type, reason: ignored }, 'Teams activity not passed on');
      if (activity.type === 'invoke') {
        // Teams waits only seconds for an invoke's answer: acknowledge it, then run the turn.
        for (const event of events) this.#detach(sink(event));
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: invokeResponse(activity, events.length > 0) });
        return;
      }
      for (const event of events) await this.#withTyping(context, event, () => sink(event));
    });
  }

  /** Shows "typing…" while the turn runs, when the shopper is waiting for an answer. A failed indicator never fails the turn. */
  async #withTyping(context: TurnContext, event: InboundEvent, run: () => Promise<void>): Promise<void> {
    if (!this.#config.typing || !event.mentionsBot || (event.kind !== 'message' && event.kind !== 'action')) return run();
    const typing = () => context.sendActivity({ type: ActivityTypes.Typing }).then(
      () => undefined,
      (err: unknown) => this.#log.warn({ err: toPlatformError(err, 'sendTyping') }, 'Teams typing indicator failed'),
    );
    let pending = typing();
    await pending; // before the turn, so the indicator never lands after the answer
    const timer = setInterval(() => { pending = typing(); }, this.#config.typing_interval_ms);
    try {
      await run();
    } finally {
      clearInterval(timer);
      await pending;
    }
  }

  #detach(turn: Promise<void>): void {
    const tracked: Promise<void> = turn
      .catch((err: unknown) => this.#log.error({ err }, 'Teams invoke turn failed'))
      .finally(() => this.#inflight.delete(tracked));
    this.#inflight.add(tracked);
  }

  start(sink: EventSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    this.#sink = undefined;
    await Promise.allSettled([...this.#inflight]);
  }

  render(target: Target, content: Element[]): Payload[] {
    return render(target, content);
  }

  /** Answers in-turn through the event's reference (`target.hint`); anything else finds the conversation's stored reference. */
  async send(payload: Payload): Promise<SendResult> {
    const hint = isHint(payload.target.hint) ? payload.target.hint : undefined;
    const reference = hint?.reference ?? (await this.#refs.conversation(payload.target.conversation.id));
    if (!reference) {
      throw new PlatformError(`no Teams conversation reference for conversation ${payload.target.conversation.id}`, {
        platform: 'teams', method: payload.method, code: 'no_reference',
      });
    }
    return this.#api.send(reference, payload.body as Partial<Activity>, hint?.replyToId);
  }

  /**
   * Where a proactive message to a Teams user goes: their personal chat with the bot, opened (and
   * remembered) if they have only talked to it in group chats or channels. `userId` is the Teams user
   * id the bot saw (`29:...`, the profile identity's `userId`).
   */
  async proactiveTarget(userId: string): Promise<Target> {
    let reference = await this.#refs.personal(userId);
    if (!reference) {
      const known = await this.#refs.member(userId);
      if (!known) {
        throw new PlatformError(`Teams user ${userId} has not talked to bot ${this.botId}`, { platform: 'teams', method: 'createConversation', code: 'no_reference' });
      }
      reference = await this.#api.createPersonalConversation(known);
      await this.#refs.savePersonal(userId, reference);
    }
    return {
      platform: 'teams', botId: this.botId, conversation: { id: reference.conversation.id, kind: 'direct' }, userId,
      hint: { reference } satisfies TeamsHint,
    };
  }

  /**
   * Sends a message to a user who has talked to the bot, through the app's governor (or the one given)
   * so Teams' limits apply.
   */
  async sendProactive(userId: string, elements: Element[], options: { governor?: DeliveryGovernor; signal?: AbortSignal } = {}): Promise<SendResult[]> {
    const target = await this.proactiveTarget(userId);
    const results: SendResult[] = [];
    for (const payload of this.render(target, elements)) {
      options.signal?.throwIfAborted();
      results.push(await (options.governor ?? this.#governor).send(this, payload, options.signal ? { signal: options.signal } : {}));
    }
    return results;
  }

  /** The port's proactive send: each user's personal chat, or a stored conversation by its id. */
  async push(to: ProactiveTo, elements: Element[], options: PushOptions): Promise<SendResult[]> {
    const { governor } = options;
    const signal = options.signal ? { signal: options.signal } : {};
    if ('userIds' in to) {
      const results: SendResult[] = [];
      for (const userId of to.userIds) results.push(...(await this.sendProactive(userId, elements, { governor, ...signal })));
      return results;
    }
    const reference = await this.#refs.conversation(to.conversationId);
    if (!reference) throw new PlatformError(`teams: no stored reference for conversation ${to.conversationId}`, { platform: 'teams', method: 'push', code: 'no_reference' });
    const target: Target = { platform: this.platform, botId: this.botId, conversation: { id: to.conversationId, kind: 'group' }, hint: { reference } satisfies TeamsHint };
    const results: SendResult[] = [];
    for (const payload of this.render(target, elements)) results.push(await governor.send(this, payload, signal));
    return results;
  }

  health(): { ok: boolean; detail?: string } {
    return { ok: this.#sink !== undefined, detail: `authentication ${this.#api.authEnabled ? 'on' : 'off'}` };
  }
}

/**
 * The HTTP answer to an invoke. Action.Execute expects an Adaptive Card invoke response; the replies
 * themselves arrive as messages. Invokes shopmate does not handle (task modules, message extensions) get 501.
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards#adaptivecardaction-invoke-activity
 */
function invokeResponse(activity: TeamsActivity, handled: boolean): WebhookReply {
  if (!handled) return { status: 501 };
  if (activity.name === 'adaptiveCard/action') return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_MESSAGE, value: '' } };
  return { status: 200 };
}

const create: AdapterFactory = (ctx) => new TeamsAdapter(ctx);
export default create;
