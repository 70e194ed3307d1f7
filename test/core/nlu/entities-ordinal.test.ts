/** Positions in a shown list ("the second one") in the 15 languages, and the ordinal words that count something else. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';

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
