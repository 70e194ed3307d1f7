import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import type { Understanding } from '../../flow/runtime.js';
import type { Entity, EntityType } from '../../nlu/types.js';
import { splitQuestions } from '../../nlu/questions.js';
import { isAcknowledgement } from '../../nlu/acknowledgement.js';
import { withoutGreeting } from '../../nlu/greeting-prefix.js';

/**
 * The intent a message of acknowledgements alone gets ("ok", "好的", "はい", "oke kak"; not "ok thanks"), when the bot
 * has a flow for it: the classifier learns "ok" beside "thanks", and "you're welcome" answers nobody's thanks.
 */
export const ACKNOWLEDGEMENT_INTENT = 'acknowledgement';

/**
 * Button values of the form `intent:<name>?<entity>=<value>&...` force an intent with entities, so a
 * pressed button is deterministic; anything else is classified like typed text.
 */
export function parseIntentValue(value: string): Understanding | undefined {
  const m = /^intent:([a-z_][a-z0-9_]*)(?:\?(.*))?$/.exec(value.trim());
  if (!m) return undefined;
  const entities: Entity[] = [...new URLSearchParams(m[2] ?? '')].map(([type, v]) => ({
    type: type as EntityType, value: v, text: v, start: 0, end: 0, score: 1,
  }));
  return { intent: m[1]!, confidence: 1, ranking: [{ intent: m[1]!, confidence: 1 }], entities, forced: true };
}

/**
 * Several questions in one message, each understood on its own: kept when at least two are understood
 * (at the bot's threshold, not off-topic, not a skipped intent) with different intents.
 */
async function severalQuestions(ctx: TurnContext, text: string, understandText: (text: string) => Promise<Understanding>): Promise<TurnContext['questions']> {
  const config = ctx.bot.config.nlu.several_questions;
  if (!config.enabled || ctx.unaddressed) return undefined;
  const parts = splitQuestions(text, ctx.writtenIn ?? ctx.locale);
  if (parts.length < 2) return undefined;
  const understood = await Promise.all(parts.map(async (part) => ({ text: part, understanding: await understandText(part) })));
  const kept: NonNullable<TurnContext['questions']> = [];
  for (const q of understood) {
    if (!answerable(ctx, q.understanding)) continue;
    if (!kept.some((k) => k.understanding.intent === q.understanding.intent)) kept.push(q);
  }
  return kept.length >= 2 ? kept.slice(0, config.max) : undefined;
}

/** Understood at the bot's threshold, not off-topic, and not an intent left unanswered beside a request (hi, thanks). */
function answerable(ctx: TurnContext, u: Understanding): boolean {
  const { intent, confidence, offTopic } = u;
  return intent !== null && !offTopic && confidence >= ctx.bot.config.nlu.threshold && !ctx.bot.config.nlu.several_questions.skip_intents.includes(intent);
}

/**
 * A greeting in front of a request ("buongiorno, avete zaini?", "你好，有耳机吗") the classifier took for a greeting,
 * or did not understand: the request, when it is understood on its own (the greeting goes unanswered, as beside
 * several questions). Its questions, if it asks several ("hi! how much is shipping? and any coupons?").
 */
async function afterGreeting(ctx: TurnContext, understandText: (text: string) => Promise<Understanding>): Promise<TurnContext['questions']> {
  if (ctx.unaddressed || !ctx.bot.config.nlu.several_questions.enabled) return undefined;
  const rest = withoutGreeting(ctx.text, [ctx.writtenIn, ctx.locale, ctx.bot.config.locales.default]);
  if (rest === undefined) return undefined;
  const several = await severalQuestions(ctx, rest, understandText);
  if (several || answerable(ctx, ctx.understanding!)) return several;
  const understanding = await understandText(rest);
  // What follows a greeting may be a greeting's own words ("hi again", "hola, ¿me pueden ayudar?", "c'è qualcuno?"),
  // which a classifier reads as anything at all: only a request that names what it is about is one.
  const names = understanding.entities.some((e) => NAMED.has(e.type));
  return answerable(ctx, understanding) && names ? [{ text: rest, understanding }] : undefined;
}

/** What a request after a greeting names: a product, an order, an amount. */
const NAMED: ReadonlySet<string> = new Set(['product', 'order_id', 'money']);

