/**
 * Positions in a list the bot has just shown: "the second one", "第二个", "2つ目", "두 번째", "อันที่สอง",
 * "das zweite", "la deuxième", "el último", "второй", "الثاني", "ikincisi", "yang kedua", "cái thứ hai",
 * "#2". The value is the position from 1, or -1 for the last one.
 *
 * Ordinal words also count days, times and orders ("the first time", "my last order", "thứ hai" is Monday
 * in Vietnamese), so each language asks for the shape a shopper uses to point at an item: an article or a
 * pronoun-like word ("the", "el", "der", "yang", "cái"), a counter ("个", "つ目", "번째", "อันที่"), or a
 * word for an item after it ("second one", "zweite Artikel"); and none is taken when a word for time or an
 * order sits next to it. Whether a list was shown at all is the flow runtime's business (see
 * `resolveListReference` in core/flow/references.ts).
 */
import { makeEntity, type ScanInput } from './entities-text.js';
import { asksProductPrice } from './entities-price-question.js';
import { languageOf, marksAreOptional, normalizeText, stripMarks, tokenizeNormalized } from './tokenize.js';
import type { Entity } from './types.js';

interface Rule {
  re: RegExp;
  /** Position of a matched ordinal word (or digit), lower-cased. */
  value: (word: string) => number | undefined;
}

const digit = (w: string) => {
  const n = Number(w);
  return Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
};

/** Maps word stems to positions: the first stem that starts the word wins (longest stems first). */
function stems(table: Record<string, number>): (word: string) => number | undefined {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  return (word) => {
    const w = word.toLowerCase();
    if (/^\d$/.test(w)) return digit(w);
    const key = keys.find((k) => w.startsWith(k));
    return key === undefined ? undefined : table[key];
  };
}

const alt = (table: Record<string, number>, endings = '') => `(?:${Object.keys(table).sort((a, b) => b.length - a.length).join('|')})${endings}`;

/** Nouns of time and of orders an ordinal may count instead of an item (per language, after the ordinal). */
const NOT_ITEMS: Record<string, string> = {
  en: 'time|times|order|orders|week|month|year|day|days|night|minute|hour|package|parcel|delivery|payment|purchase|message|email|step|thing|page',
  de: 'mal|tage|wochen|monate|jahre|bestellung|lieferung|woche|monat|jahr|tag|zahlung|nachricht|paket|schritt|seite',
  fr: 'fois|commande|semaine|mois|an|année|annee|jour|livraison|paiement|message|colis|étape|etape|page',
  es: 'vez|veces|pedido|semana|mes|año|ano|día|dia|envío|envio|pago|mensaje|compra|paquete|paso|página|pagina',
  pt: 'vez|vezes|pedido|encomenda|semana|mês|mes|ano|dia|entrega|pagamento|mensagem|compra|pacote|passo|página|pagina',
  it: 'volta|volte|ordine|settimana|mese|anno|giorno|consegna|pagamento|messaggio|acquisto|pacco|passo|pagina',
  ru: 'раз|очеред\\p{L}*|врем\\p{L}*|заказ\\p{L}*|недел\\p{L}*|месяц\\p{L}*|год\\p{L}*|день|дня|доставк\\p{L}*|оплат\\p{L}*|сообщени\\p{L}*|посылк\\p{L}*|шаг\\p{L}*',
  tr: 'kez|defa|sefer|olarak|sipariş\\p{L}*|siparis\\p{L}*|hafta\\p{L}*|ay|ayı|yıl\\p{L}*|gün\\p{L}*|ödeme\\p{L}*|mesaj\\p{L}*|kargo\\p{L}*',
  id: 'kali|pesanan\\p{L}*|order\\p{L}*|minggu|bulan|tahun|hari|pembayaran|pengiriman|pesan',
};

