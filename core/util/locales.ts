/** The 15 locales shopmate ships translations for. */
export const LOCALES = ['zh-CN', 'en', 'ja', 'ko', 'es', 'fr', 'de', 'ru', 'pt', 'it', 'th', 'vi', 'id', 'ar', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(x: string): x is Locale {
  return (LOCALES as readonly string[]).includes(x);
}

/**
 * Maps a platform or browser locale tag (`en-US`, `zh_Hans`, `pt-BR`, `zh`) to one of `supported`,
 * or `undefined` when none fits.
 */
export function matchLocale(tag: string | undefined, supported: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const norm = tag.replace('_', '-').toLowerCase();
  const exact = supported.find((l) => l.toLowerCase() === norm);
  if (exact) return exact;
  const lang = norm.split('-')[0] ?? '';
  if (lang === 'zh') return supported.find((l) => l.toLowerCase().startsWith('zh'));
  return supported.find((l) => l.toLowerCase() === lang || l.toLowerCase().split('-')[0] === lang);
}

/** Tags whose display name reads better than the CLDR default in a language menu. */
const NAME_TAGS: Record<string, string> = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant' };
const NAME_OVERRIDES: Record<string, string> = { id: 'Bahasa Indonesia' };

/** The name of `locale` in its own language, as a language menu shows it: `es` → "Español", `zh-CN` → "简体中文". */
export function nativeLanguageName(locale: string): string {
  let name = nativeNames.get(locale);
  if (name === undefined) {
    name = computeNativeName(locale);
    nativeNames.set(locale, name);
  }
  return name;
}

/** Building an `Intl.DisplayNames` costs far more than a turn can spare: each name is computed once. */
const nativeNames = new Map<string, string>();

function computeNativeName(locale: string): string {
  const override = NAME_OVERRIDES[locale];
  if (override) return override;
  const tag = NAME_TAGS[locale] ?? locale;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  } catch {
    name = undefined; // not a well-formed tag: show the code
  }
  if (!name) return locale;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * Text as language names and requests are matched: lower case, no accents on Latin letters ("İngilizce",
 * "ingilizce" and "ingılizce" alike; "tieng anh" as "tiếng Anh"), one form of Arabic alef and no vowel marks,
 * and punctuation as spaces ("по-русски" → "по русски", "all'inglese" → "all inglese").
 */
export function foldText(text: string): string {
  return foldLetters(text.normalize('NFKC').toLowerCase()).replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** Accents and letter variants only: also applied to the patterns below, which keep their regex syntax. */
function foldLetters(s: string): string {
  return s.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC')
    .replace(/đ/gu, 'd').replace(/ı/gu, 'i').replace(/ё/gu, 'е').replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/[\u064B-\u0652\u0640]/gu, '');
}

/** Names shoppers use that CLDR does not give (or gives in a newer form); not a country's bare name ("Cina", "Thailand"). */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'zh-CN': ['普通话', '汉语', '国语', '华语', '中国话', 'mandarin', 'bahasa mandarin', 'bahasa cina', 'tiếng hoa', 'tiếng trung quốc'],
  es: ['castellano'],
  fr: ['bahasa perancis'],
  it: ['tiếng ý'],
  ko: ['한국말'],
  th: ['bahasa thailand'],
  tr: ['터키어', 'tiếng thổ'],
  en: ['انكليزي', 'الانكليزية'],
};

/** A language's names in each of the 15 languages, folded (foldText) → locale; built once. */
let namesToLocale: Map<string, string> | undefined;
/**
 * Language names that are also the country's in the same language ("Jepang", "Italia", "ญี่ปุ่น"; "Inggris" and
 * "อังกฤษ" are England): "ke jepang bisa?" asks about shipping. They choose a language alone, or after
 * "bahasa"/"ภาษา", never inside a request.
 */
const countryNames = new Set<string>(['inggris', 'อังกฤษ']);
const COUNTRIES = ['CN', 'TW', 'US', 'GB', 'JP', 'KR', 'ES', 'MX', 'FR', 'DE', 'RU', 'PT', 'BR', 'IT', 'TH', 'VN', 'ID', 'SA', 'EG', 'TR'];

