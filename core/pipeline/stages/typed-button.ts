import type { DialogueState, OfferedButton } from '../../flow/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import { yesOrNo } from '../../nlu/yes-no.js';

/** Longer messages are sentences, not a button's label. */
const MAX_LABEL_CHARS = 60;

/** A label as a shopper may type it: case, spacing, surrounding punctuation and emoji do not matter. */
export function labelKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').replace(/\s+/gu, ' ');
}

/**
 * A typed message that is exactly the label of a button the bot just offered counts as pressing it:
 * platforms and routes that cannot show buttons (WeCom customer chats, app group chats, keyboards
 * that hold only a few) list them as text, and the shopper answers by typing one.
 */
export const typedButton: Middleware<TurnContext> = async (ctx, next) => {
  const text = ctx.text.trim();
  if (!ctx.event.action && text && text.length <= MAX_LABEL_CHARS && ctx.conversation && ctx.conversation.status !== 'with_agent') {
    const dialogue = await ctx.deps.store.sessions.get<DialogueState>(ctx.sessionKey);
    if (dialogue?.offered) ctx.offered = dialogue.offered;
    const key = labelKey(text);
    const offered = dialogue?.offered ?? [];
    // A typed "yes" or "no" ("да", "はい", "evet eminim", "không cần") to buttons that answer a yes/no question.
    const answer = offered.some((b) => b.answers) ? yesOrNo(text, ctx.profile?.locale ?? ctx.locale) : undefined;
    const hit = (key ? offered.find((b: OfferedButton) => labelKey(b.label) === key) : undefined)
      ?? (answer ? offered.find((b) => b.answers === answer) : undefined);
    if (hit) {
      ctx.log.debug({ label: hit.label }, 'typed text is an offered button');
      ctx.text = hit.value;
    }
  }
  await next();
};
