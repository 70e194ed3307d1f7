/**
 * Entity extraction: order numbers, phones, e-mails, money, quantities, dates and times, plain
 * numbers, positions in a list, and products from the catalog. Pattern entities never overlap each other (the more
 * specific kind wins); product mentions are matched separately and may contain a number.
 */
import { extractEmails, extractPhones } from './entities-contact.js';
import { extractDatetimes } from './entities-datetime.js';
import { extractDefects } from './entities-defect.js';
import { extractAddressChanges } from './entities-address.js';
import { extractBareBudgets } from './entities-budget.js';
import { extractMoney } from './entities-money.js';
import { extractOrderIds } from './entities-order.js';
import { extractOrdinals } from './entities-ordinal.js';
import type { ProductIndex } from './entities-product.js';
import { extractQuantities } from './entities-quantity.js';
import { extractRemedies } from './entities-remedy.js';
import { makeEntity, normalizeSameLength, numberSource, parseLocaleNumber, type ScanInput } from './entities-text.js';
import { extractWarrantyQuestions } from './entities-warranty.js';
import { baseLanguage } from './langid.js';
import type { Entity, EntityType } from './types.js';

export { buildProductIndex, ProductIndex, type CatalogProduct } from './entities-product.js';
export type { Money } from './entities-money.js';
export { asksCheaper, type Bound } from './entities-budget.js';

export interface ExtractEntitiesOptions {
  /** The message's locale (`zh-CN`, `pt-BR`…): picks number separators, date words, phone region. */
  locale: string;
  /** IANA zone dates and times are resolved in. Default `UTC`. */
  timezone?: string | undefined;
  /** "Now" for relative dates. Default: the current time. */
  now?: Date | undefined;
  /** The shop's order-number patterns; default `SM` + 6 digits (see entities-order.ts). */
  orderPatterns?: readonly (RegExp | string)[] | undefined;
  /** Region for national phone numbers when the locale has none (`BR`, `MX`). */
  phoneRegion?: string | undefined;
  /** Catalog to find product mentions in. */
  catalog?: ProductIndex | undefined;
  /** Product matches below this score are dropped. Default 0.6. */
  minProductScore?: number | undefined;
  /**
   * The conversation's locale when the text is read as another language: its words for positions in a list
   * count too ("l'ultimo" from an Italian shopper, read as English because it is short).
   */
  conversationLocale?: string | undefined;
}

/** When two pattern entities overlap, the earlier kind in this list wins, then the longer match. */
const PRECEDENCE: EntityType[] = ['email', 'order_id', 'phone', 'money', 'datetime', 'quantity', 'number'];

/** All entities in `text`, in text order. Throws RangeError for an unknown `timezone` (validate it in config). */
export function extractEntities(text: string, options: ExtractEntitiesOptions): Entity[] {
  const input: ScanInput = { text, norm: normalizeSameLength(text), lang: baseLanguage(options.locale), locale: options.locale };
  const candidates = [
    ...extractEmails(input),
    ...extractOrderIds(input, { patterns: options.orderPatterns }),
    ...extractPhones(input, options.phoneRegion),
    ...extractMoney(input),
    ...extractBareBudgets(input),
    ...extractDatetimes(input, { timezone: options.timezone, now: options.now }),
    ...extractQuantities(input),
    ...extractNumbers(input),
  ];
  const kept = resolveOverlaps(candidates);
  const matches = options.catalog ? options.catalog.match(text, options.locale, { minScore: options.minProductScore }) : [];
  const products = matches.map((m) => makeEntity('product', m.productId, input, m.start, m.end, m.score));
  // A number inside a product name ("X1", "iPhone 15") is part of the name, not a quantity.
  const inName = (e: Entity) => products.some((p) => p.start <= e.start && e.end <= p.end);
  const outside = kept.filter((e) => (e.type !== 'number' && e.type !== 'quantity') || !inName(e));
  const mentionAt = mentionStarts(matches);
  const keyed = [
    ...outside.map((e) => ({ e, at: e.start, rank: -1 })),
    ...products.map((e, rank) => ({ e, at: mentionAt[rank] ?? e.start, rank })),
  ];
  // Positions in a shown list ("the second one", "#2") stand beside the numbers they may hold.
  const also = options.conversationLocale ? [baseLanguage(options.conversationLocale)].filter((l) => l !== input.lang) : [];
  keyed.push(...extractOrdinals(input, also).map((e) => ({ e, at: e.start, rank: -1 })));
  keyed.push(...extractDefects(input).map((e) => ({ e, at: e.start, rank: -1 })));
  // "change the address of SM100236 to …": the order number is no part of the new address.
  const orderSpans = kept.filter((e) => e.type === 'order_id').map((e) => ({ index: e.start, end: e.end }));
  keyed.push(...extractAddressChanges(input, orderSpans).map((e) => ({ e, at: e.start, rank: -1 })));
  // "What if it breaks?" (the shop's warranty) and "a refund instead" (what a defective item's return should give).
  keyed.push(...[...extractWarrantyQuestions(input), ...extractRemedies(input)].map((e) => ({ e, at: e.start, rank: -1 })));
  const byRank = (a: { rank: number }, b: { rank: number }) => (a.rank >= 0 && b.rank >= 0 ? a.rank - b.rank : 0);
  return keyed.sort((a, b) => a.at - b.at || byRank(a, b) || b.e.end - a.e.end).map(({ e }) => e);
}

/**
 * Where each product match sorts among the entities: matches whose spans overlap or touch are one mention
 * ("powerbank magsafe"), placed at its start with its products best first (`matches` comes ranked); the
 * mentions themselves in text order ("X1 or Air 3"). Flows read the first product entity.
 */
function mentionStarts(matches: readonly { start: number; end: number }[]): number[] {
  const group = matches.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i] ?? i)));
  matches.forEach((a, i) => {
    matches.forEach((b, j) => {
      if (j > i && a.start <= b.end + 1 && b.start <= a.end + 1) group[find(j)] = find(i);
    });
  });
  const start = new Map<number, number>();
  matches.forEach((m, i) => start.set(find(i), Math.min(start.get(find(i)) ?? m.start, m.start)));
  return matches.map((m, i) => start.get(find(i)) ?? m.start);
}

function resolveOverlaps(candidates: Entity[]): Entity[] {
  const rank = (e: Entity) => PRECEDENCE.indexOf(e.type);
  const ordered = [...candidates].sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of ordered) if (!kept.some((k) => k.start < e.end && e.start < k.end)) kept.push(e);
  return kept;
}

function extractNumbers(input: ScanInput): Entity[] {
  const re = new RegExp(`(?<![A-Za-z\\d.,])(?:${numberSource(input.lang)})(?![A-Za-z\\d])`, 'gu');
  const out: Entity[] = [];
  for (const m of input.norm.matchAll(re)) {
    const value = parseLocaleNumber(m[0], input.lang);
    if (value !== undefined) out.push(makeEntity('number', value, input, m.index, m.index + m[0].length));
  }
  return out;
}
