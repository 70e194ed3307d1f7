/** A message with several questions gets each answered, in order. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const shipping = (locale: string) => tr(locale, 'faq.shipping', {
  free_shipping_over: formatMoney(49, 'USD', locale), express_price: formatMoney(12.9, 'USD', locale), standard_min: 5, standard_max: 10, express_min: 2, express_max: 4,
});
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('several questions in one message', () => {
  it.each([
    ['en', 'how much is shipping? and do you have any discount codes?'],
    ['zh-CN', '运费多少？有优惠券吗？'],
    ['es', '¿cuánto cuesta el envío? ¿y tienen cupones de descuento?'],
  ])('%s: both answered, in order ("%s")', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    const all = texts(r);
    const s = all.indexOf(shipping(locale));
    expect(s).toBeGreaterThanOrEqual(0);
    expect(all.slice(s + 1).join(' ')).toContain(tr(locale, 'coupon.offers', { offers: '' }).trim());
    expect(all.slice(s + 1).join(' ')).toContain('WELCOME10');
  });

  it('answers about the order just named in the second question ("where is SM100234? also can I return it")', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('where is my order SM100234? also can i return it');
    const all = texts(r).join('\n');
    expect(all).toContain('SM100234');
    expect(all).toContain(tr('en', 'faq.returns', { return_days: 30, return_label_price: formatMoney(5.9, 'USD', 'en'), refund_min: 5, refund_max: 7 }));
    expect(all).not.toContain(tr('en', 'returns.ask_id'));
  });

  it('answers the other question while the first waits for an answer, and asks once', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says('where is my order? and how much is shipping?');
    const all = texts(r);
    expect(all).toContain(shipping('en'));
    expect(all.filter((x) => x === tr('en', 'order.ask_id'))).toHaveLength(1);
    expect(all.at(-1)).toBe(tr('en', 'order.ask_id'));
    await c.says('SM100234').expectFlow('order_status', 'SM100234');
  });

  it.each([
    ['it', 'buongiorno, avete zaini?', 'product_search'],
    ['en', 'hi, where is my order SM100236', 'order_status'],
    ['zh-CN', '你好，有耳机吗', 'product_search'],
    ['ko', '안녕하세요 환불은 언제 되나요', 'refund_status'],
    ['pt', 'bom dia, vcs tem mochila?', 'product_search'],
    ['th', 'สวัสดีครับ มีหูฟังไหม', 'product_search'],
    ['id', 'selamat pagi, ada tas ransel?', 'product_search'],
    ['ar', 'السلام عليكم عندكم سماعات؟', 'product_search'],
  ])('%s: a greeting in front of a question does not take its place ("%s")', async (locale, text, flow) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect({ text, flow: r.flow }).toEqual({ text, flow });
    expect(texts(r)).not.toContain(tr(locale, 'smalltalk.greeting', { shop: 'Demo Shop' }));
  });

  it('answers each question after a greeting ("buongiorno, avete zaini? e quanto costa la spedizione?")', async () => {
    const r = await new Chat(t.app, undefined, 'it').says('buongiorno, avete zaini? e quanto costa la spedizione?');
    expect(r.flow).toBe('product_search');
    expect(texts(r)).toContain(shipping('it'));
  });

  it.each([
    ['en', 'hey again'], ['es', 'hola, me pueden ayudar?'], ['fr', "bonjour, y a quelqu'un ?"], ['it', "buongiorno c'è qualcuno?"],
    ['ko', '안녕하세요 또 왔어요'], ['id', 'halo toko'], ['tr', 'merhaba yetkili'], ['en', 'hi there'],
  ])('%s: a greeting with its own words ("%s") is still a greeting', async (locale, text) => {
    await new Chat(t.app, undefined, locale).says(text).expectFlow('greeting');
  });

  it('does not answer a greeting beside a question, nor split context from a question', async () => {
    const hi = await new Chat(t.app, undefined, 'en').says('hello? how much is shipping?');
    expect(texts(hi)).not.toContain(tr('en', 'smalltalk.greeting', { shop: 'Demo Shop' }));
    const context = await new Chat(t.app, undefined, 'en').says('I ordered headphones last week. Where are they?').expectFlow('order_status');
    expect(texts(context)).toHaveLength(1);
  });
});
