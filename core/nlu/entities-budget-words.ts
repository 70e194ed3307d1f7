/**
 * Numbers as shoppers say them, per base language: the words (inflected forms as RegExp sources), what kind of part
 * of a number each is, and how a language puts them together. Read by entities-budget-spoken.ts.
 */

/**
 * `unit`: a count (one, twenty, двести, 两); `mul`: multiplies the count before it within a group (hundred, ratus,
 * 百, พัน); `scale`: closes a group (thousand, тысяч, 万, ribu); `teen`: adds ten to the unit before it (Indonesian
 * belas); `half`: half of the part before it (Vietnamese rưỡi); `zero`: a spoken zero inside a number (零, linh).
 */
export type PartKind = 'unit' | 'mul' | 'scale' | 'teen' | 'half' | 'zero';

export interface NumberWords {
  units: Record<string, number>;
  muls?: Record<string, number>;
  scales: Record<string, number>;
  /** Scales said without a count: "до тыщи", "menos de mil", "unter tausend" (not "grand" or "mila"). */
  alone?: readonly string[];
  teen?: string;
  half?: string;
  zero?: string;
  /** Words joining parts ("one hundred and fifty", "treinta y cinco", "mil e quinhentos"). */
  joins?: string;
  /** The join puts the unit before the tens: German "fünfundzwanzig", Arabic "خمسة وعشرين". */
  unitFirst?: true;
  /** Parts run together without spaces: "dreitausend", "tremila", "สามพัน", "三千", "삼만". */
  joined?: true;
  /** "一千五" is 1500, "สองพันห้า" 2500, "1만5" 15 000: a last digit after a unit word counts in tenths of it. */
  shorthand?: true;
  /** After an amount, a range it starts: "两百多" (two hundred and some), "3만원대", "3千円台". */
  range?: string;
  /** Endings a number takes (Turkish "bine kadar", "yüzden ucuz"). */
  suffix?: string;
  /** Letters that stick to a number word in front (Arabic "وعشرين", "بألف"). */
  prefix?: string;
  /** Parts never stand apart: Korean "이 만원짜리" is "this 10 000-won one", not 20 000. */
  tight?: true;
}

const CJK_UNITS = { '一|壹': 1, '二|两|兩|贰|俩|倆': 2, '三|叁|仨': 3, '四|肆': 4, '五|伍': 5, '六|陆|陸': 6, '七|柒': 7, '八|捌': 8, '九|玖': 9 };
const CJK_MULS = { '十|拾': 10, '百|佰': 100, '千|仟': 1000 };

