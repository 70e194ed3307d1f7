import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import type { InboundEvent } from '../../model/event.js';

/** A group message that neither mentions, replies to nor commands the bot. */
export function isUnaddressed(event: InboundEvent): boolean {
  return event.conversation.kind === 'group' && !event.mentionsBot && event.kind === 'message';
}

/** In groups the bot speaks when addressed; unaddressed messages are answered only when confident (decided after NLU). */
export const communityGate: Middleware<TurnContext> = async (ctx, next) => {
  ctx.unaddressed = isUnaddressed(ctx.event);
  await next();
};