/** "ok", "好的呢", "はい": the acknowledgement intent, for a bot with a flow that answers it. */
function acknowledged(ctx: TurnContext, u: Understanding): Understanding | undefined {
  const flows = [...ctx.bot.flows.values()];
  if (!flows.some((f) => f.triggers.intents?.includes(ACKNOWLEDGEMENT_INTENT))) return undefined;
  if (!isAcknowledgement(ctx.text, [ctx.writtenIn, ctx.locale, ctx.bot.config.locales.default])) return undefined;
  return { ...u, intent: ACKNOWLEDGEMENT_INTENT, confidence: 1, ranking: [{ intent: ACKNOWLEDGEMENT_INTENT, confidence: 1 }, ...u.ranking] };
}

/** The intent a message that is nothing but products' names or kinds gets ("hoparlör", "pebble", "耳机?"). */
export const PRODUCT_SEARCH_INTENT = 'product_search';
const PRODUCT_INTENTS: ReadonlySet<string> = new Set(['product_question', 'recommendation', 'purchase']);

/**
 * "hoparlör", "kulaklık", "pebble": a message made only of product mentions is a search, for a bot with a flow
 * for it. A single word gives the classifier little to go on, and it had read "hoparlör" as a complaint (0.46).
 */
function productsOnly(ctx: TurnContext, u: Understanding): Understanding | undefined {
  if (u.intent === PRODUCT_SEARCH_INTENT) return undefined;
  // A question about the product ("клавиатура K7 механическая?" is all product words) or a recommendation stays so.
  if (u.intent && PRODUCT_INTENTS.has(u.intent) && u.confidence >= ctx.bot.config.nlu.threshold) return undefined;
  const products = u.entities.filter((e) => e.type === 'product');
  // Anything else read in it (an amount, an order, a count) says the message is more than a name.
  if (products.length < u.entities.length) return undefined;
  if (!products.length || ![...ctx.bot.flows.values()].some((f) => f.triggers.intents?.includes(PRODUCT_SEARCH_INTENT))) return undefined;
  // One mention covering the message: several fuzzy ones can cover a question's words too ("tai nghe X1 có chống ồn
  // không?" is X1 and its "chống ồn").
  const covering = products.some((e) => !/[\p{L}\p{N}]/u.test(ctx.text.slice(0, e.start) + ctx.text.slice(e.end)));
  if (!covering) return undefined;
  // Sure enough to start a search, never to interrupt a flow asking "which product?" (the digression threshold).
  const confidence = ctx.bot.config.nlu.threshold;
  return { ...u, intent: PRODUCT_SEARCH_INTENT, confidence, ranking: [{ intent: PRODUCT_SEARCH_INTENT, confidence }, ...u.ranking] };
}

/** An intent under its own, higher threshold (`nlu.intent_thresholds`) is not understood. */
function belowOwnThreshold(ctx: TurnContext, u: Understanding): Understanding | undefined {
  const own = u.intent === null ? undefined : ctx.bot.config.nlu.intent_thresholds[u.intent];
  if (own === undefined || u.confidence >= own) return undefined;
  ctx.log.debug({ intent: u.intent, confidence: u.confidence, threshold: own }, 'intent under its own threshold');
  return { ...u, intent: null };
}

export const understand: Middleware<TurnContext> = async (ctx, next) => {
  const forced = parseIntentValue(ctx.event.action?.value ?? ctx.text);
  const understandText = (text: string) => ctx.bot.nlu.understand(text, ctx.locale, {
    timezone: ctx.profile?.timezone ?? ctx.bot.config.timezone, signal: ctx.signal, ...(ctx.writtenIn ? { writtenIn: ctx.writtenIn } : {}),
  });
  ctx.understanding = forced ?? (ctx.text ? await understandText(ctx.text) : { intent: null, confidence: 0, ranking: [], entities: [] });
  if (!forced && ctx.text) {
    const questions = (await severalQuestions(ctx, ctx.text, understandText)) ?? (await afterGreeting(ctx, understandText));
    if (questions) {
      ctx.questions = questions;
      ctx.understanding = questions[0]!.understanding;
    }
    ctx.understanding = acknowledged(ctx, ctx.understanding) ?? productsOnly(ctx, ctx.understanding) ?? ctx.understanding;
  }
  if (!forced) ctx.understanding = belowOwnThreshold(ctx, ctx.understanding) ?? ctx.understanding;
  if (forced) ctx.text = ''; // the value is a command, not something the shopper typed
  ctx.result.intent = ctx.understanding.intent;
  ctx.result.confidence = ctx.understanding.confidence;
  await next();
};
