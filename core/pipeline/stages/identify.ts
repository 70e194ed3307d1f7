import { canonicalTimeZone } from '../../util/timezones.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/**
 * Finds or creates the shopper's profile and the conversation record. A time zone the client
 * reports is remembered on the profile, so dates the shopper types ("tomorrow at 9") and dates
 * the bot writes are in the shopper's time; an unknown zone name is ignored, and so is any report
 * once the shopper has chosen a zone (the web chat sends the browser's zone with every message). A report
 * replaces a zone guessed from the shopper's language (see guessTimeZone in the timezone stage).
 */
export const identify: Middleware<TurnContext> = async (ctx, next) => {
  const { event, deps } = ctx;
  ctx.profile = await deps.store.profiles.upsertByIdentity(
    { platform: event.platform, botId: event.botId, userId: event.sender.id },
    event.sender.name ? { name: event.sender.name } : {},
  );
  const timezone = canonicalTimeZone(event.sender.timezone);
  if (event.sender.timezone && !timezone) ctx.log.debug({ timezone: event.sender.timezone.slice(0, 64) }, 'unknown time zone from the client, ignored');
  const { timezone: known, timezoneSource } = ctx.profile;
  if (timezone && timezoneSource !== 'chosen' && (timezone !== known || timezoneSource !== 'reported')) {
    ctx.profile = await deps.store.profiles.update(ctx.profile.id, { timezone, timezoneSource: 'reported' });
  }
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
