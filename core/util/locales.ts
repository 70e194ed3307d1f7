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
