/**
 * Language identification of short chat messages: the writing system first, then a character
 * n-gram model for Latin-script (and Han-only) text, then the shopper's history for text that says
 * nothing about its language ("ok", "123", "👍").
 */
import { readFileSync } from 'node:fs';
import { NgramModel, type LangIdModelFile } from './langid-model.js';
import { countScripts, dominantScript, SCRIPT_LANGUAGES } from './langid-scripts.js';
import type { LanguageGuess } from './types.js';

export interface DetectLanguageOptions {
  /** The bot's locales (`zh-CN`, `en`, `pt-BR`…); the guess is always one of them. Must not be empty. */
  candidates: readonly string[];
  /** The platform's or browser's locale for this shopper, e.g. Telegram `language_code`. */
  hint?: string | undefined;
  /** Locales of the shopper's earlier messages, oldest first (only the last few matter). */
  history?: readonly string[] | undefined;
}

/** Divides n-gram log-likelihoods: n-grams of one text overlap, so their evidence is not independent. */
const TEMPERATURE = 12;
/** How much of the model's own class prior (Han-only text is rarely Japanese) to apply. */
const CLASS_PRIOR_SCALE = 0.25;
/** Prior weight of the shopper's latest language, earlier languages and the platform hint (uniform = 1). */
const PRIOR = { latest: 3, earlier: 1, hint: 1 } as const;
/** Fewer letters than this say nothing reliable about the language. */
const MIN_LETTERS = 3;
/** Chat words used the same way in every language. */
const UNIVERSAL = new Set([
  'ok', 'okay', 'okey', 'oke', 'oki', 'okk', 'k', 'kk', 'hi', 'hey', 'hello', 'lol', 'xd', 'thx', 'bye', 'wow',
  'oh', 'ah', 'hmm', 'hm', 'yay', 'pls', 'plz', 'vip', 'sku', 'id', 'app', 'url', 'pdf', 'sms', 'qr',
]);
const LAUGH = /^(?:a?(?:ha|he|hi|ja|je|wk){2,}h?|w{3,}|k{3,})$/u;
const NOISE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#]\S+|\S*\d\S*/gu;

let loaded: { latin: NgramModel; han: NgramModel } | undefined;

/** Loads the bundled model (about 0.3 s); `detectLanguage` does it on first use. */
export function loadLanguageModel(): { latin: NgramModel; han: NgramModel } {
  if (!loaded) {
    const file = JSON.parse(readFileSync(new URL('./langid-model.json', import.meta.url), 'utf8')) as LangIdModelFile;
    loaded = { latin: new NgramModel(file.latin), han: new NgramModel(file.han) };
  }
  return loaded;
}

/** `zh-CN` → `zh`, `pt_BR` → `pt`. */
export function baseLanguage(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** Guesses the language of one message. Never throws for any text; throws if `candidates` is empty. */
export function detectLanguage(text: string, options: DetectLanguageOptions): LanguageGuess {
  const { candidates } = options;
  if (candidates.length === 0) throw new RangeError('detectLanguage: candidates must not be empty');
  const byLang = new Map<string, string>();
  for (const c of candidates) if (!byLang.has(baseLanguage(c))) byLang.set(baseLanguage(c), c);

  const cleaned = text.replace(NOISE, ' ');
  const counts = countScripts(cleaned);
  const script = dominantScript(counts);
  if (!script) return fallback(options, byLang);
  const langs = SCRIPT_LANGUAGES[script].filter((l) => byLang.has(l));
  if (langs.length === 0) return fallback(options, byLang);
  if (script === 'latin' && saysNothing(cleaned, counts.latin)) return fallback(options, byLang);
  if (langs.length === 1) {
    const only = langs[0] as string;
    return { locale: byLang.get(only) as string, confidence: script === 'latin' ? 0.9 : 0.99, source: 'script' };
  }
  const model = script === 'latin' ? loadLanguageModel().latin : loadLanguageModel().han;
  const posterior = scoreWithPrior(model, cleaned, langs, options);
  let best = langs[0] as string;
  for (const l of langs) if ((posterior.get(l) ?? 0) > (posterior.get(best) ?? 0)) best = l;
  return { locale: byLang.get(best) as string, confidence: round(posterior.get(best) ?? 0), source: 'model' };
}

function saysNothing(cleaned: string, latinLetters: number): boolean {
  if (latinLetters < MIN_LETTERS) return true;
  const words = cleaned.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '');
  return words.every((w) => UNIVERSAL.has(w) || LAUGH.test(w));
}

function scoreWithPrior(
  model: NgramModel,
  text: string,
  langs: readonly string[],
  options: DetectLanguageOptions,
): Map<string, number> {
  const scores = model.score(text, new Set(langs));
  const prior = priorWeights(langs, options);
  const logPost = langs.map((l) => {
    const ll = scores.logLikelihood[scores.langs.indexOf(l)] ?? -Infinity;
    const classPrior = model.logPrior[scores.langs.indexOf(l)] ?? 0;
    return ll / TEMPERATURE + CLASS_PRIOR_SCALE * classPrior + Math.log(prior.get(l) ?? 1);
  });
  const max = Math.max(...logPost);
  const exp = logPost.map((x) => Math.exp(x - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return new Map(langs.map((l, i) => [l, (exp[i] ?? 0) / sum]));
}

function priorWeights(langs: readonly string[], options: DetectLanguageOptions): Map<string, number> {
  const w = new Map(langs.map((l) => [l, 1]));
  const recent = (options.history ?? []).slice(-5).map(baseLanguage);
  const latest = recent.at(-1);
  for (const l of new Set(recent)) if (w.has(l)) w.set(l, (w.get(l) ?? 1) + (l === latest ? PRIOR.latest : PRIOR.earlier));
  const hint = options.hint === undefined ? undefined : baseLanguage(options.hint);
  if (hint !== undefined && w.has(hint)) w.set(hint, (w.get(hint) ?? 1) + PRIOR.hint);
  return w;
}

/** Text without language: keep the shopper's language, else the platform's, else the bot's first. */
function fallback(options: DetectLanguageOptions, byLang: ReadonlyMap<string, string>): LanguageGuess {
  const latest = options.history?.at(-1);
  const fromHistory = latest === undefined ? undefined : byLang.get(baseLanguage(latest));
  if (fromHistory) return { locale: fromHistory, confidence: 0.4, source: 'history' };
  const fromHint = options.hint === undefined ? undefined : byLang.get(baseLanguage(options.hint));
  if (fromHint) return { locale: fromHint, confidence: 0.3, source: 'hint' };
  return { locale: options.candidates[0] as string, confidence: 0.1, source: 'default' };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
