/**
 * "X1 or Air 3?", "compare the x1 and the air 3", "X1和Air 3哪个好", "boom 5 vs pebble", "X1 oder Air 3?",
 * "qual a diferença entre…", "hangisi daha iyi": a message that weighs products against each other. Only the
 * asking: which products, the flow runtime reads from the product entities (core/flow/references.ts).
 */
import { languageOf } from './tokenize.js';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

/** Words that ask to weigh things against each other ("compare", "which is better", "区别"). */
const COMPARE: Record<string, RegExp> = {
  en: new RegExp(`${B}(?:compare|comparison|vs\\.?|versus|which (?:one )?is better|which one|difference|differences|better)${E}`, 'iu'),
  zh: /比较|比較|对比|對比|哪个好|哪個好|哪个|哪個|区别|區別|差别|差別|不同|更好/u,
  ja: /比較|比べ|くらべ|どっち|どちら|違い|ちがい|差/u,
  ko: /비교|뭐가 (?:더 )?나아|어느 (?:게|것이)|차이|중에/u,
  th: /เปรียบเทียบ|เทียบ|อันไหนดี|ตัวไหนดี|ต่างกัน|ความต่าง/u,
  de: new RegExp(`${B}(?:vergleich\\p{L}*|unterschied\\p{L}*|besser|welche[rs]?)${E}`, 'iu'),
  fr: new RegExp(`${B}(?:compar\\p{L}*|diff[ée]rence\\p{L}*|mieux|meilleur\\p{L}*|lequel|laquelle)${E}`, 'iu'),
  es: new RegExp(`${B}(?:compar\\p{L}*|diferencia\\p{L}*|mejor|cu[aá]l)${E}`, 'iu'),
  pt: new RegExp(`${B}(?:compar\\p{L}*|diferen[çc]a\\p{L}*|melhor|qual)${E}`, 'iu'),
  it: new RegExp(`${B}(?:confront\\p{L}*|paragon\\p{L}*|differenz\\p{L}*|meglio|migliore|quale)${E}`, 'iu'),
  ru: new RegExp(`${B}(?:сравн\\p{L}*|разниц\\p{L}*|отлича\\p{L}*|лучше)${E}`, 'iu'),
  ar: /قارن|مقارنة|مقابل|الفرق|فرق|أفضل|افضل|أيهما|ايهما|أيهم/u,
  tr: new RegExp(`${B}(?:karşılaştır\\p{L}*|karsilastir\\p{L}*|fark\\p{L}*|hangisi|daha iyi)${E}`, 'iu'),
  id: new RegExp(`${B}(?:bandingkan|perbandingan|banding|beda\\p{L}*|bagus mana|mana yang|lebih bagus|lebih baik|vs)${E}`, 'iu'),
  vi: new RegExp(`${B}(?:so s[aá]nh|kh[aá]c nhau|kh[aá]c g[iì]|c[aá]i n[aà]o|n[aà]o t[oố]t hơn|tốt hơn)${E}`, 'iu'),
};

/**
 * "Or" ("X1 or Air 3?", "X1 oder Air 3?", "X1还是Air 3", "X1 ولا Air 3؟"): a comparison only between products the
 * message names; after a list it is no comparison ("did SM100244 arrive or not?", "pix ou boleto?").
 */
const OR: Record<string, RegExp> = {
  en: new RegExp(`${B}or${E}`, 'iu'),
  zh: /还是|還是/u,
  ja: /か.+か/u,
  ko: /아니면/u,
  th: /หรือ/u,
  de: new RegExp(`${B}oder${E}`, 'iu'),
  fr: new RegExp(`${B}ou${E}`, 'iu'),
  es: new RegExp(`${B}o${E}`, 'iu'),
  pt: new RegExp(`${B}ou${E}`, 'iu'),
  it: new RegExp(`${B}o${E}`, 'iu'),
  ru: new RegExp(`${B}или${E}`, 'iu'),
  ar: /أو|او|ولا|وإلا|والا|ولّا/u,
  tr: new RegExp(`${B}(?:yoksa|veya|ya da)${E}`, 'iu'),
  id: new RegExp(`${B}atau${E}`, 'iu'),
  vi: new RegExp(`${B}(?:hay|hoặc)${E}`, 'iu'),
};

/** True when `text` asks to weigh things against each other with more than an "or", in `locale`'s language or English. */
export function asksToCompare(text: string, locale: string): boolean {
  return Boolean(COMPARE[languageOf(locale)]?.test(text)) || COMPARE.en!.test(text);
}

/** True when `text` weighs things against each other, in `locale`'s language or English. */
export function asksComparison(text: string, locale: string): boolean {
  return asksToCompare(text, locale) || Boolean(OR[languageOf(locale)]?.test(text)) || OR.en!.test(text);
}
