import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** A conversation waiting for or talking to a human is not answered by the bot: the message goes to the inbox. */
export const handoffGate: Middleware<TurnContext> = async (ctx, next) => {
  const conversation = ctx.conversation!;
  if (conversation.status !== 'bot') {
    ctx.result.status = 'with_agent';
    ctx.deps.events.emit('inbox', { conversation, event: ctx.event, text: ctx.text, locale: ctx.locale });
    return;
  }
  await next();
};
