/** "Is it waterproof?": a direct answer from the product's attributes, in the shopper's language, or an honest "not mentioned". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../core/pipeline/context.js';
import type { Product } from '../../core/shop/types.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const product = async (id: string): Promise<Product> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
const nameOf = async (id: string, locale: string) => { const p = await product(id); return p.name[locale] ?? p.name.en!; };
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const rating = (locale: string, value: string) => tr(locale, 'product.answer_rating', { rating: value });
/** The text of the answer, each attribute as the details write it: "Weight: 540 g". */
const pair = (locale: string, key: string, value: string) => tr(locale, 'attributes.pair', { name: tr(locale, `attributes.keys.${key}`), value });
const unit = (locale: string, n: number, u: string, long = false) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: u, ...(long ? { unitDisplay: 'long' as const } : {}) }).format(n);
const reply = (r: TurnResult) => texts(r).join('\n');

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('yes and no', () => {
  it.each([
    ['en', 'is the boom 5 waterproof?', 'P005'],
    ['zh-CN', 'Boom 5 防水吗', 'P005'],
    ['ja', 'Air 3 は防水ですか？', 'P003'],
  ])('%s "%s": yes, with the rating', async (locale, text, id) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    const value = String((await product(id)).attributes.waterproof);
    expect(reply(r)).toBe(tr(locale, 'product.answer_yes_waterproof', { name: await nameOf(id, locale), rating: rating(locale, value) }));
  });

  it.each([
    ['en', 'does the G2 have noise cancelling?', 'P002', 'product.answer_no_noise_cancelling'],
    ['zh-CN', 'G2 有降噪吗', 'P002', 'product.answer_no_noise_cancelling'],
    ['vi', 'tai nghe X1 có chống ồn không?', 'P001', 'product.answer_yes_noise_cancelling'],
    ['ru', 'у X1 есть шумоподавление?', 'P001', 'product.answer_yes_noise_cancelling'],
    ['tr', 'G2 gürültü engelleme var mı?', 'P002', 'product.answer_no_noise_cancelling'],
  ])('%s "%s"', async (locale, text, id, key) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    expect(reply(r)).toBe(tr(locale, key, { name: await nameOf(id, locale) }));
    // the answer alone, not the whole details text
    expect(reply(r)).not.toContain((await product(id)).description[locale]);
  });
});

describe('values with their units', () => {
  it.each([
    ['en', 'how heavy is the boom 5?', 'P005', 'weight_g', (l: string) => unit(l, 540, 'gram')],
    ['ru', 'сколько весит boom 5?', 'P005', 'weight_g', (l: string) => unit(l, 540, 'gram')],
    ['ar', 'كم وزن سماعة X1؟', 'P001', 'weight_g', (l: string) => unit(l, 250, 'gram')],
    ['ko', 'X1 배터리 얼마나 가요?', 'P001', 'battery_hours', (l: string) => unit(l, 30, 'hour', true)],
    ['vi', 'loa boom 5 nặng bao nhiêu?', 'P005', 'weight_g', (l: string) => unit(l, 540, 'gram')],
  ])('%s "%s"', async (locale, text, id, key, value) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    const label = t.app.i18n.has(locale, `attributes.keys.${key}`) ? key : key.replace(/_[a-z]+$/, '');
    const details = tr(locale, 'attributes.pair', { name: tr(locale, `attributes.keys.${label}`), value: value(locale) });
    expect(reply(r)).toBe(tr(locale, 'product.answer_value', { name: await nameOf(id, locale), details }));
    expect(r.replies.flat().some((e) => e.type === 'buttons' && e.buttons.some((b) => b.label === tr(locale, 'product.button_details')))).toBe(true);
  });

  it('answers two questions at once, in the order asked', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('is the boom 5 waterproof and how heavy is it?').expectFlow('product_question');
    const name = await nameOf('P005', 'en');
    expect(reply(r)).toBe([
      tr('en', 'product.answer_yes_waterproof', { name, rating: rating('en', 'IPX7') }),
      tr('en', 'product.answer_value', { name, details: pair('en', 'weight', unit('en', 540, 'gram')) }),
    ].join(' '));
  });
});

describe('the product talked about', () => {
  it('answers a follow-up about the product just shown', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('show me the sport earbuds').expectFlow('product_search');
    const name = await nameOf('P004', 'en');
    const r = await c.says('is it waterproof?').expectFlow('product_question');
    expect(reply(r)).toBe(tr('en', 'product.answer_yes_waterproof', { name, rating: rating('en', 'IPX7') }));
    const w = await c.says('how heavy is it?').expectFlow('product_question');
    expect(reply(w)).toBe(tr('en', 'product.answer_value', { name, details: pair('en', 'weight', unit('en', 56, 'gram')) }));
    // "Details" shows them all, as before
    const d = await c.presses(tr('en', 'product.button_details')).expectFlow('product_question');
    expect(reply(d)).toContain(`${name} — `);
    expect(reply(d)).toContain(pair('en', 'battery_hours', unit('en', 32, 'hour', true)));
  });

  it('asks which product when none is named or remembered, then answers', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('is it waterproof?').expectReply(tr('en', 'product.ask_which'));
    const r = await c.says('the boom 5');
    expect(reply(r)).toBe(tr('en', 'product.answer_yes_waterproof', { name: await nameOf('P005', 'en'), rating: rating('en', 'IPX7') }));
  });
});

