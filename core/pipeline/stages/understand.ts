import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import type { Understanding } from '../../flow/runtime.js';
import type { Entity, EntityType } from '../../nlu/types.js';

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

export const understand: Middleware<TurnContext> = async (ctx, next) => {
  const forced = parseIntentValue(ctx.event.action?.value ?? ctx.text);
  ctx.understanding = forced ?? (ctx.text
    ? await ctx.bot.nlu.understand(ctx.text, ctx.locale, {
      timezone: ctx.profile?.timezone ?? ctx.bot.config.timezone, signal: ctx.signal, ...(ctx.writtenIn ? { writtenIn: ctx.writtenIn } : {}),
    })
    : { intent: null, confidence: 0, ranking: [], entities: [] });
  if (forced) ctx.text = ''; // the value is a command, not something the shopper typed
  ctx.result.intent = ctx.understanding.intent;
  ctx.result.confidence = ctx.understanding.confidence;
  await next();
};
