/** Amounts as shoppers shorten them ("50k", "300rb", "5 тысяч", "3만"), for money (entities-money.ts) and bare budgets (entities-budget.ts). */

/** Shorthand multipliers: 50k, 50rb, 1,5jt, 2 triệu, 5万, 5만, 10 bin, 3 тыс, 3к, 5 тысяч, 2 mil, 2 mila, 500 cành. */
const MULTIPLIERS: [string, number][] = [
  ['k', 1e3], ['rb', 1e3], ['ribu', 1e3], ['jt', 1e6], ['juta', 1e6], ['triệu', 1e6], ['tr', 1e6], ['nghìn', 1e3],
  ['ngàn', 1e3], ['cành', 1e3], ['bin', 1e3], ['тыс(?:яч[аи]?|\\.)?', 1e3], ['тыщ[аи]?', 1e3], ['к', 1e3], ['mil', 1e3], ['mila', 1e3],
  ['万', 1e4], ['萬', 1e4], ['千', 1e3], ['만', 1e4], ['천', 1e3],
];
/** Longest first, so that "тысяч" is not read as "т" and "mila" not as "mil". */
export const MULT_SOURCE = `(?:${MULTIPLIERS.map(([m]) => m).sort((a, b) => b.length - a.length).join('|')})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`;

/** The value of a multiplier matched by MULT_SOURCE (1 when there is none). */
export function multiplier(raw: string | undefined): number {
  if (!raw) return 1;
  const hit = MULTIPLIERS.find(([m]) => new RegExp(`^(?:${m})$`, 'iu').test(raw));
  return hit?.[1] ?? 1;
}