function languageNames(): Map<string, string> {
  if (namesToLocale) return namesToLocale;
  const map = new Map<string, string>();
  const add = (name: string | undefined, locale: string) => {
    const key = name === undefined ? '' : foldText(name);
    if (key && !map.has(key)) map.set(key, locale);
  };
  for (const target of LOCALES) {
    const base = target.split('-')[0]!;
    add(nativeLanguageName(target), target);
    add(NAME_OVERRIDES[base], target);
    for (const extra of EXTRA_NAMES[target] ?? []) add(extra, target);
    for (const display of LOCALES) {
      const names = [base, NAME_TAGS[target] ?? target].map((tag) => new Intl.DisplayNames([display], { type: 'language' }).of(tag));
      const regions = new Intl.DisplayNames([display], { type: 'region' });
      const countries = new Set(COUNTRIES.map((r) => foldText(regions.of(r) ?? r)));
      for (const name of names) {
        if (!name) continue;
        if (countries.has(foldText(name))) countryNames.add(foldText(name));
        add(name, target);
        for (const form of spokenForms(name, display)) add(form, target);
      }
    }
  }
  namesToLocale = map;
  return map;
}

/** How chat writes a language's name besides its dictionary form, in the language `display`. */
function spokenForms(name: string, display: string): string[] {
  switch (display.split('-')[0]) {
    // Thai and Indonesian say "the language …" as often as not: "ภาษาอังกฤษ", "bahasa Inggris".
    case 'th': return [`ภาษา${name}`, `ภาษา ${name}`];
    case 'id': return [`bahasa ${name}`];
    // Chinese writes a language as 英语 or 英文 alike.
    case 'zh': return name.endsWith('语') ? [`${name.slice(0, -1)}文`] : [];
    // "по-английски" (speak), "на английском" (in): the adjective's other endings.
    case 'ru': return name.endsWith('ий') ? [`по-${name.slice(0, -2)}и`, `${name.slice(0, -2)}ом`] : [];
    // "عربي", "انجليزي": the spoken form of "العربية", "الإنجليزية".
    case 'ar': {
      const bare = name.replace(/^ال/u, '');
      return bare.endsWith('ية') ? [`${bare.slice(0, -2)}ي`] : [];
    }
    default: return [];
  }
}

/** The locale a language name (folded) is, trying Arabic's attached prepositions and article ("بالعربي", "للانجليزية"). */
function localeOfName(name: string): string | undefined {
  const names = languageNames();
  return names.get(name) ?? names.get(name.replace(/^(?:وب|ب|ل|و)?(?:ال|لل)?/u, '')) ?? names.get(name.replace(/^(?:ب|ل)/u, ''));
}

/**
 * The supported locale a message names and does nothing else with: "English", "español", "中文", "日本語",
 * "Tiếng Việt", "ภาษาไทย", "İngilizce", "английский", "in English please". A shopper who types a language's name
 * wants the replies in it.
 */
export function localeNamed(text: string, supported: readonly string[]): string | undefined {
  const t = foldText(text)
    .replace(/^(?:(?:in|speak|reply in|answer in|en|em|auf|на|bang|dalam)\s+|[用说講])/u, '')
    .replace(/(?:\s+(?:please|pls|plz|por favor|bitte|lutfen|пожалуйста|di|nhe)|\s*(?:ค่ะ|ครับ|で|로|으로|로요|으로요))$/u, '');
  if (!t || t.length > 40) return undefined;
  const locale = localeOfName(t);
  return locale && supported.includes(locale) ? locale : undefined;
}

/** A message asking for the replies in a language: which one, and whether it was asked as a question. */
export interface LanguageRequest {
  locale: string;
  /** "Do you speak English?", "日本語で話してもいいですか": answered with a yes, in that language. */
  question: boolean;
}

/** Requests longer than this are about something else too. */
const MAX_REQUEST_CHARS = 80;

/** Words before and after a language's name (folded) that make a message ask to be answered in it. */
interface RequestWords {
  before: string;
  after: string;
  /** A question without a question mark: "do you speak …", "…吗", "…ですか", "…mı". */
  question?: string;
}

