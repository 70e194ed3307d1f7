import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../core/nlu/langid.js';
import { LOCALES } from '../../../core/util/locales.js';

const candidates = [...LOCALES];

/** Short shop messages, two per locale; none of them is in the training phrases. */
const SHORT: Record<string, string[]> = {
  'zh-CN': ['我的快递到哪了', '这个有货吗'],
  en: ['has my parcel shipped yet', "I'd like to exchange this jacket"],
  ja: ['注文した商品がまだ届きません', 'サイズ交換できますか'],
  ko: ['주문한 물건이 아직 안 왔어요', '환불 받고 싶어요'],
  es: ['quiero cambiar la talla de la camiseta', '¿cuándo me llega el paquete?'],
  fr: ["je n'ai pas reçu mon colis", 'est-ce que je peux payer en trois fois'],
  de: ['wann kommt mein Paket', 'kann ich mit Rechnung bezahlen'],
  ru: ['где мой заказ', 'хочу вернуть товар'],
  pt: ['o meu pedido ainda não chegou', 'vocês aceitam cartão de crédito'],
  it: ['il pacco non è ancora arrivato', 'posso pagare alla consegna'],
  th: ['สินค้าจะมาถึงเมื่อไหร่', 'ขอเปลี่ยนไซส์ได้ไหม'],
  vi: ['khi nào tôi nhận được hàng', 'áo này còn size M không'],
  id: ['kapan paket saya dikirim', 'bisa bayar di tempat tidak'],
  ar: ['أين طلبي', 'أريد استرجاع المنتج'],
  tr: ['kargom ne zaman gelir', 'bu ürünü değiştirmek istiyorum'],
};

describe('detectLanguage', () => {
  for (const [locale, texts] of Object.entries(SHORT)) {
    for (const text of texts) {
      it(`${locale}: ${text}`, () => {
        const guess = detectLanguage(text, { candidates });
        expect(guess.locale).toBe(locale);
        expect(guess.confidence).toBeGreaterThan(0.5);
      });
    }
  }

  it('keeps the previous language for text without language', () => {
    expect(detectLanguage('ok', { candidates, history: ['en', 'es'] })).toMatchObject({ locale: 'es', source: 'history' });
    expect(detectLanguage('123456', { candidates, history: ['ja'] })).toMatchObject({ locale: 'ja', source: 'history' });
    expect(detectLanguage('hahaha 👍', { candidates, history: ['tr'] })).toMatchObject({ locale: 'tr', source: 'history' });
  });

  it('falls back to the platform hint, then to the first candidate', () => {
    expect(detectLanguage('SM123456', { candidates, hint: 'pt-BR' })).toMatchObject({ locale: 'pt', source: 'hint' });
    const guess = detectLanguage('👍', { candidates });
    expect(guess).toMatchObject({ locale: 'zh-CN', source: 'default' });
    expect(guess.confidence).toBeLessThan(0.5);
  });

  it('lets real text override the history', () => {
    expect(detectLanguage('hola, buenas noches', { candidates, history: ['en'] }).locale).toBe('es');
    expect(detectLanguage('谢谢', { candidates, history: ['en'] }).locale).toBe('zh-CN');
  });

  it('uses history to settle ambiguous short words', () => {
    expect(detectLanguage('no', { candidates, history: ['it'] }).locale).toBe('it');
  });

  it('reads Han-only text as Chinese unless it is clearly Japanese', () => {
    expect(detectLanguage('保健食品', { candidates }).locale).toBe('zh-CN');
    expect(detectLanguage('日曜日の天気', { candidates }).locale).toBe('ja');
    expect(detectLanguage('保健食品', { candidates: ['ja', 'en'] }).locale).toBe('ja');
  });

  it('is not fooled by Latin brand names inside other scripts', () => {
    expect(detectLanguage('أريد شراء iPhone 15 Pro Max', { candidates }).locale).toBe('ar');
    expect(detectLanguage('เปิด spotify', { candidates }).locale).toBe('th');
    expect(detectLanguage('AirPods Pro 还有吗', { candidates }).locale).toBe('zh-CN');
    expect(detectLanguage('где мой iPhone', { candidates }).locale).toBe('ru');
  });

  it('answers with the candidate spelling and only among candidates', () => {
    expect(detectLanguage('o meu pedido ainda não chegou', { candidates: ['en', 'pt-BR'] }).locale).toBe('pt-BR');
    expect(detectLanguage('¿dónde está mi pedido?', { candidates: ['zh-CN', 'en'] })).toMatchObject({ locale: 'en', source: 'script' });
    expect(detectLanguage('где мой заказ', { candidates: ['en', 'de'], history: ['de'] }).source).toBe('history');
  });

  it('rejects an empty candidate list', () => {
    expect(() => detectLanguage('hi', { candidates: [] })).toThrow(RangeError);
  });
});
