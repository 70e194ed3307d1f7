/** A shopper whose code does not work gets its conditions and a person, not the same offer again. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
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
  ])('%s "%s": its conditions and a person to check it', async (locale, text) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(text).expectFlow('coupon', t.app.i18n.t(locale, 'coupon.not_working', { code: 'WELCOME10' }));
    expect(texts(r).join(' ')).not.toContain(t.app.i18n.t(locale, 'coupon.info', { code: 'WELCOME10' }));
    expect((await c.presses(t.app.i18n.t(locale, 'menu.human'))).flow).toBe('human_agent');
  });

  it('is offered to a shopper who asks for one', async () => {
    await new Chat(t.app, undefined, 'en').says('any discount codes?').expectFlow('coupon', t.app.i18n.t('en', 'coupon.info', { code: 'WELCOME10' }));
  });
});
