/**
 * `shop.paymentQuestion`: what a payment message asks ("can I pay with PayPal?", "как оплатить?", "bisa cod ga?")
 * or reports ("my PayPal payment failed"), against the methods the shop accepts (`policies.payment.methods`),
 * so `flows/payment_problem.yaml` says yes or no to the methods named, lists the accepted ones, or helps with a
 * failure without suggesting the method that just failed.
 *
 * The sentences and lists are worded when the reply is rendered, in the shopper's language, from
 * `locales/<lng>/payment.json`: `yes`/`no` (and `yes_<id>`/`no_<id>` where a method reads differently: "pay
 * by card", "pay in installments"), `other_methods`, `how_to_pay`, and the method names `method_<id>`. A brand
 * without a `method_<id>` key is written as the brand writes itself (`BRAND_NAMES`), any other id humanized.
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { paymentQuestion, type PaymentMethod } from '../nlu/entities-payment.js';
import { languageOf } from '../nlu/tokenize.js';

type Words = Pick<I18n, 't' | 'has'>;

/**
 * How brands write themselves, the same in every language. They are not in the locale files, which would have
 * to repeat each name 15 times (and a name left as in English reads there as an untranslated copy).
 */
export const BRAND_NAMES: Readonly<Partial<Record<PaymentMethod, string>>> = {
  paypal: 'PayPal', alipay: 'Alipay', wechat_pay: 'WeChat Pay', apple_pay: 'Apple Pay', google_pay: 'Google Pay',
  samsung_pay: 'Samsung Pay', amazon_pay: 'Amazon Pay', pix: 'Pix', boleto: 'Boleto', mercado_pago: 'Mercado Pago', oxxo: 'OXXO',
  bizum: 'Bizum', mbway: 'MB WAY', multibanco: 'Multibanco', satispay: 'Satispay', papara: 'Papara', paypay: 'PayPay',
  line_pay: 'LINE Pay', kakaopay: 'Kakao Pay', naverpay: 'Naver Pay', toss: 'Toss', promptpay: 'PromptPay', truemoney: 'TrueMoney',
  gopay: 'GoPay', ovo: 'OVO', dana: 'DANA', shopeepay: 'ShopeePay', qris: 'QRIS', momo: 'MoMo', zalopay: 'ZaloPay', vnpay: 'VNPAY',
  venmo: 'Venmo', klarna: 'Klarna',
};

const humanize = (id: string): string => {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const brandOrHumanized = (id: string): string => BRAND_NAMES[id as PaymentMethod] ?? humanize(id);

/** A method's name in the shopper's language: `payment.method_<id>`, else the brand's own name, else the id humanized. */
export function methodName(id: string, locale: string, i18n: Words): string {
  const key = `payment.method_${id}`;
  return i18n.has(locale, key) ? i18n.t(locale, key) : brandOrHumanized(id);
}

/** Sentences of one reply: no space between them in Chinese and Japanese. */
const joinSentences = (locale: string, sentences: readonly string[]): string =>
  sentences.join(['zh', 'ja'].includes(languageOf(locale)) ? '' : ' ');

/** Methods as a list in the shopper's language: "card, PayPal, Alipay and WeChat Pay", "银行卡、PayPal、支付宝或微信支付". */
export class PaymentMethodList implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(
    readonly ids: readonly string[],
    readonly type: 'conjunction' | 'disjunction',
  ) {}

  localize(locale: string, i18n: Words): string {
    return new Intl.ListFormat(locale, { type: this.type }).format(this.ids.map((id) => methodName(id, locale, i18n)));
  }

  toString(): string {
    return new Intl.ListFormat('en', { type: this.type }).format(this.ids.map(brandOrHumanized));
  }

  toJSON(): readonly string[] {
    return this.ids;
  }
}

/**
 * Yes or no to each method named, in the order named ("Yes, you can pay with PayPal."; "Sorry, we don't take
 * Pix yet."), brands together in one sentence, followed by what the shop takes instead when one is refused,
 * or by all it takes when the shopper also asked how to pay.
 */
