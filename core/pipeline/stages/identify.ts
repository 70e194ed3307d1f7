import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** Finds or creates the shopper's profile and the conversation record. */
export const identify: Middleware<TurnContext> = async (ctx, next) => {
  const { event, deps } = ctx;
  ctx.profile = await deps.store.profiles.upsertByIdentity(
    { platform: event.platform, botId: event.botId, userId: event.sender.id },
    event.sender.name ? { name: event.sender.name } : {},
  );
  ctx.conversation = await deps.store.conversations.upsert(
    { botId: event.botId, platform: event.platform, platformConversationId: event.conversation.id },
    {
      kind: event.conversation.kind,
      ...(event.conversation.title ? { title: event.conversation.title } : {}),
      ...(event.conversation.kind === 'direct' ? { profileId: ctx.profile.id } : {}),
    },
  );
  ctx.log = ctx.log.child({ conversationId: ctx.conversation.id });
  await next();
};
