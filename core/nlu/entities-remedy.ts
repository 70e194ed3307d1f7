/**
 * What a shopper wants for a defective item, in the 15 languages as shoppers write it: their money back ("can I get
 * a refund instead?", "lieber Geld zurück", "我不要换了，退款吧", "교환 말고 환불해 주세요") or a replacement ("a
 * replacement instead", "quero trocar", "yenisiyle değişim"). The `remedy` entity, value `refund` or `replacement`,
 * which the demo's return flow keeps for a defective item's return and lets the shopper change afterwards.
 *
 * Pattern syntax as in entities-defect.ts. A remedy is chosen when the message asks for it ("I want", "instead",
 * "lieber", "还是", "がいい") or declines the other ("not a replacement, a refund"); one only mentioned ("and my
 * refund?") or asked after ("when do I get my money back?", "退款什么时候到") is none. A remedy declined ("I don't want
 * a replacement", "instead of a refund", "交換じゃなくて", "değişim yerine") does not count; a message naming both
 * and declining neither ("refund or replacement, which is faster?") names none.
 */
import { makeEntity, type ScanInput } from './entities-text.js';
import { languageOf, normalizeText } from './tokenize.js';
import type { Entity } from './types.js';
import { blank, prepare, spans, wordTable, type Span } from './word-matchers.js';

interface RemedyWords {
  refund: string;
  replacement: string;
  /** Words that ask for something ("want", "rather", "instead", "lieber", "还是", "がいい"): a remedy is chosen, not mentioned. */
  want: string;
  /** Words that ask after a refund under way ("when", "still", "还没", "언제"): its status, no choice. */
  status: string;
  /** Words right before a remedy that decline it ("no", "instead of", "不要", "statt"). */
  declineBefore?: string;
  /** Words right after a remedy that decline it ("じゃなくて", "말고", "yerine"). */
  declineAfter?: string;
  /** Phrases that switch to a remedy and hold a replacement word ("换成退款", "환불로 바꿔", "đổi sang"): not a replacement. */
  switchTo?: string;
}

