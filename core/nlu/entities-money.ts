/** Money amounts with a currency symbol, code or word: `$12.50`, `29,90 €`, `199元`, `Rp 50rb`, `5만원`. */
import { makeEntity, numberSource, parseLocaleNumber, type ScanInput } from './entities-text.js';
import { boundAround, followedByUnit, localCurrency, type Bound } from './entities-budget.js';
import { multSource, multiplier } from './entities-budget-amount.js';
import {
  afterForWord, digitsBeforeRange, invertedAmounts, rangeAfter, spokenNumbers, trailingShorthand, type InvertedAmount, type SpokenNumber,
} from './entities-budget-spoken.js';
import type { Entity } from './types.js';

export interface Money {
  amount: number;
  /** ISO 4217; '' for a bare budget ("under 50"), which means the shop's own currency unless `local` is used. */
  currency: string;
  /** A ceiling ("under $20", "2000円以下") or a floor ("over $20") next to the amount, when there is one. */
  bound?: Bound;
  /**
   * A bare budget only: the currency people writing the message's language usually mean by a bare amount
   * ("300以内" in Chinese is yuan, "до 3000" in Russian roubles; entities-budget.ts `localCurrency`). The shop
   * decides whether to read it so (core/shop/budget.ts); the NLU cannot know which currency the shop sells in.
   */
  local?: string;
}

interface CurrencyToken {
  /** RegExp source, matched case-insensitively. */
  re: string;
  currency: string | ((token: string, lang: string) => string);
  /** Where it goes around the number. */
  at: 'pre' | 'post' | 'both';
  /** A word that must not run into letters ("TL" but not "TLC"). */
  word?: true;
}

const yen = (_token: string, lang: string) => (lang === 'ja' ? 'JPY' : 'CNY');

