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