describe('what the details do not say', () => {
  it('says so honestly, shows the details and offers a person', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says('does the boom 5 have a warranty?').expectFlow('product_question');
    const name = await nameOf('P005', 'en');
    const [honest, details] = texts(r);
    expect(honest).toBe(tr('en', 'product.answer_unknown', { name, topics: tr('en', 'product.topic_warranty') }));
    expect(details).toContain(`${name} — `);
    expect(details).toContain(pair('en', 'waterproof', 'IPX7'));
    await c.presses(tr('en', 'menu.human')).expectFlow('human_agent');
  });

  it('does not say no for a feature the product simply does not list (tr "X1 su geçirmez mi?")', async () => {
    const r = await new Chat(t.app, undefined, 'tr').says('X1 su geçirmez mi?').expectFlow('product_question');
    expect(texts(r)[0]).toBe(tr('tr', 'product.answer_unknown', { name: await nameOf('P001', 'tr'), topics: tr('tr', 'product.topic_waterproof') }));
  });

  it('answers what it can, and is honest about the rest (de)', async () => {
    const r = await new Chat(t.app, undefined, 'de').says('wie schwer ist der boom 5 und gibt es garantie?').expectFlow('product_question');
    const name = await nameOf('P005', 'de');
    const [known, honest] = texts(r);
    expect(known).toBe(tr('de', 'product.answer_value', { name, details: pair('de', 'weight', unit('de', 540, 'gram')) }));
    expect(honest).toBe(tr('de', 'product.answer_unknown', { name, topics: tr('de', 'product.topic_warranty') }));
    expect(texts(r)).toHaveLength(3);
  });

  it('keeps the details answer when nothing specific is asked', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('is the boom 5 in stock?').expectFlow('product_question');
    const p = await product('P005');
    expect(texts(r)).toHaveLength(1);
    expect(reply(r)).toContain(p.description.en!);
    expect(reply(r)).toContain(pair('en', 'weight', unit('en', 540, 'gram')));
  });
});

describe('a value asked about: yes or no, with what there is', () => {
  /** "Do you have the Boom 5 in black?" (it is red) as shoppers write it in the 15 languages. */
  const IN_BLACK: [string, string][] = [
    ['en', 'do you have the boom 5 in black?'], ['zh-CN', 'Boom 5有黑色吗'], ['ja', 'Boom 5の黒はありますか'], ['ko', 'boom 5 검은색도 나와요?'],
    ['es', '¿tienen el boom 5 en negro?'], ['fr', 'le boom 5 existe en noir ?'], ['de', 'gibt es den boom 5 in schwarz?'],
    ['ru', 'есть boom 5 в черном цвете?'], ['pt', 'tem a boom 5 na cor preta?'], ['it', "la boom 5 c'è in nero?"], ['th', 'boom 5 มีสีดำไหม'],
    ['vi', 'loa boom 5 có màu đen không'], ['id', 'boom 5 ada warna hitam?'], ['ar', 'هل يتوفر boom 5 باللون الأسود؟'], ['tr', 'boom 5 siyah renk var mı?'],
  ];

  it.each(IN_BLACK)('%s "%s": no, and the colour it comes in', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    expect(reply(r)).toBe(tr(locale, 'attributes.answer.colour_no', { name: await nameOf('P005', locale), colours: tr(locale, 'attributes.values.red') }));
  });

  it.each([
    ['en', 'do you have a smart watch', 'do you have it in black', 'attributes.answer.colour_yes', 'black'],
    ['th', 'มีสมาร์ทวอทช์ไหม', 'มีสีขาวไหม', 'attributes.answer.colour_no', 'black'],
  ])('%s: "%s" then "%s" answers about the watch on screen', async (locale, search, ask, key, colour) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(search).expectFlow('product_search');
    const r = await c.says(ask).expectFlow('product_question');
    expect(reply(r)).toBe(tr(locale, key, { name: await nameOf('P021', locale), colours: tr(locale, `attributes.values.${colour}`) }));
  });

  it.each([
    ['de', 'ist das USB-C-auf-Lightning-Kabel 2 Meter lang?'], ['zh-CN', 'USB-C 转 Lightning 数据线有2米长吗'], ['ja', 'USB-C to Lightningケーブルは2メートルありますか'],
  ])('%s "%s": no, it is 1 m', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    expect(reply(r)).toBe(tr(locale, 'attributes.answer.value_no', { name: await nameOf('P014', locale), details: pair(locale, 'length', unit(locale, 1, 'meter')) }));
  });

  it('answers a length and a size about the product on screen', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('do you have a lightning cable?').expectFlow('product_search');
    expect(reply(await c.says('is it 2 m long?').expectFlow('product_question')))
      .toBe(`No, ${await nameOf('P014', 'en')} — ${pair('en', 'length', unit('en', 1, 'meter'))}.`);
    const h = new Chat(t.app, undefined, 'en');
    await h.says('do you have hoodies?').expectFlow('product_search');
    expect(reply(await h.says('in XL?').expectFlow('product_question'))).toBe(`Yes, ${await nameOf('P025', 'en')} — ${pair('en', 'sizes', 'S-XXL')}.`);
  });
});
