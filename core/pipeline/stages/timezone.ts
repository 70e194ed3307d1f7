import { canonicalTimeZone, languageTimeZone, localClock, parseTimeZoneChoice, timeZoneLabel } from '../../util/timezones.js';
import { LOCALES, matchLocale } from '../../util/locales.js';
import { timeZoneMenu } from '../../util/timezone-menu.js';
import { isUnaddressed } from './community-gate.js';
import { parseIntentValue } from './understand.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';

/** `/timezone Asia/Jakarta`, `/tz utc+7`, `🕒 tokyo`; Telegram delivers `/tz x` as `tz x` (see its decode). */
const COMMAND = /^(\/(?:timezone|tz)(?:@\w+)?|🕒|timezone|tz)(?:\s+([\s\S]*))?$/iu;
const BARE_WORD = /^(?:timezone|tz)$/i;
const INTENT = 'timezone';
/** `/tz auto`, or the menu's "automatic" button: back to the zone the client reports, else the one the language points to, else the bot's. */
const AUTOMATIC = /^(?:auto|automatic|device|reset)$/i;

/**
 * Applies a time zone the shopper chooses, before the message is understood: a pressed menu button
 * (`intent:timezone?zone=Asia/Jakarta`), the command with a zone (`/timezone são paulo`), or a city
 * or offset typed right after the menu. It is remembered with `timezoneSource: 'chosen'`, so a zone a
 * client reports later does not replace it. The message then forces the `timezone` intent, whose flow
 * confirms the zone, says it does not know it, or (for the command alone) shows the menu. Runs before
 * the language stage, so "São Paulo" does not switch a shopper's replies to Portuguese.
 */
export const timezone: Middleware<TurnContext> = async (ctx, next) => {
  // Not for a conversation an agent has taken (the message is theirs) or a group message not for the bot.
  const forBot = ctx.conversation !== undefined && ctx.conversation.status !== 'with_agent' && !isUnaddressed(ctx.event);
  const wanted = forBot ? wantedZone(ctx) : undefined;
  if (wanted !== undefined) {
    ctx.text = `intent:${INTENT}`;
    const zone = wanted === null || AUTOMATIC.test(wanted) ? undefined : parseTimeZoneChoice(wanted, menuZones(ctx), writtenIn(ctx));
    if (wanted !== null && AUTOMATIC.test(wanted)) {
      await followClient(ctx);
    } else if (zone) {
      const profile = ctx.profile!;
      if (profile.timezone !== zone || profile.timezoneSource !== 'chosen') {
        ctx.profile = await ctx.deps.store.profiles.update(profile.id, { timezone: zone, timezoneSource: 'chosen' });
      }
      ctx.timezoneChoice = { kind: 'chosen', zone };
    } else if (wanted !== null) {
      ctx.log.debug({ typed: wanted.slice(0, 64) }, 'unknown time zone from the shopper, nothing changed');
      ctx.timezoneChoice = { kind: 'unknown', text: wanted.slice(0, 64) };
    }
  }
  await next();
};

/**
 * Gives up a chosen zone: the zone this message's client reports applies at once (the identify stage
 * ignored it while a zone was chosen); without one, the zone the shopper's language points to (guessTimeZone,
 * later this turn), else the bot's, applies until a client reports one.
 */
async function followClient(ctx: TurnContext): Promise<void> {
  const profile = ctx.profile!;
  const reported = canonicalTimeZone(ctx.event.sender.timezone);
  if (profile.timezoneSource === 'chosen' || (reported && profile.timezone !== reported)) {
    ctx.profile = await ctx.deps.store.profiles.update(profile.id, reported
      ? { timezone: reported, timezoneSource: 'reported' }
      : { timezone: undefined, timezoneSource: undefined });
  }
  ctx.timezoneChoice = { kind: 'automatic' };
}

/**
 * Where the client reports no zone (Telegram, WeCom, DingTalk) and the shopper chose none, the shopper's
 * language may point to one clock (`ja` → Asia/Tokyo, see languageTimeZone): that zone is used, remembered with
 * `timezoneSource: 'language'`, and guessed again when the language changes (English points to none: the bot's
 * zone again). Called by the language stage once the turn's language is known; only the shopper's own language
 * counts, not the bot's default.
 */
