/**
 * "Can I pay with PayPal?", "как оплатить?", "PayPay使えますか": payment questions get a yes, a no with what the shop
 * takes, or the list, from `policies.payment.methods`; a failure gets help that does not suggest the method that failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../core/bot/schema.js';
import { methodName } from '../../core/shop/payment.js';
import { Chat, openTestApp, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';

/** What a reply should say, from the locale files and the shop's methods (`reply(t, locale)`). */
type Expected = (t: TestApp, locale: string) => string;

const tr = (t: TestApp, locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const list = (t: TestApp, locale: string, ids: readonly string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(locale, { type }).format(ids.map((id) => methodName(id, locale, t.app.i18n)));
const sentences = (locale: string, parts: string[]) => parts.join(['zh-CN', 'ja'].includes(locale) ? '' : ' ');

const methodsOf = (t: TestApp): readonly string[] => t.app.engine.bot('demo-shop').config.policies.payment.methods;
/** Yes to a brand. */
const yes = (brand: string): Expected => (t, l) => tr(t, l, 'payment.yes', { methods: methodName(brand, l, t.app.i18n) });
/** No to a method (its own sentence, or the brands' one), then what the shop takes instead. */
const no = (id: string, own = false): Expected => (t, l) => sentences(l, [
  own ? tr(t, l, `payment.no_${id}`) : tr(t, l, 'payment.no', { methods: methodName(id, l, t.app.i18n) }),
  tr(t, l, 'payment.other_methods', { methods: list(t, l, methodsOf(t), 'disjunction') }),
]);
const howToPay: Expected = (t, l) => tr(t, l, 'payment.how_to_pay', { methods: list(t, l, methodsOf(t), 'conjunction') });
/** The failure help, suggesting every method the shop takes but the one that failed. */
const help = (failed?: string): Expected => (t, l) =>
  tr(t, l, 'payment.help', { methods: list(t, l, methodsOf(t).filter((m) => m !== failed), 'disjunction') });

async function expectAnswer(t: TestApp, locale: string, text: string, expected: Expected): Promise<Chat> {
  const c = new Chat(t.app, undefined, locale);
  const r = await c.says(text).expectFlow('payment_problem');
  expect(texts(r).join(' ')).toBe(expected(t, locale));
  expect(c.buttons.map((b) => [b.label, b.value])).toEqual([[tr(t, locale, 'menu.human'), 'intent:human_agent']]);
  return c;
}

describe('payment questions, with the demo shop\'s methods', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('are answered from policies.payment.methods (card, PayPal, Alipay, WeChat Pay by default)', () => {
    expect(methodsOf(t)).toEqual(DEFAULT_POLICIES.payment.methods);
  });

  it.each([
    ['en', 'can I pay with paypal?', yes('paypal')],
    ['zh-CN', '支持货到付款吗', no('cod', true)],
    ['ja', 'PayPay使えますか', no('paypay')],
    ['ko', '카카오페이 되나요?', no('kakaopay')],
    ['th', 'พร้อมเพย์ได้ไหม', no('promptpay')],
    ['de', 'geht auch Nachnahme?', no('cod', true)],
    ['fr', 'je peux payer en plusieurs fois ?', no('installments', true)],
    ['es', '¿aceptan pago contra reembolso?', no('cod', true)],
    ['pt', 'boleto?', no('boleto')],
    ['it', 'accettate paypal?', yes('paypal')],
    ['ru', 'принимаете apple pay?', no('apple_pay')],
    ['ar', 'تقبلون باي بال؟', yes('paypal')],
    ['tr', 'taksit yapıyor musunuz', no('installments', true)],
    ['id', 'bayar pake gopay bisa ga', no('gopay')],
    ['vi', 'có thanh toán bằng momo ko', no('momo')],
    ['vi', 'cod đc ko', no('cod', true)],
  ])('%s "%s": yes, or no with what the shop takes', async (locale, text, expected) => {
    await expectAnswer(t, locale, text, expected);
  });

  it.each([
    ['ja', '代引きできますか'], ['id', 'bisa cod ga?'], ['tr', 'kapıda ödeme var mı?'], ['th', 'เก็บเงินปลายทางได้ไหม'],
  ])('%s "%s": cash on delivery taken for a shipping question is answered as a payment one', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect(r.flow).toBe('payment_problem');
    expect(texts(r).join(' ')).toBe(no('cod', true)(t, locale));
  });

  it.each([
    ['en', 'how can I pay?'], ['zh-CN', '怎么付款'], ['ja', '支払い方法は？'], ['ko', '결제 수단 뭐 있어요?'], ['th', 'จ่ายเงินยังไงคะ'],
    ['de', 'welche Zahlungsarten gibt es?'], ['fr', 'quels sont les moyens de paiement ?'], ['es', 'cómo puedo pagar?'],
    ['pt', 'quais as formas de pagamento?'], ['it', 'come si paga?'], ['ru', 'как оплатить?'], ['ar', 'ما هي طرق الدفع؟'],
    ['tr', 'nasıl ödeme yapabilirim?'], ['id', 'cara bayarnya gimana?'], ['vi', 'thanh toán như thế nào?'],
  ])('%s "%s": the methods, chosen at checkout', async (locale, text) => {
    await expectAnswer(t, locale, text, howToPay);
  });

  it.each([
    ['de', 'meine Zahlung mit PayPal ist fehlgeschlagen', 'paypal'],
    ['en', 'I paid with PayPal but it failed', 'paypal'],
    ['en', 'my card was declined', 'card'],
    ['zh-CN', '微信支付失败了', 'wechat_pay'],
    ['ja', 'カードがエラーになる', 'card'],
    ['es', 'mi tarjeta fue rechazada', 'card'],
    ['ru', 'оплата не прошла', undefined],
    ['id', 'pembayaran gagal terus', undefined],
  ])('%s "%s": help, without suggesting the method that failed', async (locale, text, failed) => {
    const c = await expectAnswer(t, locale, text, help(failed));
    // Not the help that lists every method: the one that failed is left out.
    if (failed) expect(texts(c.last!).join(' ')).not.toBe(help()(t, locale));
  });

  it('still helps with a payment problem that names nothing and asks nothing', async () => {
    await expectAnswer(t, 'en', 'payment issue', help());
  });
});

