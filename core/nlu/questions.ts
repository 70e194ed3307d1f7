/**
 * Several questions in one message: "how much is shipping? and can I pay with PayPal?", "运费多少？能用支付宝吗？",
 * "where is SM100234?? also can i return it". Sentences come from Intl.Segmenter (every locale's punctuation);
 * a message counts as several questions only when at least two of its sentences end with a question mark, or
 * a later one starts with a word that adds a request ("also", "btw", "另外", "あと", "그리고", "außerdem",
 * "además", "ещё", "ayrıca", "juga", "còn"…). Context followed by one question ("I ordered headphones last
 * week. Where are they?") is one request, and so is a message without sentence punctuation (Thai).
 */
import { languageOf } from './tokenize.js';

const QUESTION_END = /[?？؟⸮]\s*$/u;

/** Words that start an added request, per language (lower case, at the start of a sentence). */
const CONNECTORS: Record<string, RegExp> = {
  en: /^(?:also|and also|plus|btw|by the way|oh and|and one more thing|another question)\b/iu,
  zh: /^(?:另外|还有|還有|顺便|順便|再问|再問|以及)/u,
  ja: /^(?:あと|それと|それから|ついでに|もう一つ|もうひとつ)/u,
  ko: /^(?:그리고|또|아 그리고|추가로|하나 더)/u,
  de: /^(?:außerdem|ausserdem|und noch|noch was|übrigens|ach und|achso und)\b/iu,
  fr: /^(?:aussi|et aussi|autre question|au fait|par ailleurs|et sinon)\b/iu,
  es: /^(?:además|ademas|también|tambien|otra pregunta|por cierto|y otra cosa)\b/iu,
  pt: /^(?:além disso|alem disso|também|tambem|outra pergunta|aliás|alias|e outra coisa)\b/iu,
  it: /^(?:inoltre|anche|altra domanda|a proposito|e poi)\b/iu,
  ru: /^(?:ещё|еще|и ещё|и еще|а также|также|кстати|другой вопрос)(?![\p{L}])/iu,
  ar: /^(?:أيضا|أيضًا|ايضا|كمان|وكمان|سؤال آخر|بالمناسبة)/u,
  tr: /^(?:ayrıca|bir de|bi de|bu arada|başka bir soru)(?![\p{L}])/iu,
  id: /^(?:juga|terus|trus|oh iya|btw|satu lagi|pertanyaan lain)\b/iu,
  vi: /^(?:còn|với lại|thêm nữa|à mà|nhân tiện|cho hỏi thêm)(?![\p{L}])/iu,
  th: /^(?:แล้วก็|อีกอย่าง|อีกข้อ|ขอถามอีก)/u,
};

const segmenters = new Map<string, Intl.Segmenter>();

function sentences(text: string, locale: string): string[] {
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return [...seg.segment(text)].map((s) => s.segment.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The questions of a message that asks several, in order; `[]` when it asks one thing (or nothing). */
export function splitQuestions(text: string, locale: string): string[] {
  const parts = sentences(text, locale);
  if (parts.length < 2) return [];
  const connector = CONNECTORS[languageOf(locale)];
  const questions = parts.filter((p) => QUESTION_END.test(p)).length;
  const added = parts.slice(1).some((p) => connector?.test(p) || CONNECTORS.en!.test(p));
  return questions >= 2 || added ? parts : [];
}
