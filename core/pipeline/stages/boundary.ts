import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import { UserFacingError } from '../../model/errors.js';
import { plainText } from '../../model/elements.js';
import { deliverMessages } from './deliver.js';
import { shopperI18n } from './render.js';

class TurnTimeout extends Error {
  override name = 'TurnTimeout';
}

/**
 * The one error boundary: runs the rest of the turn under a deadline; on failure or timeout the
 * shopper gets a localized apology, the cause is logged, and the conversation stays usable
 * (the session is not saved, so a half-finished step is simply not recorded).
 */
export const boundary: Middleware<TurnContext> = async (ctx, next) => {
  const { bot, deps, event } = ctx;
  const labels = { bot: bot.id, platform: event.platform };
  const controller = new AbortController();
  ctx.signal = controller.signal;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TurnTimeout(`turn exceeded ${bot.config.turn_timeout_ms} ms`)), bot.config.turn_timeout_ms);
  });
  deps.metrics.messages.inc(labels);
  try {
    await Promise.race([next(), deadline]);
  } catch (err) {
    controller.abort(err);
    const timedOut = err instanceof TurnTimeout;
    ctx.result.status = timedOut ? 'timeout' : 'error';
    deps.metrics.errors.inc({ ...labels, stage: timedOut ? 'timeout' : (ctx.outcome ? 'deliver' : 'turn') });
    ctx.log.error({ err, intent: ctx.result.intent, flow: ctx.result.flow }, timedOut ? 'turn timed out' : 'turn failed');
    await apologize(ctx, err instanceof UserFacingError ? err.i18nKey : timedOut ? 'core.timeout' : 'core.apology');
  } finally {
    clearTimeout(timer);
    deps.metrics.turnSeconds.observe(labels, (performance.now() - ctx.started) / 1000);
    await record(ctx);
  }
};

async function apologize(ctx: TurnContext, key: string): Promise<void> {
  const text = shopperI18n(ctx).t(ctx.locale, key);
  try {
    // A fresh signal: the turn's own signal is aborted by now.
    await deliverMessages({ ...ctx, signal: new AbortController().signal }, [[{ type: 'text', text }]]);
  } catch (err) {
    ctx.log.error({ err }, 'could not deliver the apology');
  }
}

/** Transcript of the turn: the shopper's message and what was delivered. */
async function record(ctx: TurnContext): Promise<void> {
  const conversation = ctx.conversation;
  if (!conversation) return;
  const { store } = ctx.deps;
  try {
    const now = Date.now();
    await store.conversations.append({
      conversationId: conversation.id, direction: 'in', senderId: ctx.event.sender.id,
      text: ctx.text || plainText(ctx.event.content) || (ctx.event.action?.value ?? `[${ctx.event.kind}]`), at: now,
      ...(ctx.result.intent ? { intent: ctx.result.intent, confidence: ctx.result.confidence } : {}),
    });
    for (const elements of ctx.result.replies) {
      await store.conversations.append({ conversationId: conversation.id, direction: 'out', senderId: 'bot', text: plainText(elements), elements, at: now });
    }
  } catch (err) {
    ctx.log.error({ err }, 'could not record the transcript');
  }
}
