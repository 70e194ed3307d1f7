/**
 * `shop.promotions`: what a discount question gets, from the shop's codes (`policies.promotions`):
 * the terms of a code the message names ("WELCOME10 doesn't work"), that a code it names is not one of the
 * shop's ("SUMMER20?"), the codes that fit a shopper who says they have ordered before (a first-order code
 * does not), or every current code. Codes past their last day (`ends`, in the shopper's time zone) are left out.
 *
 * Terms are worded when the reply is rendered, in the shopper's language, from `locales/<lng>/coupon.json`:
 * `percent_off`, `amount_off`, `free_shipping` (what the code gives), `first_order`, `min_spend`, `until`
 * (its conditions, joined by `sep`) and `line` (how they make one line: word order differs by language).
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { saysReturningCustomer } from '../nlu/returning-customer.js';
import { formatMoney } from '../i18n/money.js';
import type { Basket } from './basket.js';
import { PromotionChecks, type Promotion } from './promotion-check.js';

type Words = Pick<I18n, 't' | 'has'>;

export type { Promotion };

/** One code and its terms, as a line in the shopper's language. */
export class PromotionTerms implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(
    readonly promotions: readonly Promotion[],
    readonly currency: string,
  ) {}

  localize(locale: string, i18n: Words): string {
    return this.promotions.map((p) => termsLine(p, this.currency, locale, i18n)).join('\n');
  }

  toJSON(): string[] {
    return this.promotions.map((p) => p.code);
  }
}

/** Codes as a list: "WELCOME10 and NEW5", "WELCOME10、NEW5". */
export class CodeList implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly codes: readonly string[]) {}

  localize(locale: string): string {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(this.codes);
  }

  toJSON(): readonly string[] {
    return this.codes;
  }
}

function termsLine(p: Promotion, currency: string, locale: string, i18n: Words): string {
  // "$15 off orders of $120 or more": whole amounts without cents.
  const money = (n: number) => formatMoney(n, currency, locale, { wholeWithoutCents: true });
  const gives = [
    p.percent_off ? i18n.t(locale, 'coupon.percent_off', { n: p.percent_off }) : undefined,
    p.amount_off ? i18n.t(locale, 'coupon.amount_off', { amount: money(p.amount_off) }) : undefined,
    p.free_shipping ? i18n.t(locale, 'coupon.free_shipping') : undefined,
  ].filter((s): s is string => !!s);
  const conditions = [
    p.first_order ? i18n.t(locale, 'coupon.first_order') : undefined,
    p.min_spend ? i18n.t(locale, 'coupon.min_spend', { amount: money(p.min_spend) }) : undefined,
    p.ends ? i18n.t(locale, 'coupon.until', { date: longDay(p.ends, locale) }) : undefined,
  ].filter((s): s is string => !!s);
  const gave = new Intl.ListFormat(locale, { type: 'conjunction' }).format(gives);
  return i18n.t(locale, conditions.length ? 'coupon.line' : 'coupon.line_always', { code: p.code, gives: gave, conditions: conditions.join(i18n.t(locale, 'coupon.sep')) });
}

/** "December 31", "12月31日", "31 декабря": the year goes without saying for a code's last day. */
function longDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** Today in `timeZone`, as YYYY-MM-DD. */
function today(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Words shaped like a discount code: letters and digits, with at least one of each, 4–20 long ("SUMMER20", "vip-15"). */
const CODE_LIKE = /(?<![A-Za-z0-9])(?=[A-Za-z\-_]*\d)(?=[\d\-_]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-_]{3,19}(?![A-Za-z0-9])/g;

export interface PromotionAnswer {
  /** A code of the shop the message names, with its terms; `ended` when it is past its last day. */
  named: { code: string; terms: PromotionTerms; ended: boolean } | null;
  /** A code-like word that is none of the shop's codes (order numbers excepted). */
  unknown: string | null;
  returning: boolean;
  /** The codes to offer: current ones, without first-order codes for a returning shopper. */
  offers: PromotionTerms;
  count: number;
  /** First-order codes a returning shopper cannot use (to say why they are not offered), as a list in the shopper's language. */
  firstOrderOnly: CodeList;
  firstOrderCount: number;
  /**
   * With a basket (`shop.basket`): the named code weighed against it, or with no code named every code offered
   * (core/shop/promotion-check.ts). Null without a basket, for an ended code, and for a first-order code a
   * returning shopper cannot use.
   */
  check: PromotionChecks | null;
}

export function answerPromotions(
  text: string,
  promotions: readonly Promotion[],
  options: { locale: string; currency: string; timeZone: string; orderIds?: readonly string[]; now?: Date; basket?: Basket | null },
): PromotionAnswer {
  const day = today(options.timeZone, options.now ?? new Date());
  const current = promotions.filter((p) => !p.ends || p.ends >= day);
  const upper = text.toUpperCase();
  // Latin edges only: "welcome10が使えません" names the code as much as "WELCOME10 doesn't work".
  const named = promotions.find((p) => new RegExp(`(?<![A-Z0-9])${p.code.toUpperCase().replace(/[-_]/g, '[-_ ]?')}(?![A-Z0-9])`).test(upper));
  const orders = new Set((options.orderIds ?? []).map((id) => id.toUpperCase()));
  const codeLike = [...text.matchAll(CODE_LIKE)].map((m) => m[0]).filter((w) => !orders.has(w.toUpperCase()) && !/^\d/.test(w));
  const unknown = named ? null : (codeLike[0] ?? null);
  const returning = saysReturningCustomer(text, options.locale);
  const offers = current.filter((p) => !(returning && p.first_order));
  const firstOrder = returning ? current.filter((p) => p.first_order).map((p) => p.code) : [];
  const basket = options.basket?.currency === options.currency ? options.basket : undefined;
  const weighed = named ? (current.includes(named) && !(returning && named.first_order) ? [named] : []) : offers;
  return {
    named: named ? { code: named.code, terms: new PromotionTerms([named], options.currency), ended: !current.includes(named) } : null,
    unknown,
    returning,
    offers: new PromotionTerms(offers, options.currency),
    count: offers.length,
    firstOrderOnly: new CodeList(firstOrder),
    firstOrderCount: firstOrder.length,
    check: basket && weighed.length ? new PromotionChecks(basket, weighed) : null,
  };
}

/**
 * `shop.promotions` with `{ text, promotions, currency, timezone, order_id, basket }` (the order number a message
 * names is no code; `basket` is what `shop.basket` read, to weigh the codes against).
 */
export function registerPromotionActions(registry: ActionRegistry): void {
  registry.register('shop.promotions', (a, ctx) => {
    const promotions = Array.isArray(a.promotions) ? (a.promotions as Promotion[]) : [];
    return Promise.resolve(answerPromotions(typeof a.text === 'string' ? a.text : '', promotions, {
      locale: ctx.locale,
      currency: typeof a.currency === 'string' && a.currency ? a.currency : 'USD',
      timeZone: typeof a.timezone === 'string' && a.timezone ? a.timezone : 'UTC',
      orderIds: typeof a.order_id === 'string' && a.order_id ? [a.order_id] : [],
      basket: isBasket(a.basket) ? a.basket : null,
    }));
  });
}

function isBasket(v: unknown): v is Basket {
  const b = v as Partial<Basket> | null;
  return typeof b === 'object' && b !== null && typeof b.low === 'number' && typeof b.high === 'number' && typeof b.currency === 'string' && !!b.lines;
}