export class PaymentAnswers implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(
    readonly accepted: readonly string[],
    readonly refused: readonly string[],
    readonly shopMethods: readonly string[],
    readonly listAll: boolean,
  ) {}

  localize(locale: string, i18n: Words): string {
    const sentences = [...this.#verdicts('yes', this.accepted, locale, i18n), ...this.#verdicts('no', this.refused, locale, i18n)];
    if (this.refused.length) {
      sentences.push(i18n.t(locale, 'payment.other_methods', { methods: new PaymentMethodList(this.shopMethods, 'disjunction').localize(locale, i18n) }));
    } else if (this.listAll) {
      sentences.push(i18n.t(locale, 'payment.how_to_pay', { methods: new PaymentMethodList(this.shopMethods, 'conjunction').localize(locale, i18n) }));
    }
    return joinSentences(locale, sentences);
  }

  /** One sentence per method with its own wording (`yes_card`), one for the brands together, in the order named. */
  #verdicts(answer: 'yes' | 'no', ids: readonly string[], locale: string, i18n: Words): string[] {
    const own = (id: string) => i18n.has(locale, `payment.${answer}_${id}`);
    const brands = ids.filter((id) => !own(id));
    const out: string[] = [];
    for (const id of ids) {
      if (own(id)) out.push(i18n.t(locale, `payment.${answer}_${id}`));
      else if (id === brands[0]) {
        const list = new PaymentMethodList(brands, answer === 'yes' ? 'conjunction' : 'disjunction');
        out.push(i18n.t(locale, `payment.${answer}`, { methods: list.localize(locale, i18n) }));
      }
    }
    return out;
  }

  toString(): string {
    return [
      this.accepted.length ? `yes: ${this.accepted.join(', ')}` : '',
      this.refused.length ? `no: ${this.refused.join(', ')}` : '',
    ].filter(Boolean).join('; ');
  }

  toJSON(): { accepted: readonly string[]; refused: readonly string[] } {
    return { accepted: this.accepted, refused: this.refused };
  }
}

export interface PaymentAnswer {
  /** Methods the message names, in its order. */
  asked: string[];
  /** Of those, the ones the shop takes, and the ones it does not. */
  accepted: string[];
  refused: string[];
  howToPay: boolean;
  failure: boolean;
  /** With a failure, the named methods it is about. */
  failed: string[];
  /** The shop's methods other than those that failed: what to suggest trying instead. */
  alternatives: string[];
  /** The shop's methods, worded: "card, PayPal, Alipay and WeChat Pay". */
  methodList: PaymentMethodList;
  /** `alternatives`, worded: "card, Alipay or WeChat Pay". */
  alternativeList: PaymentMethodList;
  /** Yes or no to each method named, worded. */
  answers: PaymentAnswers;
}

/** What `text` asks or reports about paying, in `locale`'s language, against `shopMethods` (the shop's, by id). */
export function answerPaymentQuestion(text: string, shopMethods: readonly string[], locale: string): PaymentAnswer {
  const q = paymentQuestion(text, locale);
  const asked: string[] = q.methods;
  const accepted = asked.filter((m) => shopMethods.includes(m));
  const refused = asked.filter((m) => !shopMethods.includes(m));
  const failed: string[] = q.failed;
  const alternatives = shopMethods.filter((m) => !failed.includes(m));
  return {
    asked, accepted, refused, howToPay: q.howToPay, failure: q.failure, failed, alternatives,
    methodList: new PaymentMethodList(shopMethods, 'conjunction'),
    alternativeList: new PaymentMethodList(alternatives, 'disjunction'),
    answers: new PaymentAnswers(accepted, refused, shopMethods, q.howToPay),
  };
}

function methodIds(v: unknown): string[] {
  if (Array.isArray(v) && v.length > 0 && v.every((m): m is string => typeof m === 'string' && m !== '')) return v;
  throw new RangeError('accepted: expected the shop\'s payment method ids, e.g. [card, paypal]');
}

/** `shop.paymentQuestion { text, accepted }` → PaymentAnswer; `accepted` is the shop's method ids (`bot.policies.payment.methods`). */
export function registerPaymentActions(registry: ActionRegistry): void {
  registry.register('shop.paymentQuestion', (a, ctx) =>
    Promise.resolve(answerPaymentQuestion(typeof a.text === 'string' ? a.text : '', methodIds(a.accepted), ctx.locale)));
}