export async function guessTimeZone(ctx: TurnContext): Promise<void> {
  const profile = ctx.profile!;
  const guessed = profile.timezoneSource === 'language';
  if (!guessed && (profile.timezoneSource !== undefined || profile.timezone !== undefined)) return;
  const zone = profile.locale ? languageTimeZone(ctx.locale) : undefined;
  if (zone === profile.timezone) return;
  ctx.profile = await ctx.deps.store.profiles.update(profile.id, zone
    ? { timezone: zone, timezoneSource: 'language' }
    : { timezone: undefined, timezoneSource: undefined });
}

/** The language place names are likely typed in ("Москва", "ニューヨーク"): this stage runs before the language stage. */
function writtenIn(ctx: TurnContext): string | undefined {
  return matchLocale(ctx.profile?.locale ?? ctx.event.chosenLocale ?? ctx.event.sender.locale, LOCALES);
}

function reportsZone(ctx: TurnContext): boolean {
  return canonicalTimeZone(ctx.event.sender.timezone) !== undefined;
}

/** What the shopper asks for: text naming a zone, `null` for the command alone, undefined when the message is about something else. */
function wantedZone(ctx: TurnContext): string | null | undefined {
  const pressed = parseIntentValue(ctx.event.action?.value ?? ctx.text);
  if (pressed) {
    if (pressed.intent !== INTENT) return undefined;
    const zone = pressed.entities.find((e) => (e.type as string) === 'zone')?.value;
    return typeof zone === 'string' && zone ? zone : null;
  }
  const text = ctx.text.trim();
  const command = COMMAND.exec(text);
  if (command) {
    const typed = command[2]?.trim();
    // "timezone of your warehouse?" is a question, not the command without its slash.
    if (typed && BARE_WORD.test(command[1]!) && !parseTimeZoneChoice(typed, [], writtenIn(ctx)) && !AUTOMATIC.test(typed)) return undefined;
    return typed || null;
  }
  // Right after the menu a bare city or offset is an answer to it; anything else is a new message.
  const menuShown = ctx.offered?.some((b) => parseIntentValue(b.value)?.intent === INTENT);
  return menuShown && !ctx.event.action && parseTimeZoneChoice(text, [], writtenIn(ctx)) ? text : undefined;
}

function currentZone(ctx: TurnContext): string {
  return ctx.profile?.timezone ?? ctx.bot.config.timezone;
}

/** The menu's zones: the current one, the bot's, and those of the country the shopper's profile and languages point at. */
function menuZones(ctx: TurnContext, at = new Date()): string[] {
  const hints = [ctx.profile?.country, ctx.event.sender.locale, ctx.profile?.locale, ctx.locale];
  return timeZoneMenu({ current: currentZone(ctx), bot: ctx.bot.config.timezone, hints, at });
}

/** What flows read as `timezone.*`: the zone in use and its local time, this turn's choice, and the menu. */
export function timezoneScope(ctx: TurnContext): Record<string, unknown> {
  const zone = currentZone(ctx);
  const at = new Date();
  return {
    zone,
    changed: ctx.timezoneChoice?.kind === 'chosen',
    automatic: ctx.timezoneChoice?.kind === 'automatic',
    /** The shopper chose this zone, and their client reports one: the menu offers to follow it again. */
    followable: ctx.profile?.timezoneSource === 'chosen' && reportsZone(ctx),
    /** This message's client reports a zone (the web chat, Teams); Telegram, WeCom and DingTalk report none. */
    reported: reportsZone(ctx),
    unknown: ctx.timezoneChoice?.kind === 'unknown',
    // Computed when a flow reads them: most turns never do.
    get label() {
      return timeZoneLabel(zone, at);
    },
    get clock() {
      return localClock(zone, ctx.locale, at);
    },
    get choices() {
      return menuZones(ctx, at).map((z) => ({ zone: z, label: timeZoneLabel(z, at) }));
    },
  };
}