/** Any number of the words, each followed by a space (before a name) or preceded by one (after it). */
const wordsBefore = (...w: string[]) => `(?:(?:${w.join('|')}) )*`;
const wordsAfter = (...w: string[]) => `(?: (?:${w.join('|')}))*`;

/**
 * How each language asks for another: "can you answer in Spanish", "请用日语回复", "日本語で話してもいいですか",
 * "영어로 바꿔줘", "พูดภาษาอังกฤษได้ไหม", "говори по-русски", "تكلم عربي", "bisa pakai bahasa inggris?",
 * "dili ingilizce yap". The words around the name must be request words only: "is the manual in English?",
 * "does the watch support Chinese?" and "英語の説明書はありますか" name a language without asking for it.
 */
const REQUEST_WORDS: Readonly<Record<string, RequestWords>> = {
  en: {
    before: wordsBefore('can', 'could', 'would', 'will', 'do', 'you', 'u', 'ya', 'we', 'i', 'please', 'pls', 'plz', 'just', 'ok', 'okay', 'hey', 'hi',
      'speak', 'talk', 'answer', 'reply', 'respond', 'write', 'chat', 'text', 'message', 'continue', 'switch', 'change', 'go', 'use', 'set', 'know',
      'understand', 'to', 'in', 'into', 'me', 'with', 'us', 'the', 'language', 'want', 'wanna', 'would like', 'd like', 'prefer', 'need', 'let s',
      'lets', 'is it possible', 'possible', 'from now on', 'back'),
    after: wordsAfter('please', 'pls', 'plz', 'thanks', 'thank you', 'thx', 'instead', 'from now on', 'only', 'again', 'now', 'too', 'as well',
      'with me', 'to me', 'language', 'is that possible', 'possible', 'is it possible', 'ok', 'okay', 'then'),
    question: '^(?:do|does|can|could|would|will|is|are|r) ',
  },
  'zh-CN': {
    before: '(?:请|麻烦|麻烦你|你|您|你们|可以|能|能不能|可不可以|会|会不会|我想|我要|想|要|希望|帮我|给我|跟我|和我|以后|之后|接下来|现在|改|都|就|还是|还是用|直接|一下| )*'
      + '(?:用|说|講|讲|换成|换到|换|切换成|切换到|切换|切到|改成|改用|转成|转到|设置成|设为|来)?(?: )?',
    after: '(?: ?(?:回复|回答|回|聊天|聊|交流|沟通|对话|说话|说|讲|跟我说|和我说|跟我聊|和我聊|打字|吧|吗|嘛|么|呢|可以吗|可以不|可以|行吗|行不行|行|好吗|好不好|好|不|谢谢|呗|啊|呀|哦|哈|一下|就好|就行|了|模式))*',
    question: '(?:吗|嘛|么|不|呢)$|会不会|能不能|可不可以|可以不|行不行|好不好',
  },
  ja: {
    before: '(?:(?:すみません|すいません|あの|あのう|じゃあ|では|ちょっと|今から|これから|今後|以降|次から) ?)*',
    // A verb must follow: "英語ですか" (is it English?) asks nothing.
    after: ' ?(?:で|に|を|は|って)? ?(?=.*(?:話|はな|喋|しゃべ|会話|返信|返事|回答|答え|こたえ|対応|チャット|やりとり|やり取り|書|お願い|おねがい|頼|変え|かえ|切り替え|切替|変更|設定|使|つか|分か|わか|大丈夫|可能|いける|でき|出来|ok|いい|良い|し))(?:(?:話|はな|喋|しゃべ|会話|返信|返事|回答|答え|こたえ|対応|チャット|やりとり|やり取り|書|か|お願い|おねがい|頼|変え|かえ|切り替え|切替え|切替|変更|設定|使|つか|分か|わか|大丈夫|可能|いける|でき|出来|OK|ok|いい|良い|よろしい|もらえ|くれ|ください|下さい|ほしい|欲しい|して|し|せ|さ|す|る|れ|ら|ま|て|も|い|な|の|ん|ね|よ|です|ます|だ|か|かな|ませ|ない)+)$',
    question: '(?:か|かな|の|る|ない|ます|です)$',
  },
  ko: {
    before: wordsBefore('혹시', '저기', '저기요', '제발', '좀', '그냥', '이제', '이제부터', '지금부터', '앞으로', '그럼', '다시'),
    after: '(?: ?(?:로|으로|만|좀|바꿔\\S*|바꾸\\S*|변경\\S*|해\\S*|하\\S*|말\\S*|대답\\S*|답\\S*|얘기\\S*|이야기\\S*|대화\\S*|부탁\\S*|주\\S*|줘\\S*|가능\\S*|돼\\S*|되\\S*|할|줄|알\\S*|수|있\\S*|써\\S*|쓰\\S*|설정\\S*|전환\\S*|요|ㄱㄱ))*',
    question: '(?:까|나요|가요|죠|니|냐|어요|아요|해요|돼요|되요|세요|래요|을까요)$',
  },
  es: {
    before: wordsBefore('me', 'te', 'tu', 'usted', 'ustedes', 'puedes', 'podes', 'podrias', 'puede', 'podria', 'pueden', 'se puede', 'por favor', 'porfa', 'hola',
      'hablas', 'habla', 'hablan', 'hablar', 'hablame', 'hablarme', 'sabes', 'sabe', 'responde', 'respondeme', 'responder', 'responderme', 'contesta',
      'contestame', 'contestar', 'escribe', 'escribeme', 'escribir', 'escribirme', 'atender', 'atenderme', 'seguir', 'sigamos', 'continuar', 'cambia',
      'cambiar', 'cambialo', 'pasa', 'pasate', 'pasar', 'pon', 'ponlo', 'ponme', 'el idioma', 'idioma', 'a', 'al', 'en', 'quiero', 'quisiera', 'prefiero',
      'que me hables', 'que me respondas', 'el bot', 'el chat', 'la conversacion', 'mejor', 'y'),
    after: wordsAfter('por favor', 'porfa', 'porfavor', 'xfa', 'gracias', 'mejor', 'ahora', 'de ahora en adelante', 'conmigo', 'se puede', 'please'),
    question: '^(?:me )?(?:hablas|habla|hablan|puedes|podes|podrias|puede|podria|pueden|sabes|sabe|se puede) ',
  },
  fr: {
    before: wordsBefore('tu', 'vous', 'on', 'je', 'est ce que', 'peux', 'peux tu', 'pouvez', 'pouvez vous', 'pourriez vous', 'pourrais tu', 'parles',
      'parle', 'parlez', 'parles tu', 'parlez vous', 'parler', 'moi', 'me', 'repondre', 'reponds', 'repondez', 'ecrire', 'ecris', 'ecrivez', 'passe',
      'passez', 'passer', 'change', 'changez', 'changer', 'la langue', 'langue', 'en', 'a', 'l', 'pour', 'voudrais', 'veux', 'prefere', 'prefererais',
      'qu on parle', 'continuer', 'continue', 'continuons', 'svp', 'stp', 's il vous plait', 's il te plait', 'bonjour'),
    after: wordsAfter('svp', 'stp', 's il vous plait', 's il te plait', 'merci', 'plutot', 'maintenant', 'desormais', 'avec moi', 'c est possible', 'possible', 'please'),
    question: '^(?:est ce que|tu parles|vous parlez|parlez vous|parles tu|tu peux|vous pouvez|pouvez vous|peux tu|pourriez vous|pourrais tu|on peut) ',
  },
  de: {
    before: wordsBefore('sprichst', 'sprichst du', 'sprechen', 'sprechen sie', 'sprecht', 'sprecht ihr', 'sprich', 'sprecht', 'kannst', 'kannst du',
      'konnen', 'konnen sie', 'konnen wir', 'koennen', 'konntest du', 'konnten sie', 'du', 'sie', 'ihr', 'wir', 'ich', 'bitte', 'auch', 'lieber',
      'antworte', 'antworten', 'antwortet', 'schreib', 'schreibe', 'schreiben', 'wechsel', 'wechsle', 'wechseln', 'stell', 'stelle', 'stellen',
      'die sprache', 'sprache', 'auf', 'zu', 'nach', 'in', 'mochte', 'mochte gern', 'will', 'hatte gern', 'hatte gerne', 'geht das', 'geht es', 'geht',
      'hallo', 'ok', 'mit mir'),
    after: wordsAfter('bitte', 'danke', 'sprechen', 'schreiben', 'antworten', 'weitermachen', 'weiter', 'umstellen', 'um', 'wechseln', 'lieber',
      'jetzt', 'ab jetzt', 'mit mir', 'moglich', 'auch', 'sprechen bitte', 'please'),
    question: '^(?:sprichst|sprechen sie|sprecht|kannst|konnen|koennen|konntest|konnten|geht) ',
  },
  ru: {
    before: wordsBefore('ты', 'вы', 'а', 'можешь', 'можете', 'можно', 'а можно', 'мог бы', 'могли бы', 'пожалуйста', 'давай', 'давайте', 'говори',
      'говорите', 'говоришь', 'говорите ли', 'говорить', 'разговаривать', 'общаться', 'отвечай', 'отвечайте', 'отвечать', 'ответь', 'ответьте',
      'ответить', 'пиши', 'пишите', 'писать', 'напиши', 'переключи', 'переключись', 'переключитесь', 'переключиться', 'перейди', 'перейдите',
      'перейти', 'смени', 'смените', 'сменить', 'поменяй', 'поменять', 'язык', 'на', 'по', 'знаешь', 'знаете', 'понимаешь', 'хочу', 'лучше', 'мне',
      'со мной', 'привет'),
    after: wordsAfter('пожалуйста', 'плиз', 'можно', 'говоришь', 'говорите', 'можешь', 'можете', 'ли', 'давай', 'спасибо', 'теперь', 'дальше',
      'со мной', 'язык', 'please'),
    question: '(?:^| )(?:ли|можно|можешь|можете|говоришь|говорите|знаешь|знаете|понимаешь)(?: |$)',
  },
  pt: {
    before: wordsBefore('voce', 'vc', 'voces', 'vcs', 'tu', 'fala', 'falam', 'falar', 'sabe', 'sabe falar', 'pode', 'podem', 'poderia', 'da pra',
      'tem como', 'consegue', 'responde', 'responder', 'responda', 'escreve', 'escrever', 'conversa', 'conversar', 'fale', 'comigo', 'muda', 'mudar',
      'muda o idioma', 'troca', 'trocar', 'o idioma', 'a lingua', 'idioma', 'lingua', 'pra', 'para', 'pro', 'em', 'no', 'quero', 'queria', 'prefiro',
      'o bot', 'o chat', 'a conversa', 'que fale', 'que responda', 'ser', 'por favor', 'pfv', 'oi', 'ola', 'ok', 'e'),
    after: wordsAfter('por favor', 'pfv', 'pf', 'pls', 'obrigado', 'obrigada', 'agora', 'comigo', 'por gentileza', 'please'),
    question: '^(?:voce fala|vc fala|voces falam|fala|sabe|pode|podem|poderia|da pra|tem como|consegue|tu fala) ',
  },
  it: {
    before: wordsBefore('parli', 'parla', 'parlate', 'parlare', 'parlami', 'sai', 'sapete', 'puoi', 'puo', 'potete', 'potresti', 'potrebbe', 'si puo',
      'rispondi', 'rispondimi', 'rispondere', 'rispondermi', 'scrivi', 'scrivimi', 'scrivere', 'passa', 'passiamo', 'passare', 'cambia', 'cambiare',
      'lingua', 'la lingua', 'in', 'all', 'a', 'l', 'voglio', 'vorrei', 'preferisco', 'mi', 'per favore', 'per piacere', 'ciao', 'ok', 'tu', 'lei',
      'voi', 'continuiamo', 'continua'),
    after: wordsAfter('per favore', 'per piacere', 'grazie', 'ora', 'adesso', 'invece', 'con me', 'please'),
    question: '^(?:parli|parla|parlate|sai|sapete|puoi|puo|potete|potresti|potrebbe|si puo) ',
  },
  th: {
    before: '(?:(?:ช่วย|ขอ|กรุณา|รบกวน|คุณ|น้อง|แอดมิน|พี่|พูด|คุย|ตอบ|พิมพ์|ใช้|เปลี่ยนเป็น|เปลี่ยนภาษาเป็น|เปลี่ยนไปใช้|เปลี่ยน|สลับเป็น|สลับ|เป็น|กลับเป็น|ได้|ไหม|ภาษา) ?)*',
    after: '(?: ?(?:ได้ไหม|ได้มั้ย|ได้ไม๊|ได้ป่าว|ได้ปะ|ได้รึเปล่า|ได้หรือเปล่า|ได้หรือไม่|ได้|ไหม|มั้ย|เป็น|หน่อย|ด้วย|นะ|ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|ที|เลย|แทน|กับฉัน|กับผม|กับหนู|กับเรา|ให้|กัน|ละกัน|แล้วกัน|คุย|พูด|ตอบ))*',
    question: '(?:ไหม|มั้ย|ไม๊|ป่าว|ปะ|เปล่า|หรือไม่)(?: ?(?:ค่ะ|คะ|ครับ|คับ|จ๊ะ))?$',
  },
  vi: {
    before: wordsBefore('ban', 'shop', 'em', 'anh', 'chi', 'ad', 'admin', 'oi', 'co the', 'co', 'the', 'noi', 'tra loi', 'rep', 'nhan', 'nhan tin',
      'viet', 'chat', 'dung', 'xai', 'doi', 'chuyen', 'sang', 'qua', 'bang', 'voi', 'minh', 'toi', 'giup', 'lam on', 'vui long', 'hay', 'cho', 'thanh',
      'ngon ngu', 'muon', 'duoc', 'nha', 'nhe', 'noi chuyen', 'di'),
    after: wordsAfter('duoc', 'dc', 'khong', 'ko', 'k', 'hok', 'hong', 'khum', 'a', 'di', 'nhe', 'nha', 'voi', 'duoc khong', 'giup', 'thoi', 'luon',
      'di ma', 'nhe shop', 'cho minh', 'cho toi', 'cho em', 'voi minh', 'voi em', 'nhe ban', 'dum', 'giup minh', 'please'),
    question: '(?:khong|ko|k|hok|hong|khum|chu|duoc khong|dc ko)(?: (?:a|vay|nhi|ban|shop))?$',
  },
  id: {
    before: wordsBefore('bisa', 'bisakah', 'apakah', 'apa', 'kamu', 'anda', 'kak', 'kakak', 'min', 'admin', 'gan', 'tolong', 'mohon', 'pakai', 'pake',
      'pakek', 'gunakan', 'pakai bahasa', 'ngomong', 'bicara', 'berbicara', 'balas', 'bales', 'jawab', 'chat', 'ngobrol', 'ganti', 'ubah', 'ke',
      'dalam', 'dalem', 'dengan', 'pakai', 'mau', 'ingin', 'aku', 'saya', 'boleh', 'dong', 'ya', 'halo', 'hai', 'sama', 'aja', 'pake'),
    after: wordsAfter('dong', 'ya', 'aja', 'saja', 'deh', 'nggak', 'gak', 'ga', 'engga', 'enggak', 'tidak', 'kah', 'bisa', 'bisa gak', 'bisa nggak',
      'kak', 'min', 'gan', 'please', 'tolong', 'sekarang', 'mulai sekarang', 'terima kasih', 'makasih'),
    question: '(?:^(?:bisa|bisakah|apakah|apa|boleh)|(?:^| )(?:kah|gak|nggak|ga|engga|enggak|tidak)$)',
  },
  ar: {
    before: wordsBefore('هل', 'ممكن', 'لو سمحت', 'من فضلك', 'رجاء', 'ارجو', 'يا', 'انت', 'انتي', 'حضرتك', 'تقدر', 'تقدري', 'بتعرف', 'تعرف', 'تعرفي', 'تتكلم',
      'تكلم', 'تكلمي', 'اتكلم', 'نتكلم', 'تتحدث', 'تحدث', 'اتحدث', 'نتحدث', 'تحكي', 'احكي', 'نحكي', 'كلمني', 'كلميني', 'حدثني', 'رد', 'ردي', 'ترد',
      'رد علي', 'جاوب', 'جاوبني', 'تجاوب', 'اكتب', 'تكتب', 'اكتبلي', 'غير', 'غيري', 'حول', 'حولي', 'بدل', 'اللغة', 'لغة', 'الى', 'معي', 'معايا',
      'علي', 'بس', 'فقط', 'ان', 'اريد', 'ابغى', 'بدي', 'عايز', 'مرحبا', 'السلام عليكم', 'باللغة', 'بلغة')
      // Prepositions and the article are written onto the name: "بالعربي", "للانجليزية".
      + '(?:وبال|بال|لل|ال|ب|ل)?',
    after: wordsAfter('لو سمحت', 'من فضلك', 'رجاء', 'ممكن', 'بس', 'فقط', 'معي', 'معايا', 'شكرا', 'بليز', 'اذا ممكن', 'لو', 'سمحت', 'please'),
    question: '^(?:هل|ممكن|تقدر|تقدري|بتعرف|تعرف|تعرفي|تتكلم|تتحدث|تحكي) ',
  },
  tr: {
    before: wordsBefore('dili', 'dil', 'lutfen', 'bana', 'benimle', 'sen', 'siz', 'sizinle', 'artik', 'simdi', 'bundan sonra', 'hadi', 'merhaba', 'tamam'),
    after: `(?: ?y[ae])?${wordsAfter('konus\\S*', 'yaz\\S*', 'cevap\\S*', 'yanit\\S*', 'gec\\S*', 'cevir\\S*', 'degistir\\S*', 'yap\\S*', 'olsun', 'olur',
      'olur mu', 'olabilir', 'bil\\S*', 'mi', 'mu', 'misin', 'musun', 'misiniz', 'musunuz', 'miyiz', 'mumkun', 'lutfen', 'ver\\S*', 'dilinde', 'dili',
      'ile', 'yardimci', 'ol', 'devam\\S*', 'et\\S*', 'bana', 'benimle', 'artik', 'please')}`,
    question: '(?:^| )(?:mi|mu|misin|musun|misiniz|musunuz|miyiz|mumkun mu|olur mu|biliyor musun|bilir misin)(?: |$)|konusabilir',
  },
};

