import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** Platforms redeliver (WeCom 3× in 5 s, DingTalk ~60 s, Telegram webhooks): a message id is answered once. */
export const dedupe: Middleware<TurnContext> = async (ctx, next) => {
  const { event, deps } = ctx;
  const key = `${event.platform}:${event.botId}:${event.id}`;
  if (!(await deps.store.dedupe.claim(key, deps.dedupeTtlMs))) {
    ctx.result.status = 'duplicate';
    deps.metrics.duplicates.inc({ bot: event.botId, platform: event.platform });
    ctx.log.debug('duplicate event ignored');
    return;
  }
  await next();
};
