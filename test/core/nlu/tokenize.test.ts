import { describe, expect, it } from 'vitest';
import { features } from '../../../core/nlu/features.js';
import { normalizeText, stripMarks, tokenize } from '../../../core/nlu/tokenize.js';

const samples: Record<string, { text: string; expected: string[] }> = {
  'zh-CN': { text: '我的订单什么时候到？', expected: ['订单'] },
  en: { text: "Where's my order? I can't find it!", expected: ["where's", 'order', "can't"] },
  ja: { text: '注文した商品はいつ届きますか', expected: ['注文'] },
  ko: { text: '주문한 상품이 언제 도착하나요?', expected: ['주문한', '도착하나요'] },
  es: { text: '¿Dónde está mi pedido?', expected: ['dónde', 'está', 'pedido'] },
  fr: { text: "Où est ma commande ? J'attends depuis l'été", expected: ['où', 'commande', "j'", 'attends', "l'", 'été'] },
  de: { text: 'Wo ist meine Bestellung? Größe 42', expected: ['bestellung', 'größe', '42'] },
  ru: { text: 'Где мой заказ? Жду уже неделю', expected: ['где', 'заказ', 'неделю'] },
  pt: { text: 'Onde está a minha encomenda?', expected: ['onde', 'está', 'encomenda'] },
  it: { text: "Dov'è il mio ordine? Aspetto dall'anno scorso", expected: ["dov'", 'è', 'ordine', "dall'", 'anno'] },
  th: { text: 'คำสั่งซื้อของฉันอยู่ที่ไหน', expected: ['ของ', 'ฉัน'] },
  vi: { text: 'Đơn hàng của tôi ở đâu?', expected: ['đơn', 'hàng', 'tôi', 'đâu'] },
  id: { text: 'Di mana pesanan saya?', expected: ['di', 'mana', 'pesanan', 'saya'] },
  ar: { text: 'أين طلبي؟ لم يصل بعد', expected: ['اين', 'طلبي', 'يصل'] },
  tr: { text: 'Siparişim nerede? İADE etmek istiyorum', expected: ['siparişim', 'nerede', 'iade', 'istiyorum'] },
};

describe('tokenize', () => {
  for (const [locale, { text, expected }] of Object.entries(samples)) {
    it(`splits ${locale} into words`, () => {
      const tokens = tokenize(text, locale);
      expect(tokens.length).toBeGreaterThanOrEqual(3);
      for (const word of expected) expect(tokens).toContain(word);
      expect(tokens.every((t) => t.length > 0 && !/[?？!.,]/.test(t))).toBe(true);
    });
  }

  it('segments unspaced scripts into several tokens', () => {
    for (const locale of ['zh-CN', 'ja', 'th']) {
      const sample = samples[locale];
      expect(sample).toBeDefined();
      expect(tokenize(sample?.text ?? '', locale).length).toBeGreaterThan(2);
    }
  });

  it('segments Chinese in a message tagged with another locale', () => {
    expect(tokenize('我要退货', 'en').length).toBeGreaterThan(1);
  });

  it('normalizes width, case and Turkish dotted capitals', () => {
    expect(normalizeText('ＳＭ１００２３４', 'en')).toBe('sm100234');
    expect(normalizeText('IŞIK', 'tr')).toBe('ışık');
    expect(normalizeText('İstanbul', 'tr')).toBe('istanbul');
  });

  it('strips marks for mark-stripped features', () => {
    expect(stripMarks('tiếng việt')).toBe('tieng viet');
    expect(stripMarks('größe')).toBe('grosse');
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('?!… 👍', 'en')).toEqual([]);
  });
});

describe('features', () => {
  it('has word unigrams, bigrams and character n-grams', () => {
    const keys = features('track my order', 'en');
    expect(keys).toContain('wtrack');
    expect(keys).toContain('btrack\u0001my');
    expect(keys).toContain('c ord');
    expect(keys).toContain('corde');
  });

  it('adds mark-stripped words where marks are optional', () => {
    expect(features('Đơn hàng', 'vi')).toContain('sdon');
    expect(features('注文', 'ja').some((k) => k.startsWith('s'))).toBe(false);
  });

  it('takes character n-grams across unspaced runs for Chinese', () => {
    expect(features('我要退货', 'zh-CN')).toContain('c要退货');
  });
});
