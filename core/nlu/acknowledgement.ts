/**
 * Acknowledgements at the start of a message ("ok", "好吧", "ну ладно", "طيب"): left out before the message is
 * understood, so that the question after them is answered ("好吧 那运费呢" is a shipping question); the language
 * stage applies it. A message of acknowledgements alone ("ok", "好的～", "はい", "oke kak") is told apart from
 * thanks ("ok grazie") by `isAcknowledgement`, which the understand stage reads.
 */

/**
 * Words that acknowledge what the bot said, by language, as the start of a message ("ok", "好吧", "じゃあ",
 * "그래요", "vale", "d'accord", "na gut", "ну ладно", "tá", "va bene", "โอเค", "ừ", "oke", "طيب", "tamam"); each
 * must be followed by a space or punctuation ("好用吗" and "okayama" start with none). After them, a "then" may
 * be written onto the question: "好吧 那运费呢".
 */
const ACKNOWLEDGEMENTS: Readonly<Record<string, { words: string; then?: string }>> = {
  en: { words: 'ok|okk+|okay+|okey|okie|oki|k|kk|alright|all right|got it|i see|oh|ah|ahh|hmm+|mm+|ok then|okay then|cool|great|perfect|nice' },
  zh: { words: '好的|好吧|好滴|好嘞|好叭|好|行吧|行|嗯+|哦+|噢|喔|知道了|明白了|了解|懂了|那好|那行|ok', then: '那么|那(?![个款件就边些种里天台双本位样])' },
  ja: { words: 'じゃあ|じゃ|では|それでは|それじゃ|なるほど|わかりました|分かりました|わかった|了解です|了解しました|了解|りょ|はい|うん|そっか|そうですか|オッケー|おけ|ok' },
  ko: { words: '그래요|그래|그렇군요|알겠어요|알겠습니다|알겠어|알았어요|알았어|네|넵|넹|응|웅|오케이|ㅇㅋ|아하|그럼|그러면|좋아요|ok' },
  es: { words: 'vale|ok|okey|oki|va|dale|de acuerdo|entendido|entiendo|ya veo|ah|ah ok|ah vale|bueno|perfecto|genial|pues|entonces' },
  fr: { words: "d'accord|d’accord|dac|dacc|ok|okay|oké|bon|bah|ben|entendu|ah|ah ok|je vois|très bien|parfait|super|alors|donc" },
  de: { words: 'ok|okay|okey|na gut|gut|alles klar|klar|verstehe|verstanden|aha|ach so|achso|na dann|dann|super|prima|perfekt|also' },
  ru: { words: 'ладно|ок|окей|оке|ok|хорошо|понятно|ясно|понял|поняла|ага|угу|ну|тогда|а' },
  pt: { words: 'tá|ta|tá bom|ta bom|tá certo|ok|okay|beleza|blz|certo|entendi|ah tá|ah ok|hum+|então|entao|tranquilo|legal' },
  it: { words: "va bene|vabene|ok|okay|vabbè|vabbe|vabbé|d'accordo|d’accordo|capito|ho capito|perfetto|bene|ah ok|allora|quindi" },
  th: { words: 'โอเค(?:ค่ะ|ครับ|คับ|จ้า)?|ok|ได้(?:ค่ะ|ครับ|เลย)?|เข้าใจแล้ว(?:ค่ะ|ครับ)?|อ๋อ|อ่อ|อืม|งั้น(?:ก็)?' },
  vi: { words: 'ừ|ừm|ờ|ok|oke|okê|vâng|dạ|được|được rồi|à|ồ|hiểu rồi|thế|vậy|thế thì|vậy thì|rồi' },
  id: { words: 'oke|ok|okey|okay|sip|siap|baik|baiklah|oh|ohh|oh gitu|yaudah|ya udah|ya sudah|oke deh|terus|trus' },
  ar: { words: 'طيب|تمام|اوكي|أوكي|اوك|اوكيه|حسنا|حسناً|ماشي|فهمت|اها|آها|زين|اذن|إذن|ok' },
  tr: { words: 'tamam|tamamdır|peki|ok|okey|oke|anladım|anladim|olur|hı hı|hıhı|ha|o zaman' },
};

const acknowledgementPatterns = new Map<string, { words: RegExp; then: RegExp | undefined }>();

function acknowledgementPattern(lang: string): { words: RegExp; then: RegExp | undefined } | undefined {
  let re = acknowledgementPatterns.get(lang);
  const ack = ACKNOWLEDGEMENTS[lang];
  if (!re && ack) {
    re = { words: new RegExp(`^(?:${longestFirst(ack.words)})(?:[\\s\\p{P}]+|$)`, 'iu'), then: ack.then ? new RegExp(`^(?:${ack.then})[\\s\\p{P}]*`, 'iu') : undefined };
    acknowledgementPatterns.set(lang, re);
  }
  return re;
}