const WORDS: Record<string, RemedyWords> = {
  en: {
    refund: 'refund~|money back|my money|reimburs~|cash back',
    replacement: 'replac~|exchange~|swap~|new one|another one|new unit|a new pair',
    want: "want|wanna|would like|i'd like|id like|prefer~|rather|instead|can i (?:get|have)|could i (?:get|have)|can you (?:give|do|send)|give me|i'll take|ill take|go (?:for|with)|switch|change it to|make it|just|actually|please|pls",
    status: 'when|where|how long|status|yet|still|how many days|track~',
    declineBefore: "(?:don't|dont|do not)(?: really)? (?:want|need)(?: (?:a|an|the|any))?|no(?: more| need for)?(?: (?:a|the))?|not(?: (?:a|an|the))?|instead of(?: (?:a|an|the))?|rather than(?: (?:a|an|the))?|without(?: (?:a|an|the))?|forget(?: about)? the",
  },
  zh: {
    refund: '退款|退钱|退錢|把钱退|返款|钱退|錢退',
    replacement: '换货|換貨|换新|換新|换一个|換一個|换个|換個|调换|調換|补发|補發|重发|重發|换|換',
    want: '要|想|还是|還是|吧|改|给我|給我|算了|就',
    status: '什么时候|什麼時候|啥时候|多久|几天|幾天|进度|進度|到账|到帳|还没|還沒|状态|狀態',
    declineBefore: '不要|不想|不用|别|不需要|不想要|而不是|不是',
    switchTo: '换成|換成|改成|改为|改為|换为',
  },
  ja: {
    refund: '返金|払い戻し|お金を返|お金返',
    replacement: '交換|新品|新しいの|新しいもの|代わりの|代替品|再送',
    want: 'がいい|でお願い|でおねがい|にして|希望|したい|ください|下さい|ほしい|欲しい|やっぱ|でいい|に変更',
    status: 'いつ|まだ|どのくらい|何日|状況|反映',
    declineAfter: 'じゃなく|ではなく|じゃない|より|はやめ|はいら|は結構|は不要|はなし',
  },
  ko: {
    refund: '환불|돈 ?돌려|환급',
    replacement: '교환|새 ?(?:거|걸|것|제품)|재발송|바꿔 ?주|바꿔줘',
    want: '주세요|해줘|해 ?주|싶어|싶은데|원해|할게|로 ?(?:해|할|바꿔)|받을게|그냥|차라리',
    status: '언제|아직|며칠|얼마나|진행|들어와|입금|상태',
    declineAfter: '말고|대신|아니고|은 ?됐|는 ?됐|필요 ?없|싫',
    switchTo: '(?:으)?로 ?바꿔|(?:으)?로 ?변경',
  },
  es: {
    refund: 'reembols~|mi dinero|el dinero|la plata|mi plata|devoluci[oó]n del dinero',
    replacement: 'cambi(?:o|ar|en|armelo|enlo|ármelo|énmelo)|reemplaz~|reposici[oó]n|uno nuevo|otro nuevo|una nueva|otra nueva',
    want: 'quiero|quisiera|prefiero|preferir[ií]a|mejor|en vez|en lugar|en cambio|dame|denme|me (?:pueden|puedes|podr[ií]an) (?:dar|hacer|mandar)|c[aá]mbienmelo|mejor',
    status: 'cu[aá]ndo|d[oó]nde|todav[ií]a|a[uú]n no|cu[aá]nto tarda|estado',
    declineBefore: '(?:ya )?no (?:quiero )?(?:un |una |el |la )?|en (?:vez|lugar) del?(?: un| una| la)?|sin|nada de',
  },
  fr: {
    refund: 'rembours~|mon argent|l\'argent',
    replacement: '[ée]chang~|remplac~|un nouveau|une nouvelle|un autre|une autre',
    want: 'veux|voudrais|pr[ée]f[eè]re~|plut[ôo]t|finalement|remboursez|rembourser|au lieu|peux avoir|pourrais avoir|je prends|donnez',
    status: 'quand|o[uù] en est|toujours pas|pas encore|combien de temps|statut',
    declineBefore: "pas (?:de |d'un |d'une |d'|un |une )?|plut[ôo]t qu(?:e|'un|'une)|au lieu d'un|au lieu d'une|au lieu de|sans|plus de",
  },
  de: {
    refund: 'erstatt~|r[üu]ckerstattung|geld zur[üu]ck|mein geld|geld wieder|das geld',
    replacement: 'ersatz~|austausch~|umtausch~|tauschen|neues ger[äa]t|ein neues|eine neue|einen neuen',
    want: 'lieber|m[öo]chte|moechte|will|h[äa]tte gerne?|statt|stattdessen|doch|bitte|erstatten|zur[üu]ckhaben',
    status: 'wann|wo bleibt|immer noch|noch nicht|wie lange|status',
    declineBefore: 'kein(?:en|e)?|nicht(?: den| die| das| einen| eine)?|(?:an)?statt(?: eines| einer| einem| dem| der| den)?|anstelle(?: eines| einer)?|ohne',
  },
  it: {
    refund: 'rimbors~|soldi indietro|i miei soldi|i soldi',
    replacement: 'sostitu~|cambi(?:o|arlo|arla|are)|uno nuovo|una nuova|un altro|un\'altra',
    want: 'voglio|vorrei|preferisco|preferirei|piuttosto|invece|meglio|dammi|datemi|potete|posso avere',
    status: 'quando|dove|ancora|quanto tempo',
    declineBefore: "non (?:voglio )?(?:un |una |il |la |lo )?|invece d(?:i|el|ella|ello|ell')|anzich[ée](?: un| una| il| la)?|senza|niente",
  },
  pt: {
    refund: 'reembols~|estorn~|meu dinheiro|o dinheiro|dinheiro de volta|devolu[cç][aã]o do dinheiro',
    replacement: 'troca~|trocar|substitui~|um novo|uma nova|outro novo|outra nova',
    want: 'quero|queria|prefiro|preferia|melhor|em vez|ao inv[ée]s|pode(?:m)? (?:me )?(?:dar|fazer|mandar)|me d[eê]|na verdade',
    status: 'quando|cad[eê]|ainda|quanto tempo|status|caiu',
    declineBefore: 'n[aã]o (?:quero )?(?:um |uma |o |a )?|em vez d(?:e|o|a|um|uma)|ao inv[ée]s d(?:e|o|a|um|uma)|sem|nada de',
  },
  ru: {
    refund: 'возврат (?:денег|средств)|верн(?:ите|уть|ёте|ете|и) (?:мне )?деньги|деньги (?:назад|обратно|верн~)|вернуть деньги|рефанд',
    replacement: 'замен~|обмен~|поменя~|нов(?:ый|ую|ое|ые)',
    want: 'хочу|хотел~|лучше|вместо|давайте|можно|верните|дайте|предпочита~|сделайте|оформите',
    status: 'когда|где|ещ[её] не|до сих пор|сколько|статус',
    declineBefore: 'не (?:надо |нужно |хочу |нужна |нужен )?|вместо|без',
  },
  ar: {
    refund: 'استرداد|استرجاع (?:المبلغ|الفلوس|المال|فلوسي)|ترجيع (?:الفلوس|المبلغ)|فلوسي|رد المبلغ|ارجاع المبلغ|ارجاع الفلوس|الفلوس|المبلغ',
    replacement: 'استبدال|تبديل|واحد جديد|وحده جديده|قطعه جديده|جهاز جديد',
    want: 'ابي|ابغى|ابغي|اريد|بدل|بدلا|بدال|ممكن|افضل|خلوها|خليها|احسن',
    status: 'متى|وين|فين|لسه|لسا|ما وصل|كم يوم|حاله',
    declineBefore: 'مو|مش|ما ابي|ما ابغى|ما ابغي|لا اريد|ما اريد|بدل|بدلا من|بدال|مب|بدون',
  },
  tr: {
    refund: 'para~ (?:iade|geri)|paramı|para iadesi|geri ödeme|ücret iade~|iade (?:edin|edilsin|et)',
    replacement: 'değişim~|değiştir~|yenisi~|yeni (?:bir|ürün|ürünle)',
    want: 'istiyorum|isterim|yerine|olsun|tercih~|alayım|yapalım|yapın|edin|edilsin|lütfen|ver~',
    status: 'ne zaman|nerede|hala|hâlâ|henüz|kaç gün|durum~|yatmadı|gelmedi',
    declineAfter: 'yerine|istemiyorum|istemem|değil|olmasın|gerek yok|yok',
  },
  id: {
    refund: 'refund|uang (?:kembali|balik)|balikin (?:uang|duit)|pengembalian dana|duit (?:balik|kembali)|uang (?:saya|aku|gw|gue) (?:balik|kembali)',
    replacement: 'tukar~|ganti (?:baru|barang|unit)|diganti~|penggantian|yang baru|yg baru|unit baru',
    want: 'mau|pengen|pingin|minta|aja|saja|deh|mending|lebih baik|daripada|tolong|bisa',
    status: 'kapan|dimana|di mana|belum|masih|berapa lama|status|masuk',
    declineBefore: '(?:gak|ga|gk|nggak|ngga|tidak|tdk|bukan) (?:mau |jadi |perlu |usah )?|gausah|daripada',
  },
  vi: {
    refund: '=hoàn tiền|hoan tien|=trả tiền|=lấy lại tiền|=trả lại tiền',
    replacement: '=đổi (?:hàng|cái|sản phẩm|mới|sp)|=đổi|=thay mới|=cái mới|=hàng mới',
    want: '=muốn|=cho mình|=cho em|=cho tôi|=thôi|=thay vì|=đổi sang|=chuyển sang|=được không|=đc không|=nhé|=nha',
    status: '=khi nào|=bao giờ|=bao lâu|=chưa|=tình trạng|=về chưa',
    declineBefore: '=không (?:muốn |cần )?|=ko (?:muốn |cần )?|=thay vì|=khỏi',
    switchTo: '=đổi sang|=chuyển sang',
  },
  th: {
    refund: 'คืนเงิน|เงินคืน|รีฟันด์',
    replacement: '(?:ของ|ตัว|ชิ้น|อัน)ใหม่|เปลี่ยน(?:สินค้า|ของ|ตัว|ชิ้น|อัน)?ใหม่|เปลี่ยนสินค้า|เปลี่ยนของ|ส่งใหม่|ขอเปลี่ยน|เปลี่ยน',
    want: 'ขอ|อยาก|เอา|แทน|ได้ไหม|ดีกว่า',
    status: 'เมื่อไหร่|เมื่อไร|กี่วัน|ยังไม่|ถึงไหน|สถานะ',
    declineBefore: 'ไม่(?:อยาก|ต้อง|เอา)(?:ได้)?|แทน(?:การ)?',
    switchTo: 'เปลี่ยนเป็น',
  },
};

