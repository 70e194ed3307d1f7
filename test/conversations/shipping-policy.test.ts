/** The shop's shipping and return terms come from `policies:` in the bot file, and "can it arrive by Friday?" is answered from them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WeekDay, CalendarDate } from '../../core/flow/expressions.js';
import { formatMoney } from '../../core/i18n/money.js';
import { estimateDelivery } from '../../core/shop/delivery.js';
import { Chat, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';
import { languageTimeZone } from '../../core/util/timezones.js';

const POLICIES = `policies:
  shipping: { standard_days: [3, 6], express_days: [1, 2], free_over: 99, express_price: 20, delivery_weekdays: [1, 2, 3, 4, 5, 6] }
  returns: { days: 14, label_price: 3, refund_days: [2, 3] }
`;
const terms = { standardDays: [3, 6] as const, expressDays: [1, 2] as const, deliveryWeekdays: [1, 2, 3, 4, 5, 6] };

let t: TestApp;
let zone: string;
beforeAll(async () => {
  // The demo bot with other terms.
  t = await openTestAppWithBotFile((yaml) => {
    expect(yaml).toMatch(/^policies:\n(?! {2}(shipping|returns):)/m);
    return yaml.replace(/^policies:\n/m, POLICIES);
  });
  zone = t.app.engine.bot('demo-shop').config.timezone;
});
afterAll(() => t.close());

const press = async (locale: string, value: string) =>
  texts(await new Chat(t.app, undefined, locale).says('', { kind: 'action', content: [], action: { id: 'b', value } })).join(' ');

describe('policies', () => {
  it.each(['en', 'ja', 'ar', 'fr', 'ru'])('fill the shipping and return texts (%s)', async (locale) => {
    const shipping = await press(locale, 'intent:shipping_info');
    expect(shipping).toBe(t.app.i18n.t(locale, 'faq.shipping', {
      free_shipping_over: formatMoney(99, 'USD', locale), express_price: formatMoney(20, 'USD', locale),
      standard_min: 3, standard_max: 6, express_min: 1, express_max: 2,
    }));
    const returns = await press(locale, 'intent:return_request');
    expect(returns).toContain(t.app.i18n.t(locale, 'faq.returns', { return_days: 14, return_label_price: formatMoney(3, 'USD', locale), refund_min: 2, refund_max: 3 }));
  });
});

describe('can it arrive by a day', () => {
  it.each([
    ['en', 'can it arrive by friday?'],
    ['zh-CN', '周五前能到吗'],
    ['es', 'llega antes del viernes?'],
    ['ja', '金曜日までに届きますか'],
  ])('%s "%s": when standard and express would deliver, from the shop\'s terms', async (locale, text) => {
    // The shopper's zone: a language spoken on one clock points to it (ja: Tokyo), others keep the bot's.
    const shopperZone = languageTimeZone(locale) ?? zone;
    const before = estimateDelivery('2099-01-01', terms, shopperZone);
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('shipping_info');
    const after = estimateDelivery('2099-01-01', terms, shopperZone);
    const reply = texts(r).join(' ');
    expect(reply).not.toBe(t.app.i18n.t(locale, 'faq.shipping'));
    const day = (d: string) => new WeekDay(new CalendarDate(`${d}T00:00:00Z`)).localize(locale);
    // Around midnight the windows may move by a day between the two estimates.
    const windows = [before, after].map((e) => [e.standard.from, e.standard.to].map(day));
    expect(windows.some((w) => w.every((d) => reply.includes(d)))).toBe(true);
  });
});

describe('can it arrive by a day, with "today" in the question too', () => {
  it.each([
    ['en', 'if i order today will it arrive by friday?'],
    ['es', 'si lo pido hoy llega el viernes?'],
  ])('%s "%s": the day asked for is the later one, not today', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('shipping_info');
    const shopperZone = languageTimeZone(locale) ?? zone;
    const reply = texts(r).join(' ');
    const day = (d: string) => new WeekDay(new CalendarDate(`${d}T00:00:00Z`)).localize(locale);
    const [today, friday] = [todayIn(shopperZone), nextFriday(shopperZone)];
    // On a Friday, "friday" may be read as today or as next week's.
    const fridays = friday === today ? [friday, new Date(Date.parse(`${friday}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)] : [friday];
    expect(fridays.some((f) => reply.includes(day(f))), reply).toBe(true);
    if (friday !== today) expect(reply).not.toContain(day(today));
  });
});

const todayIn = (zone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());

/** The coming Friday (today when it is Friday) in `zone`, as YYYY-MM-DD. */
function nextFriday(zone: string): string {
  const today = new Date(`${todayIn(zone)}T00:00:00Z`);
  const add = (5 - today.getUTCDay() + 7) % 7;
  return new Date(today.getTime() + add * 86_400_000).toISOString().slice(0, 10);
}

describe('can the order just named arrive by a day', () => {
  it.each([['tr', 'SM100234 cumaya kadar gelir mi?'], ['vi', 'đơn SM100234 có kịp thứ sáu không'], ['en', 'will SM100234 arrive by friday?']])(
    '%s: an order named in the same message ("%s")', async (locale, text) => {
      const r = await new Chat(t.app, undefined, locale).says(text);
      // A shipping question or an order question (en), answered from that order's expected day either way.
      expect(['shipping_info', 'order_status']).toContain(r.flow);
      const eta = new WeekDay(new CalendarDate('2026-11-28T00:00:00Z')).localize(locale);
      const starts = ['yes', 'no'].map((a) => t.app.i18n.t(locale, `faq.order_by_${a}`, { id: 'SM100234', eta, by: '' }).split(eta)[0]!);
      expect(texts(r).some((x) => starts.some((st) => x.startsWith(st)) && x.includes(eta))).toBe(true);
    },
  );


  it.each(['en', 'de', 'ko'])('%s: answered from that order\'s expected day, not a new shipment\'s', async (locale) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says('SM100234').expectFlow('order_status');
    const ask = { en: 'will it arrive by friday?', de: 'kommt sie bis freitag an?', ko: '금요일까지 도착해요?' }[locale]!;
    const r = await c.says(ask).expectFlow('shipping_info');
    const eta = new WeekDay(new CalendarDate('2026-11-28T00:00:00Z')).localize(locale);
    const reply = texts(r).join(' ');
    expect(reply).toContain(eta);
    expect(reply).toContain('SM100234');
    expect([true, false].map((yes) => t.app.i18n.t(locale, `faq.order_by_${yes ? 'yes' : 'no'}`, { id: 'SM100234', eta, by: '' }).split(eta)[0])
      .some((start) => reply.startsWith(start!))).toBe(true);
  });
});
