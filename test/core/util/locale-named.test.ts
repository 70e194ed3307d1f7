/** A message that is a language's name, or asks for one, chooses it. */
import { describe, expect, it } from 'vitest';
import { LOCALES, languageRequested, localeNamed } from '../../../core/util/locales.js';

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

/** A message asking for the replies in a language, in any of the 15 languages, naming any of them. */
describe('languageRequested', () => {
  it.each([
    ['đổi sang tiếng anh', 'en'], ['doi sang tieng anh', 'en'], ['dili ingilizce yap', 'en'], ["ingilizce'ye geç", 'en'], ['quero o bot em inglês', 'en'],
    ['can you answer in spanish', 'es'], ['请用日语回复', 'ja'], ['日本語で話してもいいですか', 'ja'], ['영어로 바꿔줘', 'en'], ['พูดภาษาอังกฤษได้ไหม', 'en'],
    ['parla italiano?', 'it'], ['говори по-русски', 'ru'], ['ответь на английском', 'en'], ['تكلم عربي', 'ar'], ['رد بالانجليزي', 'en'],
    ['bisa pakai bahasa inggris?', 'en'], ['¿hablas inglés?', 'en'], ['tu parles anglais ?', 'en'], ['sprichst du Englisch?', 'en'],
    ['English', 'en'], ['auf Deutsch bitte', 'de'], ['can you speak 中文?', 'zh-CN'],
  ])('"%s" asks for %s', (text, locale) => {
    expect(languageRequested(text, LOCALES)?.locale).toBe(locale);
  });

  it.each([
    ['do you speak english?', true], ['你会说英语吗', true], ['英語で話せますか', true], ['영어 할 줄 알아요?', true], ['พูดภาษาอังกฤษได้ไหม', true],
    ['parli inglese', true], ['ты говоришь по-английски', true], ['İngilizce konuşabilir misin', true],
    ['can you answer in spanish', true], ['switch to spanish', false], ['请用日语回复', false], ['dili ingilizce yap', false], ['English', false],
  ])('"%s" is asked as a question: %s', (text, question) => {
    expect(languageRequested(text, LOCALES)?.question).toBe(question);
  });

  /** How each language asks for another, with that other language named the way it writes it. */
  const name = (display: string, target: string) => new Intl.DisplayNames([display], { type: 'language' }).of(target.split('-')[0]!)!;
  const ASK: Record<string, ((n: string) => string)[]> = {
    en: [(n) => `can you answer in ${n}`, (n) => `do you speak ${n}?`, (n) => `switch to ${n} please`],
    'zh-CN': [(n) => `请用${n}回复`, (n) => `你会说${n}吗`, (n) => `换成${n}吧`],
    ja: [(n) => `${n}で話してもいいですか`, (n) => `${n}に変えてください`, (n) => `${n}話せますか？`],
    ko: [(n) => `${n}로 바꿔줘`, (n) => `${n} 할 줄 알아요?`, (n) => `${n}로 대답해 주세요`],
    es: [(n) => `¿puedes hablarme en ${n}?`, (n) => `¿hablas ${n}?`, (n) => `cambia a ${n} por favor`],
    fr: [(n) => `tu parles ${n} ?`, (n) => `vous pouvez répondre en ${n} ?`, (n) => `passe en ${n} stp`],
    de: [(n) => `sprichst du ${n}?`, (n) => `kannst du auf ${n} antworten?`, (n) => `bitte auf ${n}`],
    // "английский" → "по-английски", "на английском".
    ru: [(n) => `говори по-${n.slice(0, -2)}и`, (n) => `ответь на ${n.slice(0, -2)}ом`, (n) => `ты говоришь по-${n.slice(0, -2)}и?`],
    pt: [(n) => `quero o bot em ${n}`, (n) => `você fala ${n}?`, (n) => `muda pra ${n}`],
    it: [(n) => `parla ${n}?`, (n) => `rispondimi in ${n}`, (n) => `puoi scrivere in ${n}?`],
    th: [(n) => `พูดภาษา${n}ได้ไหม`, (n) => `เปลี่ยนเป็นภาษา${n}ค่ะ`, (n) => `ขอภาษา${n}หน่อยครับ`],
    vi: [(n) => `đổi sang ${n}`, (n) => `bạn nói ${n} được không?`, (n) => `trả lời bằng ${n} nhé`],
    id: [(n) => `bisa pakai bahasa ${n}?`, (n) => `ganti ke bahasa ${n} dong`, (n) => `bisa ngomong bahasa ${n}?`],
    // "العربية" → "عربي" as it is spoken.
    ar: [(n) => `تكلم ${n.replace(/^ال/u, '').replace(/ية$/u, 'ي')}`, (n) => `ممكن ترد ب${n}؟`, (n) => `هل تتكلم ${n}؟`],
    // The dative follows the last vowel: "İngilizce'ye", "Almanca'ya".
    tr: [(n) => `dili ${n} yap`, (n) => `${n} konuşabilir misin?`, (n) => `${n}'${/[aıou][^aıoueiöü]*$/u.test(n) ? 'ya' : 'ye'} geç`],
  };
  it.each(LOCALES.flatMap((asker) => LOCALES.map((target) => [asker, target] as const)))('asked in %s for %s', (asker, target) => {
    for (const ask of ASK[asker]!) expect(languageRequested(ask(name(asker, target)), LOCALES)?.locale, ask(name(asker, target))).toBe(target);
  });

  it.each([
    'is the manual in english?', 'does the watch support chinese?', '英語の説明書はありますか', '英語ですか', 'the manual is only in chinese?',
    'does it come with an english manual', 'how do you say thanks in japanese', 'english or chinese?', 'english breakfast tea', 'the chinese tea set',
    '说明书是英文的吗', '有中文说明书吗', '这个支持中文吗', 'この時計は日本語対応ですか', '영어 설명서 있어요?', '한국어 지원돼요?', '¿el manual viene en inglés?',
    'а на русском есть?', 'Türkçe menü var mı?', 'هل يدعم العربية؟', 'هل الدليل بالعربي؟', 'รองรับภาษาไทยไหม', 'có hỗ trợ tiếng việt không',
    'ada manual bahasa inggris?', 'tem manual em português?', 'il manuale è in italiano?', 'gibt es eine deutsche anleitung?', 'le clavier est en français ?',
    // A country with the language's name: shipping, not a language.
    'bisa kirim ke jepang?', 'ke jepang bisa?', 'kirim ke inggris bisa?', 'ส่งไปญี่ปุ่นได้ไหม', '日本に送れますか',
  ])('"%s" only mentions a language', (text) => {
    expect(languageRequested(text, LOCALES)).toBeUndefined();
  });

  it('only asks for a language the bot speaks', () => {
    expect(languageRequested('can you answer in spanish', ['en', 'de'])).toBeUndefined();
  });
});