/** Longest first where one token starts another (US$ before $). */
const TOKENS: CurrencyToken[] = [
  { re: 'US\\$', currency: 'USD', at: 'both' }, { re: 'HK\\$', currency: 'HKD', at: 'both' },
  { re: 'NT\\$', currency: 'TWD', at: 'both' }, { re: 'S\\$', currency: 'SGD', at: 'pre' },
  { re: 'A\\$', currency: 'AUD', at: 'pre' }, { re: 'C\\$', currency: 'CAD', at: 'pre' },
  { re: 'R\\$', currency: 'BRL', at: 'both' }, { re: '\\$', currency: 'USD', at: 'both' },
  { re: '€', currency: 'EUR', at: 'both' }, { re: '£', currency: 'GBP', at: 'both' }, { re: '¥', currency: yen, at: 'both' },
  { re: '₩', currency: 'KRW', at: 'both' }, { re: '₺', currency: 'TRY', at: 'both' }, { re: '₽', currency: 'RUB', at: 'both' },
  { re: '฿', currency: 'THB', at: 'both' }, { re: '₫', currency: 'VND', at: 'both' }, { re: '₹', currency: 'INR', at: 'both' },
  { re: '﷼', currency: 'SAR', at: 'both' }, { re: 'Rp\\.?', currency: 'IDR', at: 'pre', word: true },
  { re: 'RM', currency: 'MYR', at: 'pre', word: true },
  {
    re: '(?:USD|EUR|CNY|RMB|JPY|KRW|GBP|TRY|RUB|THB|VND|IDR|BRL|SAR|AED|INR|HKD|SGD|AUD|CAD|MXN|CHF|TWD|MYR|PHP)',
    currency: (code) => (code.toUpperCase() === 'RMB' ? 'CNY' : code.toUpperCase()), at: 'both', word: true,
  },
  // Other currencies named in Chinese, Japanese, Korean and Thai ("5万韩元", "3000엔", "50불", "1000 เยน").
  { re: '韩元|韓元|韩币|韓幣|원화', currency: 'KRW', at: 'post' }, { re: '港币|港幣|港元', currency: 'HKD', at: 'post' },
  { re: '台币|台幣|新台币|新台幣', currency: 'TWD', at: 'post' }, { re: '英镑|英鎊|ポンド|파운드', currency: 'GBP', at: 'post' },
  { re: '泰铢|泰銖|バーツ|바트|บ\\.', currency: 'THB', at: 'post' }, { re: '卢布|盧布|ルーブル|루블', currency: 'RUB', at: 'post' },
  { re: '日币|日幣|엔화?|เยน', currency: 'JPY', at: 'post' }, { re: '위안화?|หยวน', currency: 'CNY', at: 'post' },
  { re: '유로|ยูโร', currency: 'EUR', at: 'post' }, { re: 'ウォン|วอน', currency: 'KRW', at: 'post' },
  { re: '元|块钱?|塊錢?|人民币|人民幣', currency: 'CNY', at: 'post' }, { re: '円|日元|日圓|えん', currency: 'JPY', at: 'post' },
  { re: '美元|美金', currency: 'USD', at: 'post' }, { re: '欧元|歐元|ユーロ', currency: 'EUR', at: 'post' },
  { re: 'ドル', currency: 'USD', at: 'post' }, { re: '美刀|刀', currency: 'USD', at: 'post' }, { re: '원', currency: 'KRW', at: 'post' },
  // "50불" is Korean for fifty dollars.
  { re: '달러|불', currency: 'USD', at: 'post' },
  { re: 'บาท', currency: 'THB', at: 'post' }, { re: 'ดอลลาร์|ดอลล่าร์', currency: 'USD', at: 'post' },
  { re: 'dollars?|d[oó]lar(?:es)?|dolar|dollari|dollaro|bucks?|đô(?: la)?|đô-la', currency: 'USD', at: 'post', word: true },
  { re: 'euros?|euri|pavos|balles|€uro|tacken|ocken', currency: 'EUR', at: 'post', word: true },
  { re: 'quid|sterling', currency: 'GBP', at: 'post', word: true },
  { re: 'ringgit', currency: 'MYR', at: 'post', word: true }, { re: 'rupees?', currency: 'INR', at: 'post', word: true },
  { re: 'доллар(?:ов|а|ы)?|бакс(?:ов|а)?', currency: 'USD', at: 'post', word: true },
  { re: 'евро', currency: 'EUR', at: 'post', word: true }, { re: 'р\\.?', currency: 'RUB', at: 'post', word: true },
  { re: 'юан(?:ей|я|и|ь)', currency: 'CNY', at: 'post', word: true }, { re: 'иен|йен', currency: 'JPY', at: 'post', word: true },
  { re: 'гривен|гривн[аы]?|грн', currency: 'UAH', at: 'post', word: true }, { re: 'тенге', currency: 'KZT', at: 'post', word: true },
  { re: 'yuan|nhân dân tệ|tệ', currency: 'CNY', at: 'post', word: true },
  { re: 'yen|yên nhật', currency: 'JPY', at: 'post', word: true }, { re: 'won', currency: 'KRW', at: 'post', word: true },
  // Brazilian slang for reais: "200 conto".
  { re: 'reais|real|contos?', currency: 'BRL', at: 'post', word: true },
  // Turkish endings ride on the currency: "500 TL'ye kadar", "500 liralık", "500 liradan ucuz".
  { re: "(?:TL|lira)(?:['’]?(?:ye|ya|yi|yı|den|dan|ten|tan|lik|lık|luk|lük|nin|nın))?", currency: 'TRY', at: 'post', word: true },
  { re: 'baht', currency: 'THB', at: 'post', word: true }, { re: 'rupiah', currency: 'IDR', at: 'post', word: true },
  { re: 'đồng|đ', currency: 'VND', at: 'post', word: true },
  { re: 'руб(?:лей|ля|ль|\\.)?|рублей', currency: 'RUB', at: 'post', word: true },
  { re: 'ريال(?:ات)?|ر\\.س', currency: 'SAR', at: 'post', word: true }, { re: 'دولار', currency: 'USD', at: 'post', word: true },
  { re: 'يورو', currency: 'EUR', at: 'post', word: true }, { re: 'درهم|د\\.إ', currency: 'AED', at: 'post', word: true },
];