const EN = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };
const DE = { erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, letzt: -1 };
const FR = {
  premier: 1, première: 1, premiere: 1, '1er': 1, '1re': 1, deuxième: 2, deuxieme: 2, second: 2, seconde: 2, '2e': 2, '2ème': 2, '2eme': 2,
  troisième: 3, troisieme: 3, '3e': 3, '3ème': 3, quatrième: 4, quatrieme: 4, cinquième: 5, cinquieme: 5, dernier: -1, dernière: -1, derniere: -1,
};
const ES = { primer: 1, segund: 2, tercer: 3, cuart: 4, quint: 5, últim: -1, ultim: -1 };
const PT = { primeir: 1, segund: 2, terceir: 3, quart: 4, quint: 5, últim: -1, ultim: -1 };
const IT = { prim: 1, second: 2, terz: 3, quart: 4, quint: 5, ultim: -1 };
const RU = { перв: 1, втор: 2, трет: 3, четвёрт: 4, четверт: 4, пят: 5, последн: -1 };
const RU_ENDINGS = '(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ом|ем|ей|ые|ие|ых|их|ья|ье|ью|ьего|ьей|ьим)';
const AR = {
  الأول: 1, الاول: 1, الأولى: 1, الاولى: 1, الاولي: 1, الثاني: 2, الثانيه: 2, الثانية: 2, التاني: 2, التانية: 2, التانيه: 2,
  الثالث: 3, الثالثة: 3, الثالثه: 3, التالت: 3, التالتة: 3, الرابع: 4, الرابعة: 4, الرابعه: 4, الخامس: 5, الخامسة: 5, الخامسه: 5,
  الأخير: -1, الاخير: -1, الأخيرة: -1, الاخيرة: -1, الاخيره: -1,
};
const TR = { birinci: 1, ilk: 1, ikinci: 2, üçüncü: 3, ucuncu: 3, dördüncü: 4, dorduncu: 4, beşinci: 5, besinci: 5, sonuncu: -1 };
const ID = { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, terakhir: -1 };
const VI = {
  'thứ nhất': 1, 'đầu tiên': 1, 'thứ hai': 2, 'thứ ba': 3, 'thứ tư': 4, 'thứ năm': 5, 'cuối cùng': -1, cuối: -1,
  'thứ 1': 1, 'thứ 2': 2, 'thứ 3': 3, 'thứ 4': 4, 'thứ 5': 5,
};
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };
const JA_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, ひと: 1, ふた: 2, みっ: 3, よっ: 4, いつ: 5 };
const KO_NUM: Record<string, number> = { 첫: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 첫째: 1, 둘째: 2, 셋째: 3, 넷째: 4 };
const TH_NUM: Record<string, number> = { หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4, ห้า: 5, แรก: 1, สุดท้าย: -1 };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** Not followed by one of the language's words for time or orders. */
const notBefore = (lang: string) => (NOT_ITEMS[lang] ? `(?!\\s+(?:${NOT_ITEMS[lang]})${E})` : '');

const table = (t: Record<string, number>) => (w: string) => {
  const k = w.toLowerCase().replace(/\s+/gu, ' ');
  return /^\d$/.test(k) ? digit(k) : t[k];
};

