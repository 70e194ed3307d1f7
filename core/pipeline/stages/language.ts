import { languageRequested, matchLocale } from '../../util/locales.js';
import { withoutAcknowledgement } from '../../nlu/acknowledgement.js';
import { guessTimeZone } from './timezone.js';
import { parseIntentValue } from './understand.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../context.js';
import type { LocaleSource } from '../../store/ports.js';

/** Below this, a detection does not override what we already know about the shopper. */
const DETECT_MIN_CONFIDENCE = 0.7;
/** Messages this short ("ok", "1", emoji) carry too little signal to switch language. */
const DETECT_MIN_CHARS = 4;

/**
 * Chooses the reply language: an explicit choice (remembered) wins; then a confident detection of
 * this message; then what the profile remembers; then the platform's hint; then the bot default.
 */
export const language: Middleware<TurnContext> = async (ctx, next) => {
  const { event, bot, deps } = ctx;
  const profile = ctx.profile!;
  const supported: readonly string[] = bot.config.locales.supported;
  let locale: string | undefined;
  let source: LocaleSource | undefined;

  const hint = profile.locale ?? matchLocale(event.sender.locale, supported);
  // A button's value (or a command a stage before turned into one) says nothing about the shopper's language.
  const command = parseIntentValue(ctx.text) !== undefined;
  const letters = command ? '' : ctx.text.replace(/[\s\d\p{P}\p{S}]/gu, '');
  const history = profile.locale ? [profile.locale] : undefined;
  const guess = letters.length >= DETECT_MIN_CHARS ? bot.nlu.detectLanguage(ctx.text, supported, hint, history) : undefined;
  const detected = guess && guess.confidence >= DETECT_MIN_CONFIDENCE && supported.includes(guess.locale) ? guess.locale : undefined;

  // "ok so how much is shipping?", "好吧 那运费呢": the question is what is understood (a person reading along sees it all).
  if (!command && !event.action && ctx.conversation?.status !== 'with_agent') {
    ctx.text = withoutAcknowledgement(ctx.text, detected ? [detected] : [hint, bot.config.locales.default]);
  }
  // A pressed language button (`intent:language?locale=es`) is a choice, and wins over the language a
  // client sends with every message (the web chat page's menu), which is a choice only when it changes.
  const pressed = parseIntentValue(event.action?.value ?? ctx.text)?.entities.find((e) => e.type === 'locale')?.value;
  // A message that is a language's name ("English", "中文") or asks for one ("can you answer in spanish",
  // "영어로 바꿔줘", "parla italiano?") chooses it, like its button; "do you speak …?" is answered with a yes.
  const requested = command || event.action ? undefined : languageRequested(ctx.text, supported);
  if (requested) ctx.text = `intent:language?locale=${requested.locale}${requested.question ? '&question=yes' : ''}`;
  const pressedLocale = matchLocale(typeof pressed === 'string' ? pressed : requested?.locale, supported);
  const clientLocale = matchLocale(event.chosenLocale, supported);
  const clientChanged = clientLocale !== undefined && clientLocale !== profile.clientLocale;
  const chosen = pressedLocale ?? (clientChanged || profile.localeSource !== 'chosen' ? clientLocale : undefined);
  if (chosen) [locale, source] = [chosen, 'chosen'];
  else if (profile.localeSource === 'chosen' && profile.locale && supported.includes(profile.locale)) locale = profile.locale;
  else if (detected) [locale, source] = [detected, 'detected'];
  else if (profile.locale && supported.includes(profile.locale)) locale = profile.locale;
  else if (hint) [locale, source] = [hint, 'hint'];
  ctx.locale = locale ?? bot.config.locales.default;
  const changed = source !== undefined && (profile.locale !== ctx.locale || profile.localeSource !== source);
  if (changed || clientChanged) {
    ctx.profile = await deps.store.profiles.update(profile.id, {
      ...(changed ? { locale: ctx.locale, localeSource: source } : {}),
      ...(clientChanged ? { clientLocale } : {}),
    });
  }
  ctx.result.locale = ctx.locale;
  // A shopper who chose one language may still write in another: understand what they wrote.
  if (detected && detected !== ctx.locale) ctx.writtenIn = detected;
  // The shopper's language may point to their clock (ja → Asia/Tokyo) while nothing better is known.
  await guessTimeZone(ctx);
  await next();
};
