/** "ok", "好的", "じゃあ", "طيب" are no goodbye: alone they get an "anything else?", before a question the question is answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutAcknowledgement } from '../../core/nlu/acknowledgement.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const tr = (locale: string, key: string) => t.app.i18n.t(locale, key);

/** The question the acknowledgement answers. */
const SHIPPING_FIRST: Record<string, string> = {
  'zh-CN': '运费多少钱', en: 'how much is shipping?', ja: '送料はいくらですか', ko: '배송비 얼마예요?', es: '¿cuánto cuesta el envío?',
  fr: 'combien coûte la livraison ?', de: 'was kostet der Versand?', ru: 'сколько стоит доставка?', pt: 'quanto custa o frete?',
  it: 'quanto costa la spedizione?', th: 'ค่าส่งเท่าไหร่', vi: 'phí ship bao nhiêu?', id: 'ongkirnya berapa?', ar: 'كم سعر الشحن؟', tr: 'kargo ücreti ne kadar?',
};

/** Acknowledgements as shoppers type them, and each one followed by a shipping question. */
const SAID: [locale: string, alone: string[], withQuestion: string[]][] = [
  ['en', ['ok', 'okay', 'alright', 'got it'], ['ok so how much is shipping?', 'alright, how much is shipping']],
  ['zh-CN', ['好的', '好吧', '行吧'], ['好吧 那运费呢', '好的，运费多少钱？']],
  ['ja', ['じゃあ', '了解', 'わかりました'], ['じゃあ送料はいくら？', '了解、送料はいくらですか']],
  ['ko', ['그래요', '알겠어요', '네'], ['그래요 배송비는 얼마예요?', '알겠어요, 배송비 얼마예요?']],
  ['es', ['vale', 'ok'], ['vale, y el envío cuánto cuesta?', 'ok y cuanto cuesta el envio']],
  ['fr', ["d'accord", 'ok alors'], ["ok alors la livraison c'est combien ?", "d'accord, et la livraison coûte combien ?"]],
  ['de', ['na gut', 'alles klar'], ['na gut, und was kostet der versand?', 'alles klar, was kostet der Versand?']],
  ['ru', ['ладно', 'ну ладно', 'понятно'], ['ну ладно а доставка?', 'ладно, сколько стоит доставка?']],
  ['pt', ['tá', 'tá bom'], ['tá, e o frete quanto é?', 'tá bom, quanto custa o frete?']],
  ['it', ['va bene', 'ok'], ['va bene, e la spedizione quanto costa?', 'ok, quanto costa la spedizione?']],
  ['th', ['โอเค', 'โอเคค่ะ'], ['โอเค ค่าส่งเท่าไหร่', 'โอเคค่ะ ค่าจัดส่งเท่าไหร่คะ']],
  ['vi', ['ừ', 'ok'], ['ừ thế phí ship bao nhiêu?', 'ok vậy phí ship bao nhiêu']],
  ['id', ['oke', 'sip'], ['oke kalau ongkirnya berapa?', 'oke, ongkir berapa?']],
  ['ar', ['طيب', 'تمام'], ['طيب كم سعر الشحن؟', 'تمام، كم تكلفة الشحن؟']],
  ['tr', ['tamam', 'peki'], ['tamam kargo ücreti ne kadar?', 'peki, kargo ne kadar?']],
];

describe('an acknowledgement', () => {
  it.each(SAID)('%s: alone, is answered with "anything else?", not goodbye', async (locale, alone) => {
    for (const text of alone) {
      const c = new Chat(t.app, undefined, locale);
      await c.says(SHIPPING_FIRST[locale]!).expectFlow('shipping_info');
      const r = await c.says(text).expectFlow('thanks', tr(locale, 'smalltalk.thanks'));
      expect(texts(r).join(' '), text).not.toContain(tr(locale, 'smalltalk.goodbye'));
    }
  });

  it.each(SAID)('%s: in front of a question, the question is answered', async (locale, _alone, withQuestion) => {
    for (const text of withQuestion) {
      const r = await new Chat(t.app, undefined, locale).says(text);
      expect({ text, flow: r.flow }).toEqual({ text, flow: 'shipping_info' });
    }
  });

  it.each([
    ['好吧 那运费呢', 'zh-CN', '运费呢'], ['好的 那个多少钱', 'zh-CN', '那个多少钱'], ['tá bom, e a devolução?', 'pt', 'e a devolução?'],
    ['ну ладно а доставка?', 'ru', 'доставка?'], ['ok ok SM100234', 'en', 'SM100234'],
    // Alone, or the start of a word, it stays: "好用吗" (is it good to use?), "okayama".
    ['ok', 'en', 'ok'], ['ну ладно', 'ru', 'ну ладно'], ['ok alors', 'fr', 'ok alors'], ['好用吗', 'zh-CN', '好用吗'], ['okayama', 'en', 'okayama'],
  ])('"%s" (%s) is understood as "%s"', (text, locale, understood) => {
    expect(withoutAcknowledgement(text, [locale])).toBe(understood);
  });
});
