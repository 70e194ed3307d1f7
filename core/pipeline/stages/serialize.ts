import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** One conversation's turns run one at a time, in arrival order, so replies keep the shopper's order. */
export const serialize: Middleware<TurnContext> = (ctx, next) => {
  const { event } = ctx;
  return ctx.deps.serializer.run(`${event.botId}:${event.platform}:${event.conversation.id}`, next);
};
