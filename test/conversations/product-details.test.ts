import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { LOCALES } from '../../core/util/locales.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';
import { formatDate } from '../../core/util/timezones.js';

/** The product-details answer, delivery dates and policy amounts, as shoppers read them in their language. */
describe('product details, dates and amounts in the shopper\'s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  /** Presses a button that starts an intent, as the product cards' "Details" button does. */
  const press = async (locale: string, value: string) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says('', { kind: 'action', content: [], action: { id: 'b', value } });
    return texts(r).join('\n');
  };
  const attr = (locale: string, path: string) => t.app.i18n.t(locale, `attributes.${path}`);

  // P001: { color: black, battery_hours: 30, noise_cancelling: true, foldable: true, weight_g: 250 }
  it.each(['en', 'zh-CN', 'ru', 'ar', 'de'])('details of the headphones read naturally in %s', async (locale) => {
    const reply = await press(locale, 'intent:product_question?product=P001');
    expect(reply).not.toMatch(/_|\btrue\b|\bfalse\b/);
    expect(reply).toContain(t.app.i18n.t(locale, 'attributes.pair', { name: attr(locale, 'keys.color'), value: attr(locale, 'values.black') }));
    expect(reply).toContain(attr(locale, 'keys.noise_cancelling'));
    expect(reply).toContain(attr(locale, 'yes'));
    expect(reply).toContain(new Intl.NumberFormat(locale, { style: 'unit', unit: 'gram' }).format(250));
    expect(reply).toContain(new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(30));
    if (locale !== 'en') expect(reply).not.toMatch(/\b(color|black|weight|battery|hours)\b/i);
  });

  it('says "g" and "h" with the value, not in the key, in English', async () => {
    const reply = await press('en', 'intent:product_question?product=P001');
    expect(reply).toContain('Weight: 250 g');
    expect(reply).toContain('Battery life: 30 hours');
    expect(reply).not.toMatch(/weight g|charging case|battery hours/i);
  });

  it.each([...LOCALES])('writes the delivery date without a double period in %s', async (locale) => {
    const reply = await press(locale, 'intent:order_status?order_id=SM100234');
    expect(reply).toContain(formatDate(new Date('2026-11-28T00:00:00Z'), locale));
    expect(reply).not.toMatch(/\.\s?\./);
  });

  it.each([...LOCALES])('formats the shipping and return amounts like prices in %s', async (locale) => {
    const shipping = await press(locale, 'intent:shipping_info');
    expect(shipping).toContain(formatMoney(49, 'USD', locale));
    expect(shipping).toContain(formatMoney(12.9, 'USD', locale));
    expect(shipping).not.toContain('{{');
    const returns = await press(locale, 'intent:return_request');
    expect(returns).toContain(formatMoney(5.9, 'USD', locale));
  });
});
