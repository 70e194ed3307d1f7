/**
 * Budgets: which way an amount limits a search ("under $20" is a ceiling, "over $20" a floor), amounts
 * that only a bound word makes money ("sneakers under 50", "500以内"), and "a cheaper one?" follow-ups.
 */
import { multSource, multiplier } from './entities-budget-amount.js';
import { makeEntity, numberSource, parseLocaleNumber, type ScanInput } from './entities-text.js';
import type { Entity } from './types.js';

export type Bound = 'max' | 'min';

interface BoundWords {
  /** Words before the amount ("under", "menos de", "до", "ไม่เกิน"). */
  before: { max: string[]; min: string[] };
  /** Words after it ("以下", "이하", "altı", "まで"). */
  after: { max: string[]; min: string[] };
}

const none = { max: [], min: [] };

/** Per base language. Longer phrases first where one starts another. */
const WORDS: Record<string, BoundWords> = {
  en: {
    before: {
      max: ['less than', 'no more than', 'not more than', 'cheaper than', 'up to', 'at most', 'under', 'below', 'within', 'max.', 'max', 'maximum', 'budget of', 'budget is', 'budget', '<'],
      min: ['more than', 'at least', 'over', 'above', 'from', '>'],
    },
    after: { max: ['or less', 'max', 'tops', 'or under'], min: ['or more', 'and up', 'plus', '+'] },
  },
  zh: {
    before: { max: ['不超过', '不到', '低于', '少于', '最多', '预算', '预算是', '便宜于'], min: ['超过', '高于', '多于', '至少'] },
    after: { max: ['以下', '以内', '之内', '之下', '内', '左右', '上下'], min: ['以上', '起'] },
  },
  ja: {
    before: { max: ['予算は', '予算', '最大'], min: ['最低'] },
    after: { max: ['以下', '以内', '未満', 'まで', '程度', 'くらい', 'ぐらい', '前後'], min: ['以上', 'から', '超'] },
  },
  ko: {
    before: { max: ['예산', '최대'], min: ['최소'] },
    after: { max: ['이하', '이내', '미만', '까지', '안쪽', '정도', '내외', '선'], min: ['이상', '초과', '넘는'] },
  },
  th: {
    before: { max: ['ไม่เกิน', 'ต่ำกว่า', 'น้อยกว่า', 'ไม่ถึง', 'งบ', 'ราคาไม่เกิน', 'ประมาณ'], min: ['มากกว่า', 'เกิน', 'ตั้งแต่'] },
    after: { max: ['ลงมา', 'ไม่เกิน'], min: ['ขึ้นไป'] },
  },
  es: {
    before: { max: ['menos de', 'por debajo de', 'no más de', 'como mucho', 'como máximo', 'máximo', 'hasta', 'presupuesto de', 'debajo de'], min: ['más de', 'mínimo', 'desde', 'por encima de'] },
    after: { max: ['o menos', 'máximo', 'como mucho'], min: ['o más'] },
  },
  pt: {
    before: { max: ['menos de', 'abaixo de', 'no máximo', 'no maximo', 'máximo', 'maximo', 'até', 'ate', 'orçamento de', 'orcamento de'], min: ['mais de', 'acima de', 'no mínimo', 'a partir de'] },
    after: { max: ['ou menos', 'no máximo'], min: ['ou mais'] },
  },
  it: {
    before: { max: ['meno di', 'sotto i', 'sotto gli', 'sotto le', 'sotto', 'fino a', 'al massimo', 'massimo', 'non più di', 'entro i', 'entro', 'budget di'], min: ['più di', 'almeno', 'sopra i', 'sopra'] },
    after: { max: ['o meno', 'massimo', 'al massimo'], min: ['o più'] },
  },
  fr: {
    before: { max: ['moins de', 'en dessous de', 'en-dessous de', 'au-dessous de', 'pas plus de', 'jusqu\'à', 'maximum', 'max', 'sous', 'budget de', 'budget'], min: ['plus de', 'au moins', 'au-dessus de', 'à partir de'] },
    after: { max: ['maximum', 'max', 'ou moins'], min: ['ou plus'] },
  },
  de: {
    before: { max: ['weniger als', 'nicht mehr als', 'höchstens', 'maximal', 'max.', 'max', 'bis zu', 'bis', 'unter', 'budget von', 'budget', 'für ca', 'ca', 'um die'], min: ['mehr als', 'mindestens', 'über', 'ab'] },
    after: { max: ['oder weniger', 'maximal', 'max'], min: ['oder mehr', 'aufwärts'] },
  },
  ru: {
    before: { max: ['не дороже', 'не больше', 'не более', 'дешевле', 'меньше', 'в пределах', 'в районе', 'около', 'примерно', 'максимум', 'до', 'бюджет'], min: ['дороже', 'больше', 'более', 'от', 'минимум'] },
    after: { max: ['максимум', 'или меньше'], min: ['или больше'] },
  },
  ar: {
    before: { max: ['أقل من', 'اقل من', 'لا يتجاوز', 'لا تتجاوز', 'بحد أقصى', 'في حدود', 'بحدود', 'حدود', 'حوالي', 'حوالى', 'تحت', 'حتى', 'ميزانية', 'ميزانيتي', 'بأقل من'], min: ['أكثر من', 'اكثر من', 'فوق'] },
    after: { max: ['أو أقل', 'كحد أقصى'], min: ['أو أكثر'] },
  },
  tr: {
    before: { max: ['en fazla', 'maksimum', 'max', 'bütçe', 'bütçem'], min: ['en az', 'minimum'] },
    after: { max: ['altında', 'altinda', 'altı', 'alti', 'altındaki', 'kadar', 'e kadar', 'a kadar', 'ye kadar', 'ya kadar', 'den ucuz', 'dan ucuz', 'ten ucuz', 'tan ucuz', 'ucuz', 'civarı', 'geçmesin', 'geçmeyen'], min: ['üstü', 'üzeri', 'üzerinde', 'den fazla', 'dan fazla'] },
  },
  id: {
    before: { max: ['di bawah', 'dibawah', 'kurang dari', 'maksimal', 'maks', 'max', 'paling mahal', 'sampai', 'budget', 'bujet', 'harga'], min: ['di atas', 'diatas', 'lebih dari', 'minimal'] },
    after: { max: ['ke bawah', 'kebawah'], min: ['ke atas', 'keatas'] },
  },
  vi: {
    before: { max: ['dưới', 'không quá', 'tối đa', 'ít hơn', 'rẻ hơn', 'tầm', 'khoảng', 'giá', 'ngân sách'], min: ['trên', 'hơn', 'tối thiểu', 'từ'] },
    after: { max: ['trở xuống', 'đổ lại', 'đổ xuống'], min: ['trở lên'] },
  },
};

