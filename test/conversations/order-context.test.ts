import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';
import { demoOrderWith } from '../helpers/demo-orders.js';

const byStatus = demoOrderWith;

/** Follow-ups a shopper writes right after an order was named, per locale; replies are checked against the locale files. */
const FOLLOW_UPS = {
  en: { status: 'where is my order', arrive: 'and when will it arrive?', cancel: 'actually cancel it', cancelMine: 'i want to cancel my order', other: ['do you ship to canada', 'any discount code?', 'thanks'] },
  de: { status: 'wo ist meine bestellung', arrive: 'und wann kommt die an?', cancel: 'dann storniere sie bitte', cancelMine: 'ich will meine bestellung stornieren', other: ['versand nach österreich?', 'gibts einen gutscheincode', 'danke'] },
  ja: { status: '注文どこ？', arrive: 'いつ届く？', cancel: 'やっぱキャンセルで', cancelMine: '注文をキャンセルしたい', other: ['海外発送できますか', 'クーポンある？', 'ありがとう'] },
} as const;

describe.each(Object.keys(FOLLOW_UPS) as (keyof typeof FOLLOW_UPS)[])('an order named a moment ago, in %s', (locale) => {
  const say = FOLLOW_UPS[locale];
  let t: TestApp;
  const tr = (key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('is the one a follow-up asks about, without asking for its number again', async () => {
    const c = new Chat(t.app, undefined, locale);
    const shipped = byStatus('shipped');
    await c.says(`${say.status} ${shipped.id}`).expectFlow('order_status', shipped.tracking!);
    const r = await c.says(say.arrive).expectFlow('order_status', shipped.tracking!);
    expect(texts(r)).not.toContain(tr('order.ask_id'));
  });

  it('is the one "cancel it" cancels right after, and no longer a few messages later', async () => {
    const pending = byStatus('pending', locale === 'en' ? 0 : locale === 'de' ? 1 : 2);
    const c = new Chat(t.app, undefined, locale);
    await c.says(`${say.status} ${pending.id}`).expectFlow('order_status');
    const cancelled = await c.says(say.cancel).expectFlow('order_cancel');
    expect(texts(cancelled).join('\n')).toContain(pending.id);
    expect(texts(cancelled)).not.toContain(tr('order.ask_id_cancel'));

    const d = new Chat(t.app, undefined, locale);
    await d.says(`${say.status} ${byStatus('paid').id}`).expectFlow('order_status');
    for (const text of say.other) await d.says(text);
    await d.says(say.cancelMine).expectFlow('order_cancel', tr('order.ask_id_cancel'));
  });

  it('is shown when a message the bot does not understand names it', async () => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(`${say.status} SM999999`).expectFlow('order_status', tr('order.not_found', { id: 'SM999999' }));
    const delivered = byStatus('delivered');
    await c.says(`oops ${delivered.id} !!`).expectFlow('order_status', delivered.id);
  });
});

describe('several orders named a moment ago', () => {
  let t: TestApp;
  const tr = (key: string, vars?: Record<string, unknown>) => t.app.i18n.t('en', key, vars);
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.close());

  it('are all answered again by "and when will they arrive?"', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const [a, b] = [byStatus('shipped'), byStatus('shipped', 1)];
    await c.says(`where are ${a.id} and ${b.id}?`).expectFlow('order_status');
    const r = await c.says('and when will they arrive?').expectFlow('order_status');
    expect(texts(r).join('\n')).toContain(a.tracking!);
    expect(texts(r).join('\n')).toContain(b.tracking!);
    expect(texts(r)).not.toContain(tr('order.ask_id'));
  });

  it('are the ones "cancel them" asks about, with one question', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const [pending, paid] = [byStatus('pending'), byStatus('paid')];
    await c.says(`where are ${pending.id} and ${paid.id}?`).expectFlow('order_status');
    const r = await c.says('ok cancel them').expectFlow('order_cancel', tr('order.cancel_confirm_several', { lines: '' }).trim());
    expect(texts(r).join('\n')).toContain(pending.id);
    expect(texts(r).join('\n')).toContain(paid.id);
  });
});
