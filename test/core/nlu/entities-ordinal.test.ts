/**
 * Positions in a shown list ("the second one") in the 15 languages, and the ordinal words that count something else;
 * several at once ("both") and words that point at one product shown ("the leather one").
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';
import { countBefore, findPointers, readSeveral, referenceText } from '../../../core/nlu/entities-ordinal.js';

const ordinals = (text: string, locale: string) =>
  extractEntities(text, { locale }).filter((e) => e.type === 'ordinal').map((e) => e.value);

describe('ordinal entity', () => {
  it.each([
    ['en', 'the second one', 2], ['en', '2nd one pls', 2], ['en', 'how about the last one?', -1], ['en', 'is the first one waterproof?', 1],
    ['en', 'number 3 please', 3], ['en', '#2', 2], ['en', '2', 2],
    ['de', 'das zweite bitte', 2], ['de', 'den ersten nehme ich', 1], ['de', 'der letzte', -1], ['de', 'nummer 3', 3],
    ['fr', 'je prends le premier', 1], ['fr', 'la deuxième', 2], ['fr', 'la 2e', 2], ['fr', 'le dernier', -1],
    ['es', 'el segundo', 2], ['es', 'me quedo con el tercero', 3], ['es', 'la última', -1],
    ['pt', 'quero o primeiro', 1], ['pt', 'a segunda', 2], ['pt', 'o último', -1],
    ['it', 'il secondo', 2], ["it", "l'ultimo", -1], ['it', 'la prima', 1],
    ['ru', 'второй', 2], ['ru', 'давай первую', 1], ['ru', 'последнюю', -1], ['ru', 'номер 3', 3],
    ['ar', 'الثاني', 2], ['ar', 'المنتج الأخير', -1], ['ar', 'رقم ٢', 2],
    ['tr', 'ikincisi', 2], ['tr', 'ilkini alayım', 1], ['tr', 'sonuncu', -1], ['tr', '2 numara', 2],
    ['id', 'yang kedua', 2], ['id', 'yg terakhir', -1], ['id', 'nomor 2', 2],
    ['vi', 'cái thứ hai', 2], ['vi', 'mẫu thứ 2', 2], ['vi', 'cái cuối cùng', -1],
    ['zh-CN', '第二个', 2], ['zh-CN', '第二个多少钱', 2], ['zh-CN', '要第3款', 3], ['zh-CN', '最后一个', -1],
    ['ja', '2つ目', 2], ['ja', '二番目のやつ', 2], ['ja', '最後のやつ', -1],
    ['ko', '두 번째', 2], ['ko', '두번째 거 방수돼요?', 2], ['ko', '마지막 거', -1], ['ko', '첫번째', 1],
    ['th', 'อันที่สอง', 2], ['th', 'อันแรก', 1], ['th', 'ตัวสุดท้าย', -1],
  ] as const)('%s "%s" → %d', (locale, text, position) => {
    expect(ordinals(text, locale)).toEqual([position]);
  });

  it.each([
    ['en', 'wait a second'], ['en', 'first time buying here'], ['en', 'how long does the battery last'], ['en', 'my last order'],
    ['en', 'the last time i ordered'], ['en', 'I need 2 of them'],
    ['de', 'das erste Mal'], ['fr', 'la dernière fois'], ['es', 'primero quiero saber'], ['es', 'la primera vez'],
    ['pt', 'a primeira vez'], ['it', 'la prima volta'], ['it', 'prima di ordinare'],
    ['ru', 'во-первых'], ['ru', 'в пятницу'], ['ru', 'последний раз'], ['ru', 'в первую очередь'],
    ['ar', 'الطلب الثاني'], ['tr', 'ilk siparişim'], ['tr', 'ilk olarak'], ['id', 'pertama kali beli'],
    // "thứ hai" alone is Monday.
    ['vi', 'thứ hai giao được không'],
    ['zh-CN', '第二天到'], ['zh-CN', '第一次买'], ['ja', '最初の注文'], ['ko', '두 번째 주문'], ['th', 'อันหนึ่ง'],
  ] as const)('%s "%s" is no position in a list', (locale, text) => {
    expect(ordinals(text, locale)).toEqual([]);
  });
});

const several = (text: string, locale: string) => readSeveral(referenceText(text, locale), locale)?.count;

describe('several at once', () => {
  it.each([
    ['en', 'how much for both?', 2], ['en', 'both of them', 2], ['en', 'all three', 3], ['en', "I'll take them all", 0],
    ['zh-CN', '两个一共多少钱', 2], ['zh-CN', '两个都要', 2], ['zh-CN', '三个一起多少', 3], ['ja', '両方でいくら？', 2], ['ja', '3つともください', 3],
    ['ko', '둘 다 얼마에요', 2], ['ko', '두 개 다 살게요', 2], ['es', 'los dos', 2], ['es', 'me llevo ambas', 2], ['fr', 'les deux', 2],
    ['fr', 'je prends tous les deux', 2], ['de', 'beide zusammen', 2], ['de', 'alle drei', 3], ['ru', 'оба', 2], ['ru', 'сколько за обе?', 2],
    ['ru', 'все три', 3], ['pt', 'os dois', 2], ['pt', 'quanto fica as duas', 2], ['it', 'entrambi', 2], ['it', 'tutti e tre', 3],
    ['th', 'ทั้งสองอัน', 2], ['th', 'เอาทั้งคู่', 2], ['vi', 'cả hai', 2], ['vi', 'ca 2 bao nhieu', 2], ['id', 'dua-duanya', 2],
    ['id', 'keduanya berapa', 2], ['ar', 'الاثنين', 2], ['ar', 'بكم الاتنين', 2], ['tr', 'ikisi birden', 2], ['tr', 'ikisini de alıyorum', 2], ['tr', 'hepsi ne kadar', 0],
  ] as const)('%s "%s" → %d', (locale, text, count) => {
    expect(several(text, locale)).toBe(count);
  });

  it.each([
    ['en', "that's all"], ['en', 'is it waterproof'], ['zh-CN', '两个第二个'], ['zh-CN', '第二个多少钱'],
    ['es', 'dos semanas'], ['de', 'zwei Wochen'], ['tr', 'ucuz mu'], ['tr', 'hepsi bu mu?'], ['en', 'that is all for today'],
    // One of the two is not both.
    ['en', 'one of the two'], ['es', 'uno de los dos'], ['de', 'einer von beiden'], ['tr', 'ikisinden biri'], ['ru', 'второй'], ['id', 'yang kedua'],
  ] as const)('%s "%s" is not several at once', (locale, text) => {
    expect(several(text, locale)).toBeUndefined();
  });
});

const pointed = (text: string, locale: string, words: string[], others: string[]) => {
  const norm = (w: string) => referenceText(w, locale);
  return findPointers(referenceText(text, locale), locale, words.map(norm), [...words, ...others].map(norm)).map((p) => p.word);
};

describe('words that point at one product shown', () => {
  it.each([
    ['en', 'the leather one', ['leather'], ['clear', 'case']], ['en', 'how much is the black one?', ['black'], ['white']],
    ['en', 'the black leather case', ['leather'], ['black', 'case']], ['en', 'leather?', ['leather'], ['clear']],
    ['zh-CN', '透明的那个', ['透明'], ['真皮']], ['zh-CN', '黑色那款', ['黑色'], ['白色']], ['zh-CN', '要白色的', ['白色'], ['黑色']],
    ['ja', '革のやつ', ['革'], ['クリア']], ['ja', '黒いのはいくら？', ['黒'], ['白']], ['ko', '가죽으로 된 거', ['가죽'], ['투명']],
    ['ko', '검정색 거 주세요', ['검정'], ['흰']], ['th', 'อันที่เป็นหนัง', ['หนัง'], ['ใส']], ['th', 'อันสีดำ', ['สีดำ'], ['สีขาว']],
    ['es', 'la de cuero', ['cuero'], ['transparente']], ['es', 'la funda de cuero', ['cuero'], ['funda']], ['es', 'la negra', ['negro'], ['blanco']],
    ['fr', 'celle en cuir', ['cuir'], ['transparent']], ['fr', 'la noire', ['noir'], ['blanc']], ['de', 'die aus Leder', ['leder'], ['transparent']],
    ['de', 'die schwarzen', ['schwarz'], ['weiß']], ['ru', 'кожаный', ['кожаный'], ['прозрачный']], ['ru', 'давай чёрную', ['черный'], ['белый']],
    ['pt', 'o de couro', ['couro'], ['transparente']], ['pt', 'o preto', ['preto'], ['branco']], ['it', 'quello in pelle', ['pelle'], ['trasparente']],
    ['it', 'quelle bianche', ['bianco'], ['nero']], ['vi', 'cái bằng da', ['da'], ['trong suốt']], ['vi', 'cai mau den', ['đen'], ['trắng']],
    ['id', 'yang kulit', ['kulit'], ['bening']], ['ar', 'الجلد', ['جلد'], ['شفاف']], ['ar', 'اللي لونه أسود', ['أسود'], ['أبيض']],
    ['tr', 'deri olan', ['deri'], ['şeffaf']], ['tr', 'siyahı alayım', ['siyah'], ['beyaz']],
  ] as const)('%s "%s" points with %j', (locale, text, words, others) => {
    expect(pointed(text, locale, [...words], [...others])).toEqual(words.map((w) => referenceText(w, locale)));
  });

  it.each([
    ['en', 'do you have it in black?', ['black']], ['en', 'is it leather?', ['leather']], ['en', 'the black friday deals', ['black']],
    ['zh-CN', '有黑色吗', ['黑色']], ['ja', '白ある？', ['白']], ['fr', 'et en blanc ?', ['blanc']], ['th', 'มีสีดำไหม', ['สีดำ']],
    ['es', '¿es de cuero?', ['cuero']], ['de', 'ist die Hülle aus Leder?', ['leder']], ['tr', 'deri mi?', ['deri']],
  ] as const)('%s "%s" asks about the product talked about, pointing at none', (locale, text, words) => {
    expect(pointed(text, locale, [...words], [])).toEqual([]);
  });

  it('takes the longer of two words said in the same place ("สี" in "สีดำ")', () => {
    expect(pointed('อันสีดำ', 'th', ['สีดำ', 'สี'], [])).toEqual([referenceText('สีดำ', 'th')]);
  });
});

describe('countBefore', () => {
  it.each([['2 of ', 2], ['3x ', 3], ['2 de ', 2], ['i want ', undefined], ['order 12.5 ', undefined]] as const)('"%s" → %s', (before, count) => {
    expect(countBefore(before)).toBe(count);
  });
});