/** The alternatives of a pattern, longest first, so "tá bom" is one acknowledgement and not "tá" before a "bom". */
export function longestFirst(alternatives: string): string {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < alternatives.length; i++) {
    const c = alternatives[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(alternatives.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(alternatives.slice(start));
  return parts.sort((a, b) => b.length - a.length).join('|');
}

/**
 * `text` without the acknowledgements it starts with, in the first of `locales` that has any ("好吧 那运费呢" →
 * "运费呢"); unchanged when nothing else is left ("ok", "ну ладно", "oke kak"), which is an acknowledgement of its own.
 */
export function withoutAcknowledgement(text: string, locales: readonly (string | undefined)[]): string {
  const original = text.normalize('NFC').trim();
  for (const locale of new Set(locales)) {
    const re = locale === undefined ? undefined : acknowledgementPattern(locale.split('-')[0]!);
    if (!re) continue;
    // "oke kak", "được ạ": an acknowledgement with its padding is one of its own, not "kak" to understand.
    if (isAcknowledgement(original, [locale])) return text;
    let rest = original;
    for (let m = re.words.exec(rest); m && m[0].length < rest.length; m = re.words.exec(rest)) rest = rest.slice(m[0].length);
    if (rest === original) continue;
    rest = rest.replace(re.then ?? /^/u, '');
    if (/\p{L}.*\p{L}|\p{N}/su.test(rest) && !re.words.test(rest)) return rest;
  }
  return text;
}

/**
 * Words a bare acknowledgement ends or is padded with that start no request: politeness particles and the
 * way shoppers address the shop ("好的呢", "알겠어요", "được ạ", "โอเคจ้า", "oke kak", "siap min").
 */
const PADDING: Readonly<Record<string, string>> = {
  zh: '呢|哈|啦|呀|哦|噢|滴|嘞|吧|的|亲',
  ja: 'です|ですね|ね|っす|〜|ー',
  ko: '요|용|여',
  th: 'ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|นะ|ค่า',
  vi: 'ạ|nhé|nha|nhe|nhá|shop|ad|bạn',
  id: 'kak|ka|min|gan|sis|deh|dong|ya',
};

/** Scripts written without spaces: there an acknowledgement may run straight into a particle ("好的呢", "네네"). */
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}';
const wholePatterns = new Map<string, RegExp>();

function wholePattern(lang: string): RegExp | undefined {
  let re = wholePatterns.get(lang);
  const ack = ACKNOWLEDGEMENTS[lang];
  if (!re && ack) {
    const units = longestFirst([ack.words, PADDING[lang]].filter(Boolean).join('|'));
    re = new RegExp(`^(?:${units})(?:[\\s\\p{P}]+|$|(?=[${UNSPACED}]))`, 'iu');
    wholePatterns.set(lang, re);
  }
  return re;
}

/**
 * True when `text` is acknowledgements alone, in one of `locales` ("ok", "ok ok 👍", "好的呢", "はい、わかりました",
 * "알겠습니다", "được ạ"): nothing that thanks ("ok grazie", "好的谢谢"), asks or tells. "好用吗" and "okayama" are no
 * acknowledgement; padding alone ("呢", "kak") is none either.
 */
export function isAcknowledgement(text: string, locales: readonly (string | undefined)[]): boolean {
  const original = text.normalize('NFC').replace(/[\p{Extended_Pictographic}\p{S}]|\u200d|\ufe0f/gu, ' ').trim();
  for (const locale of new Set(locales)) {
    const lang = locale?.split('-')[0];
    const re = lang ? wholePattern(lang) : undefined;
    const words = lang ? acknowledgementPattern(lang)?.words : undefined;
    if (!re || !words || !original) continue;
    let rest = original;
    for (let m = re.exec(rest); m && m[0].length > 0 && rest; m = re.exec(rest)) rest = rest.slice(m[0].length);
    if (rest === '' && acknowledges(original, re, words)) return true;
  }
  return false;
}

/** At least one of the units of `text` is an acknowledgement rather than padding. */
function acknowledges(text: string, units: RegExp, words: RegExp): boolean {
  for (let rest = text, m = units.exec(rest); m && m[0].length > 0; rest = rest.slice(m[0].length), m = units.exec(rest)) {
    if (words.test(m[0].trim())) return true;
  }
  return false;
}
