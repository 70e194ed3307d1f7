/** Asking for another language in a sentence ("can you answer in spanish", "영어로 바꿔줘") switches to it, in any of the 15 languages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const tr = (locale: string, key: string) => t.app.i18n.t(locale, key);
const profileOf = (c: Chat) => t.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: c.user });

/** A shipping question as each language writes it, to see which language the next answer is in. */
const SHIPPING: Record<string, string> = {
  'zh-CN': '运费多少钱', en: 'how much is shipping?', ja: '送料はいくらですか', ko: '배송비 얼마예요?', es: '¿cuánto cuesta el envío?',
  fr: 'combien coûte la livraison ?', de: 'was kostet der Versand?', ru: 'сколько стоит доставка?', pt: 'quanto custa o frete?',
  it: 'quanto costa la spedizione?', th: 'ค่าส่งเท่าไหร่', vi: 'phí ship bao nhiêu?', id: 'ongkirnya berapa?', ar: 'كم سعر الشحن؟', tr: 'kargo ücreti ne kadar?',
};

describe('asking for a language', () => {
  it.each([
    ['vi', 'đổi sang tiếng anh', 'en'],
    ['tr', 'dili ingilizce yap', 'en'],
    ['pt', 'quero o bot em inglês', 'en'],
    ['en', 'can you answer in spanish', 'es'],
    ['zh-CN', '请用日语回复', 'ja'],
    ['ja', '日本語で話してもいいですか', 'ja'],
    ['ko', '영어로 바꿔줘', 'en'],
    ['th', 'พูดภาษาอังกฤษได้ไหม', 'en'],
    ['it', 'parla italiano?', 'it'],
    ['en', 'говори по-русски', 'ru'],
    ['fr', 'تكلم عربي', 'ar'],
    ['id', 'bisa pakai bahasa inggris?', 'en'],
    ['es', 'kannst du auf Deutsch antworten?', 'de'],
    ['de', '한국어로 말해 주세요', 'ko'],
    ['ar', 'ممكن تتكلم تركي؟', 'tr'],
  ])('%s shopper: "%s" switches to %s and says so in it, and later answers are in it', async (locale, text, target) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(text).expectFlow('language');
    expect(r.locale).toBe(target);
    expect([tr(target, 'core.language_changed'), tr(target, 'core.language_spoken')]).toContain(texts(r).join(' '));
    expect(await profileOf(c)).toMatchObject({ locale: target, localeSource: 'chosen' });
    // The shopper goes on in their own language: the answer stays in the one asked for.
    const next = await c.says(SHIPPING[locale]!).expectFlow('shipping_info');
    expect(next.locale).toBe(target);
  });

  it.each([
    ['en', 'do you speak japanese?', 'ja'],
    ['fr', 'vous parlez allemand ?', 'de'],
    ['ru', 'ты говоришь по-турецки?', 'tr'],
    ['th', 'พูดภาษาจีนได้ไหม', 'zh-CN'],
    ['ar', 'هل تتكلم الإسبانية؟', 'es'],
    ['vi', 'bạn nói tiếng Hàn được không?', 'ko'],
    ['zh-CN', '你会说泰语吗', 'th'],
    ['ko', '베트남어 할 줄 알아요?', 'vi'],
    ['es', '¿hablas indonesio?', 'id'],
    ['ja', 'ポルトガル語話せますか？', 'pt'],
    ['pt', 'você fala francês?', 'fr'],
    ['de', 'sprichst du Italienisch?', 'it'],
    ['tr', 'Rusça konuşabilir misin?', 'ru'],
    ['id', 'bisa bahasa arab?', 'ar'],
    ['it', 'parli cinese?', 'zh-CN'],
  ])('%s shopper: "%s" is answered with a yes in %s', async (locale, text, target) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('language', tr(target, 'core.language_spoken'));
    expect(r.locale).toBe(target);
  });

  it.each([
    ['en', 'is the manual in english?'],
    ['en', 'does the watch support chinese?'],
    ['ja', '英語の説明書はありますか'],
    ['zh-CN', '有英文说明书吗'],
    ['id', 'bisa kirim ke jepang?'],
  ])('%s shopper: "%s" only mentions a language: nothing switches', async (locale, text) => {
    const c = new Chat(t.app, undefined, locale);
    const r = await c.says(text);
    expect(r.flow).not.toBe('language');
    expect(r.locale).toBe(locale);
    expect((await profileOf(c)).locale).toBe(locale);
  });

  it('switches while a question waits, then asks it again in the new language', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('where is my order').expectFlow('order_status', tr('en', 'order.ask_id'));
    const r = await c.says('can you answer in spanish?').expectReply(tr('es', 'core.language_spoken'));
    expect(texts(r).at(-1)).toBe(tr('es', 'order.ask_id'));
    expect(r.locale).toBe('es');
  });
});
