/**
 * Discount questions are answered from the shop's codes (`policies.promotions`): a code the shopper names gets its
 * terms and a person, a code the shop does not have is said so, a shopper who has ordered before is not offered a
 * first-order code, anyone else gets the current codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, openTestAppWithBotFile, products, texts, type TestApp } from '../helpers/chat.js';

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

/** Prices of the demo catalog, read from the shop so that the sums below follow it. */
const price = async (id: string) => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!.price;
const usd = (amount: number, locale: string) => formatMoney(Math.round(amount * 100) / 100, 'USD', locale);
const whole = (amount: number, locale: string) => formatMoney(amount, 'USD', locale, { wholeWithoutCents: true });
const range = (low: number, high: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).formatRange(Math.round(low * 100) / 100, Math.round(high * 100) / 100);
const reply = async (c: Chat, text: string) => texts(await c.says(text).expectFlow('coupon')).join('\n');

describe('a code weighed against a basket (SAVE15: $15 off orders of $120 or more)', () => {
  it.each([
    ['en', 'does SAVE15 work if I buy 2 X1 and the Boom 5?'],
    ['zh-CN', '买两个X1和一个Boom 5能用SAVE15吗'],
    ['ja', 'X1を2個とBoom 5を買ったらSAVE15使えますか？'],
    ['ko', 'X1 2개랑 Boom 5 사면 SAVE15 쓸 수 있어요?'],
    ['es', '¿puedo usar SAVE15 si compro 2 X1 y un Boom 5?'],
    ['fr', 'est-ce que SAVE15 marche si je prends 2 X1 et une Boom 5 ?'],
    ['de', 'gilt SAVE15, wenn ich 2 X1 und eine Boom 5 kaufe?'],
    ['ru', 'сработает ли SAVE15, если взять 2 X1 и Boom 5?'],
    ['pt', 'o SAVE15 funciona se eu comprar 2 X1 e uma Boom 5?'],
    ['it', 'SAVE15 funziona se compro 2 X1 e una Boom 5?'],
    ['th', 'ซื้อ X1 2 อันกับ Boom 5 ใช้ SAVE15 ได้ไหม'],
    ['vi', 'mua 2 X1 với 1 Boom 5 thì dùng SAVE15 được không'],
    ['id', 'kalau beli 2 X1 dan Boom 5 bisa pakai SAVE15?'],
    ['ar', 'لو اشتريت 2 X1 و Boom 5 هل ينفع SAVE15؟'],
    ['tr', '2 X1 ve Boom 5 alırsam SAVE15 geçerli mi?'],
  ])('%s "%s": the products named, how many of each, the discount and what is left to pay', async (locale, text) => {
    const total = 2 * (await price('P001')) + (await price('P005'));
    const all = await reply(new Chat(t.app, undefined, locale), text);
    expect(all).toContain(usd(2 * (await price('P001')), locale));
    const gives = tr(locale, 'coupon.gives_discount', { discount: whole(15, locale), after: usd(total - 15, locale) });
    expect(all).toContain(tr(locale, 'coupon.check_met', { code: 'SAVE15', total: usd(total, locale), gives }));
  });

  it.each([
    ['en', 'does SAVE15 work if I buy the X1 and Boom 5?'],
    ['de', 'gilt SAVE15 wenn ich X1 und Boom 5 kaufe?'],
    ['es', 'me sirve SAVE15 si compro el X1 y el Boom 5?'],
    ['tr', 'X1 ve Boom 5 alırsam SAVE15 olur mu?'],
  ])('%s "%s": short of the minimum, and by how much', async (locale, text) => {
    const total = (await price('P001')) + (await price('P005'));
    const all = await reply(new Chat(t.app, undefined, locale), text);
    const gives = tr(locale, 'coupon.amount_off', { amount: whole(15, locale) });
    expect(all).toContain(tr(locale, 'coupon.check_short', { code: 'SAVE15', min: whole(120, locale), total: usd(total, locale), missing: usd(120 - total, locale), gives }));
  });

  it.each([
    ['ja', '買い物合計100ドルでSAVE15使える？', 100, 'USD'],
    ['en', 'my cart is $100, can I use SAVE15?', 100, 'USD'],
    ['ru', 'корзина на 8000 рублей, SAVE15 сработает?', 8000, 'RUB'],
  ])('%s "%s": an amount stated, converted into the shop\'s money', async (locale, text, amount, currency) => {
    const inUsd = currency === 'USD' ? amount : Math.round((amount / 92) * 100) / 100;
    const all = await reply(new Chat(t.app, undefined, locale), text);
    expect(all).toContain(usd(120 - inUsd, locale));
    if (currency !== 'USD') expect(all).toContain(tr(locale, 'coupon.about', { amount: formatMoney(amount, currency, locale, { wholeWithoutCents: true }), converted: usd(inUsd, locale) }));
  });

  it.each([
    ['en', 'can I use SAVE15 with 2 phone cases?', ['P007', 'P008'], 2],
    ['zh-CN', 'SAVE15能用在耳机上吗', ['P001', 'P003'], 1],
  ] as const)('%s "%s": a kind of product not chosen yet gives a range', async (locale, text, ids, quantity) => {
    const prices = await Promise.all(ids.map(price));
    const low = quantity * Math.min(...prices);
    const high = quantity * Math.max(...prices);
    const all = await reply(new Chat(t.app, undefined, locale), text);
    expect(all).toContain(range(low, high, locale));
    expect(all).toContain(range(120 - high, 120 - low, locale));
  });

  it('weighs the products just shown when the shopper points at them, and not otherwise', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:product_question?comparison=1&product=P001&product=P003' } }));
    expect(shown).toEqual(['P001', 'P003']);
    const total = (await price('P001')) + (await price('P003'));
    expect(await reply(c, 'can I use SAVE15 on these?')).toContain(usd(120 - total, 'en'));
    const other = new Chat(t.app, undefined, 'en');
    await other.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:product_question?comparison=1&product=P001&product=P003' } });
    const terms = await reply(other, 'can I use SAVE15?');
    expect(terms).not.toContain(usd(120 - total, 'en'));
    expect(terms).toContain(tr('en', 'coupon.min_spend', { amount: whole(120, 'en') }));
  });

  it('weighs the product the shopper just asked about ("WELCOME10能用吗" after the watch)', async () => {
    const c = new Chat(t.app, undefined, 'zh-CN');
    await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:product_question?product=P021' } });
    const watch = await price('P021');
    const all = await reply(c, 'WELCOME10能用吗');
    const gives = tr('zh-CN', 'coupon.gives_discount', { discount: whole(Math.round(watch * 10) / 100, 'zh-CN'), after: usd(watch * 0.9, 'zh-CN') });
    expect(all).toContain(tr('zh-CN', 'coupon.check_met_first_order', { code: 'WELCOME10', total: usd(watch, 'zh-CN'), gives }));
  });

  it('with no code named, says what each current code does for the basket', async () => {
    const all = await reply(new Chat(t.app, undefined, 'en'), "I'm getting 2 X1, any discount codes?");
    const total = 2 * (await price('P001'));
    expect(all).toContain(head('en', 'coupon.check_offers'));
    expect(all).toContain(`• ${tr('en', 'coupon.check_met_first_order', { code: 'WELCOME10', total: usd(total, 'en'), gives: tr('en', 'coupon.gives_discount', { discount: whole(Math.round(total * 10) / 100, 'en'), after: usd(total * 0.9, 'en') }) })}`);
    expect(all).toContain(usd(120 - total, 'en'));
  });
});