interface CompiledRequest {
  locale: string;
  before: RegExp;
  after: RegExp;
  question: RegExp | undefined;
}

let requests: CompiledRequest[] | undefined;

function requestPatterns(): CompiledRequest[] {
  requests ??= Object.entries(REQUEST_WORDS).map(([locale, w]) => ({
    locale,
    before: new RegExp(`^${foldLetters(w.before)}$`, 'u'),
    after: new RegExp(`^${foldLetters(w.after)}$`, 'u'),
    question: w.question ? new RegExp(foldLetters(w.question), 'u') : undefined,
  }));
  return requests;
}

/** Where each language name occurs in folded text `t`, longest first. */
function namesIn(t: string): { at: number; name: string; locale: string }[] {
  const found: { at: number; name: string; locale: string }[] = [];
  for (const [name, locale] of languageNames()) {
    if (countryNames.has(name)) continue;
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) found.push({ at, name, locale });
  }
  return found.sort((a, b) => b.name.length - a.name.length);
}

/**
 * A message asking for the replies in a supported language, in any of the 15 languages and naming the language
 * in any of them: a name alone ("English", "中文", see localeNamed), or a request around it ("can you answer in
 * spanish", "请用日语回复", "영어로 바꿔줘", "parla italiano?", "dili ingilizce yap"; see REQUEST_WORDS). A message
 * that only mentions a language ("is the manual in english?") asks nothing.
 */
export function languageRequested(text: string, supported: readonly string[]): LanguageRequest | undefined {
  const named = localeNamed(text, supported);
  const t = foldText(text);
  const question = /[?？؟]/u.test(text);
  if (named) return { locale: named, question };
  if (!t || t.length > MAX_REQUEST_CHARS) return undefined;
  for (const { at, name, locale } of namesIn(t)) {
    if (!supported.includes(locale)) continue;
    const before = t.slice(0, at);
    const after = t.slice(at + name.length);
    for (const words of requestPatterns()) {
      if (words.before.test(before) && words.after.test(after)) return { locale, question: question || (words.question?.test(t) ?? false) };
    }
  }
  return undefined;
}
