/** A complaint about an order shows where it is before a person takes over. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a complaint', () => {
  it.each([
    ['vi', 'đơn SM100246 trễ quá trời, bực mình ghê'],
    ['en', 'SM100246 is SO late, this is unacceptable'],
    ['id', 'pesanan SM100246 lama banget, kecewa parah'],
  ])('%s: about an order in transit, says where it is, then hands off', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('complaint', t.app.i18n.t(locale, 'complaint.sorry'));
    const all = texts(r);
    expect(all.some((x) => x.includes('SM100246') && x !== t.app.i18n.t(locale, 'complaint.sorry'))).toBe(true);
    expect(all.at(-1)).toBe(t.app.i18n.t(locale, 'handoff.waiting'));
    expect((await t.app.store.conversations.get(r.conversationId!))?.status).toBe('waiting_agent');
  });

  it('without an order, apologises and hands off', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('this is terrible service, I am very angry').expectFlow('complaint');
    expect(texts(r)).toEqual([t.app.i18n.t('en', 'complaint.sorry'), t.app.i18n.t('en', 'handoff.waiting')]);
  });
});
