import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { InboundEvent, Target } from '../model/event.js';
import { plainText, type Element } from '../model/elements.js';
import type { Conversation } from '../store/ports.js';
import type { ChannelAdapter, ProactiveTo, SendResult } from '../model/adapter.js';
import { compose, type Middleware } from './compose.js';
import type { BotRuntime, EngineDeps, TurnContext, TurnResult } from './context.js';
import { dedupe } from './stages/dedupe.js';
import { serialize } from './stages/serialize.js';
import { boundary } from './stages/boundary.js';
import { identify } from './stages/identify.js';
import { language } from './stages/language.js';
import { register } from './stages/register.js';
import { typedButton } from './stages/typed-button.js';
import { handoffGate } from './stages/handoff-gate.js';
import { communityGate } from './stages/community-gate.js';
import { timezone } from './stages/timezone.js';
import { understand } from './stages/understand.js';
import { flow } from './stages/flow.js';
import { render } from './stages/render.js';
import { deliver } from './stages/deliver.js';

/** The stages of DESIGN.md's data flow, in order. Recording happens in the boundary's `finally`. */
export const STAGES: readonly Middleware<TurnContext>[] = [
  dedupe, serialize, boundary, identify, typedButton, timezone, language, register, handoffGate, communityGate, understand, flow, render, deliver,
];

export class UnknownBotError extends Error {
  override name = 'UnknownBotError';
}

/** Runs inbound events of every bot through the pipeline. */
export class Engine {
  readonly events: EventEmitter;
  readonly #pipeline: Middleware<TurnContext>;

  constructor(
    readonly bots: ReadonlyMap<string, BotRuntime>,
    readonly deps: EngineDeps,
    stages: readonly Middleware<TurnContext>[] = STAGES,
  ) {
    this.events = deps.events;
    this.#pipeline = compose(stages);
  }

  bot(id: string): BotRuntime {
    const bot = this.bots.get(id);
    if (!bot) throw new UnknownBotError(`unknown bot "${id}"`);
    return bot;
  }

  /**
   * Sends messages into a stored conversation outside a turn (an agent's reply, a handoff notice),
   * through the same adapter and governor, and records them in the transcript.
   */
  async sendTo(conversation: Conversation, messages: Element[][], senderId = 'bot'): Promise<void> {
    const bot = this.bot(conversation.botId);
    const adapter = this.#adapter(bot.id, conversation.platform);
    const profile = conversation.profileId ? await this.deps.store.profiles.get(conversation.profileId) : undefined;
    const identity = profile ? (await this.deps.store.profiles.identities(profile.id)).find((i) => i.platform === conversation.platform && i.botId === bot.id) : undefined;
    const target: Target = {
      platform: conversation.platform, botId: bot.id,
      conversation: { id: conversation.platformConversationId, kind: conversation.kind },
      ...(identity ? { userId: identity.userId } : {}),
    };
    for (const elements of messages) {
      await this.#send(adapter, target, elements);
      await this.deps.store.conversations.append({ conversationId: conversation.id, direction: 'out', senderId, text: plainText(elements), elements, at: Date.now() });
    }
  }

  /**
   * Pushes a message to users or a conversation outside any turn (operator messages, campaigns), through
   * the adapter's own proactive path when it has one, and always through the delivery governor.
   */
  async push(botId: string, platform: string, to: ProactiveTo, elements: Element[], signal?: AbortSignal): Promise<SendResult[]> {
    const adapter = this.#adapter(botId, platform);
    if (adapter.push) return adapter.push(to, elements, { governor: this.deps.governor, ...(signal ? { signal } : {}) });
    const targets: Target[] = 'conversationId' in to
      ? [{ platform, botId, conversation: { id: to.conversationId, kind: 'group' } }]
      : to.userIds.map((userId) => ({ platform, botId, conversation: { id: userId, kind: 'direct' }, userId }));
    const results: SendResult[] = [];
    for (const target of targets) results.push(...(await this.#send(adapter, target, elements, signal)));
    return results;
  }

  #adapter(botId: string, platform: string): ChannelAdapter {
    const adapter = this.bot(botId).adapters.get(platform);
    if (!adapter) throw new UnknownBotError(`bot "${botId}" has no running ${platform} channel`);
    return adapter;
  }

  /** Out-of-turn sends: the adapter renders, the governor paces every payload. */
  async #send(adapter: ChannelAdapter, target: Target, elements: Element[], signal?: AbortSignal): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const payload of adapter.render(target, elements)) results.push(await this.deps.governor.send(adapter, payload, signal ? { signal } : {}));
    return results;
  }

  /** Handles one event end to end; resolves when its replies are delivered (or it was dropped). */
  async handle(event: InboundEvent): Promise<TurnResult> {
    const bot = this.bot(event.botId);
    const text = event.action?.value ?? plainText(event.content);
    const ctx: TurnContext = {
      event, bot, deps: this.deps, started: performance.now(),
      log: this.deps.log.child({ botId: bot.id, platform: event.platform, eventId: event.id, turnId: randomUUID().slice(0, 8) }),
      signal: new AbortController().signal,
      text,
      locale: bot.config.locales.default,
      sessionKey: `${bot.id}:${event.platform}:${event.conversation.id}:${event.sender.id}`,
      unaddressed: false,
      messages: [],
      result: { status: 'ignored', intent: null, confidence: 0, flow: null, locale: bot.config.locales.default, replies: [] },
    };
    await this.#pipeline(ctx, () => Promise.resolve());
    if (ctx.conversation) ctx.result.conversationId = ctx.conversation.id;
    return ctx.result;
  }
}
