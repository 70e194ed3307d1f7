/** A discount code weighed against a basket: minimum spend met or missing, the discount and what is left to pay. */
import { describe, expect, it } from 'vitest';
import { BasketLines, type Basket } from '../../../core/shop/basket.js';
import { formatMoney } from '../../../core/i18n/money.js';
import { checkPromotion, PromotionChecks } from '../../../core/shop/promotion-check.js';
import { answerPromotions, type Promotion } from '../../../core/shop/promotions.js';

const i18n = {
  t: (_l: string, key: string, vars: Record<string, unknown> = {}) => `${key.replace('coupon.', '')}(${Object.entries(vars).map(([k, v]) => `${k}=${String(v)}`).join(';')})`,
  has: () => true,
};
const SAVE15: Promotion = { code: 'SAVE15', amount_off: 15, min_spend: 120 };
const WELCOME10: Promotion = { code: 'WELCOME10', percent_off: 10, first_order: true };
const SHIP: Promotion = { code: 'SHIPFREE5', free_shipping: true, min_spend: 30 };
const basket = (low: number, high = low, stated: Basket['stated'] = null): Basket =>
  ({ lines: new BasketLines([]), low, high, currency: 'USD', from: 'amount', stated });

describe('checkPromotion', () => {
  it('takes an amount off once the minimum is reached, never more than the basket', () => {
    expect(checkPromotion(SAVE15, 169.97, 169.97)).toEqual({ code: 'SAVE15', state: 'met', discount: [15, 15], after: [154.97, 154.97], missing: [0, 0] });
    expect(checkPromotion({ code: 'TEN', amount_off: 10 }, 8, 8)).toMatchObject({ state: 'met', discount: [8, 8], after: [0, 0] });
  });

  it('says what is missing below the minimum, as a range when the basket is one', () => {
    expect(checkPromotion(SAVE15, 109.98, 109.98)).toMatchObject({ state: 'short', missing: [10.02, 10.02] });
    expect(checkPromotion(SAVE15, 29.98, 49.98)).toMatchObject({ state: 'short', missing: [70.02, 90.02] });
    expect(checkPromotion(SAVE15, 100, 140).state).toBe('depends');
  });

  it('takes a percentage to the cent', () => {
    expect(checkPromotion(WELCOME10, 119.98, 119.98)).toMatchObject({ state: 'met', discount: [12, 12], after: [107.98, 107.98] });
  });
});

describe('PromotionChecks', () => {
  it('words each verdict, with the amount as the shopper stated it', () => {
    const text = new PromotionChecks(basket(86.96, 86.96, { amount: 8000, currency: 'RUB' }), [SAVE15]).localize('en', i18n);
    const rub = formatMoney(8000, 'RUB', 'en', { wholeWithoutCents: true });
    expect(text).toBe(`check_short(code=SAVE15;total=about(amount=${rub};converted=$86.96);min=$120;missing=$33.04;gives=amount_off(amount=$15))`);
  });

  it('says free shipping as what a code gives, and a first-order code with its condition', () => {
    expect(new PromotionChecks(basket(40), [SHIP]).localize('en', i18n)).toBe('check_met(code=SHIPFREE5;total=$40.00;min=$30;gives=free_shipping())');
    expect(new PromotionChecks(basket(50), [WELCOME10]).localize('en', i18n))
      .toBe('check_met_first_order(code=WELCOME10;total=$50.00;min=$0;gives=gives_discount(discount=$5;after=$45.00))');
  });

  it('lists several codes as bullets', () => {
    expect(new PromotionChecks(basket(100), [WELCOME10, SAVE15]).localize('en', i18n).split('\n').map((l) => l.slice(0, 2))).toEqual(['• ', '• ']);
  });
});

describe('answerPromotions with a basket', () => {
  const opts = { locale: 'en', currency: 'USD', timeZone: 'UTC', now: new Date('2026-01-10T12:00:00Z') };

  it('weighs the named code, or every code offered when none is named', () => {
    expect(answerPromotions('SAVE15 ok?', [WELCOME10, SAVE15], { ...opts, basket: basket(100) }).check?.promotions.map((p) => p.code)).toEqual(['SAVE15']);
    expect(answerPromotions('any code?', [WELCOME10, SAVE15], { ...opts, basket: basket(100) }).check?.promotions.map((p) => p.code)).toEqual(['WELCOME10', 'SAVE15']);
  });

  it('weighs nothing without a basket, for an ended code, or a first-order code a returning shopper names', () => {
    expect(answerPromotions('SAVE15 ok?', [SAVE15], opts).check).toBeNull();
    expect(answerPromotions('BF30?', [{ code: 'BF30', percent_off: 30, ends: '2025-11-30' }], { ...opts, basket: basket(100) }).check).toBeNull();
    expect(answerPromotions('not my first order, WELCOME10?', [WELCOME10], { ...opts, basket: basket(100) }).check).toBeNull();
  });
});
