/**
 * "Is it mechanical?", "白浮きしますか", "is it cruelty-free?": what the attributes do not cover is answered from the
 * product's own description when a sentence says it, and otherwise honestly (never a yes or no), with a person offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TurnResult } from '../../core/pipeline/context.js';
import type { Product } from '../../core/shop/types.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const product = async (id: string): Promise<Product> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const labels = (r: TurnResult) => r.replies.flat().flatMap((e) => (e.type === 'buttons' ? e.buttons.map((b) => b.label) : []));

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

/** "Is the K7 mechanical?" as shoppers write it: its description says so in every language. */
const MECHANICAL: [string, string][] = [
  ['en', 'is the K7 keyboard mechanical?'], ['zh-CN', 'K7键盘是机械的吗'], ['ja', 'K7はメカニカルですか'], ['ko', 'K7 키보드 기계식인가요?'],
  ['es', '¿el teclado K7 es mecánico?'], ['fr', 'le clavier K7 est mécanique ?'], ['de', 'ist die K7 Tastatur mechanisch?'],
  ['ru', 'клавиатура K7 механическая?'], ['pt', 'o teclado K7 é mecânico?'], ['it', 'la tastiera K7 è meccanica?'],
  ['th', 'คีย์บอร์ด K7 เป็นแบบเมคานิคอลไหม'], ['vi', 'bàn phím K7 là phím cơ hả?'], ['id', 'keyboard K7 mekanikal ga?'],
  ['ar', 'هل كيبورد K7 ميكانيكي؟'], ['tr', 'K7 klavye mekanik mi?'],
];

/** Questions the shop's information does not answer (animal testing, planes, sensitive skin), and the product asked about. */
const NOT_SAID: [string, string, string][] = [
  ['en', 'is the ruby red lipstick cruelty free?', 'P047'], ['zh-CN', '哑光口红做不做动物实验', 'P047'],
  ['ja', 'モバイルバッテリーは飛行機に持ち込めますか', 'P015'], ['ko', '보조배터리 비행기에 들고 탈 수 있어요?', 'P015'],
  ['es', '¿el labial es cruelty free?', 'P047'], ['fr', 'le rouge à lèvres est testé sur les animaux ?', 'P047'],
  ['de', 'ist der Lippenstift tierversuchsfrei?', 'P047'], ['ru', 'можно взять повербанк в самолет?', 'P015'],
  ['pt', 'o batom é cruelty free?', 'P047'], ['it', 'il rossetto è cruelty free?', 'P047'],
  ['th', 'พาวเวอร์แบงค์เอาขึ้นเครื่องบินได้ไหม', 'P015'], ['vi', 'kem dưỡng ẩm da mặt dùng cho da nhạy cảm được không', 'P043'],
  ['id', 'lipstiknya cruelty free?', 'P047'], ['ar', 'هل الروج الأحمر المطفي مجرب على الحيوانات؟', 'P047'],
  ['tr', 'ruj hayvanlar üzerinde test ediliyor mu?', 'P047'],
];

describe('what the description says', () => {
  it.each(MECHANICAL)('%s "%s" quotes the sentence that says it', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
    const [answer, ...rest] = texts(r);
    expect(rest).toEqual([]);
    const quoted = /[“«「„]\s?(.+?)\s?[”»」“]$/u.exec(answer!)?.[1];
    expect(answer).toBe(tr(locale, 'attributes.answer.from_description', { quote: quoted }));
    expect((await product('P017')).description[locale]).toContain(quoted);
    expect(labels(r)).toEqual([tr(locale, 'product.button_details')]);
  });

  it.each([
    ['ja', '日焼け止めある？', '白浮きしますか', 'P045'],
    ['en', 'do you have keyboards?', 'is it mechanical?', 'P017'],
    ['en', 'do you have mugs?', 'is it dishwasher safe?', 'P035'],
  ])('%s: "%s" then "%s" quotes the description of the product on screen', async (locale, search, ask, id) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(search).expectFlow('product_search');
    const answer = texts(await c.says(ask).expectFlow('product_question')).join('\n');
    expect(answer.startsWith(tr(locale, 'attributes.answer.from_description', { quote: '' }).replace(/[“「"]+[”」"]*$/u, ''))).toBe(true);
    const sentence = (await product(id)).description[locale]!;
    expect(sentence.includes(/[“「](.+)[”」]/u.exec(answer)![1]!)).toBe(true);
  });
});

describe('what the shop\'s information does not say', () => {
  it.each(NOT_SAID)('%s "%s" says so, without a yes or no, and offers a person', async (locale, text, id) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(text).expectFlow('product_question');
    const name = (await product(id)).name[locale]!;
    expect(texts(r)).toEqual([tr(locale, 'attributes.answer.not_said', { name })]);
    expect(labels(r)).toEqual([tr(locale, 'menu.human'), tr(locale, 'product.button_details')]);
  });

  it('hands over to a person when asked, and shows the details when asked', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('do you have keyboards?').expectFlow('product_search');
    const r = await c.says('can I take it on a plane?').expectFlow('product_question');
    expect(texts(r)).toEqual([tr('en', 'attributes.answer.not_said', { name: (await product('P017')).name.en })]);
    expect(texts(await c.presses(tr('en', 'product.button_details')).expectFlow('product_question')).join(' ')).toContain((await product('P017')).description.en);
    const h = new Chat(t.app, undefined, 'en');
    await h.says('is the ruby red lipstick cruelty free?').expectFlow('product_question');
    await h.presses(tr('en', 'menu.human')).expectFlow('human_agent');
  });

  it('asks which product first when none is named or on screen, rather than search for the question\'s words', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('is it cruelty-free?').expectReply(tr('en', 'product.ask_which'));
    const r = await c.says('the ruby red lipstick');
    expect(texts(r)).toEqual([tr('en', 'attributes.answer.not_said', { name: (await product('P047')).name.en })]);
  });

  it('still shows the details for a question about nothing in particular', async () => {
    for (const [locale, text] of [['en', 'what are the specs of the x1 headphones?'], ['ko', 'X1 헤드폰 어때요?'], ['tr', 'X1 kulaklık nasıl?']] as const) {
      const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('product_question');
      expect(texts(r).join(' ')).toContain((await product('P001')).description[locale]);
    }
  });
});
