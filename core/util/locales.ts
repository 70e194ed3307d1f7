/** The 15 locales shopmate ships translations for. */
export const LOCALES = ['zh-CN', 'en', 'ja', 'ko', 'es', 'fr', 'de', 'ru', 'pt', 'it', 'th', 'vi', 'id', 'ar', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(x: string): x is Locale {
  return (LOCALES as readonly string[]).includes(x);
}

/**
 * Maps a platform or browser locale tag (`en-US`, `zh_Hans`, `pt-BR`, `zh`) to one of `supported`,
 * or `undefined` when none fits.
 */
export function matchLocale(tag: string | undefined, supported: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const norm = tag.replace('_', '-').toLowerCase();
  const exact = supported.find((l) => l.toLowerCase() === norm);
  if (exact) return exact;
  const lang = norm.split('-')[0] ?? '';
  if (lang === 'zh') return supported.find((l) => l.toLowerCase().startsWith('zh'));
  return supported.find((l) => l.toLowerCase() === lang || l.toLowerCase().split('-')[0] === lang);
}

/** Tags whose display name reads better than the CLDR default in a language menu. */
const NAME_TAGS: Record<string, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant' };
const NAME_OVERRIDES: Record<string, string> = { id: 'Bahasa Indonesia' };

/** The name of `locale` in its own language, as a language menu shows it: `es` → "Español", `zh-CN` → "简体中文". */
export function nativeLanguageName(locale: string): string {
  let name = nativeNames.get(locale);
  if (name === undefined) {
    name = computeNativeName(locale);
    nativeNames.set(locale, name);
  }
  return name;
}

/** Building an `Intl.DisplayNames` costs far more than a turn can spare: each name is computed once. */
const nativeNames = new Map<string, string>();

function computeNativeName(locale: string): string {
  const override = NAME_OVERRIDES[locale];
  if (override) return override;
  const tag = NAME_TAGS[locale] ?? locale;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  } catch {
    name = undefined; // not a well-formed tag: show the code
  }
  if (!name) return locale;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A language's names in each of the 15 languages, lower case → locale; built once. */
let namesToLocale: Map<string, string> | undefined;

function languageNames(): Map<string, string> {
  if (namesToLocale) return namesToLocale;
  const map = new Map<string, string>();
  const add = (name: string | undefined, locale: string) => {
    const key = name?.normalize('NFKC').toLocaleLowerCase().trim();
    if (key && !map.has(key)) map.set(key, locale);
  };
  for (const target of LOCALES) {
    const base = target.split('-')[0]!;
    add(nativeLanguageName(target), target);
    add(NAME_OVERRIDES[base], target);
    for (const display of LOCALES) {
      const names = [base, NAME_TAGS[target] ?? target].map((tag) => new Intl.DisplayNames([display], { type: 'language' }).of(tag));
      for (const name of names) {
        add(name, target);
        // Thai and Indonesian say "the language …" as often as not: "ภาษาอังกฤษ", "bahasa Inggris".
        if (display === 'th') add(`ภาษา${name ?? ''}`, target);
        if (display === 'id') add(`bahasa ${name ?? ''}`, target);
        // Chinese writes a language as 英语 or 英文 alike.
        if (display.startsWith('zh') && name?.endsWith('语')) add(`${name.slice(0, -1)}文`, target);
      }
    }
  }
  namesToLocale = map;
  return map;
}

/**
 * The supported locale a message names and does nothing else with: "English", "español", "中文", "日本語",
 * "Tiếng Việt", "ภาษาไทย", "İngilizce", "английский", "in English please". A shopper who types a language's name
 * wants the replies in it.
 */
export function localeNamed(text: string, supported: readonly string[]): string | undefined {
  const t = text.normalize('NFKC').toLocaleLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim()
    .replace(/^(?:(?:in|speak|reply in|answer in|en|em|auf|на|bằng|dalam)\s+|[用说講])/u, '')
    .replace(/(?:\s+(?:please|pls|plz|por favor|bitte|lütfen|пожалуйста|đi|nhé)|\s*(?:ค่ะ|ครับ|で|로|으로|로요|으로요))$/u, '');
  if (!t || t.length > 40) return undefined;
  const locale = languageNames().get(t);
  return locale && supported.includes(locale) ? locale : undefined;
}