/**
 * Letters a currency word must not run into ("TL" is not "TLC", "real" not "realmente"): those of the scripts
 * written with spaces. Chinese, Japanese, Korean and Thai may follow it ("300RMB以内", "3000yen以下").
 */
const SPACED_LETTER = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{Script=Arabic}]';

function alternation(at: 'pre' | 'post', word: boolean): string {
  return TOKENS.filter((t) => (t.at === at || t.at === 'both') && Boolean(t.word) === word).map((t) => t.re).join('|');
}

/** Currencies without minor units: in "1.000円" or "50,000₫" the separator can only group thousands. */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND', 'IDR']);

/** Shorthand that means money on its own where it is used: "50rb" in Indonesian, "50k" in Vietnamese. */
const IMPLICIT: Record<string, { mult: string; currency: string }> = {
  id: { mult: 'rb|ribu|jt|juta', currency: 'IDR' },
  vi: { mult: 'k|nghìn|ngàn|triệu|tr', currency: 'VND' },
};

const cache = new Map<string, RegExp[]>();
const POST = `(?<post>${alternation('post', true)})(?!${SPACED_LETTER})|(?<post2>${alternation('post', false)})`;
const POST_RE = new RegExp(`^\\s?(?:${POST})`, 'iu');

/** The currency named right after `end` ("три тысячи рублей", "三千块"), and where its name ends. */
function currencyAfter(norm: string, end: number, lang: string): { currency: string; end: number } | undefined {
  const m = POST_RE.exec(norm.slice(end));
  const token = m?.groups?.post ?? m?.groups?.post2;
  const currency = token === undefined ? undefined : currencyOf(token, lang);
  return m && currency ? { currency, end: end + m[0].length } : undefined;
}

function patterns(lang: string): RegExp[] {
  let res = cache.get(lang);
  if (!res) {
    const num = `(?<num>${numberSource(lang)})\\s?(?<mult>${multSource(lang)})?`;
    const pre = `(?:(?<!${SPACED_LETTER}|\\d)(?<pre>${alternation('pre', true)})|(?<pre2>${alternation('pre', false)}))\\s?${num}`;
    const post = `(?<![\\d.,])${num}\\s?(?:${POST})`;
    // Numbers said in words ("三千块", "three hundred dollars") are read in extractSpokenMoney.
    res = [new RegExp(pre, 'giu'), new RegExp(post, 'giu')];
    const implicit = IMPLICIT[lang];
    if (implicit) {
      res.push(new RegExp(`(?<![\\d.,])(?<num>${numberSource(lang)})\\s?(?<mult>${implicit.mult})(?![\\p{L}])`, 'giu'));
    }
    cache.set(lang, res);
  }
  return res;
}

function currencyOf(token: string, lang: string): string | undefined {
  for (const t of TOKENS) {
    const m = new RegExp(`^(?:${t.re})$`, 'iu').exec(token);
    if (m) return typeof t.currency === 'string' ? t.currency : t.currency(token, lang);
  }
  return undefined;
}