export const NUMBER_WORDS: Record<string, NumberWords> = {
  en: {
    units: {
      a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
      thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
      'fou?rty': 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    muls: { 'hundreds?': 100 },
    scales: { 'thousands?': 1000, grand: 1000, 'millions?': 1e6 },
    joins: 'and',
  },
  de: {
    units: {
      'ein(?:s|e|en|em|er)?': 1, 'zwei|zwo': 2, drei: 3, vier: 4, 'fünf|fuenf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
      elf: 11, 'zwölf|zwoelf': 12, dreizehn: 13, vierzehn: 14, 'fünfzehn|fuenfzehn': 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
      neunzehn: 19, zwanzig: 20, 'dreißig|dreissig': 30, vierzig: 40, 'fünfzig|fuenfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    },
    muls: { hundert: 100 },
    // "2 Riesen", "2 Mille": a thousand euros in speech.
    scales: { tausend: 1000, 'tsd\\.?': 1000, riesen: 1000, mille: 1000, 'million(?:en)?|mio\\.?': 1e6 },
    alone: ['tausend'],
    joins: 'und', unitFirst: true, joined: true,
  },
  fr: {
    units: {
      'un|une': 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13,
      quatorze: 14, quinze: 15, seize: 16, 'vingts?': 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70,
      'quatre[- ]vingts?|huitante|octante': 80, nonante: 90,
    },
    muls: { 'cents?': 100 },
    scales: { mille: 1000, 'millions?': 1e6 },
    alone: ['mille'],
    joins: 'et',
  },
  es: {
    units: {
      'un|uno|una': 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
      trece: 13, catorce: 14, quince: 15, 'dieciséis|dieciseis': 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
      'veintiuno|veintiún|veintiun': 21, 'veintidós|veintidos': 22, 'veintitrés|veintitres': 23, veinticuatro: 24, veinticinco: 25,
      'veintiséis|veintiseis': 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50,
      sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, 'cien|ciento': 100, 'doscient[oa]s': 200, 'trescient[oa]s': 300,
      'cuatrocient[oa]s': 400, 'quinient[oa]s': 500, 'seiscient[oa]s': 600, 'setecient[oa]s': 700, 'ochocient[oa]s': 800, 'novecient[oa]s': 900,
    },
    // "50 lucas": fifty thousand pesos in Argentina and Chile.
    scales: { mil: 1000, 'lucas?': 1000, 'millón|millon|millones': 1e6 },
    alone: ['mil'],
    joins: 'y',
  },
  pt: {
    units: {
      'um|uma': 1, 'dois|duas': 2, 'três|tres': 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12,
      treze: 13, 'catorze|quatorze': 14, quinze: 15, 'dezesseis|dezasseis': 16, 'dezessete|dezassete': 17, dezoito: 18,
      'dezenove|dezanove': 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80,
      noventa: 90, 'cem|cento': 100, 'duzent[oa]s': 200, 'trezent[oa]s': 300, 'quatrocent[oa]s': 400, 'quinhent[oa]s': 500,
      'seiscent[oa]s': 600, 'setecent[oa]s': 700, 'oitocent[oa]s': 800, 'novecent[oa]s': 900,
    },
    scales: { mil: 1000, 'milhão|milhao|milhões|milhoes': 1e6 },
    alone: ['mil'],
    joins: 'e',
  },
  it: {
    units: {
      'uno|una|un': 1, due: 2, 'tre|tré': 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
      dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
      // The tens drop their vowel before uno and otto: "ventuno", "trentotto".
      'venti?': 20, 'trenta?': 30, 'quaranta?': 40, 'cinquanta?': 50, 'sessanta?': 60, 'settanta?': 70, 'ottanta?': 80, 'novanta?': 90,
    },
    muls: { cento: 100 },
    scales: { mille: 1000, mila: 1000, 'milion[ei]': 1e6 },
    alone: ['mille'],
    joins: 'e', joined: true,
  },
  ru: {
    units: {
      'один|одна|одну|одного|одной': 1, 'два|две|двух|двум': 2, 'три|тр[её]х|тр[её]м': 3, 'четыре|четыр[её]х': 4, 'пять|пяти': 5,
      'шесть|шести': 6, 'семь|семи': 7, 'восемь|восьми': 8, 'девять|девяти': 9, 'десять|десяти': 10, 'одиннадцат[ьи]': 11,
      'двенадцат[ьи]': 12, 'тринадцат[ьи]': 13, 'четырнадцат[ьи]': 14, 'пятнадцат[ьи]': 15, 'шестнадцат[ьи]': 16,
      'семнадцат[ьи]': 17, 'восемнадцат[ьи]': 18, 'девятнадцат[ьи]': 19, 'двадцат[ьи]': 20, 'тридцат[ьи]': 30, 'сорока?': 40,
      'пятьдесят|пятидесяти': 50, 'шестьдесят|шестидесяти': 60, 'семьдесят|семидесяти': 70, 'восемьдесят|восьмидесяти': 80,
      'девяност[оа]': 90, 'сто|ста': 100, 'двести|двухсот': 200, 'триста|тр[её]хсот': 300, 'четыреста|четыр[её]хсот': 400,
      'пятьсот|пятисот': 500, 'шестьсот|шестисот': 600, 'семьсот|семисот': 700, 'восемьсот|восьмисот': 800, 'девятьсот|девятисот': 900,
      'полтора|полторы|полутора': 1.5,
    },
    // "тыща" and "косарь" are a thousand roubles in speech, "лям" a million. "Штука" is one too, but "2 штуки" are
    // two pieces: only the inverted "штуки 2" next to money words is read (entities-budget-spoken.ts).
    scales: {
      'тысяч(?:а|и|у|ей|ами)?|тыс\\.?': 1000, 'тыщ(?:а|и|у|ей)?': 1000, 'косар(?:ь|я|ю|ей|и)': 1000,
      'миллион(?:а|ов)?|млн\\.?|лям(?:а|ов)?': 1e6,
    },
    alone: ['тысяч(?:а|и|у|ей|ами)?|тыс\\.?', 'тыщ(?:а|и|у|ей)?', 'косар(?:ь|я|ю|ей|и)'],
  },
  tr: {
    units: {
      bir: 1, iki: 2, 'üç|uc': 3, 'dört|dort': 4, 'beş|bes': 5, 'altı|alti': 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20,
      otuz: 30, 'kırk|kirk': 40, elli: 50, 'altmış|altmis': 60, 'yetmiş|yetmis': 70, seksen: 80, doksan: 90,
    },
    muls: { 'yüz|yuz': 100 },
    scales: { bin: 1000, milyon: 1e6 },
    alone: ['bin'],
    suffix: "['’]?(?:ye|ya|yi|yı|e|a|den|dan|ten|tan|lik|lık|luk|lük)",
  },
  id: {
    units: {
      satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
    },
    muls: { puluh: 10, ratus: 100, seratus: 100 },
    scales: { 'ribu|rb': 1000, seribu: 1000, 'juta|jt': 1e6, sejuta: 1e6 },
    alone: ['seribu', 'sejuta'],
    teen: 'belas',
  },
  vi: {
    units: {
      'một|mốt': 1, hai: 2, ba: 3, 'bốn|tư': 4, 'năm|lăm|nhăm': 5, 'sáu': 6, 'bảy|bẩy': 7, 'tám': 8, 'chín': 9, 'mười': 10,
    },
    muls: { 'mươi': 10, 'trăm': 100 },
    // "2 củ" is two million dong in speech.
    scales: { 'nghìn|ngàn|ngan|nghin': 1000, 'triệu|trieu|củ': 1e6, 'tỷ|tỉ': 1e9 },
    half: 'rưỡi|rưởi',
    zero: 'linh|lẻ',
  },
  th: {
    units: { 'หนึ่ง|เอ็ด': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9, 'ยี่สิบ': 20 },
    muls: { 'สิบ': 10, 'ร้อย': 100, 'พัน': 1000, 'หมื่น': 10_000, 'แสน': 100_000 },
    scales: { 'ล้าน': 1e6 },
    joined: true, shorthand: true,
  },
  ar: {
    units: {
      'واحد|واحدة': 1, 'اثنين|اثنان|اتنين|إثنين': 2, 'ثلاث|ثلاثة|ثلاثه|تلات|تلاتة|تلاته': 3, 'أربع|أربعة|اربع|اربعة|اربعه': 4,
      'خمس|خمسة|خمسه': 5, 'ست|ستة|سته': 6, 'سبع|سبعة|سبعه': 7, 'ثمان|ثماني|ثمانية|ثمانيه|تمن|تمانية|تمانيه': 8, 'تسع|تسعة|تسعه': 9,
      'عشر|عشرة|عشره': 10, 'عشرين|عشرون': 20, 'ثلاثين|ثلاثون|تلاتين': 30, 'أربعين|اربعين|أربعون': 40, 'خمسين|خمسون': 50,
      'ستين|ستون': 60, 'سبعين|سبعون': 70, 'ثمانين|ثمانون|تمانين': 80, 'تسعين|تسعون': 90,
      'ميتين|مئتين|مائتين|مئتان|مائتان': 200, 'ثلاثمية|ثلاثمائة|ثلاثمئة|تلتمية': 300, 'أربعمية|أربعمائة|اربعمية|اربعمائة': 400,
      'خمسمية|خمسمائة|خمسمئة': 500, 'ستمية|ستمائة|ستمئة': 600, 'سبعمية|سبعمائة|سبعمئة': 700, 'ثمانمية|ثمانمائة|تمنمية': 800,
      'تسعمية|تسعمائة|تسعمئة': 900, 'ألفين|الفين|ألفان': 2000,
    },
    muls: { 'مية|مئة|مائة|ميه': 100 },
    scales: { 'ألف|الف|آلاف|الاف|ألاف': 1000, 'مليون|ملايين': 1e6 },
    alone: ['ألف|الف|آلاف|الاف|ألاف'],
    joins: 'و', unitFirst: true, prefix: 'و|ب',
  },
  zh: {
    units: CJK_UNITS, muls: CJK_MULS, scales: { '万|萬': 1e4, '亿|億': 1e8 }, zero: '零|〇',
    joined: true, shorthand: true, range: '多',
  },
  ja: {
    units: CJK_UNITS, muls: CJK_MULS, scales: { '万|萬': 1e4, '億': 1e8 }, zero: '零|〇',
    joined: true, range: '台',
  },
  ko: {
    units: { '일': 1, '이': 2, '삼': 3, '사': 4, '오': 5, '육|륙': 6, '칠': 7, '팔': 8, '구': 9 },
    muls: { '십': 10, '백': 100, '천': 1000 },
    scales: { '만': 1e4, '억': 1e8 },
    alone: ['만'],
    joined: true, tight: true, shorthand: true, range: '대',
  },
};