/** The demo bot with other payment terms. */
async function openWithMethods(methods: string[]): Promise<{ t: TestApp; close(): Promise<void> }> {
  const t = await openTestAppWithBotFile((yaml) => {
    expect(yaml).toMatch(/^policies:\n(?! {2}payment:)/m);
    return yaml.replace(/^policies:\n/m, `policies:\n  payment: { methods: [${methods.join(', ')}] }\n`);
  });
  return { t, close: () => t.close() };
}

describe('payment questions, with a shop that takes card, Pix, Boleto and cash on delivery', () => {
  let shop: Awaited<ReturnType<typeof openWithMethods>>;
  beforeAll(async () => {
    shop = await openWithMethods(['card', 'pix', 'boleto', 'cod']);
  });
  afterAll(() => shop.close());

  it('answers from the policy', async () => {
    const { t } = shop;
    expect(methodsOf(t)).toEqual(['card', 'pix', 'boleto', 'cod']);
    await expectAnswer(t, 'pt', 'aceita pix?', yes('pix'));
    await expectAnswer(t, 'en', 'can I pay with paypal?', no('paypal'));
    await expectAnswer(t, 'vi', 'cod đc ko', (tt, l) => tr(tt, l, 'payment.yes_cod'));
    await expectAnswer(t, 'ru', 'как оплатить?', howToPay);
    const listed = texts(await new Chat(t.app, undefined, 'en').says('how can I pay?').expectFlow('payment_problem')).join(' ');
    expect(listed).toContain(methodName('boleto', 'en', t.app.i18n));
    expect(listed).not.toContain('PayPal');
  });

  it('suggests the policy\'s other methods after a failure', async () => {
    await expectAnswer(shop.t, 'pt', 'o pix não tá funcionando', help('pix'));
  });
});

describe('payment failures, with a shop that takes only cards', () => {
  let shop: Awaited<ReturnType<typeof openWithMethods>>;
  beforeAll(async () => {
    shop = await openWithMethods(['card']);
  });
  afterAll(() => shop.close());

  it('asks to check the card and try again, with nothing else to suggest', async () => {
    await expectAnswer(shop.t, 'en', 'my card was declined', (t, l) => tr(t, l, 'payment.help_retry'));
    await expectAnswer(shop.t, 'fr', 'vous acceptez paypal ?', no('paypal'));
  });
});
