import { z } from 'zod';
import { LOCALES } from '../util/locales.js';

const locale = z.enum(LOCALES, { error: (i) => `unknown locale ${JSON.stringify(i.input)}; supported: ${LOCALES.join(', ')}` });
const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name like TELEGRAM_BOT_TOKEN');
/**
 * `shop.currency_rates`: units of each currency per one unit of the bot's `currency` (`{ CNY: 7.2, JPY: 150 }`
 * in a USD shop), used only to read budgets named in another currency ("500块以内"). Unset: the rough
 * defaults of core/shop/budget.ts (DEFAULT_RATES, per US dollar).
 */
const currencyRates = z.record(z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code like CNY'), z.number().positive()).optional();

/** `bots/<id>.yaml`. Credentials are never in the file: `*_env` fields name environment variables. */
/** A range of days, `[min, max]`, e.g. `[5, 10]` business days. */
const dayRange = z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([a, b]) => a <= b, 'expected [min, max] with min <= max');

export const DEFAULT_POLICIES = {
  shipping: { standard_days: [5, 10] as [number, number], express_days: [2, 4] as [number, number], free_over: 49, express_price: 12.9, delivery_weekdays: [1, 2, 3, 4, 5] },
  returns: { days: 30, label_price: 5.9, refund_days: [5, 7] as [number, number] },
  warranty: { months: 12 },
  payment: { methods: ['card', 'paypal', 'alipay', 'wechat_pay'] },
  promotions: [{ code: 'WELCOME10', percent_off: 10, first_order: true }],
  support_hours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' },
};
const D = DEFAULT_POLICIES;

/** The shop's shipping and return terms; flows read them as `bot.policies` and the FAQ texts fill them in. */
const ShippingPolicy = z.strictObject({
  standard_days: dayRange.default(D.shipping.standard_days),
  express_days: dayRange.default(D.shipping.express_days),
  /** Orders at or above this (in the bot's currency) ship free; 0: always free. */
  free_over: z.number().min(0).default(D.shipping.free_over),
  express_price: z.number().min(0).default(D.shipping.express_price),
  /** Days a parcel travels and is delivered on, ISO weekdays (1 = Monday … 7 = Sunday); other days do not count. */
  delivery_weekdays: z.array(z.number().int().min(1).max(7)).min(1).default(D.shipping.delivery_weekdays),
});
/**
 * Payment methods the shop accepts, by id (`card`, `paypal`, `alipay`, `wechat_pay`, `apple_pay`, `google_pay`,
 * `pix`, `boleto`, `cod` for cash on delivery, `installments`, `bank_transfer`, … see core/nlu/entities-payment.ts);
 * "can I pay with X?" is answered from it.
 */
const PaymentPolicy = z.strictObject({
  methods: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a method id like paypal or wechat_pay')).min(1).default(D.payment.methods),
});
/**
 * A discount code the bot tells shoppers about (flows/coupon.yaml, core/shop/promotions.ts): what it gives
 * (`percent_off`, `amount_off` in the bot's currency, `free_shipping`) and its conditions (`first_order`,
 * `min_spend`, `ends`: the last day, YYYY-MM-DD, in the shopper's time zone).
 */
const Promotion = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/, 'expected a code of letters, digits, - and _ like WELCOME10'),
  percent_off: z.number().gt(0).max(100).optional(),
  amount_off: z.number().gt(0).optional(),
  free_shipping: z.boolean().optional(),
  first_order: z.boolean().optional(),
  min_spend: z.number().min(0).optional(),
  ends: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day like 2026-12-31').optional(),
}).refine((p) => p.percent_off !== undefined || p.amount_off !== undefined || p.free_shipping === true, 'a promotion gives percent_off, amount_off or free_shipping: true');

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a time like 09:00 (24:00 for midnight)');
/**
 * When the shop's people answer (flows/support_hours.yaml, core/shop/support-hours.ts): ISO weekdays and the
 * opening and closing time on the clock of `timezone` (default: the bot's `timezone`).
 */
const SupportHoursPolicy = z.strictObject({
  timezone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown IANA timezone (e.g. Asia/Shanghai)').optional(),
  days: z.array(z.number().int().min(1).max(7)).min(1).default(D.support_hours.days),
  open: clockTime.default(D.support_hours.open),
  close: clockTime.default(D.support_hours.close),
}).refine((h) => h.close > h.open, 'support hours close after they open (e.g. open: "09:00", close: "18:00")');

const ReturnPolicy = z.strictObject({
  days: z.number().int().min(0).default(D.returns.days),
  label_price: z.number().min(0).default(D.returns.label_price),
  refund_days: dayRange.default(D.returns.refund_days),
});
/**
 * How long after delivery the shop repairs or replaces an item that stops working, in months; 0: no warranty beyond
 * the free return of a defective item. "What if it breaks after two months?" is answered from it.
 */
const WarrantyPolicy = z.strictObject({
  months: z.number().int().min(0).default(D.warranty.months),
});

