import type { Element } from '../../model/elements.js';
import type { Target } from '../../model/event.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import { PlatformError } from '../../model/errors.js';

export function replyTarget(ctx: TurnContext): Target {
  const { event } = ctx;
  return {
    platform: event.platform, botId: event.botId, conversation: event.conversation, userId: event.sender.id, replyTo: event.id, locale: ctx.locale,
    ...(event.raw && typeof event.raw === 'object' && 'hint' in event.raw ? { hint: event.raw.hint } : {}),
  };
}

/** Sends each message through the adapter's renderer and the delivery governor. */
export async function deliverMessages(ctx: TurnContext, messages: Element[][]): Promise<void> {
  const { bot, deps, event } = ctx;
  const adapter = bot.adapters.get(event.platform);
  if (!adapter) throw new Error(`no ${event.platform} adapter for bot ${bot.id}`);
  const target = replyTarget(ctx);
  for (const elements of messages) {
    if (ctx.signal.aborted) return; // the turn timed out: the shopper already got an apology
    for (const payload of adapter.render(target, elements)) {
      try {
        await deps.governor.send(adapter, payload, { signal: ctx.signal });
      } catch (err) {
        if (err instanceof PlatformError && err.unreachable && ctx.profile) {
          // Blocked the bot: remember it so campaigns skip this shopper; retrying cannot help.
          await deps.store.profiles.update(ctx.profile.id, { unreachable: [...new Set([...ctx.profile.unreachable, event.platform])] });
          ctx.log.warn({ err }, 'shopper unreachable on this platform');
          return;
        }
        throw err;
      }
    }
    ctx.result.replies.push(elements);
    deps.metrics.replies.inc({ bot: bot.id, platform: event.platform });
    deps.events.emit('delivered', { target, elements });
  }
}

export const deliver: Middleware<TurnContext> = async (ctx, next) => {
  await deliverMessages(ctx, ctx.messages);
  ctx.result.status = 'answered';
  await next();
};
