/**
 * A greeting in front of a request ("buongiorno, avete zaini?", "你好，有耳机吗", "hi, where is my order?",
 * "merhaba kargo ne zaman gelir"): the request is what the shopper wants answered, and a classifier that sees
 * the greeting too may take the whole message for one. The understand stage answers the rest when it is
 * understood and the whole is not (core/pipeline/stages/understand.ts).
 */
import { longestFirst } from './acknowledgement.js';
import { languageOf } from './tokenize.js';

/**
 * Greetings by language, as a message starts with them, with the address that may follow ("hi team",
 * "shop ơi", "selamat pagi"). Single words that also start requests are left out ("早" early, "亲子" parent and
 * child, "siang ini" this afternoon).
 */
const GREETINGS: Readonly<Record<string, string>> = {
  en: "hi+|hello+|hey+|heya|hiya|howdy|hallo|helo|greetings|good morning|good afternoon|good evening|good day|morning|evening|sup|wassup|what'?s up|yo|hi there|hey there|hello there|hi all|hello all|hi everyone|hello everyone|hi guys|hey guys|hi team|hello team|hey team|dear team|dear sir|dear madam",
  zh: '你好+|您好|你们好|大家好|嗨|哈喽|哈啰|哈罗|hello|hi|早上好|上午好|中午好|下午好|晚上好|早安|在吗|在么|在不在|老板|亲亲',
  ja: 'こんにちは|こんにちわ|こんばんは|こんばんわ|おはようございます|おはよう|どうも|すみません|すいません|もしもし|はじめまして|あのー|あの',
  ko: '안녕하세요|안녕하십니까|안녕|안뇽|하이|헬로|저기요|수고하십니다|수고하세요|여보세요|실례합니다',
  es: 'hola+|holi|buenas|buenos d[ií]as|buenas tardes|buenas noches|buen d[ií]a|qu[ée] tal|saludos|hey',
  fr: 'bonjour|bonsoir|salut|coucou|hello|bjr|slt|hey',
  de: 'hallo|hallöchen|hi|hey|moin|servus|guten tag|guten morgen|guten abend|grüß gott|grüezi|huhu',
  ru: 'привет|здравствуйте|здрасте|здравствуй|добрый день|доброе утро|добрый вечер|доброго времени суток|приветствую|хай|салют',
  pt: 'olá|ola|oi+|bom dia|boa tarde|boa noite|e a[ií]|eai|opa|salve|hey',
  it: 'ciao|salve|buongiorno|buon giorno|buonasera|buona sera|buon pomeriggio|ehi|hey|hello',
  th: 'สวัสดี(?:ค่ะ|ครับ|คะ|คับ|จ้า|จ้ะ)?|หวัดดี(?:ค่ะ|ครับ|คะ|คับ|จ้า)?|ฮัลโหล|hello|hi',
  vi: 'xin chào|chào (?:shop|bạn|ad|admin|em|anh|chị)|chào|alo+|hello|hi|(?:shop|ad|admin|em|chị|anh) ơi',
  id: 'halo+|hallo|hai|hi|hello|selamat (?:pagi|siang|sore|malam)|permisi|assalamu.?alaikum|punten|(?:halo|hai|pagi) (?:kak|min|gan|sis)',
  ar: 'مرحبا|مرحباً|مرحبًا|اهلا|أهلا|أهلاً|اهلين|هلا|السلام عليكم|سلام عليكم|سلام|صباح الخير|مساء الخير|هاي|هلو',
  tr: 'merhaba(?:lar)?|meraba|mrb|selam(?:lar)?|slm|selamün aleyküm|selamun aleykum|iyi günler|günaydın|iyi akşamlar|hey',
};

/** Scripts written without spaces: there a greeting may run straight into the request ("你好有耳机吗"). */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}';
const patterns = new Map<string, RegExp>();

function pattern(lang: string): RegExp | undefined {
  let re = patterns.get(lang);
  const words = GREETINGS[lang];
  if (!re && words) {
    re = new RegExp(`^(?:${longestFirst(words)})(?:[\\s\\p{P}\\p{S}]+|$|(?=[${UNSPACED}]))`, 'iu');
    patterns.set(lang, re);
  }
  return re;
}

/**
 * The request after the greetings `text` starts with, in the first of `locales` that has any ("buongiorno, avete
 * zaini?" → "avete zaini?"); undefined when it starts with none or nothing is left but a word ("hi there").
 */
export function withoutGreeting(text: string, locales: readonly (string | undefined)[]): string | undefined {
  const original = text.normalize('NFC').trim();
  for (const locale of new Set(locales)) {
    const re = locale === undefined ? undefined : pattern(languageOf(locale));
    if (!re) continue;
    let rest = original;
    for (let m = re.exec(rest); m && m[0].length > 0 && rest; m = re.exec(rest)) rest = rest.slice(m[0].length);
    // A request has two letters or a number ("SM100236"); a greeting's last word alone is none.
    if (rest !== original && /\p{L}.*\p{L}|\p{N}/su.test(rest)) return rest;
  }
  return undefined;
}