export const BotSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'bot ids are lowercase letters, digits and dashes'),
  name: z.string().min(1),
  locales: z.strictObject({
    default: locale,
    supported: z.array(locale).min(1),
    /** Languages whose replies address shoppers formally ("Sie") until a shopper's own messages say otherwise. */
    formal: z.array(locale).default([]),
  }),
  timezone: z.string().default('UTC').refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown IANA timezone (e.g. Asia/Shanghai)'),
  currency: z.string().length(3).default('USD'),
  flows: z.array(z.string()).min(1),
  fallback_flow: z.string().optional(),
  /** Training examples are read from `bots/<id>/nlu/<locale>.yaml`. */
  nlu: z.strictObject({
    threshold: z.number().min(0).max(1).default(0.5),
    /**
     * Fuzzy catalog matches below this do not count as naming a product. A match must already contain the
     * name's head noun ("earbuds", not "pro" or "wireless"), so the floor only trims weak partial mentions.
     */
    product_min_score: z.number().min(0).max(1).default(0.7),
    /** Interrupting a pending question needs more certainty than starting a flow. */
    digression_threshold: z.number().min(0).max(1).default(0.75),
    /**
     * Intents whose mistakes cost more than a "could you rephrase?" need more certainty than `threshold`: below
     * theirs, the message is not understood (the fallback runs): e.g. an intent whose flow hands off at once.
     */
    intent_thresholds: z.record(z.string(), z.number().min(0).max(1)).default({}),
    order_patterns: z.array(z.string()).optional(),
    /**
     * Also learn shopmate's off-topic messages (weather, alarms, music, trivia; core/nlu/background/) as a
     * hidden class, so they go to the fallback flow. Turn off for a bot whose intents cover such topics.
     */
    off_topic: z.boolean().default(true),
    /**
     * "The second one" after a list of products: the product at that position becomes `entities.product`
     * (within `within_turns` messages of the list). A message that is little more than that, or not understood,
     * starts `intent` unless its intent is one of `keep_intents` (core/flow/references.ts).
     */
    list_reference: z.strictObject({
      intent: z.string().optional(),
      keep_intents: z.array(z.string()).default([]),
      within_turns: z.number().int().min(1).default(3),
      /**
       * A short question about a property of the product talked about ("do you have it in black?", "有黑色吗") is
       * about it even when the classifier is sure of one of these intents (a search, in the demo).
       */
      follow_up_over: z.array(z.string()).default([]),
      /**
       * "Both", "how much for both?", "2 of the second one": several products shown at once, or one several times, start
       * this intent (its flow reads `entities.products` and `entities.quantity`); none: they only get the entities.
       */
      several_intent: z.string().optional(),
    }).default({ keep_intents: [], within_turns: 3, follow_up_over: [] }),
    /**
     * A message with several questions ("how much is shipping? and can I pay with PayPal?") answers each, in
     * order, when each is understood with a different intent; intents in `skip_intents` (hi, thanks) are not
     * answered beside another (core/nlu/questions.ts).
     */
    several_questions: z.strictObject({
      enabled: z.boolean().default(true),
      skip_intents: z.array(z.string()).default([]),
      /** At most this many questions of one message are answered. */
      max: z.number().int().min(2).max(5).default(3),
    }).default({ enabled: true, skip_intents: [], max: 3 }),
    remote: z.strictObject({
      endpoint_url_env: envName,
      token_env: envName.optional(),
      model: z.string().optional(),
      timeout_ms: z.number().int().positive().default(1500),
    }).optional(),
  }),
  handoff: z.strictObject({
    /** How many fallbacks in a row before the fallback flow offers a human (flows read `dialogue.fallbacks`). */
    after_fallbacks: z.number().int().min(1).default(2),
    /**
     * While a shopper waits for a person (no agent has taken the conversation yet), the bot still answers these
     * intents (and keyword commands such as /language); anything else gets a note that the team has the request,
     * at most once every `remind_after_minutes`, with a button to go on with the bot instead.
     */
    answer_while_waiting: z.array(z.string()).default([]),
    remind_after_minutes: z.number().min(0).default(10),
  }).default({ after_fallbacks: 2, answer_while_waiting: [], remind_after_minutes: 10 }),
  community: z.strictObject({
    /** In groups, answer unaddressed messages only at or above this confidence. */
    answer_threshold: z.number().min(0).max(1).default(0.85),
    answer_intents: z.array(z.string()).default([]),
  }).default({ answer_threshold: 0.85, answer_intents: [] }),
  policies: z.strictObject({
    shipping: ShippingPolicy.default(DEFAULT_POLICIES.shipping),
    returns: ReturnPolicy.default(DEFAULT_POLICIES.returns),
    warranty: WarrantyPolicy.default(DEFAULT_POLICIES.warranty),
    payment: PaymentPolicy.default(DEFAULT_POLICIES.payment),
    /** Discount codes; none: the bot says there are none now. */
    promotions: z.array(Promotion).default(DEFAULT_POLICIES.promotions),
    support_hours: SupportHoursPolicy.default(DEFAULT_POLICIES.support_hours),
  }).default(DEFAULT_POLICIES),
  turn_timeout_ms: z.number().int().positive().default(10_000),
  session_ttl_hours: z.number().positive().default(72),
  shop: z.discriminatedUnion('driver', [
    /** Catalog and orders from `bots/<id>/shop/{catalog,orders}.yaml`. */
    z.strictObject({ driver: z.literal('demo'), currency_rates: currencyRates }),
    z.strictObject({
      driver: z.literal('http'), currency_rates: currencyRates, base_url_env: envName, token_env: envName.optional(), timeout_ms: z.number().int().positive().default(3000),
      /** How often `GET catalog` is fetched again for product matching (minutes; 0 = only at start and on POST /api/bots/:id/catalog/refresh). */
      catalog_refresh_minutes: z.number().min(0).default(15),
      /** Time allowed for each page of `GET catalog`, which may be large. */
      catalog_timeout_ms: z.number().int().positive().default(60_000),
    }),
  ]),
  backend: z.strictObject({ base_url_env: envName, token_env: envName.optional() }).optional(),
  /** Per channel: `enabled` plus the adapter's own settings (validated by the adapter's schema). */
  channels: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.looseObject({ enabled: z.boolean().default(true) })).default({}),
});

export type BotConfig = z.infer<typeof BotSchema>;