const RULES: Record<string, Rule[]> = {
  en: [
    { re: new RegExp(`${B}(?:the\\s+)?(${alt(EN)})\\s+(?:one|ones|item|option|product|pick|link|card|choice)${E}`, 'giu'), value: table(EN) },
    { re: new RegExp(`${B}the\\s+(${alt(EN)})${E}${notBefore('en')}`, 'giu'), value: table(EN) },
    { re: new RegExp(`${B}(?:number|no\\.|option|item|nr\\.?)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  de: [
    { re: new RegExp(`${B}(?:der|die|das|den|dem|des)\\s+(${alt(DE, '(?:e|en|er|es|em)')})${E}${notBefore('de')}`, 'giu'), value: stems(DE) },
    { re: new RegExp(`${B}(${alt(DE, '(?:e|en|er|es|em)')})\\s+(?:davon|artikel|produkt|option|link)${E}`, 'giu'), value: stems(DE) },
    { re: new RegExp(`${B}(?:nummer|nr\\.?|option)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  fr: [
    { re: new RegExp(`${B}(?:le|la|les|l')\\s*(${alt(FR)})${E}${notBefore('fr')}`, 'giu'), value: table(FR) },
    { re: new RegExp(`${B}(?:numéro|numero|n°|no\\.|option)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  es: [
    { re: new RegExp(`${B}(?:el|la|lo|los|las)\\s+(${alt(ES, '(?:o|a|os|as)?')})${E}${notBefore('es')}`, 'giu'), value: stems(ES) },
    { re: new RegExp(`${B}(?:número|numero|nro\\.?|n°|opción|opcion)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  pt: [
    { re: new RegExp(`${B}(?:o|a|os|as)\\s+(${alt(PT, '(?:o|a|os|as)')})${E}${notBefore('pt')}`, 'giu'), value: stems(PT) },
    { re: new RegExp(`${B}(?:número|numero|nº|n°|opção|opcao)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  it: [
    { re: new RegExp(`${B}(?:il|lo|la|l'|i|gli|le)\\s*(${alt(IT, '(?:o|a|i|e)')})${E}${notBefore('it')}`, 'giu'), value: stems(IT) },
    { re: new RegExp(`${B}(?:numero|n\\.|opzione)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  ru: [
    // Adjective endings only: "пятый", not "пятница"; "во-первых" is "firstly".
    { re: new RegExp(`(?<!во-)${B}(${alt(RU, RU_ENDINGS)})${E}${notBefore('ru')}`, 'giu'), value: stems(RU) },
    { re: new RegExp(`(?:${B}номер|№)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  ar: [
    // The noun comes first in Arabic: "الطلب الثاني" is the second order, "المرة الأولى" the first time.
    { re: new RegExp(`(?<!(?:طلب|الطلب|طلبي|المرة|مرة|الاسبوع|الأسبوع|الشهر|اليوم|السنة|الدفع|الشحنة)\\s+)${B}(${alt(AR)})${E}`, 'gu'), value: table(AR) },
    { re: new RegExp(`${B}(?:رقم|خيار)\\s*(\\d)${E}`, 'gu'), value: digit },
  ],
  tr: [
    { re: new RegExp(`${B}(${alt(TR, '\\p{L}{0,4}')})${E}${notBefore('tr')}`, 'giu'), value: stems(TR) },
    { re: new RegExp(`${B}(\\d)\\s*(?:numara\\p{L}*|nolu|no'lu)${E}`, 'giu'), value: digit },
    { re: new RegExp(`${B}(\\d)\\.\\s*(?:si|sı|su|sü|ürün\\p{L}*|olan)${E}`, 'giu'), value: digit },
  ],
  id: [
    { re: new RegExp(`${B}(?:yang|yg|produk|barang|item|pilihan|opsi|model|urutan|nomor|no)\\s+(${alt(ID)})${E}${notBefore('id')}`, 'giu'), value: table(ID) },
    { re: new RegExp(`${B}(?:nomor|nomer|no\\.?|pilihan|opsi)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  vi: [
    // "thứ hai" alone is Monday: a word for a thing comes first ("cái thứ hai", "mẫu thứ 2").
    { re: new RegExp(`${B}(?:cái|mẫu|con|sản phẩm|sp|món|chiếc|loại|bộ|đôi|cặp|hộp|chai|lựa chọn|link)\\s+(${alt(VI)})${E}`, 'giu'), value: table(VI) },
    { re: new RegExp(`${B}(?:số|mẫu số)\\s*(\\d)${E}`, 'giu'), value: digit },
  ],
  zh: [
    { re: /第\s*([一二两三四五1-5])\s*(?:个|個|款|件|种|種|台|只|隻|双|雙|套|瓶|支|条|條|张|張|样|樣|项|項|号|號|(?=$|[\s，,。？?！!的吧呢啊呀吗嗎那这這]))/gu, value: (w) => ZH_NUM[w] ?? digit(w) },
    { re: /最[后後]\s*(?:一|那)\s*(?:个|個|款|件|种|種|台|只|隻|双|雙|套|瓶|支|条|條|样|樣)()/gu, value: () => -1 },
  ],
  ja: [
    { re: /([1-5一二三四五]|ひと|ふた|みっ|よっ|いつ)\s*(?:つ目|つめ|番目|個目|品目|点目)/gu, value: (w) => JA_NUM[w] ?? digit(w) },
    // "最初の注文" is the first order: a word for a thing, or nothing, follows.
    { re: /(?:一番)?最初の\s*(?:やつ|もの|物|商品|奴|方|ほう|(?=$|[\s?？。!！]))()/gu, value: () => 1 },
    { re: /最後の\s*(?:やつ|もの|物|商品|奴|方|ほう|(?=$|[\s?？。!！]))()/gu, value: () => -1 },
  ],
  ko: [
    { re: /(첫|두|세|네|다섯|[1-5])\s?번째(?!\s?(?:주문|배송|결제|주|달|날|시간|방문))/gu, value: (w) => KO_NUM[w] ?? digit(w) },
    { re: /(?<![\p{L}])(첫째|둘째|셋째|넷째)(?:\s?(?:거|꺼|것|상품|제품))?/gu, value: (w) => KO_NUM[w] },
    { re: /마지막\s?(?:거|꺼|것|상품|제품|꺼요|거요)()/gu, value: () => -1 },
  ],
  th: [
    // "อันหนึ่ง" is "one of them": numbers need ที่ ("อันที่สอง"); แรก and สุดท้าย do not ("อันแรก").
    { re: /(?:อัน|ตัว|ชิ้น|รุ่น|แบบ|สินค้า|เบอร์|ข้อ|ลิงก์)\s?ที่\s?(หนึ่ง|สอง|สาม|สี่|ห้า|[1-5])/gu, value: (w) => TH_NUM[w] ?? digit(w) },
    { re: /(?:อัน|ตัว|ชิ้น|รุ่น|แบบ|สินค้า|ลิงก์)\s?(?:ที่\s?)?(แรก|สุดท้าย)/gu, value: (w) => TH_NUM[w] },
  ],
};

/** "#2", and a message that is one digit and nothing else ("2", "2.", "#3"). */
const ANY_HASH = /(?<![\p{L}\p{N}])#\s?(\d)(?![\p{L}\p{N}])/gu;
const ONLY_DIGIT = /^\s*(?:#\s?)?(\d)\s*[.)!?]?\s*$/u;

/** `also`: other languages whose words count too (the conversation's, when the text was read as another). */
export function extractOrdinals(input: ScanInput, also: readonly string[] = []): Entity[] {
  const out: Entity[] = [];
  const push = (value: number | undefined, start: number, end: number) => {
    if (value === undefined || out.some((e) => e.start < end && start < e.end)) return;
    out.push(makeEntity('ordinal', value, input, start, end));
  };
  const only = ONLY_DIGIT.exec(input.norm);
  if (only) push(digit(only[1] ?? ''), input.norm.indexOf(only[1] ?? ''), input.norm.indexOf(only[1] ?? '') + 1);
  for (const m of input.norm.matchAll(ANY_HASH)) push(digit(m[1] ?? ''), m.index, m.index + m[0].length);
  for (const rule of [input.lang, ...also].flatMap((lang) => RULES[lang] ?? [])) {
    rule.re.lastIndex = 0;
    for (const m of input.norm.matchAll(rule.re)) push(rule.value(m[1] ?? ''), m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

/*
 * Several at once and words that point: "both", "all three", "两个一共", "両方", "둘 다", "los dos", "beide", "оба",
 * "ikisi birden"; and "the leather one", "la de cuero", "透明的那个", "革のやつ", "가죽으로 된 거", "อันที่เป็นหนัง",
 * "die aus Leder", "кожаный", "cái bằng da", "yang kulit", "الجلد", "deri olan". Both are read in `referenceText`:
 * lower case, and without accents where typing drops them, so the words below are written without them.
 */

/** `text` as the readers below take it (offsets are in this text). */
export function referenceText(text: string, locale: string): string {
  const norm = normalizeText(text, locale);
  return marksAreOptional(locale) ? stripMarks(norm) : norm;
}

/** How many of the products shown a message takes at once: a count, or 0 for all of them. */
const SEVERAL: Record<string, [string, number][]> = {
  en: [['both(?: of (?:them|those|these|em))?|them both|(?<!of )the two(?: of (?:them|those|these))?|(?:the )?2 of (?:them|those|these)', 2],
    ['all (?:three|3)|the three(?: of (?:them|those|these))?|(?:the )?3 of (?:them|those|these)', 3], ['all (?:four|4)', 4], ['all (?:five|5)', 5],
    ['all of (?:them|those|these|em)|them all|(?:for|take|buy|get|want|order) (?:them )?all', 0]],
  de: [['beide|(?<!von )beiden|beides|die zwei|die 2|alle zwei|alle 2', 2], ['alle drei|alle 3|die drei', 3], ['alle vier|alle 4', 4],
    ['alle zusammen|(?:fur|nehme|kaufe|nehm) alle|alle davon', 0]],
  fr: [['les deux|tou(?:te)?s (?:les )?deux|les 2', 2], ['les trois|tou(?:te)?s les trois|les 3', 3],
    ['(?:pour|prends|veux|prendre|acheter) tou(?:te)?s|tou(?:te)?s (?:ensemble|les produits)', 0]],
  es: [['(?<!de )(?:los|las) dos|ambos|ambas|(?<!de )(?:los|las) 2', 2], ['(?:los|las) tres|tod[oa]s (?:los|las) tres|(?:los|las) 3', 3],
    ['(?:por|llevo|quiero|compro|llevar|comprar) tod[oa]s|tod[oa]s juntos', 0]],
  pt: [['(?:os|as) dois|(?:os|as) duas|ambos|ambas|(?:os|as) 2', 2], ['(?:os|as) tres|tod[oa]s (?:os|as) tres|(?:os|as) 3', 3],
    ['(?:levo|quero|compro|levar|comprar|pelos|pelas) tod[oa]s|tod[oa]s juntos', 0]],
  it: [['entramb[ie]|tutt[ie] e due|tutt[ie] e 2|ambedue|(?:i|le) due', 2], ['tutt[ie] e tre|tutt[ie] e 3|(?:i|le) tre', 3],
    ['(?:prendo|voglio|compro|per) tutt[ie]|tutt[ie] insieme', 0]],
  ru: [['оба|обе|обоих|обеих|обоим|оба два|два вместе', 2], ['все три|все 3|всех трех|все трое|всех троих', 3],
    ['(?:за|беру|возьму|берем) все|все вместе|все сразу', 0]],
  ar: [['الاثنين|الاتنين|الاثنتين|الثنتين|الاثنان|كلاهما|كليهما|الزوج', 2], ['الثلاثه|الثلاث|التلاته|التلات', 3], ['الكل|كلهم|كلها|جميعها|جميعهم', 0]],
  tr: [['ikisi(?!nden)\\p{L}*|her ikisi\\p{L}*|iki(?:si)? de|ikisini de', 2], ['ucu|ucunu|ucu de|her ucu\\p{L}*|ucunun', 3], ['hepsini|hepsinin|hepsi birden|hepsi (?:ne kadar|kac)', 0]],
  id: [['dua-?duanya|dua2nya|keduanya|kedua-?duanya', 2], ['ketiganya|tiga-?tiganya|tiga2nya', 3], ['semuanya|(?:ambil|beli|borong) semua', 0]],
  vi: [['ca hai|ca 2', 2], ['ca ba|ca 3', 3], ['tat ca|(?:lay|mua|gom) het', 0]],
  zh: [['(?:两|俩|2)\\s?(?:个|款|件|样|只|台|双|套|种|条)?\\s?(?:都|一共|一起|总共|加起来|合计|全)|俩都', 2],
    ['(?:三|3)\\s?(?:个|款|件|样|只|台|双|套|种|条)?\\s?(?:都|一共|一起|总共|加起来|合计|全)', 3], ['全部|都要|都买|全都|全要', 0]],
  ja: [['両方|りょうほう|どっちも|どちらも|(?:2|二|ふた)(?:つ|個)(?:とも|共)', 2], ['(?:3|三|みっ)(?:つ|個)(?:とも|共)', 3], ['全部|ぜんぶ|全て|すべて', 0]],
  ko: [['둘\\s?다|두\\s?개\\s?(?:다|모두|전부)|둘\\s?모두', 2], ['셋\\s?다|세\\s?개\\s?(?:다|모두|전부)', 3], ['전부|모두 다|다\\s?(?:해서|합해서)', 0]],
  th: [['ทั้งสอง|ทั้ง\\s?2|ทั้งคู่', 2], ['ทั้งสาม|ทั้ง\\s?3', 3], ['ทั้งหมด', 0]],
};

/** Languages whose words have no edges to test (Korean endings stick to words too). */
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th', 'ko']);
const SPACED_EDGE = (lang: string, source: string) => (UNSPACED_LANGS.has(lang) ? source : `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`);
const SEVERAL_RE = Object.fromEntries(Object.entries(SEVERAL).map(([lang, rules]) =>
  [lang, rules.map(([source, count]) => [new RegExp(SPACED_EDGE(lang, source), 'u'), count] as const)]));

/** "Both" (2), "all three" (3), "all of them" (0) in `norm` (see `referenceText`), with where it was said. */
export function readSeveral(norm: string, locale: string): { count: number; start: number; end: number } | undefined {
  for (const [re, count] of SEVERAL_RE[languageOf(locale)] ?? []) {
    const m = re.exec(norm);
    if (m) return { count, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * How words point at one of several things shown, per language. `⋯` stands for other words of the products shown
 * ("la funda de cuero", "the black leather one").
 */
interface Pointing {
  /** Words right before a product's word that point by themselves: "the one in", "la de", "อันที่เป็น", "cái bằng", "yang". */
  before?: string;
  /** Determiners right before it, which point when nothing but the reference follows: "the black", "la negra", "那个透明的". */
  article?: string;
  /** Words right after it that point by themselves: "one", "的那个", "のやつ", "거", "olan". */
  after?: string;
  /** Words right after it that point when nothing else follows: "的", "の". */
  tail?: string;
  /** Words that may close the message: "please", "吧", "ครับ". */
  end?: string;
  /** Words that may open a message that is just the reference: "and", "what about", "那". */
  lead?: string;
  /** The word as said points by its form alone: the article written onto it (ar "الجلد"), the accusative (tr "siyahı"). */
  form?: (said: string, word: string) => boolean;
}

const POINTING: Record<string, Pointing> = {
  en: {
    before: "the(?: ones?)? (?:in|with|made of|made from|that'?s|that is)(?: made of| in)?|(?:one|ones) (?:in|with|made of|made from)",
    article: 'the|that|this|those|these', after: 'one|ones|version|model|variant|pair',
    end: 'please|pls|plz|then|too|instead|thanks|thx', lead: "and|what about|how about|ok|okay|so|then|i want|i'?ll take|give me|i'?d like",
  },
  de: {
    before: '(?:der|die|das|den|dem)(?: ⋯)? (?:aus|mit|in|im)', article: 'der|die|das|den|dem|diese|dieser|dieses|diesen',
    after: 'variante|version|modell|ausfuhrung', end: 'bitte|dann|danke|auch', lead: 'und|was ist mit|ok|also|dann|ich nehme|ich will|ich mochte|lieber',
  },
  fr: {
    before: "(?:celui|celle|ceux|celles|le|la|les)(?: ⋯)?(?: qui est| qui sont)? (?:en|de|d'|avec)|celui|celle|ceux|celles",
    article: "le|la|les|l'", after: 'version|modele', end: "stp|svp|s'il te plait|s'il vous plait|alors|merci",
    lead: 'et|ok|alors|je prends|je veux|je voudrais|donne moi|donnez moi',
  },
  es: {
    before: '(?:el|la|los|las|lo|aquel|aquella)(?: ⋯)?(?: que (?:es|son|esta|viene))? (?:de|en|con)|(?:el|la) (?:de )?color',
    article: 'el|la|los|las|lo|ese|esa|este|esta', after: 'version|modelo', end: 'porfa|por favor|pls|entonces|gracias|pues',
    lead: 'y|ok|vale|entonces|pues|quiero|me llevo|me quedo con|dame',
  },
  pt: {
    before: '(?:o|a|os|as|aquele|aquela)(?: ⋯)?(?: que (?:e|sao|vem))? (?:de|em|com|do|da|na|no)',
    article: 'o|a|os|as|esse|essa|este|esta', after: 'versao|modelo', end: 'por favor|pfv|pf|entao|obrigad[oa]|ai',
    lead: 'e|ok|entao|quero|vou querer|vou levar|me da|manda',
  },
  it: {
    before: '(?:quello|quella|quelli|quelle|il|lo|la|i|gli|le)(?: ⋯)?(?: che e)? (?:in|di|con|da)|quello|quella|quelli|quelle',
    article: "il|lo|la|l'|i|gli|le", after: 'versione|modello', end: 'per favore|grazie|allora',
    lead: 'e|ok|allora|voglio|prendo|vorrei|dammi',
  },
  ru: {
    before: '(?:тот|та|то|ту|те|которыи|которая|которое|которую|которые)(?: ?,)?(?: (?:что|которыи|которая|которое|которую))?(?: (?:из|в|с))?',
    after: 'вариант|модель|модели', end: 'пожалуиста|пж|плиз|тогда|спасибо', lead: 'а|и|ну|даваи|даите|хочу|беру|возьму|тогда',
  },
  ar: {
    before: '(?:اللي|الي|الذي|التي|حق|حقت|ابو)(?: (?:من|ب|لونه|لونها|لون))?', end: 'لو سمحت|من فضلك|طيب|شكرا|يا ريت',
    lead: 'و|طيب|اوك|ابغي|ابي|ابغا|بدي|عايز|اريد|خلاص',
    form: (said) => /^[وفبلك]?(?:ال|لل)/u.test(said),
  },
  tr: {
    after: 'olan\\p{L}*', end: 'lutfen|o zaman|tamam|tesekkurler|olsun', lead: 've|peki|tamam|o zaman|ben|bana',
    form: (said, word) => /^'?y?[iu]$/u.test(said.slice(word.length)),
  },
  id: {
    before: '(?:yang|yg)(?: (?:warna|warnanya|bahan|bahannya|dari|berbahan|model))?', end: 'aja|saja|dong|deh|ya|kak|min|gan|sis',
    lead: 'terus|trus|oke|ok|mau|aku mau|saya mau|ambil|beli',
  },
  vi: {
    before: '(?:cai|con|loai|mau|chiec|bo|doi|cap|mon|sp|san pham|em|hop|chai)(?: (?:bang|mau|lam bang|chat lieu|chat|co))?',
    end: 'nha|nhe|di|thoi|luon|a|ak|shop|ban', lead: 'the|vay|ok|oke|lay|mua|cho minh|cho em|minh lay|em lay',
  },
  th: {
    before: '(?:อัน|ตัว|แบบ|รุ่น|ชิ้น|เคส|ใบ|คู่|สินค้า|สี)\\s?(?:ที่)?\\s?(?:เป็น|ทำจาก|ทำด้วย|สี|มี)?',
    end: 'ครับ|ค่ะ|คะ|คับ|จ้า|นะ|เลย|ละ|อ่ะ|ค่า', lead: 'เอา|ขอ|งั้น|แล้ว|โอเค',
  },
  zh: {
    article: '(?:那|这)(?:个|款)?(?:是)?', after: '的?\\s?(?:那|这)?\\s?一?\\s?(?:个|款|只|件|双|台|种|条|套|支|瓶|把)', tail: '的',
    end: '吧|呢|啊|呀|嘛|哈|就行|就好|好了|吗', lead: '那|那就|要|我要|就|还有|给我|买',
  },
  ja: {
    article: 'その|あの|この', after: '(?:い|な)?の?(?:やつ|ヤツ|ほう|方|もの|物|奴)', tail: '(?:い|な)?の',
    end: 'ください|下さい|で|にします|がいい|お願いします|おねがい|かな|です|ね|よ|は', lead: 'じゃあ|じゃ|では|それなら|なら',
  },
  ko: {
    after: '(?:으로|로)?\\s?(?:된|만든|만들어진|인|한|색|색깔|색상)?\\s?(?:거|것|걸|꺼|게|건|제품|모델|쪽)',
    end: '요|주세요|로 할게요|할게요', lead: '그럼|그러면|그냥',
  },
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A product's word as it may be written: its endings (negro/negra, чёрный/чёрная, deri/deriden), the Arabic article. */
function wordSource(word: string, lang: string): string {
  const body = escapeRegex(word).replace(/[\s-]+/g, '[\\s\\-]*');
  if (UNSPACED_LANGS.has(lang) && !/^[a-z0-9]/.test(word)) return body;
  let stem = body;
  let ending = '';
  if (lang === 'en') ending = '(?:s|es)?';
  else if (lang === 'de') ending = '(?:e|en|er|es|em|n|s)?';
  else if (lang === 'fr') ending = '(?:e|s|es)?';
  else if (['es', 'pt', 'it'].includes(lang)) {
    // negro/negra/negros, bianco/bianche/bianchi, preto/pretas.
    if (/[oae]$/.test(word) && word.length >= 4) [stem, ending] = [body.slice(0, -1), '(?:[oaei]|os|as|es|he|hi)'];
    else ending = '(?:s|es|e|i)?';
  } else if (lang === 'ru') {
    const m = /(?:ыи|ии|ои|ая|яя|ое|ее|ые|ие|а|я|о|е|ь|ы|и)$/u.exec(word);
    if (m && word.length - m[0].length >= 3) stem = escapeRegex(word.slice(0, -m[0].length));
    ending = '\\p{L}{0,4}';
  } else if (lang === 'tr') ending = "(?:'?\\p{L}{0,6})";
  else if (lang === 'ar') return `(?<![\\p{L}\\p{N}])(?:[وفبلك]?(?:ال|لل))?${escapeRegex(word.replace(/^ال/u, ''))}(?:ي|يه|ه|ها)?(?![\\p{L}\\p{N}])`;
  return `(?<![\\p{L}\\p{N}])${stem}${ending}(?![\\p{L}\\p{N}])`;
}

/** A use of a product's word that points at it, and the span of the words that point. */
export interface Pointer {
  word: string;
  start: number;
  end: number;
}

/** The pointing words of a language as regex sources, with `⋯` (and optional glue) filled in. */
function pointingSources(p: Pointing, g: string): Record<'before' | 'article' | 'after' | 'tail' | 'end' | 'lead', string> {
  const fill = (s: string | undefined) => (s ? s.replace(/ ⋯/g, g).replace(/ /g, '\\s*') : '(?!)');
  return { before: fill(p.before), article: fill(p.article), after: fill(p.after), tail: fill(p.tail), end: fill(p.end), lead: fill(p.lead) };
}

/**
 * Where a product's `words` point at it in `norm` (see `referenceText`): framed by the language's pointing words,
 * or alone. `glue` are words of any product shown, which may stand between ("the black leather one"). "Do you have
 * it in black?" and "is it leather?" point at nothing: they ask about the product talked about.
 */
export function findPointers(norm: string, locale: string, words: readonly string[], glue: readonly string[]): Pointer[] {
  const lang = languageOf(locale);
  const p = POINTING[lang];
  if (!p || words.length === 0) return [];
  const [edge, tailEdge] = UNSPACED_LANGS.has(lang) ? ['', ''] : ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
  const g = `(?:\\s*(?:${[...new Set(glue)].sort((a, b) => b.length - a.length).map((w) => wordSource(w, lang)).join('|') || '(?!)'}))*`;
  const src = pointingSources(p, g);
  const pre = (s: string, before: string) => new RegExp(`${edge}(?:${s})${g}\\s*$`, 'u').exec(before);
  const post = (s: string, after: string) => new RegExp(`^${g}\\s*(?:${s})${tailEdge}`, 'u').exec(after);
  // Nothing but the reference follows: the end of the message, polite words, or a price question ("黒いのはいくら？").
  const ends = (after: string) => {
    const left = after.replace(new RegExp(`^${g}`, 'u'), '');
    if (new RegExp(`^\\s*(?:(?:${src.end})${tailEdge}\\s*)*[\\s\\p{P}\\p{S}]*$`, 'u').test(left)) return true;
    return asksProductPrice(left, locale) && tokenizeNormalized(left, locale).length <= 4;
  };
  const uses = words.flatMap((word) => [...norm.matchAll(new RegExp(wordSource(word, lang), 'gu'))].map((m) => ({ word, at: m.index, said: m[0] })));
  // A word inside a longer one said there is not said ("สี" in "สีดำ", "red" in "ruby red").
  const within = (a: { at: number; said: string }) =>
    uses.some((b) => b.said.length > a.said.length && b.at <= a.at && a.at + a.said.length <= b.at + b.said.length);
  const out: Pointer[] = [];
  for (const use of uses.filter((u) => !within(u))) {
    const [before, after] = [norm.slice(0, use.at), norm.slice(use.at + use.said.length)];
    const [framed, article, follows, tail] = [pre(src.before, before), pre(src.article, before), post(src.after, after), post(src.tail, after)];
    const alone = new RegExp(`^\\s*(?:(?:${src.lead})${tailEdge})?${g}\\s*$`, 'u').test(before) && ends(after);
    const form = p.form?.(use.said, use.word) ?? false;
    if (!(framed || follows || alone || form || (article && ends(after)) || (tail && ends(after.slice(tail[0].length))))) continue;
    const start = Math.min(use.at, framed?.index ?? use.at, article?.index ?? use.at);
    out.push({ word: use.word, start, end: use.at + use.said.length + Math.max(follows?.[0].length ?? 0, tail?.[0].length ?? 0) });
  }
  return out;
}

/** A count written right before a reference: "2 of the second one", "3x the black one", "2 de la segunda", "2 von der ersten". */
const COUNT_BEFORE = /(?<![\p{L}\p{N}.,])(\d{1,3})\s*(?:x|×|pcs|of|de|d'|do|da|di|del|della|von|davon|из)?\s*$/u;

/** The count right before a reference, in the text before it; undefined when there is none. */
export function countBefore(before: string): number | undefined {
  const m = COUNT_BEFORE.exec(before);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : undefined;
}
