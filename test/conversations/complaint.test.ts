/**
 * A complaint about an order shows where it is before a person takes over; a message without a grievance (an add-on
 * to a purchase, a replacement for something the shopper already had) is no complaint and goes to no person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

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

describe('a harmless message that reads like a complaint', () => {
  const statusOf = async (r: { conversationId?: string }) => (await t.app.store.conversations.get(r.conversationId!))?.status;

  // "And a charger with it": "şarj aleti" and "charger" stood in complaints ("şarj aleti hiç şarj etmiyor").
  it.each([
    ['tr', 'yanına bir de şarj aleti'],
    ['de', 'und das ladegerät dazu'],
    ['id', 'chargernya sekalian ya kak'],
    ['pt', 'e o carregador junto tbm'],
    ['en', 'plus the charger'],
  ])('%s "%s" is an add-on: the charger, no apology, no person', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text);
    expect(['product_search', 'purchase']).toContain(r.flow);
    expect(products(r)).toContain('P011');
    expect(texts(r)).not.toContain(t.app.i18n.t(locale, 'complaint.sorry'));
    expect(await statusOf(r)).toBe('bot');
  });

  // It was taken for a broken item bought here: an apology and the free return of a defective item.
  it.each([
    ['en', 'my old charger stopped working, need a new one'],
    ['es', 'se me rompió el cargador viejo, tienen uno nuevo?'],
    ['vi', 'sạc cũ bị hư rồi, cần mua cái mới'],
    ['it', 'il vecchio caricatore non funziona più, ne vorrei uno nuovo'],
    ['ru', 'старая зарядка сломалась, есть новая?'],
    ['tr', 'eski şarj aletim bozuldu, yenisi var mı'],
    ['th', 'ที่ชาร์จอันเก่าพัง มีอันใหม่ไหม'],
  ])('%s "%s" (a replacement for one the shopper had) shows chargers', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_search');
    expect(products(r)).toContain('P011');
    expect(await statusOf(r)).toBe('bot');
  });
});
