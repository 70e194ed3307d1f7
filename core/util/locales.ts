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
