/**
 * A discount code weighed against a basket (core/shop/basket.ts): whether the basket reaches the code's `min_spend`,
 * how much is missing when it does not, and what the code takes off and leaves to pay when it does ("SAVE15 works on
 * $129.98: $15 off (you pay $114.98)."). A kind of product not chosen yet makes every figure a range; a basket whose
 * range straddles the minimum depends on the choice, and is said so.
 */
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { formatMoney } from '../i18n/money.js';
import { moneyRange, type Basket } from './basket.js';

type Words = Pick<I18n, 't' | 'has'>;

/** A discount code of `policies.promotions` (core/shop/promotions.ts answers with them). */
export interface Promotion {
  code: string;
  percent_off?: number | undefined;
  amount_off?: number | undefined;
  free_shipping?: boolean | undefined;
  first_order?: boolean | undefined;
  min_spend?: number | undefined;
  /** The last day the code works (YYYY-MM-DD), in the shopper's time zone. */
  ends?: string | undefined;
}
type Range = [number, number];

const cents = (n: number): number => Math.round(n * 100) / 100;

export interface PromotionVerdict {
  code: string;
  /** `met`: the basket reaches the minimum (or there is none); `short`: it does not; `depends`: on the choice within a kind. */
  state: 'met' | 'short' | 'depends';
  /** What the code takes off, and what is left to pay (low and high basket). */
  discount: Range;
  after: Range;
  /** What is missing to reach `min_spend` (for `short`). */
  missing: Range;
}

/** What `p` does for a basket that comes to `low`…`high`. */
export function checkPromotion(p: Promotion, low: number, high: number): PromotionVerdict {
  const min = p.min_spend ?? 0;
  const off = (t: number) => Math.min(t, cents((p.percent_off ? (t * p.percent_off) / 100 : 0) + (p.amount_off ?? 0)));
  const state = low >= min ? 'met' : high < min ? 'short' : 'depends';
  return {
    code: p.code, state,
    discount: [off(low), off(high)],
    after: [cents(low - off(low)), cents(high - off(high))],
    missing: [cents(Math.max(0, min - high)), cents(Math.max(0, min - low))],
  };
}

/** The verdicts of some codes on one basket, worded when the reply is rendered: the basket's lines, then one sentence per code. */
export class PromotionChecks implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(
    readonly basket: Basket,
    readonly promotions: readonly Promotion[],
  ) {}

  localize(locale: string, i18n: Words): string {
    const lines = this.basket.lines.localize(locale, i18n);
    const bullet = this.promotions.length > 1 ? '• ' : '';
    const verdicts = this.promotions.map((p) => bullet + this.sentence(p, locale, i18n));
    return [...(lines ? [lines] : []), ...verdicts].join('\n');
  }

  toJSON(): { total: Range; currency: string; verdicts: PromotionVerdict[] } {
    const { low, high, currency } = this.basket;
    return { total: [low, high], currency, verdicts: this.promotions.map((p) => checkPromotion(p, low, high)) };
  }

  private sentence(p: Promotion, locale: string, i18n: Words): string {
    const { low, high, currency, stated } = this.basket;
    const v = checkPromotion(p, low, high);
    const range = ([a, b]: Range) => moneyRange(a, b, currency, locale);
    // "$15 off", "orders of $120 or more": whole amounts of the terms without cents, as the terms list says them.
    const off = ([a, b]: Range) => moneyRange(a, b, currency, locale, { wholeWithoutCents: true });
    const whole = (n: number) => formatMoney(n, currency, locale, { wholeWithoutCents: true });
    const own = range([low, high]);
    const total = stated ? i18n.t(locale, 'coupon.about', { amount: formatMoney(stated.amount, stated.currency, locale, { wholeWithoutCents: true }), converted: own }) : own;
    const vars = { code: p.code, total, min: whole(p.min_spend ?? 0) };
    if (v.state === 'depends') return i18n.t(locale, 'coupon.check_depends', vars);
    if (v.state === 'short') return i18n.t(locale, 'coupon.check_short', { ...vars, missing: range(v.missing), gives: gives(p, locale, i18n, whole) });
    const parts = [
      v.discount[1] > 0 ? i18n.t(locale, 'coupon.gives_discount', { discount: off(v.discount), after: range(v.after) }) : undefined,
      p.free_shipping ? i18n.t(locale, 'coupon.free_shipping') : undefined,
    ].filter((s): s is string => !!s);
    const met = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
    return i18n.t(locale, p.first_order ? 'coupon.check_met_first_order' : 'coupon.check_met', { ...vars, gives: met });
  }
}

/** What a code gives, as its terms say it ("$15 off", "10% off and free shipping"). */
function gives(p: Promotion, locale: string, i18n: Words, whole: (n: number) => string): string {
  const parts = [
    p.percent_off ? i18n.t(locale, 'coupon.percent_off', { n: p.percent_off }) : undefined,
    p.amount_off ? i18n.t(locale, 'coupon.amount_off', { amount: whole(p.amount_off) }) : undefined,
    p.free_shipping ? i18n.t(locale, 'coupon.free_shipping') : undefined,
  ].filter((s): s is string => !!s);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}
