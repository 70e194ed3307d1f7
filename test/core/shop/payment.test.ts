/** `shop.paymentQuestion`: methods named against the shop's, and the answers worded in the shopper's language. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { isLocalizedValue } from '../../../core/flow/expressions.js';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { answerPaymentQuestion, methodName, registerPaymentActions, type PaymentAnswer } from '../../../core/shop/payment.js';
import { createLogger } from '../../../core/util/log.js';
import { LOCALES } from '../../../core/util/locales.js';
import { ROOT } from '../../helpers/chat.js';

const SHOP = ['card', 'paypal', 'alipay', 'wechat_pay'];
let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
});

const list = (locale: string, ids: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(locale, { type }).format(ids.map((id) => methodName(id, locale, i18n)));
const words = (a: PaymentAnswer, locale: string) => a.answers.localize(locale, i18n);
const join2 = (locale: string, parts: string[]) => parts.join(['zh-CN', 'ja'].includes(locale) ? '' : ' ');

describe('answerPaymentQuestion', () => {
  it('sorts the methods named into taken and not taken', () => {
    expect(answerPaymentQuestion('paypal, pix or boleto?', SHOP, 'en')).toMatchObject({
      asked: ['paypal', 'pix', 'boleto'], accepted: ['paypal'], refused: ['pix', 'boleto'], failure: false, failed: [], alternatives: SHOP,
    });
  });

  it('leaves the method that failed out of the alternatives', () => {
    const a = answerPaymentQuestion('meine Zahlung mit PayPal ist fehlgeschlagen', SHOP, 'de');
    expect(a).toMatchObject({ failure: true, failed: ['paypal'], alternatives: ['card', 'alipay', 'wechat_pay'] });
    expect(a.alternativeList.localize('de', i18n)).toBe(list('de', ['card', 'alipay', 'wechat_pay'], 'disjunction'));
    expect(a.alternativeList.localize('de', i18n)).not.toContain('PayPal');
  });

  it('gives values the renderer words in the shopper\'s language', () => {
    const a = answerPaymentQuestion('how can I pay?', SHOP, 'en');
    expect(a.howToPay).toBe(true);
    for (const v of [a.methodList, a.alternativeList, a.answers]) expect(isLocalizedValue(v)).toBe(true);
    expect(JSON.stringify(a.methodList)).toBe(JSON.stringify(SHOP));
  });
});

describe('method names', () => {
  it.each(LOCALES)('come from the locale file, brands as they write themselves (%s)', (locale) => {
    expect(methodName('card', locale, i18n)).toBe(i18n.t(locale, 'payment.method_card'));
    expect(methodName('cod', locale, i18n)).toBe(i18n.t(locale, 'payment.method_cod'));
    expect(methodName('apple_pay', locale, i18n)).toBe('Apple Pay');
    expect(methodName('paypay', locale, i18n)).toBe('PayPay');
  });

  it('humanizes an id nobody wrote a name for', () => {
    expect(methodName('store_credit', 'en', i18n)).toBe('Store credit');
  });

  it('lists the shop\'s methods with Intl.ListFormat: "and" for what it takes, "or" for what to try', () => {
    const a = answerPaymentQuestion('payment failed', SHOP, 'zh-CN');
    expect(a.methodList.localize('zh-CN', i18n)).toBe(new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(['银行卡', 'PayPal', '支付宝', '微信支付']));
    expect(a.alternativeList.localize('en', i18n)).toBe(new Intl.ListFormat('en', { type: 'disjunction' }).format([i18n.t('en', 'payment.method_card'), 'PayPal', 'Alipay', 'WeChat Pay']));
  });
});

describe('the answers', () => {
  it.each(LOCALES)('say yes to a brand the shop takes, in one sentence (%s)', (locale) => {
    const a = answerPaymentQuestion('paypal?', SHOP, locale);
    expect(words(a, locale)).toBe(i18n.t(locale, 'payment.yes', { methods: 'PayPal' }));
  });

  it.each(LOCALES)('say no to the brands it does not take, together, then what it takes (%s)', (locale) => {
    const a = answerPaymentQuestion('pix, klarna?', SHOP, locale);
    expect(words(a, locale)).toBe(join2(locale, [
      i18n.t(locale, 'payment.no', { methods: list(locale, ['pix', 'klarna'], 'disjunction') }),
      i18n.t(locale, 'payment.other_methods', { methods: list(locale, SHOP, 'disjunction') }),
    ]));
  });

  it.each(LOCALES)('word a method that reads differently with its own sentence (%s)', (locale) => {
    const a = answerPaymentQuestion('cod? visa? paypal?', ['card', 'paypal'], locale);
    expect(a).toMatchObject({ accepted: ['card', 'paypal'], refused: ['cod'] });
    expect(words(a, locale)).toBe(join2(locale, [
      i18n.t(locale, 'payment.yes_card'),
      i18n.t(locale, 'payment.yes', { methods: 'PayPal' }),
      i18n.t(locale, 'payment.no_cod'),
      i18n.t(locale, 'payment.other_methods', { methods: list(locale, ['card', 'paypal'], 'disjunction') }),
    ]));
  });

  it('add every method the shop takes when the shopper also asked how to pay', () => {
    const a = answerPaymentQuestion('how can I pay? paypal?', SHOP, 'en');
    expect(words(a, 'en')).toBe(join2('en', [i18n.t('en', 'payment.yes', { methods: 'PayPal' }), i18n.t('en', 'payment.how_to_pay', { methods: list('en', SHOP, 'conjunction') })]));
  });

  it('print without a locale for logs', () => {
    const a = answerPaymentQuestion('paypal or pix?', SHOP, 'en');
    expect(String(a.answers)).toBe('yes: paypal; no: pix');
    expect(String(a.methodList)).toBe('Card, PayPal, Alipay, and WeChat Pay');
  });
});

describe('shop.paymentQuestion', () => {
  const ctx = (locale: string) => ({ botId: 'b', locale, signal: new AbortController().signal, log: createLogger() });
  const registry = new ActionRegistry();
  registerPaymentActions(registry);

  it('reads the message in the shopper\'s language', async () => {
    const r = await registry.run('shop.paymentQuestion', { text: 'PayPay使えますか', accepted: SHOP }, ctx('ja'));
    expect(r).toMatchObject({ asked: ['paypay'], accepted: [], refused: ['paypay'], howToPay: false, failure: false });
  });

  it('refuses a call without the shop\'s methods', async () => {
    await expect(registry.run('shop.paymentQuestion', { text: 'paypal?' }, ctx('en'))).rejects.toMatchObject({ name: 'ActionError', code: 'failed' });
    await expect(registry.run('shop.paymentQuestion', { text: 'paypal?', accepted: [] }, ctx('en'))).rejects.toMatchObject({ code: 'failed' });
  });
});