/** Every ceiling and floor word of a language. */
export function boundWords(lang: string): string[] {
  const w = wordsOf(lang);
  return [...w.before.max, ...w.before.min, ...w.after.max, ...w.after.min];
}

/** Scripts written without spaces, where a bound word may touch the number ("500以内"). */
const UNSPACED = new Set(['zh', 'ja', 'th']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const union = (words: string[]): string => words.map(escape).join('|');

function wordsOf(lang: string): BoundWords {
  return WORDS[lang] ?? { before: none, after: none };
}

/** A bound word right before `start` or right after `end` (a few filler words allowed: "sotto i", "до 2000"). */
export function boundAround(norm: string, start: number, end: number, lang: string): Bound | undefined {
  const w = wordsOf(lang);
  const gap = UNSPACED.has(lang) || lang === 'ko' ? '\\s*' : '\\s+';
  const lead = UNSPACED.has(lang) ? '' : '(?<![\\p{L}])';
  const tail = UNSPACED.has(lang) || lang === 'ko' || lang === 'tr' ? '' : '(?![\\p{L}])';
  const before = norm.slice(Math.max(0, start - 40), start);
  const after = norm.slice(end, end + 40);
  for (const bound of ['max', 'min'] as const) {
    const b = w.before[bound];
    if (b.length && new RegExp(`${lead}(?:${union(b)})\\s*[$€£¥₩₺₽฿₫]?\\s*$`, 'iu').test(before)) return bound;
    const a = w.after[bound];
    // Korean and Turkish attach endings to the amount ("2만원 이하", "500 TL'nin altında").
    const glue = lang === 'tr' ? "(?:'?\\p{L}{0,4})?" : '';
    if (a.length && new RegExp(`^${glue}${gap === '\\s+' ? '\\s*' : gap}(?:${union(a)})${tail}`, 'iu').test(after)) return bound;
  }
  return undefined;
}

/**
 * The currency a bare amount means to people writing `locale` ("300以内" is yuan to a Chinese shopper, "до 3000"
 * roubles to a Russian one): by the locale's region when it has one (`pt-PT` euros, `es-MX` pesos), else by its
 * language. English, Spanish and Arabic are written in too many currencies to guess: none.
 */
const REGION_CURRENCY: Record<string, string> = {
  CN: 'CNY', TW: 'TWD', HK: 'HKD', JP: 'JPY', KR: 'KRW', TH: 'THB', VN: 'VND', ID: 'IDR', TR: 'TRY', RU: 'RUB',
  BR: 'BRL', PT: 'EUR', ES: 'EUR', FR: 'EUR', DE: 'EUR', AT: 'EUR', IT: 'EUR', BE: 'EUR', NL: 'EUR', IE: 'EUR',
  CH: 'CHF', CA: 'CAD', GB: 'GBP', US: 'USD', AU: 'AUD', IN: 'INR', MX: 'MXN', SA: 'SAR', AE: 'AED', SG: 'SGD', MY: 'MYR', PH: 'PHP',
};
const LANGUAGE_CURRENCY: Record<string, string> = {
  zh: 'CNY', ja: 'JPY', ko: 'KRW', th: 'THB', vi: 'VND', id: 'IDR', tr: 'TRY', ru: 'RUB', pt: 'BRL', de: 'EUR', fr: 'EUR', it: 'EUR',
};

/** The currency a bare amount most likely means in `locale`, or undefined when the language does not tell. */
export function localCurrency(locale: string): string | undefined {
  const region = /^[a-z]{2,3}[-_](?:[A-Za-z]{4}[-_])?([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return (region ? REGION_CURRENCY[region] : undefined) ?? LANGUAGE_CURRENCY[locale.slice(0, 2).toLowerCase()];
}

/** Letters a bare amount must not follow ("X1 under 50" is fine, "abc50" is not); Chinese "预算300" may. */
const SPACED_LETTER = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';

/**
 * A plain number with a ceiling word next to it ("sneakers under 50", "500以内", "预算是300", "до 5 тыс", "3만 이하",
 * "两百以内"): a budget with no currency named (currency ''), which the shop reads in its own currency or in the
 * `local` one the language suggests (core/shop/budget.ts). A shorthand multiplier counts ("under 2k" is 2000, not
 * 2). A number followed by a unit ("under 2 kg", "within 3 days") is not one.
 */
export function extractBareBudgets(input: ScanInput): Entity[] {
  const digits = `(?<num>${numberSource(input.lang)})(?:\\s?(?<mult>${multSource(input.lang)}))?`;
  // Numbers in words ("三百以内", "unter drei Tausend") are read with the spoken amounts (entities-money.ts).
  const re = new RegExp(`(?<![${SPACED_LETTER}\\d.,])${digits}(?![\\d])`, 'gu');
  const local = localCurrency(input.locale);
  const out: Entity[] = [];
  for (const m of input.norm.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (boundAround(input.norm, start, end, input.lang) !== 'max') continue;
    if (followedByUnit(input.norm.slice(end), input.lang)) continue;
    const g = m.groups ?? {};
    const base = g.num !== undefined ? parseLocaleNumber(g.num, input.lang) : undefined;
    if (base === undefined || base <= 0) continue;
    const amount = Math.round(base * multiplier(g.mult) * 100) / 100;
    out.push(makeEntity('money', { amount, currency: '', bound: 'max', ...(local ? { local } : {}) }, input, start, end));
  }
  return out;
}

/**
 * Words that may follow a bare amount where words run together, besides the ceiling words: particles ("三千以内的",
 * "3000 ครับ") and, after a range ("两百多的"), what a Chinese price is followed by.
 */
const MAY_FOLLOW: Record<string, string[]> = {
  zh: ['的', '吧', '呢', '啊', '吗', '嘛', '呀', '哦', '块', '元'],
  ja: ['の', 'で', 'ね', 'よ', 'です', 'かな', 'ほど'],
  th: ['ครับ', 'ค่ะ', 'คะ', 'นะ', 'จ้า', 'จ้ะ', 'หน่อย'],
  ko: ['짜리', '정도', '으로', '로', '에', '의', '요', '선에서'],
  tr: ['olsun', 'olan', 'civarında'],
};

/** Units, times and counts of pieces: "under 2 kg", "bis 10 Uhr", "до 2 штук", "أقل من عشرة أيام". */
const UNIT_AFTER = new RegExp(`^(?:${[
  'kg|g|cm|mm|m|km|l|ml|w|mah|gb|tb|mb|hz|days?|hours?|minutes?|weeks?|months?|years?|días?|jours?|tage?n?|stunden?|дн\\p{L}*|час\\p{L}*',
  'hari|jam|ngày|giờ|gün|saat|ay|yıl|anni|giorni|dias|meses|mois|ans|jahre?|uhr|h|heures?|horas?|ore|pm|am|o\'?clock|недел\\p{L}*|месяц\\p{L}*',
  'pcs|pieces?|items?|pairs?|stück|stk|paar|unidades?|piezas?|pares?|peças?|pièces?|paires?|pezzi|paia|штук\\p{L}*|шт|пар\\p{L}*',
  'tane|adet|buah|biji|pasang|cái|chiếc|đôi|tuần|tháng|năm|minggu|bulan|tahun|hafta',
  'يوم|أيام|ايام|ساع\\p{L}*|أسبوع|أسابيع|اسبوع|شهر|أشهر|شهور|سن\\p{L}*|قطع\\p{L}*|حب\\p{L}*|كيلو|غرام|سم|متر',
].join('|')})$`, 'iu');

/**
 * A word after the number that makes it something other than money ("under 2 kg", "within 3 days", "两百多个"): the
 * ceiling words themselves are fine, and so are a few particles.
 */
export function followedByUnit(after: string, lang: string, range = false): boolean {
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1];
  if (!next) return false;
  if (UNSPACED.has(lang) || lang === 'ko' || lang === 'tr') {
    // Only known ceiling words may follow the number here.
    const rest = after.trimStart().toLowerCase();
    const words = [...(range ? [] : wordsOf(lang).after.max), ...(MAY_FOLLOW[lang] ?? [])];
    return !words.some((w) => rest.startsWith(w.toLowerCase()));
  }
  return UNIT_AFTER.test(next);
}

/** "A cheaper one?", "有便宜点的吗", "подешевле", "daha ucuzu": the shopper wants something cheaper than what was shown. */
const CHEAPER: Record<string, RegExp> = {
  en: /\b(?:cheaper|less expensive|lower price|more affordable|cheapest|budget option)\b/iu,
  zh: /便宜|实惠|划算|低价|价格低|更省钱|平价/u,
  ja: /安い|安め|安価|お手頃|もっと安/u,
  // "비싼" is dear: its "싼" is not cheap.
  ko: /저렴|(?<!비)싼|(?<!비)싸게|가성비/u,
  th: /ถูกกว่า|ถูกลง|ราคาถูก|ถูกที่สุด|ประหยัด/u,
  es: /(?:más barat|mas barat|económic|economic|menos car)/iu,
  pt: /(?:mais barat|barato|barata|em conta|econômic|economic)/iu,
  it: /(?:più economic|piu economic|meno car|economico|economica)/iu,
  fr: /(?:moins ch[eè]re?|meilleur marché|plus abordable|pas ch[eè]re?)/iu,
  de: /(?:billiger|günstiger|preiswerter|guenstiger)/iu,
  ru: /(?:дешевле|подешевле|бюджетнее|недорог|дешёв|дешев)/iu,
  ar: /(?:أرخص|ارخص|أقل سعر|اقل سعر|سعر أقل|أوفر)/u,
  tr: /(?:ucuz|daha uygun|uygun fiyat)/iu,
  id: /(?:lebih murah|murah|lebih terjangkau)/iu,
  vi: /(?:rẻ hơn|re hon|rẻ|giá thấp)/iu,
};

/** True when the message asks for something cheaper (than the product last shown). */
export function asksCheaper(text: string, lang: string): boolean {
  return CHEAPER[lang]?.test(text) ?? false;
}
