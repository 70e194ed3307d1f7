import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** In groups the bot speaks when addressed; unaddressed messages are answered only when confident (decided after NLU). */
export const communityGate: Middleware<TurnContext> = async (ctx, next) => {
  const { event } = ctx;
  ctx.unaddressed = event.conversation.kind === 'group' && !event.mentionsBot && event.kind === 'message';
  await next();
};
