/**
 * The relative day words, weekday names and clock times shoppers type, in all 15 languages: what chrono-node
 * does not cover (ko, th, tr) and a safety net where it does.
 */

/** [RegExp source, days from today]; longer phrases before the words they contain. */
export const DAY_WORDS: Record<string, [string, number][]> = {
  zh: [['大后天|大後天', 3], ['后天|後天', 2], ['今天|今日|今晚', 0], ['明天|明日|明早|明晚', 1], ['前天', -2], ['昨天|昨晚', -1]],
  ja: [['明後日|あさって', 2], ['今日|きょう|今夜|今晩', 0], ['明日|あした|あす', 1], ['一昨日|おととい', -2], ['昨日|きのう', -1]],
  ko: [['오늘|금일', 0], ['내일|낼', 1], ['모레', 2], ['글피', 3], ['어제', -1], ['그저께|그제', -2]],
  en: [['the day after tomorrow', 2], ['today|tonight', 0], ['tomorrow|tmrw?', 1], ['yesterday', -1]],
  es: [['pasado mañana', 2], ['hoy|esta noche', 0], ['(?<!(?:la|esta|de|por)\\s)mañana', 1], ['anteayer', -2], ['ayer', -1]],
  pt: [['depois de amanhã', 2], ['hoje', 0], ['amanhã', 1], ['anteontem', -2], ['ontem', -1]],
  fr: [['après-demain|après demain', 2], ["aujourd'hui|aujourd’hui|ce soir", 0], ['demain', 1], ['avant-hier', -2], ['hier', -1]],
  de: [['übermorgen', 2], ['heute', 0], ['(?<!(?:heute|am|jeden|gestern)\\s)morgen', 1], ['vorgestern', -2], ['gestern', -1]],
  ru: [['послезавтра', 2], ['сегодня', 0], ['завтра', 1], ['позавчера', -2], ['вчера', -1]],
  it: [['dopodomani', 2], ['oggi|stasera', 0], ['domani', 1], ["l'altro ieri", -2], ['ieri', -1]],
  th: [['มะรืนนี้|มะรืน', 2], ['วันนี้|คืนนี้', 0], ['พรุ่งนี้', 1], ['เมื่อวานซืน', -2], ['เมื่อวานนี้|เมื่อวาน', -1]],
  vi: [['ngày kia|ngày mốt', 2], ['hôm nay|tối nay', 0], ['ngày mai|sáng mai|chiều mai|tối mai', 1], ['hôm kia', -2], ['hôm qua', -1]],
  id: [['lusa', 2], ['hari ini|malam ini', 0], ['besok|esok', 1], ['kemarin lusa', -2], ['kemarin', -1]],
  ar: [['بعد غد|بعد بكرة', 2], ['اليوم|الليلة', 0], ['غدا|غداً|غدًا|بكرة|بكره|بكرا', 1], ['أمس|امس|البارحة', -1]],
  tr: [['öbür gün|yarından sonra', 2], ['bugün|bu akşam', 0], ['yarın', 1], ['dün', -1]],
};

/**
 * Weekday names chrono-node does not know (ko, th, tr), as [RegExp source, ISO weekday (1 = Monday)]. Turkish
 * takes its case endings ("cumaya", "pazartesiye"); "cuma" is not the start of "cumartesi".
 */
export const WEEKDAY_WORDS: Record<string, [string, number][]> = {
  ko: [['월요일|월욜', 1], ['화요일|화욜', 2], ['수요일|수욜', 3], ['목요일|목욜', 4], ['금요일|금욜', 5], ['토요일|토욜', 6], ['일요일|일욜', 7]],
  th: [['(?:วัน)?จันทร์', 1], ['(?:วัน)?อังคาร', 2], ['วันพุธ', 3], ['(?:วัน)?พฤหัส(?:บดี)?', 4], ['(?:วัน)?ศุกร์', 5], ['(?:วัน)?เสาร์', 6], ['(?:วัน)?อาทิตย์', 7]],
  tr: [
    ['pazartesi\\p{L}{0,4}', 1], ['(?:salı|sali)\\p{L}{0,4}', 2], ['(?:çarşamba|carsamba)\\p{L}{0,4}', 3], ['(?:perşembe|persembe)\\p{L}{0,4}', 4],
    ['cuma(?!rtesi)\\p{L}{0,4}', 5], ['cumartesi\\p{L}{0,4}', 6], ['pazar(?!tesi)\\p{L}{0,4}', 7],
  ],
};

