/** Superlatives and gifts in shoppers' words, 15 languages; comparatives ("cheaper?") are no superlative. */
import { describe, expect, it } from 'vitest';
import { asksGift, asksSuperlative } from '../../../core/nlu/entities-budget-rank.js';

const lang = (locale: string) => locale.split('-')[0]!;

describe('superlatives', () => {
  it.each([
    ["what's the cheapest speaker", 'en', 'cheapest'], ['most expensive headphones', 'en', 'dearest'], ['best earbuds?', 'en', 'best'],
    ['which headphones are the lightest', 'en', 'lightest'], ['which earbuds have the longest battery', 'en', 'battery'],
    ['最便宜的音箱', 'zh', 'cheapest'], ['最贵的耳机', 'zh', 'dearest'], ['哪个最好', 'zh', 'best'], ['最轻的耳机', 'zh', 'lightest'], ['续航最长的耳机', 'zh', 'battery'],
    ['一番安いスピーカー', 'ja', 'cheapest'], ['一番高いイヤホン', 'ja', 'dearest'], ['一番軽いイヤホン', 'ja', 'lightest'], ['バッテリーが一番長いのは？', 'ja', 'battery'],
    ['제일 싼 스피커', 'ko', 'cheapest'], ['가장 비싼 헤드폰', 'ko', 'dearest'], ['제일 좋은 이어폰', 'ko', 'best'], ['배터리 제일 오래 가는 이어폰', 'ko', 'battery'],
    ['ลำโพงที่ถูกที่สุด', 'th', 'cheapest'], ['หูฟังเบาที่สุด', 'th', 'lightest'], ['หูฟังแบตอึดที่สุด', 'th', 'battery'],
    ['loa rẻ nhất', 'vi', 'cheapest'], ['tai nghe đắt nhất', 'vi', 'dearest'], ['tai nghe pin trâu nhất', 'vi', 'battery'],
    ['speaker paling murah', 'id', 'cheapest'], ['headphone termahal', 'id', 'dearest'], ['earphone terbaik', 'id', 'best'],
    ['en ucuz hoparlör', 'tr', 'cheapest'], ['en hafif kulaklık', 'tr', 'lightest'], ['pili en uzun giden kulaklık', 'tr', 'battery'],
    ['самая дешевая колонка', 'ru', 'cheapest'], ['самые дорогие наушники', 'ru', 'dearest'], ['лучшие наушники', 'ru', 'best'], ['самые лёгкие наушники', 'ru', 'lightest'],
    ['أرخص سماعة', 'ar', 'cheapest'], ['أرخص منتج', 'ar', 'cheapest'], ['أغلى سماعة', 'ar', 'dearest'], ['أخف سماعة', 'ar', 'lightest'],
    ['el altavoz más barato', 'es', 'cheapest'], ['la funda más barata', 'es', 'cheapest'], ['los auriculares más caros', 'es', 'dearest'], ['auriculares con mejor batería', 'es', 'battery'],
    ['qual o mais barato?', 'pt', 'cheapest'], ['a caixinha de som mais barata', 'pt', 'cheapest'], ['o fone mais leve', 'pt', 'lightest'],
    ['la cassa più economica', 'it', 'cheapest'], ['il meno caro', 'it', 'cheapest'], ['le migliori cuffie', 'it', 'best'],
    ["l'enceinte la moins chère", 'fr', 'cheapest'], ['le casque le plus cher', 'fr', 'dearest'], ['casque avec la meilleure autonomie', 'fr', 'battery'],
    ['der billigste Lautsprecher', 'de', 'cheapest'], ['die teuersten Kopfhörer', 'de', 'dearest'], ['die besten Kopfhörer', 'de', 'best'],
    ['Kopfhörer mit der längsten Akkulaufzeit', 'de', 'battery'],
  ])('"%s" (%s) asks for the %s', (text, language, by) => {
    expect(asksSuperlative(text, language)).toBe(by);
  });

  it.each([
    ['anything cheaper?', 'en'], ['show me your best sellers', 'en'], ['有便宜点的吗', 'zh'], ['最好是黑色的', 'zh'], ['もっと安いのある？', 'ja'],
    ['더 싼 거 있어요?', 'ko'], ['มีถูกกว่านี้ไหม', 'th'], ['có cái nào rẻ hơn không', 'vi'], ['ada yang lebih murah?', 'id'],
    ['paling mahal 500rb', 'id'], ['daha ucuzu var mı', 'tr'], ['подешевле', 'ru'], ['лучше', 'ru'], ['في شي أرخص؟', 'ar'], ['أرخص من هذا', 'ar'],
    ['¿hay algo más barato?', 'es'], ['tem algum mais barato?', 'pt'], ['a mais barato', 'pt'], ['uno meno caro?', 'it'],
    ['vous avez moins cher ?', 'fr'], ['gibt es was günstigeres?', 'de'], ['ich möchte bestellen', 'de'],
  ])('"%s" (%s) is no superlative', (text, language) => {
    expect(asksSuperlative(text, language)).toBeUndefined();
  });
});

describe('gifts', () => {
  it.each([
    ['gift for my dad under $50', 'en'], ['need a present for my girlfriend', 'en'], ['送男朋友的礼物 300块以内', 'zh-CN'], ['想给我妈买个礼物', 'zh-CN'],
    ['父へのプレゼント', 'ja'], ['남친 선물 추천', 'ko'], ['ของขวัญให้แฟน', 'th'], ['quà cho bố dưới 500k', 'vi'], ['kado buat pacar', 'id'],
    ['babama hediye', 'tr'], ['подарок папе до 3000', 'ru'], ['هدية لأبي', 'ar'], ['regalo para mi papá', 'es'], ['presente pro meu pai', 'pt'],
    ['regalo per mio padre', 'it'], ['un cadeau pour mon père', 'fr'], ['idée à offrir', 'fr'], ['Geschenk für Papa', 'de'],
  ])('"%s" (%s) asks for a gift', (text, locale) => {
    expect(asksGift(text, lang(locale))).toBe(true);
  });

  it.each([
    ['do you do gift wrapping?', 'en'], ['where do i put my gift card code', 'en'], ['有礼品包装吗', 'zh'], ['ギフトカード使える？', 'ja'],
    ['선물 포장 되나요?', 'ko'], ['tarjeta regalo', 'es'], ['vale-presente', 'pt'], ['carte cadeau', 'fr'], ['Geschenkgutschein', 'de'],
    ['hediye paketi var mı', 'tr'], ['подарочный сертификат', 'ru'], ['tặng kèm gì không', 'vi'], ['where is my order', 'en'],
  ])('"%s" (%s) asks for no gift to buy', (text, language) => {
    expect(asksGift(text, language)).toBe(false);
  });
});
