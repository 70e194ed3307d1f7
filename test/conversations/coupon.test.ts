/**
 * Discount questions are answered from the shop's codes (`policies.promotions`): a code the shopper names gets its
 * terms and a person, a code the shop does not have is said so, a shopper who has ordered before is not offered a
 * first-order code, anyone else gets the current codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const head = (locale: string, key: string) => tr(locale, key).split('{{')[0]!.trim();
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a coupon code', () => {
  it.each([
    ['en', 'WELCOME10 doesnt work'],
    ['ko', 'WELCOME10 적용이 안되는데요'],
    ['ru', 'WELCOME10 не работает'],
    ['it', 'il codice welcome10 non è valido'],
    ['ja', 'welcome10が使えません'],
    ['en', 'WELCOME10 is not working, this is ridiculous, worst shop ever'],
  ])('%s "%s": its terms and a person to check it, not every offer', async (locale, text) => {
    const c = new Chat(t.app, undefined, locale);
    const all = texts(await c.says(text).expectFlow('coupon', tr(locale, 'coupon.percent_off', { n: 10 }))).join('\n');
    expect(all).toContain('WELCOME10');
    expect(all).toContain(tr(locale, 'coupon.first_order'));
    expect(all).not.toContain('SAVE15');
    expect((await c.presses(tr(locale, 'menu.human'))).flow).toBe('human_agent');
  });

  it.each([
    ['en', 'any discount codes?'],
    ['zh-CN', '有优惠券吗'],
    ['es', 'tienen algún cupón de descuento?'],
    ['th', 'มีโค้ดส่วนลดไหม'],
  ])('%s "%s": the current codes with their terms', async (locale, text) => {
    const all = texts(await new Chat(t.app, undefined, locale).says(text).expectFlow('coupon', head(locale, 'coupon.offers'))).join('\n');
    expect(all).toContain('WELCOME10');
    expect(all).toContain('SAVE15');
    expect(all).toContain(tr(locale, 'coupon.first_order'));
    expect(all).toContain(tr(locale, 'coupon.min_spend', { amount: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(120) }));
  });

  it.each([
    ['en', "it's not my first order, any coupon for me?"],
    ['zh-CN', '老客户有优惠码吗'],
    ['ja', 'リピーターですがクーポンありますか'],
    ['ko', '단골인데 할인 코드 있어요?'],
    ['es', 'ya he comprado antes, hay algún cupón?'],
    ['fr', "je suis déjà cliente, vous avez un code promo ?"],
    ['de', 'bin Stammkunde, gibt es einen Gutscheincode?'],
    ['ru', 'это не первый заказ, есть промокод?'],
    ['pt', 'já comprei aqui antes, tem cupom?'],
    ['it', 'ho già ordinato da voi, avete un codice sconto?'],
    ['th', 'เป็นลูกค้าเก่า มีโค้ดส่วนลดไหมคะ'],
    ['vi', 'mình là khách quen, có mã giảm giá không'],
    ['id', 'saya pelanggan lama, ada kode diskon?'],
    ['ar', 'انا عميل قديم عندكم كود خصم؟'],
    ['tr', 'ilk siparişim değil, indirim kodu var mı?'],
  ])('%s "%s": no first-order code, and why', async (locale, text) => {
    const all = texts(await new Chat(t.app, undefined, locale).says(text).expectFlow('coupon')).join('\n');
    expect(all).toContain(tr(locale, 'coupon.first_order_only', { codes: 'WELCOME10' }));
    expect(all).toContain('SAVE15');
    expect(all.replace(tr(locale, 'coupon.first_order_only', { codes: 'WELCOME10' }), '')).not.toContain('WELCOME10');
  });

  it.each([
    ['en', 'SUMMER20 doesnt work'],
    ['pt', 'o cupom BLACK50 não funciona'],
    ['zh-CN', '优惠码VIP888用不了'],
  ])('%s "%s": not one of the shop\'s codes, and what there is', async (locale, text) => {
    const code = /[A-Z]+\d+/.exec(text)![0];
    const all = texts(await new Chat(t.app, undefined, locale).says(text).expectFlow('coupon', tr(locale, 'coupon.unknown', { code }))).join('\n');
    expect(all).toContain('WELCOME10');
  });

  it('does not take an order number for a code', async () => {
    const all = texts(await new Chat(t.app, undefined, 'en').says('can i still use a discount code on order SM100240?').expectFlow('coupon')).join('\n');
    expect(all).not.toContain(tr('en', 'coupon.unknown', { code: 'SM100240' }));
  });
});

describe('a shop with other codes', () => {
  it('says a code has ended, and that there is none now, with the free-shipping threshold', async () => {
    const o = await openTestAppWithBotFile((y) => y.replace(/ {4}- \{ code: WELCOME10[^\n]*\n {4}- \{ code: SAVE15[^\n]*\n/, '    - { code: BF30, percent_off: 30, ends: 2020-11-30 }\n'));
    try {
      const c = new Chat(o.app, undefined, 'en');
      const all = texts(await c.says('BF30 is not working').expectFlow('coupon')).join('\n');
      expect(all).toContain(o.app.i18n.t('en', 'coupon.ended', { code: 'BF30' }));
      expect(all).toContain(o.app.i18n.t('en', 'coupon.none_free_over', { free_over: '$49.00' }));
    } finally {
      await o.close();
    }
  });
});
