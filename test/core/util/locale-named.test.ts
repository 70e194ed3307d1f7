/** A message that is a language's name chooses it. */
import { describe, expect, it } from 'vitest';
import { LOCALES, localeNamed } from '../../../core/util/locales.js';

describe('localeNamed', () => {
  it.each([
    ['English', 'en'], ['english please', 'en'], ['英语', 'en'], ['用英文', 'en'], ['英語で', 'en'], ['영어로', 'en'], ['ภาษาอังกฤษค่ะ', 'en'],
    ['Englisch', 'en'], ['anglais', 'en'], ['en español', 'es'], ['em português', 'pt'], ['auf Deutsch bitte', 'de'], ['inglese', 'en'],
    ['английский', 'en'], ['الإنجليزية', 'en'], ['İngilizce', 'en'], ['bahasa Inggris', 'en'], ['bằng tiếng Anh', 'en'],
    ['中文', 'zh-CN'], ['日本語', 'ja'], ['한국어', 'ko'], ['ภาษาไทย', 'th'], ['Tiếng Việt', 'vi'], ['Bahasa Indonesia', 'id'], ['русский', 'ru'],
    ['العربية', 'ar'], ['Türkçe', 'tr'], ['français', 'fr'], ['italiano', 'it'], ['Deutsch', 'de'], ['español', 'es'], ['português', 'pt'],
  ])('"%s" → %s', (text, locale) => {
    expect(localeNamed(text, LOCALES)).toBe(locale);
  });

  it.each(['hello', 'in', 'en', 'do you speak english and ship to spain?', 'english breakfast tea'])('"%s" names no language to switch to', (text) => {
    expect(localeNamed(text, LOCALES)).toBeUndefined();
  });

  it('only names a language the bot speaks', () => {
    expect(localeNamed('English', ['de', 'fr'])).toBeUndefined();
  });
});