export function extractMoney(input: ScanInput): Entity[] {
  const out: Entity[] = [];
  for (const re of patterns(input.lang)) {
    for (const m of input.norm.matchAll(re)) {
      const g = m.groups ?? {};
      const token = g.pre ?? g.pre2 ?? g.post ?? g.post2;
      const base = g.num !== undefined ? parseLocaleNumber(g.num, input.lang) : undefined;
      const currency = token === undefined ? IMPLICIT[input.lang]?.currency : currencyOf(token, input.lang);
      if (base === undefined || currency === undefined) continue;
      const whole = ZERO_DECIMAL.has(currency) && g.num !== undefined && /^\d{1,3}(?:[.,]\d{3})+$/.test(g.num);
      const amount = Math.round((whole ? Number(g.num?.replace(/[.,]/g, '')) : base) * multiplier(g.mult) * 100) / 100;
      const bound = boundAround(input.norm, m.index, m.index + m[0].length, input.lang);
      const value: Money = { amount, currency, ...(bound ? { bound } : {}) };
      out.push(makeEntity('money', value, input, m.index, m.index + m[0].length));
    }
  }
  return [...out, ...extractSpokenMoney(input)];
}

/**
 * Amounts said rather than written (entities-budget-spoken.ts): with the currency named after them ("три тысячи
 * рублей", "三千块"), or a bare budget with a ceiling word ("unter drei Tausend", "ไม่เกินสามพัน"), a range ("两百多",
 * "3만원대"), or the Russian inverted order ("тыщи 3"), which says "about" and is read as a ceiling like "左右".
 */
function extractSpokenMoney(input: ScanInput): Entity[] {
  const { norm, lang } = input;
  const said: (SpokenNumber | InvertedAmount)[] = [
    ...spokenNumbers(norm, lang), ...trailingShorthand(norm, lang), ...digitsBeforeRange(norm, lang), ...invertedAmounts(norm, lang),
  ];
  const out: Entity[] = [];
  for (const n of said) {
    const money = spokenMoney(n, input);
    if (money) out.push(makeEntity('money', money.value, input, n.start, money.end));
  }
  return out;
}

/**
 * A number said in words is a budget without a currency only when it is clearly money: "bis elf" and "до двух" are
 * hours, "십일 이내" ten days; "unter fünfzig", "ไม่เกินสามพัน", "삼만 이하" are budgets.
 */
function bareEnough(n: SpokenNumber, amount: number, lang: string): boolean {
  if (!n.words) return true;
  if (lang === 'ko') return amount >= 1000;
  return n.scaled || amount > 24;
}

function spokenMoney(n: SpokenNumber | InvertedAmount, input: ScanInput): { value: Money; end: number } | undefined {
  const { norm, lang } = input;
  const inverted = 'loose' in n ? n : undefined;
  let stated = inverted?.currencyWord ? { currency: currencyOf(inverted.currencyWord, lang) ?? '', end: n.end } : currencyAfter(norm, n.end, lang);
  const implicit = n.shorthand ? IMPLICIT[lang]?.currency : undefined;
  if (!stated && implicit) stated = { currency: implicit, end: n.end };
  let end = stated?.end ?? n.end;
  // "两百多" is two hundred and some: up to the next hundred. "10만원대": the 100 000s.
  const range = rangeAfter(norm, end, lang);
  if (range !== undefined) {
    end = range;
    if (!stated) {
      stated = currencyAfter(norm, end, lang);
      end = stated?.end ?? end;
    }
  }
  const amount = Math.round((range === undefined ? n.value : n.value + n.step) * 100) / 100;
  const said = boundAround(norm, n.start, end, lang);
  if (inverted?.loose && !said && !stated && !afterForWord(norm, n.start, lang)) return undefined;
  if (!n.words && range === undefined) return undefined;
  const bound = said ?? (inverted || range !== undefined || afterForWord(norm, n.start, lang) ? 'max' : undefined);
  if (stated?.currency) return { value: { amount, currency: stated.currency, ...(bound ? { bound } : {}) }, end };
  // A range without a currency is money only in Chinese ("两百多的"); "3千台" and "3만대" count machines.
  if (bound !== 'max' || (range !== undefined && lang !== 'zh') || !bareEnough(n, amount, lang)) return undefined;
  if (followedByUnit(norm.slice(end), lang, range !== undefined)) return undefined;
  const local = localCurrency(input.locale);
  return { value: { amount, currency: '', bound: 'max', ...(local ? { local } : {}) }, end };
}
