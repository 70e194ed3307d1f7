import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import type { Understanding } from '../../flow/runtime.js';
import type { Entity, EntityType } from '../../nlu/types.js';
import { splitQuestions } from '../../nlu/questions.js';

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
async function severalQuestions(ctx: TurnContext, understandText: (text: string) => Promise<Understanding>): Promise<TurnContext['questions']> {
  const config = ctx.bot.config.nlu.several_questions;
  if (!config.enabled || ctx.unaddressed) return undefined;
  const parts = splitQuestions(ctx.text, ctx.writtenIn ?? ctx.locale);
  if (parts.length < 2) return undefined;
  const understood = await Promise.all(parts.map(async (text) => ({ text, understanding: await understandText(text) })));
  const kept: NonNullable<TurnContext['questions']> = [];
  for (const q of understood) {
    const { intent, confidence, offTopic } = q.understanding;
    if (intent === null || offTopic || confidence < ctx.bot.config.nlu.threshold || config.skip_intents.includes(intent)) continue;
    if (!kept.some((k) => k.understanding.intent === intent)) kept.push(q);
  }
  return kept.length >= 2 ? kept.slice(0, config.max) : undefined;
}

export const understand: Middleware<TurnContext> = async (ctx, next) => {
  const forced = parseIntentValue(ctx.event.action?.value ?? ctx.text);
  const understandText = (text: string) => ctx.bot.nlu.understand(text, ctx.locale, {
    timezone: ctx.profile?.timezone ?? ctx.bot.config.timezone, signal: ctx.signal, ...(ctx.writtenIn ? { writtenIn: ctx.writtenIn } : {}),
  });
  ctx.understanding = forced ?? (ctx.text ? await understandText(ctx.text) : { intent: null, confidence: 0, ranking: [], entities: [] });
  if (!forced && ctx.text) {
    const questions = await severalQuestions(ctx, understandText);
    if (questions) {
      ctx.questions = questions;
      ctx.understanding = questions[0]!.understanding;
    }
  }
  if (forced) ctx.text = ''; // the value is a command, not something the shopper typed
  ctx.result.intent = ctx.understanding.intent;
  ctx.result.confidence = ctx.understanding.confidence;
  await next();
};
