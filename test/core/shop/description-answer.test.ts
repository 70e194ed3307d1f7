/** Answers from a product's own description: the key terms of a question, found inflected, in the 15 languages. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutAttributeWords } from '../../../core/nlu/entities-attribute.js';
import { describedSentence, questionTerms, sameWord, writtenIn, type ProductContext } from '../../../core/shop/description-answer.js';
import { loadCatalog } from '../../../core/shop/demo.js';
import type { Product } from '../../../core/shop/types.js';
import { ROOT } from '../../helpers/chat.js';

const catalog = loadCatalog(join(ROOT, 'bots', 'demo-shop', 'shop', 'catalog.yaml'));
const product = (id: string): Product => catalog.products.find((p) => p.id === id)!;
const context = (id: string): ProductContext => ({ product: product(id), siblings: catalog.products.filter((p) => p.category === product(id).category) });
const terms = (id: string, text: string, locale: string) => questionTerms(withoutAttributeWords(text, locale, []).marked, locale, context(id));
const quote = (id: string, text: string, locale: string) => describedSentence(terms(id, text, locale), product(id), locale);

/** Per locale: a question the description answers (the K7 is mechanical, the sunscreen leaves no white cast), and one it does not. */
const SAID: Record<string, [mechanical: string, whiteCast: string, notSaid: string]> = {
  en: ['is it mechanical?', 'does it leave a white cast?', 'is it cruelty free?'],
  'zh-CN': ['是机械的吗', '会泛白吗', '有动物实验吗'],
  ja: ['メカニカルですか？', '白浮きしますか', '動物実験してますか'],
  ko: ['기계식인가요?', '백탁 있어요?', '동물실험 안 하나요?'],
  es: ['¿es mecánico?', '¿deja rastro blanco?', '¿es cruelty free?'],
  fr: ['il est mécanique ?', 'elle laisse des traces blanches ?', 'testé sur les animaux ?'],
  de: ['ist die mechanisch?', 'hinterlässt sie einen Weißeleffekt?', 'ist der tierversuchsfrei?'],
  ru: ['она механическая?', 'оставляет белые следы?', 'тестируется на животных?'],
  pt: ['é mecânico?', 'deixa a pele esbranquiçada?', 'é cruelty free?'],
  it: ['è meccanica?', 'lascia aloni bianchi?', 'è cruelty free?'],
  th: ['เป็นแบบเมคานิคอลไหม', 'ทิ้งคราบขาวไหม', 'ทดลองกับสัตว์ไหม'],
  vi: ['là phím cơ hả?', 'có bị vệt trắng không', 'có thử nghiệm trên động vật không'],
  id: ['mekanikal ga?', 'whitecast gak?', 'cruelty free?'],
  ar: ['هل هو ميكانيكي؟', 'هل يترك أثر أبيض؟', 'هل هو مجرب على الحيوانات؟'],
  tr: ['mekanik mi?', 'beyaz iz bırakıyor mu?', 'hayvanlar üzerinde test ediliyor mu?'],
};

describe('a sentence of the description that says it', () => {
  it('covers the 15 locales', () => {
    expect(Object.keys(SAID)).toHaveLength(15);
  });

  it.each(Object.entries(SAID))('%s: quotes the keyboard\'s and the sunscreen\'s own sentence, and nothing for what they do not say', (locale, [mechanical, cast, silent]) => {
    const keyboard = quote('P017', mechanical, locale);
    expect(keyboard).toBeDefined();
    expect(product('P017').description[locale]).toContain(keyboard);
    const sunscreen = quote('P045', cast, locale);
    expect(sunscreen).toBeDefined();
    expect(product('P045').description[locale]).toContain(sunscreen);
    expect(quote('P047', silent, locale)).toBeUndefined();
  });

  it('picks the sentence that says it, not the whole description', () => {
    expect(quote('P001', 'is it easy to travel with?', 'en')).toBe('The foldable design makes them easy to travel with.');
    expect(quote('P035', 'マグカップは食洗機OK？', 'ja')).toBe('手に持つとしっかりとした重みがあり、食洗機・電子レンジに対応します。');
  });

  it('finds words as the description inflects them, and through a few synonyms', () => {
    expect(quote('P035', 'кружку можно мыть в посудомойке?', 'ru')).toBeDefined();
    expect(quote('P035', 'kupa bulaşık makinesine girer mi?', 'tr')).toBeDefined();
    expect(quote('P035', 'ist die Tasse spülmaschinenfest?', 'de')).toBeDefined();
    expect(quote('P001', 'is it good for a trip?', 'en')).toBe('The foldable design makes them easy to travel with.');
    expect(quote('P035', 'is it ok in the microwave?', 'en')).toBeDefined();
  });

  it('needs every key term in the sentence: "sensitive skin" is not "dry skin"', () => {
    expect(quote('P043', 'is it ok for sensitive skin?', 'en')).toBeUndefined();
    expect(quote('P043', '敏感肌でも使えますか', 'ja')).toBeUndefined();
    expect(quote('P043', 'is it good for dry skin?', 'en')).toBeDefined();
  });
});

describe('the key terms of a question', () => {
  it('leaves out question words, general shop words, and the words that name the product', () => {
    expect(terms('P017', 'is the K7 keyboard mechanical?', 'en')).toEqual([
      { text: 'k7', name: true, reference: true }, { text: 'keyboard', name: true, reference: true }, { text: 'mechanical', name: true, reference: false },
    ]);
    expect(terms('P005', 'is the boom 5 in stock? how much is it?', 'en').filter((t) => !t.name)).toEqual([]);
    expect(terms('P017', 'bàn phím K7?', 'vi').every((t) => t.reference)).toBe(true);
  });

  it('tells Vietnamese words apart by their accents when typed with them ("cơ" is mechanical, "có" is has)', () => {
    expect(terms('P017', 'bàn phím K7 là phím cơ hả?', 'vi').filter((t) => !t.reference).map((t) => t.text)).toEqual(['cơ']);
  });

  it('strips Korean endings and cuts unspaced scripts into runs between question words', () => {
    expect(terms('P017', '기계식인가요?', 'ko').map((t) => t.text)).toEqual(['기계식인가요']);
    expect(quote('P017', '기계식인가요?', 'ko')).toBeDefined();
    expect(terms('P045', '白浮きしますか', 'ja').map((t) => t.text)).toEqual(['白浮き']);
    expect(terms('P045', '这款防晒会泛白吗', 'zh-CN').map((t) => t.text)).toEqual(['防晒', '泛白']);
  });
});

describe('words and languages', () => {
  it('takes inflections for one word, and different words for different ones', () => {
    expect(sameWord('leave', 'leaves', 'en')).toBe(true);
    expect(sameWord('механическая', 'механической', 'ru')).toBe(true);
    expect(sameWord('spülmaschine', 'spülmaschinengeeignet', 'de')).toBe(true);
    expect(sameWord('port', 'portable', 'en')).toBe(false);
    expect(sameWord('cơ', 'có', 'vi')).toBe(false);
  });

  it('tells a message in the shopper\'s language from one in English', () => {
    expect(writtenIn('la crème convient aux peaux sensibles ?', 'fr')).toBe(true);
    expect(writtenIn('is it waterproof?', 'de')).toBe(false);
    expect(writtenIn('防水吗', 'zh-CN')).toBe(true);
    expect(writtenIn('is it waterproof?', 'ru')).toBe(false);
  });
});
