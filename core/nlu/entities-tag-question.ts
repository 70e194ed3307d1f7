/**
 * Questions asked to be confirmed, in the 15 languages: "Boom 5 is waterproof right?", "Boom 5って防水だよね？",
 * "Boom 5 防水的吧？", "Boom 5 방수 맞죠?", "Boom 5 ist doch wasserdicht, oder?", "c'est étanche, n'est-ce pas ?",
 * "es impermeable, ¿verdad?", "กันน้ำใช่ไหม", "chống nước đúng không", "tahan air kan?", "su geçirmez değil mi?".
 * Written like a statement, they read like a search or a complaint to the intent model; a product flow that sees one
 * about a property of a named product answers the property instead (flows/product_search.yaml).
 */
import { languageOf } from './tokenize.js';

/**
 * The tag at the end of the message, before punctuation, emoji and a word addressing the shop ("shop", "kak", "ạ",
 * "please"), or a word that asks for agreement anywhere.
 */
const END = `(?:[\\s,]+(?:shop|ad|admin|ạ|a|nha|nhé|nhe|kak|ka|min|gan|sis|mate|pls|please|bitte|svp|por favor|pf|ya|dong))?\\s*[?？؟!！.。~～…\\p{Extended_Pictographic}\\s]*$`;

const TAGS: Record<string, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:right|correct|yeah|yea|yes|no|innit|isn'?t (?:it|that|this|they)|aren'?t (?:they|these|those|there)|doesn'?t (?:it|this|that)|don'?t (?:they|these)|is it not|am i right|true)${END}|(?<![\\p{L}])(?:i (?:think|guess|assume|believe|thought)|isn'?t it|surely|it'?s .{1,40}, right)(?![\\p{L}])`, 'iu'),
  zh: new RegExp(`(?:吧|吧吗|对吧|對吧|是吧|是不是|对不对|對不對|没错吧|沒錯吧|是吗|是嗎)${END}|应该是|應該是|我记得|我記得`, 'u'),
  ja: new RegExp(`(?:よね|よな|でしょ|でしょう|だろ|だろう|じゃない|じゃないの|じゃなかった|ですよね|だよね|っけ|ですね|ね)${END}|はず`, 'u'),
  ko: new RegExp(`(?:맞죠|맞지|맞나요|맞아요|맞죵|맞쥬|맞지요|죠|지요|잖아요|잖아|겠죠|맞제|아니에요|아닌가요)${END}`, 'u'),
  de: new RegExp(`(?<![\\p{L}])(?:oder|nicht wahr|gell|gelle|ne|nich|nicht|stimmt'?s|richtig|oder nicht|stimmt)${END}|(?<![\\p{L}])(?:doch|ja wohl|bestimmt)(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:n'?est-?ce pas|hein|non|c'?est bien ça|c'?est bien ca|pas vrai|c'?est ça|c'?est ca|oui|vrai|j'?ai raison)${END}|(?<![\\p{L}])(?:je (?:crois|pense|suppose) que|n'?est-?ce pas)(?![\\p{L}])`, 'iu'),
  es: new RegExp(`(?<![\\p{L}])(?:verdad|no|cierto|sí|si|no es así|no es asi|correcto|a que sí)${END}|(?<![\\p{L}])(?:supongo que|creo que|¿verdad|¿no)(?![\\p{L}])`, 'iu'),
  pt: new RegExp(`(?<![\\p{L}])(?:né|ne|neh|não é|nao e|não|nao|certo|verdade|correto|tá|ta)${END}|(?<![\\p{L}])(?:acho que|imagino que)(?![\\p{L}])`, 'iu'),
  it: new RegExp(`(?<![\\p{L}])(?:vero|giusto|no|non è vero|non e vero|corretto|sì|si|eh)${END}|(?<![\\p{L}])(?:credo che|immagino che|penso che)(?![\\p{L}])`, 'iu'),
  ru: new RegExp(`(?<![\\p{L}])(?:да|правда|не так ли|верно|так|ага|ведь|же|да же|не)${END}|(?<![\\p{L}])(?:же|ведь|наверное|я думаю|кажется)(?![\\p{L}])`, 'iu'),
  th: new RegExp(`(?:ใช่ไหม|ใช่มั้ย|ใช่ป่ะ|ใช่ปะ|ใช่เปล่า|ใช่มะ|ช่ายมั้ย|ใช่ม่ะ|ไม่ใช่เหรอ|ใช่รึเปล่า|ใช่หรือเปล่า|ใช่ไหมคะ|ใช่ไหมครับ|ใช่มั้ยคะ|ใช่มั้ยครับ|ใช่ป่าว|ใช่ป่าวคะ|ใช่ป่าวครับ)`, 'u'),
  vi: new RegExp(`(?<![\\p{L}])(?:phải không|phải ko|phải k|đúng không|đúng ko|đúng k|dung khong|dung ko|phai khong|phai ko|đúng chứ|phải chứ|nhỉ|nhi|đúng hông|phải hông|hả|ha)${END}`, 'iu'),
  id: new RegExp(`(?<![\\p{L}])(?:kan|bukan|ya|iya kan|bener kan|betul kan|kan ya|ya kan|bukan sih|kan sih)${END}`, 'iu'),
  ar: new RegExp(`(?:أليس كذلك|اليس كذلك|صح|صحيح|مش كده|مش كدا|مو كذا|مو صح|ولا لا|صح ولا لا|ولا لأ|مظبوط|مضبوط)${END}`, 'u'),
  tr: new RegExp(`(?<![\\p{L}])(?:değil mi|degil mi|di mi|dimi|değil mi yani|öyle mi|oyle mi|doğru mu|dogru mu|yani)${END}|(?<![\\p{L}])(?:herhalde|sanırım|sanirim)(?![\\p{L}])`, 'iu'),
};

/** True when `text` asks for something to be confirmed (a tag question, "I think…?"), in its language or in English. */
export function asksConfirmation(text: string, locale: string): boolean {
  const lang = languageOf(locale);
  return (TAGS[lang]?.test(text.trim()) ?? false) || (lang !== 'en' && TAGS.en!.test(text.trim()));
}

/** `text` without the words that ask for agreement ("right?", "だよね", "맞죠", "doch … oder?"): what is asked is left. */
export function withoutTag(text: string, locale: string): string {
  const lang = languageOf(locale);
  let out = text;
  for (const re of [TAGS[lang], lang === 'en' ? undefined : TAGS.en]) {
    if (re) out = out.replace(new RegExp(re.source, `${re.flags}g`), ' ');
  }
  return out.trim();
}