export function weekdayPatterns(lang: string): { re: RegExp; weekday: number }[] {
  return (WEEKDAY_WORDS[lang] ?? []).map(([src, weekday]) => ({ re: new RegExp(`(?<![\\p{Script=Latin}])(?:${src})(?![\\p{Script=Latin}])`, 'giu'), weekday }));
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/** A clock-time pattern: a RegExp source and how to read its match. */
interface TimePattern {
  re: string;
  read: (m: RegExpExecArray) => ClockTime | undefined;
}

const num = (s: string | undefined) => (s === undefined ? 0 : Number(s));
const clock = (hour: number, minute: number): ClockTime | undefined =>
  hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? { hour, minute } : undefined;
const afternoon = (h: number, pm: boolean) => (pm && h < 12 ? h + 12 : h);

/** Patterns tried in every language, after the language's own. */
const COMMON: TimePattern[] = [
  { re: '(?<![\\d:])(\\d{1,2})[:：](\\d{2})(?![\\d:])', read: (m) => clock(num(m[1]), num(m[2])) },
];

const BY_LANG: Record<string, TimePattern[]> = {
  ko: [{
    re: '(오전|오후|아침|저녁|밤|새벽)?\\s?(\\d{1,2})시(?:\\s?(\\d{1,2})분|\\s?(반))?',
    read: (m) => clock(afternoon(num(m[2]), ['오후', '저녁', '밤'].includes(m[1] ?? '')), m[4] ? 30 : num(m[3])),
  }],
  tr: [{
    re: "(öğleden sonra|akşam|sabah)?\\s?saat\\s?(\\d{1,2})(?:[:.](\\d{2}))?(?:'?(?:de|da|te|ta))?",
    read: (m) => clock(afternoon(num(m[2]), ['öğleden sonra', 'akşam'].includes(m[1] ?? '')), num(m[3])),
  }],
  th: [
    { re: '(\\d{1,2})[.:](\\d{2})\\s?น\\.?', read: (m) => clock(num(m[1]), num(m[2])) },
    { re: 'บ่าย\\s?(\\d{1,2})\\s?โมง', read: (m) => clock(afternoon(num(m[1]), true), 0) },
    { re: '(\\d{1,2})\\s?โมง\\s?(เย็น|เช้า)?', read: (m) => clock(afternoon(num(m[1]), m[2] === 'เย็น'), 0) },
    { re: '(\\d{1,2})\\s?ทุ่ม', read: (m) => clock(num(m[1]) + 18, 0) },
  ],
  fr: [{ re: '(?<![\\d])(\\d{1,2})\\s?h(\\d{2})?(?![\\p{L}\\d])', read: (m) => clock(num(m[1]), num(m[2])) }],
  pt: [{ re: '(?<![\\d])(\\d{1,2})\\s?h(\\d{2})?(?![\\p{L}\\d])', read: (m) => clock(num(m[1]), num(m[2])) }],
  ar: [{ re: 'الساعة\\s?(\\d{1,2})(?:[:](\\d{2}))?', read: (m) => clock(num(m[1]), num(m[2])) }],
};

export function timePatterns(lang: string): { re: RegExp; read: TimePattern['read'] }[] {
  return [...(BY_LANG[lang] ?? []), ...COMMON].map((p) => ({ re: new RegExp(p.re, 'giu'), read: p.read }));
}

export function dayWordPatterns(lang: string): { re: RegExp; days: number }[] {
  const words = DAY_WORDS[lang] ?? [];
  // \b does not work for Thai or CJK; a Latin-letter guard is enough for the rest.
  return words.map(([src, days]) => ({ re: new RegExp(`(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])(?:${src})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])`, 'giu'), days }));
}
