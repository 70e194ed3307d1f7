/**
 * A basket read from a message: the products it names and how many of each ("can I use SAVE15 with 2 phone cases
 * and the X1?", "X1 2個とBoom 5", "zwei Handyhüllen"). The NLU marks where each product was named; a kind of product
 * ("phone cases") matches several, which are one item of which the shopper has not chosen yet.
 */
import { spokenNumbers } from './entities-budget-spoken.js';
import { extractMoney } from './entities-money.js';
import { extractQuantities } from './entities-quantity.js';
import { normalizeSameLength, type ScanInput } from './entities-text.js';
import { baseLanguage } from './langid.js';

/** Where a product was named (`entities.product_mentions`); a product a reference added has an empty span. */
export interface ProductMention {
  id: string;
  start: number;
  end: number;
}

/** One line of a basket: a product, or the products of one kind the shopper named ("phone cases"), and how many. */
export interface BasketItem {
  ids: string[];
  quantity: number;
}

interface Count {
  value: number;
  start: number;
  end: number;
  /** Said with a counting word or sign ("2個", "x2", "2 pcs"), so it may follow the product ("X1 2個"). */
  marked: boolean;
}

/** Counts a shopper writes before what they count: at most this far before it ("2 of the X1", "두 개의"). */
const MAX_GAP_BEFORE = 12;
/** A marked count after the product ("X1 2個", "X1 x2"): at most this far after it. */
const MAX_GAP_AFTER = 3;
/** More than this is no count of a basket ("SAVE15", "2026"). */
const MAX_COUNT = 99;

/** Mentions whose spans overlap name one thing (the matches of one kind); references' empty spans stay apart. */
function groups(mentions: readonly ProductMention[]): ProductMention[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ProductMention[][] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    const end = last ? Math.max(...last.map((x) => x.end)) : -1;
    if (last && m.end > m.start && last[0]!.end > last[0]!.start && m.start < end) last.push(m);
    else out.push([m]);
  }
  return out;
}

/** Every count the message holds: digits, counting words ("两个", "2개") and small number words ("two", "zwei"). */
function counts(input: ScanInput): Count[] {
  const money = extractMoney(input);
  const inMoney = (c: { start: number; end: number }) => money.some((m) => m.start < c.end && c.start < m.end);
  const marked = extractQuantities(input).map((e) => ({ value: Number(e.value), start: e.start, end: e.end, marked: true }));
  const plain = [
    ...[...input.norm.matchAll(/(?<![\p{L}\d.,$€£¥₩₺₽฿₫-])\d{1,2}(?![\d.,%\p{L}])/gu)].map((m) => ({ value: Number(m[0]), start: m.index, end: m.index + m[0].length })),
    ...spokenNumbers(input.norm, input.lang).filter((n) => !n.scaled),
  ].map((n) => ({ value: n.value, start: n.start, end: n.end, marked: false }));
  // "2 pcs" is one count, not a marked one and a plain one.
  const found = [...marked, ...plain.filter((p) => !marked.some((m) => m.start < p.end && p.start < m.end))];
  return found.filter((c) => c.value >= 1 && c.value <= MAX_COUNT && Number.isInteger(c.value) && !inMoney(c));
}

/**
 * The items of the basket a message names, in the order named, each with its count (1 when none is said). A count
 * inside a product's name ("Boom 5", "Pro 2") is part of the name: `inName(id, digits)` tells.
 */
export function basketItems(
  text: string, locale: string, mentions: readonly ProductMention[], inName: (id: string, digits: string) => boolean,
): BasketItem[] {
  const input: ScanInput = { text, norm: normalizeSameLength(text), lang: baseLanguage(locale), locale };
  const all = counts(input);
  const spans = groups(mentions).map((g) => ({ ids: [...new Set(g.map((m) => m.id))], start: Math.min(...g.map((m) => m.start)), end: Math.max(...g.map((m) => m.end)) }));
  const used = new Set<Count>();
  const take = (c: Count | undefined) => {
    if (c) used.add(c);
    return c?.value;
  };
  return spans.map((g, i) => {
    const free = all.filter((c) => !used.has(c) && !g.ids.some((id) => inName(id, input.norm.slice(c.start, c.end))));
    const prevEnd = spans[i - 1]?.end ?? 0;
    const nextStart = spans[i + 1]?.start ?? input.norm.length;
    const inside = free.find((c) => c.start >= g.start && c.end <= g.end && g.end > g.start);
    const before = free.filter((c) => c.end <= g.start && c.start >= prevEnd && g.start - c.end <= MAX_GAP_BEFORE).at(-1);
    const after = free.find((c) => c.marked && c.start >= g.end && c.end <= nextStart && c.start - g.end <= MAX_GAP_AFTER);
    return { ids: g.ids, quantity: take(inside ?? before ?? after) ?? 1 };
  });
}

/**
 * Words that point at the products just shown, all of them: "can I use SAVE15 on these?", "这些能用SAVE15吗",
 * "bunlarda geçerli mi". Bare "all" is left out: "does it work on all products?" asks about the shop's products.
 */
const THESE: Record<string, RegExp> = {
  en: /\b(?:these|those|them|all (?:of )?(?:them|these|those|three|3))\b/iu,
  zh: /这些|那些|这几[个款样件]|它们|这两[个款]|这三[个款]/u,
  ja: /これら|それら|これ全部|これ(?:ら)?(?:を)?全部|この(?:2|3|二|三)つ/u,
  ko: /이것들|이거\s?(?:다|전부)|이\s?(?:제품|상품)들|(?:이|저)\s?(?:두|세)\s?개/u,
  th: /พวกนี้|เหล่านี้|ทั้งหมดนี้|(?:สอง|สาม)อันนี้/u,
  es: /(?<!\p{L})(?:estos|estas|esos|esas|todos estos|todas estas)(?!\p{L})/iu,
  pt: /(?<!\p{L})(?:esses|essas|estes|estas|todos esses|tudo isso)(?!\p{L})/iu,
  it: /(?<!\p{L})(?:questi|queste|quelli|quelle|tutti questi|tutte queste)(?!\p{L})/iu,
  fr: /(?<!\p{L})(?:ceux-ci|celles-ci|ceux-là|celles-là|ces (?:produits|articles|trucs)|tout ça|tout cela)(?!\p{L})/iu,
  de: /(?<!\p{L})(?:diese|die hier|die alle|alle drei|die drei|das alles)(?!\p{L})/iu,
  ru: /(?<!\p{L})(?:эти|их все|всё это|все эти|эти товары)(?!\p{L})/iu,
  ar: /(?<!\p{L})(?:هذه|هذي|هذول|هدول|هاذي|كلهم|جميعها)(?!\p{L})/u,
  tr: /(?<!\p{L})(?:bunlar\p{L}*|bunların|hepsi(?:ne|nde|ni)?)(?!\p{L})/iu,
  id: /(?<!\p{L})(?:ini semua|semua ini|semuanya|yang ini semua)(?!\p{L})/iu,
  vi: /(?<!\p{L})(?:mấy (?:cái|món|sản phẩm) (?:này|đó)|những (?:cái|món) này|tất cả mấy)(?!\p{L})/iu,
};

/** True when the message points at all the products just shown ("these", "这些", "bunlar"). */
export function pointsAtShown(text: string, locale: string): boolean {
  return THESE[baseLanguage(locale)]?.test(text) ?? false;
}
