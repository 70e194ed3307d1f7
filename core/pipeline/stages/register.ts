import { plainText } from '../../model/elements.js';
import { detectRegister } from '../../nlu/register.js';
import { isUnaddressed } from './community-gate.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/**
 * Remembers how the shopper addresses the shop ("Können Sie …?" or "kannst du …?") on the profile, so
 * replies answer in kind (render picks the register). A message that shows neither changes nothing:
 * once formal, the shopper stays so until a message clearly uses "du". Runs after the language stage,
 * which says what language the message is in. A pressed button says nothing, and neither does a group
 * message to other people.
 */
export const register: Middleware<TurnContext> = async (ctx, next) => {
  const profile = ctx.profile;
  if (profile && !ctx.event.action && !isUnaddressed(ctx.event)) {
    const shown = detectRegister(plainText(ctx.event.content), ctx.writtenIn ?? ctx.locale);
    if (shown && shown !== profile.register) ctx.profile = await ctx.deps.store.profiles.update(profile.id, { register: shown });
  }
  await next();
};
