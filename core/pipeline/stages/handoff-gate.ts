import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/**
 * A conversation with a person is not answered by the bot: the message goes to the inbox. One waiting for a
 * person goes to the inbox too, and on to the bot, which answers what `handoff.answer_while_waiting` allows
 * and otherwise tells the shopper the team has the request (flow stage).
 */
export const handoffGate: Middleware<TurnContext> = async (ctx, next) => {
  const conversation = ctx.conversation!;
  if (conversation.status === 'bot') return next();
  ctx.deps.events.emit('inbox', { conversation, event: ctx.event, text: ctx.text, locale: ctx.locale });
  if (conversation.status === 'with_agent') {
    ctx.result.status = 'with_agent';
    return;
  }
  ctx.waiting = true;
  await next();
};
