import { describe, expect, it } from 'vitest';
import { answerPromotions, type Promotion } from '../../../core/shop/promotions.js';

const i18n = {
  t: (_l: string, key: string, vars: Record<string, unknown> = {}) => `${key.replace('coupon.', '')}(${Object.entries(vars).map(([k, v]) => `${k}=${String(v)}`).join(';')})`,
  has: () => true,
};
const codes: Promotion[] = [
  { code: 'WELCOME10', percent_off: 10, first_order: true },
  { code: 'SAVE15', amount_off: 15, min_spend: 120 },
  { code: 'BF30', percent_off: 30, ends: '2026-11-30' },
  { code: 'SHIP-FREE', free_shipping: true, min_spend: 29.5 },
];
const opts = { locale: 'en', currency: 'USD', timeZone: 'Asia/Shanghai', now: new Date('2026-11-25T08:00:00Z') };

describe('answerPromotions', () => {
  it('offers the current codes with what they give and their conditions', () => {
    const a = answerPromotions('any codes?', codes, opts);
    expect(a.count).toBe(4);
    expect(a.named).toBeNull();
    expect(a.offers.localize('en', i18n).split('\n')).toEqual([
      'line(code=WELCOME10;gives=percent_off(n=10);conditions=first_order())',
      'line(code=SAVE15;gives=amount_off(amount=$15);conditions=min_spend(amount=$120))',
      'line(code=BF30;gives=percent_off(n=30);conditions=until(date=November 30))',
      'line(code=SHIP-FREE;gives=free_shipping();conditions=min_spend(amount=$29.50))',
    ]);
  });

  it('leaves out a code past its last day in the shopper\'s zone, and says so when it is named', () => {
    const late = { ...opts, now: new Date('2026-11-30T17:00:00Z') }; // Dec 1 in Shanghai, still Nov 30 in New York
    expect(answerPromotions('codes?', codes, late).offers.toJSON()).not.toContain('BF30');
    expect(answerPromotions('codes?', codes, { ...late, timeZone: 'America/New_York' }).offers.toJSON()).toContain('BF30');
    expect(answerPromotions('bf30 is not working', codes, late).named).toMatchObject({ code: 'BF30', ended: true });
  });

  it('finds a named code however it is written, next to any script', () => {
    expect(answerPromotions('welcome10が使えません', codes, opts).named?.code).toBe('WELCOME10');
    expect(answerPromotions('ship free code?', codes, opts).named?.code).toBe('SHIP-FREE');
    expect(answerPromotions('XWELCOME10 ?', codes, opts).named).toBeNull();
  });

  it('tells unknown codes from order numbers and plain words', () => {
    expect(answerPromotions('SUMMER20 doesnt work', codes, opts).unknown).toBe('SUMMER20');
    expect(answerPromotions('code for order SM100240?', codes, { ...opts, orderIds: ['SM100240'] }).unknown).toBeNull();
    expect(answerPromotions('any discount for 2 items?', codes, opts).unknown).toBeNull();
  });

  it('offers a returning shopper no first-order code, and names it', () => {
    const a = answerPromotions('not my first order, any code?', codes, opts);
    expect(a.returning).toBe(true);
    expect(a.offers.toJSON()).toEqual(['SAVE15', 'BF30', 'SHIP-FREE']);
    expect(a.firstOrderOnly.localize('en')).toBe('WELCOME10');
    expect(a.firstOrderCount).toBe(1);
  });
});
