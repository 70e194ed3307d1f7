import { isDeepStrictEqual } from 'node:util';
import { emptyDialogue, keywordTrigger, runTurn, type DialogueState, type FlowHost, type OutMessage, type TurnOutcome } from '../../flow/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import { nativeLanguageName } from '../../util/locales.js';
import { timezoneScope } from './timezone.js';
import { labelKey } from './typed-button.js';
import { shopperI18n } from './render.js';

/** Continues or starts a flow. The session is saved only when the turn succeeds, so a failed turn loses nothing. */
export const flow: Middleware<TurnContext> = async (ctx, next) => {
  const { bot, deps, event } = ctx;
  const u = ctx.understanding!;
  const community = bot.config.community;
  if (ctx.unaddressed) {
    const confident = u.intent !== null && u.confidence >= community.answer_threshold && community.answer_intents.includes(u.intent);
    if (!confident) {
      ctx.result.status = 'ignored';
      return;
    }
  }
  const dialogue: DialogueState = (await deps.store.sessions.get<DialogueState>(ctx.sessionKey)) ?? emptyDialogue();
  if (ctx.waiting && !(await answersWhileWaiting(ctx, dialogue))) {
    if (!ctx.outcome?.outputs.length) {
      ctx.result.status = 'with_agent';
      return;
    }
    ctx.dialogue = dialogue;
    await next();
    if (!ctx.signal.aborted) await deps.store.sessions.set(ctx.sessionKey, dialogue, bot.config.session_ttl_hours * 3_600_000);
    return;
  }
  const conversation = ctx.conversation!;
  const profile = ctx.profile!;
  const host: FlowHost = {
    flows: bot.flows,
    actions: bot.actions,
    threshold: bot.config.nlu.threshold,
    digressionThreshold: bot.config.nlu.digression_threshold,
    listReference: {
      intent: bot.config.nlu.list_reference.intent, keepIntents: bot.config.nlu.list_reference.keep_intents, withinTurns: bot.config.nlu.list_reference.within_turns,
      followUpOver: bot.config.nlu.list_reference.follow_up_over, severalIntent: bot.config.nlu.list_reference.several_intent,
    },
    references: {
      product: (id) => bot.shop.getProduct(id, ctx.signal),
      words: (locale, key) => (deps.i18n.has(locale, key) ? deps.i18n.t(locale, key) : undefined),
    },
    fallbackFlow: bot.config.fallback_flow,
    scope: {
      profile: { id: profile.id, name: profile.name ?? null, tags: profile.tags, locale: profile.locale ?? null, timezone: profile.timezone ?? null },
      bot: {
        id: bot.id, name: bot.config.name, currency: bot.config.currency, handoffAfter: bot.config.handoff.after_fallbacks, policies: bot.config.policies,
        languages: bot.config.locales.supported.map((code) => ({ code, name: nativeLanguageName(code) })),
      },
      channel: { platform: event.platform, kind: event.conversation.kind },
      timezone: timezoneScope(ctx),
    },
    handoff: async (reason) => {
      if (ctx.conversation?.status === 'waiting_agent') return; // already in the queue: not handed off twice
      ctx.conversation = await deps.store.conversations.setStatus(conversation.id, 'waiting_agent', { reason });
      deps.metrics.handoffs.inc({ bot: bot.id, platform: event.platform });
      deps.events.emit('handoff', { conversation: ctx.conversation, reason, locale: ctx.locale });
      ctx.log.info({ reason }, 'conversation handed off');
    },
    signal: ctx.signal,
    log: ctx.log,
    botId: bot.id,
    profileId: profile.id,
    customer: { profileId: profile.id, platform: event.platform, userId: event.sender.id },
  };
  const [first, ...more] = ctx.questions ?? [{ text: ctx.text, understanding: u }];
  ctx.outcome = await runTurn(dialogue, { kind: event.kind, text: first!.text, locale: ctx.locale, understanding: u }, host);
  // The other questions of the message, each as a turn of its own. One asked while a question waits ("where is
  // my order? and how much is shipping?") is a digression: answered, then the waiting question is asked again,
  // so its first asking is dropped.
  for (const q of more) {
    if (ctx.outcome.handoff || ctx.signal.aborted) break;
    const outcome: TurnOutcome = ctx.outcome;
    const waiting: OutMessage | undefined = dialogue.stack.at(-1)?.waiting ? outcome.outputs.at(-1) : undefined;
    const next = await runTurn(dialogue, { kind: 'message', text: q.text, locale: ctx.locale, understanding: q.understanding }, host);
    const asked: OutMessage[] = waiting && isDeepStrictEqual(next.outputs.at(-1), waiting) ? outcome.outputs.slice(0, -1) : outcome.outputs;
    ctx.outcome = { ...outcome, outputs: [...asked, ...next.outputs], handoff: next.handoff };
    ctx.log.debug({ intent: q.understanding.intent }, 'answered another question of the same message');
  }
  const last = ctx.outcome.outputs.findLast((o) => o.buttons?.length);
  const texts = shopperI18n(ctx);
  const offered = (last?.buttons ?? []).filter((b) => b.value && !b.url)
    .map((b) => ({ label: b.literal ? b.label : texts.t(ctx.locale, b.label), value: b.value!, ...(b.answers ? { answers: b.answers } : {}) }));
  if (offered.length) dialogue.offered = offered;
  else delete dialogue.offered;
  ctx.dialogue = dialogue;
  if (ctx.outcome.understanding !== u) {
    ctx.understanding = ctx.outcome.understanding;
    ctx.result.intent = ctx.understanding.intent;
    ctx.result.confidence = ctx.understanding.confidence;
    ctx.log.debug({ intent: u.intent, referred: ctx.understanding.intent }, 'message refers to a product shown');
  }
  ctx.result.flow = ctx.outcome.flow ?? null;
  await next();
  if (!ctx.signal.aborted) {
    await deps.store.sessions.set(ctx.sessionKey, dialogue, bot.config.session_ttl_hours * 3_600_000);
  }
};