/** How far (in characters) a word declining a remedy reaches: next to it, the patterns hold the articles between. */
const REACH = { spaced: 3, unspaced: 1 };
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th']);

/** The language's own words and English ones ("refund" is written in every language). */
const compiledFor = wordTable<keyof RemedyWords>(WORDS, ['refund', 'replacement', 'declineBefore', 'declineAfter', 'switchTo', 'want', 'status']);

export type Remedy = 'refund' | 'replacement';

/** The remedy `text` asks for (where it names it), or `undefined` when it names none or both. */
export function findRemedy(text: string, locale: string): { remedy: Remedy; span: Span } | undefined {
  const lang = languageOf(locale);
  const words = compiledFor(WORDS[lang] ? lang : 'en');
  const prepared = prepare(text, lang);
  const kept = blank(prepared, spans(prepared, words.switchTo));
  const reach = UNSPACED_LANGS.has(lang) ? REACH.unspaced : REACH.spaced;
  const before = spans(kept, words.declineBefore);
  const after = spans(kept, words.declineAfter);
  const declined = (d: Span) =>
    before.some((o) => o.end <= d.index && d.index - o.end <= reach) || after.some((o) => o.index >= d.end && o.index - d.end <= reach);
  if (spans(kept, words.status).length > 0) return undefined;
  const refunds = spans(kept, words.refund);
  const replacements = spans(kept, words.replacement);
  const refund = refunds.filter((d) => !declined(d));
  const replacement = replacements.filter((d) => !declined(d));
  const chosen = refund.length > 0 && replacement.length === 0 ? { remedy: 'refund' as const, span: refund[0]!, other: replacements }
    : replacement.length > 0 && refund.length === 0 ? { remedy: 'replacement' as const, span: replacement[0]!, other: refunds } : undefined;
  // "And my refund?" mentions one; "I want a refund", "a refund instead" or "not a replacement, a refund" chooses it.
  if (!chosen || (chosen.other.length === 0 && spans(prepared, words.want).length === 0)) return undefined;
  return { remedy: chosen.remedy, span: chosen.span };
}

/** The `remedy` entity (`refund` or `replacement`) when the message says which the shopper wants. */
export function extractRemedies(input: ScanInput): Entity[] {
  const found = findRemedy(input.norm, input.locale);
  if (!found) return [];
  const sameLength = normalizeText(input.norm, input.lang).length === input.text.length;
  const { index, end } = found.span;
  return [makeEntity('remedy', found.remedy, input, sameLength ? index : 0, sameLength ? end : input.text.length)];
}
