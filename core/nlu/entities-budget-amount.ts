/** Amounts as shoppers shorten them ("50k", "300rb", "5 тысяч", "3만"), for money (entities-money.ts) and bare budgets (entities-budget.ts). */

/**
 * Shorthand multipliers written right after digits: 50k, 50rb, 1,5jt, 2 triệu, 5万, 5만, 10 bin, 3 тыс, 3к, 5 тысяч, 2 mil,
 * 2 mila, 500 cành, 3w (万 in Chinese chat), 3 พัน, ٣ آلاف. A language listed after one is the only one that reads it.
 */
const MULTIPLIERS: [string, number, string?][] = [
  ['k', 1e3], ['rb', 1e3], ['ribu', 1e3], ['jt', 1e6], ['juta', 1e6], ['triệu', 1e6], ['tr', 1e6], ['nghìn', 1e3],
  ['ngàn', 1e3], ['cành', 1e3], ['bin', 1e3], ['тыс(?:яч[аи]?|\\.)?', 1e3], ['тыщ[аи]?', 1e3], ['к', 1e3], ['mil', 1e3], ['mila', 1e3],
  ['万', 1e4], ['萬', 1e4], ['千', 1e3], ['만', 1e4], ['천', 1e3],
  ['w', 1e4, 'zh'], ['พัน', 1e3, 'th'], ['หมื่น', 1e4, 'th'], ['แสน', 1e5, 'th'], ['ล้าน', 1e6, 'th'],
  ['آلاف|الاف|ألاف|ألف|الف', 1e3, 'ar'],
];

const cache = new Map<string, string>();

/** RegExp source of the multipliers `lang` reads, longest first, so that "тысяч" is not read as "т" and "mila" not as "mil". */
export function multSource(lang: string): string {
  let source = cache.get(lang);
  if (source === undefined) {
    const own = MULTIPLIERS.filter(([, , only]) => !only || only === lang).map(([m]) => m).sort((a, b) => b.length - a.length);
    source = `(?:${own.join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}])`;
    cache.set(lang, source);
  }
  return source;
}

/** The value of a multiplier matched by `multSource` (1 when there is none). */
export function multiplier(raw: string | undefined): number {
  if (!raw) return 1;
  const hit = MULTIPLIERS.find(([m]) => new RegExp(`^(?:${m})$`, 'iu').test(raw));
  return hit?.[1] ?? 1;
}
