/** A typed yes or no, in the 15 languages. */
import { describe, expect, it } from 'vitest';
import { yesOrNo } from '../../../core/nlu/yes-no.js';

describe('yesOrNo', () => {
  it.each([
    ['en', 'yes please', 'yes'], ['en', 'nope', 'no'], ['zh-CN', '好的', 'yes'], ['zh-CN', '算了吧', 'no'], ['ja', 'はい、お願いします', 'yes'],
    ['ja', 'いいえ', 'no'], ['ko', '네', 'yes'], ['ko', '아니요', 'no'], ['th', 'ใช่ค่ะ', 'yes'], ['th', 'ไม่ต้องค่ะ', 'no'], ['de', 'ja bitte', 'yes'],
    ['de', 'nein', 'no'], ['fr', 'oui merci', 'yes'], ['fr', 'non', 'no'], ['es', 'sí, claro', 'yes'], ['es', 'no gracias', 'no'], ['pt', 'sim', 'yes'],
    ['pt', 'não', 'no'], ['it', 'sì grazie', 'yes'], ['it', 'no', 'no'], ['ru', 'да', 'yes'], ['ru', 'нет, спасибо', 'no'], ['ar', 'نعم', 'yes'],
    ['ar', 'لا شكرا', 'no'], ['tr', 'evet eminim', 'yes'], ['tr', 'hayır', 'no'], ['id', 'iya kak', 'yes'], ['id', 'gak', 'no'],
    ['vi', 'có ạ', 'yes'], ['vi', 'không cần', 'no'],
  ] as const)('%s "%s" → %s', (locale, text, answer) => {
    expect(yesOrNo(text, locale)).toBe(answer);
  });

  it.each([
    ['tr', 'evet iptal et', 'yes'], ['ru', 'да отменяй', 'yes'], ['id', 'iya batalin', 'yes'], ['vi', 'có, hủy đi', 'yes'],
    ['zh-CN', '确认取消', 'yes'], ['zh-CN', '不要取消', 'no'], ['ko', '네 취소할게요', 'yes'], ['es', 'sí, seguro', 'yes'],
    ['en', 'yes cancel it', 'yes'], ['de', 'ja, stornieren', 'yes'], ['ar', 'نعم الغيه', 'yes'], ['th', 'ใช่ ยกเลิกเลย', 'yes'],
  ] as const)('%s "%s" (with the confirmation\'s verb) → %s', (locale, text, answer) => {
    expect(yesOrNo(text, locale)).toBe(answer);
  });

  it.each([['zh-CN', '取消吧'], ['en', 'cancel']])('%s "%s", the verb alone, answers nothing', (locale, text) => {
    expect(yesOrNo(text, locale)).toBeUndefined();
  });

  it.each([['en', 'no, I want the black one'], ['en', 'where is my order'], ['en', 'yes no'], ['ru', 'да, но сначала скажите цену']])('%s "%s" is more than a yes or no', (locale, text) => {
    expect(yesOrNo(text, locale)).toBeUndefined();
  });
});