/** The button that lets a shopper waiting for a person go on with the bot instead. */
export const CONTINUE_WITH_BOT = 'handoff:continue';

/**
 * A shopper waits for a person. True: the bot answers this message as usual (an intent of
 * `handoff.answer_while_waiting`, a pressed button, or a command such as /language or /tz). False: `ctx.outcome` holds what
 * to say instead: the conversation handed back to the bot (the continue button), the note that the team has
 * the request (at most once every `remind_after_minutes`), or nothing.
 */
async function answersWhileWaiting(ctx: TurnContext, dialogue: DialogueState): Promise<boolean> {
  const { bot, deps } = ctx;
  const u = ctx.understanding!;
  const config = bot.config.handoff;
  const value = ctx.event.action?.value ?? ctx.text;
  const silent = { understanding: u, flow: undefined, handoff: false };
  // The button, or its label typed later, when other buttons have been offered since.
  const continuing = value.trim() === CONTINUE_WITH_BOT || labelKey(ctx.text) === labelKey(deps.i18n.t(ctx.locale, 'handoff.continue_button'));
  if (continuing) {
    ctx.conversation = await deps.store.conversations.setStatus(ctx.conversation!.id, 'bot');
    delete dialogue.offered;
    delete dialogue.waitingNoteAt;
    ctx.log.info('shopper went on with the bot instead of waiting');
    ctx.outcome = { ...silent, outputs: [{ key: 'handoff.released', vars: {} }] };
    return false;
  }
  const understood = u.intent !== null && u.confidence >= bot.config.nlu.threshold && config.answer_while_waiting.includes(u.intent);
  // An order number typed on its own ("sorry, typo: SM100242") is shown when the bot answers order questions now.
  const order = config.answer_while_waiting.includes('order_status') && u.entities.some((e) => e.type === 'order_id');
  // "A refund instead" ("やっぱり返金にしてください") after a defective item's return was handed off changes that return.
  const remedy = config.answer_while_waiting.includes('return_request') && u.entities.some((e) => e.type === 'remedy');
  // A pressed button or a command the earlier stages read (/language, /tz) is answered too.
  if (understood || order || remedy || u.forced || keywordTrigger(bot.flows.values(), ctx.text, ctx.locale)) return true;
  const now = Date.now();
  const due = dialogue.waitingNoteAt === undefined || now - dialogue.waitingNoteAt >= config.remind_after_minutes * 60_000;
  if (due) dialogue.waitingNoteAt = now;
  ctx.outcome = {
    ...silent,
    outputs: due ? [{ key: 'handoff.still_waiting', vars: {}, buttons: [{ label: 'handoff.continue_button', value: CONTINUE_WITH_BOT }] }] : [],
  };
  if (due) dialogue.offered = [{ label: deps.i18n.t(ctx.locale, 'handoff.continue_button'), value: CONTINUE_WITH_BOT }];
  return false;
}
