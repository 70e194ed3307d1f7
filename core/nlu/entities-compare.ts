/**
 * "X1 or Air 3?", "compare the x1 and the air 3", "X1和Air 3哪个好", "boom 5 vs pebble", "X1 oder Air 3?",
 * "qual a diferença entre…", "hangisi daha iyi": a message that weighs products against each other. Only the
 * asking: which products, the flow runtime reads from the product entities (core/flow/references.ts).
 */
import { languageOf } from './tokenize.js';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const COMPARE: Record<string, RegExp> = {
  en: new RegExp(`${B}(?:compare|comparison|vs\\.?|versus|or|which (?:one )?is better|which one|difference|differences|better)${E}`, 'iu'),
  zh: /比较|比較|对比|對比|哪个好|哪個好|哪个|哪個|还是|還是|区别|區別|差别|差別|不同|更好/u,
  ja: /比較|比べ|くらべ|どっち|どちら|違い|ちがい|差|か.+か/u,
  ko: /비교|뭐가 (?:더 )?나아|어느 (?:게|것이)|차이|아니면|중에/u,
  th: /เปรียบเทียบ|เทียบ|อันไหนดี|ตัวไหนดี|ต่างกัน|ความต่าง|หรือ/u,
  de: new RegExp(`${B}(?:vergleich\\p{L}*|oder|unterschied\\p{L}*|besser|welche[rs]?)${E}`, 'iu'),
  fr: new RegExp(`${B}(?:compar\\p{L}*|ou|diff[ée]rence\\p{L}*|mieux|meilleur\\p{L}*|lequel|laquelle)${E}`, 'iu'),
  es: new RegExp(`${B}(?:compar\\p{L}*|o|diferencia\\p{L}*|mejor|cu[aá]l)${E}`, 'iu'),
  pt: new RegExp(`${B}(?:compar\\p{L}*|ou|diferen[çc]a\\p{L}*|melhor|qual)${E}`, 'iu'),
  it: new RegExp(`${B}(?:confront\\p{L}*|paragon\\p{L}*|o|differenz\\p{L}*|meglio|migliore|quale)${E}`, 'iu'),
  ru: new RegExp(`${B}(?:сравн\\p{L}*|или|разниц\\p{L}*|отлича\\p{L}*|лучше)${E}`, 'iu'),
  ar: /قارن|مقارنة|أو|او|ولا|وإلا|والا|ولّا|مقابل|الفرق|فرق|أفضل|افضل|أيهما|ايهما|أيهم/u,
  tr: new RegExp(`${B}(?:karşılaştır\\p{L}*|karsilastir\\p{L}*|yoksa|veya|ya da|fark\\p{L}*|hangisi|daha iyi)${E}`, 'iu'),
  id: new RegExp(`${B}(?:bandingkan|perbandingan|banding|atau|beda\\p{L}*|bagus mana|mana yang|lebih bagus|lebih baik|vs)${E}`, 'iu'),
  vi: new RegExp(`${B}(?:so s[aá]nh|hay|hoặc|kh[aá]c nhau|kh[aá]c g[iì]|c[aá]i n[aà]o|n[aà]o t[oố]t hơn|tốt hơn)${E}`, 'iu'),
};

/** True when `text` weighs things against each other, in `locale`'s language or English. */
export function asksComparison(text: string, locale: string): boolean {
  return Boolean(COMPARE[languageOf(locale)]?.test(text)) || COMPARE.en!.test(text);
}
