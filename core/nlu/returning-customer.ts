/**
 * Whether a message says the shopper has ordered before ("it's not my first order", "老客户有优惠吗",
 * "リピーターです", "단골인데", "ya he comprado antes", "je suis déjà client", "Stammkunde", "не первый заказ",
 * "já comprei aqui", "ho già ordinato", "ลูกค้าเก่า", "khách quen", "pelanggan lama", "عميل قديم",
 * "ilk siparişim değil"): a first-order code is then no answer to a discount question (flows/coupon.yaml).
 *
 * Patterns as in word-patterns.ts: `|` separates alternatives, `~` stands for the rest of a word, a space also
 * matches no space. Accents are optional where shoppers often leave them out (vi, es, pt, …).
 */
import { languageOf, marksAreOptional, normalizeText, stripMarks } from './tokenize.js';
import { alternative, alternatives } from './word-patterns.js';

const WORDS: Record<string, string> = {
  en: "not (my|our|the) first (order|purchase|time)|not a first (order|purchase)|not (a )?new (customer|here)|i'?m not new|(returning|existing|regular|old|loyal) customer~|(ordered|bought|purchased|shopped) (here |from you |with you )?before|(already|previously) (ordered|bought|purchased|shopped)|(ordered|bought) (from|with) you (already|before)|i'?ve ordered (here|from you)|second order|again from you",
  zh: '不是第一次|不是首单|不是新(客|用户|顾客)|老(客户|顾客|用户|客)|回头客|买过|下过单|已经(买|下单|订)过|第二次(买|下单|购买)|复购',
  ja: '初めてじゃない|初めてではない|初回じゃない|初回ではない|リピーター|前にも(買|注文|購入)|以前(買|注文|購入)|(買|注文|購入)したことある|(買|注文|購入)したことがある|2回目|二回目|常連',
  ko: '(처음|첫 주문|첫 구매|신규)(이)? 아(니|닌|녜|냐)|단골|재구매|(산|주문한|구매한) 적 있|전에도 (샀|주문|구매)|두 번째 주문|기존 회원|기존 고객',
  es: 'no es mi primer (pedido|compra)|no es la primera vez|no soy (nuevo|nueva)|ya (he |habia |había )?(comprado|pedido|hecho un pedido)|ya compre|cliente (habitual|frecuente|antiguo|antigua|fiel)|segundo pedido|segunda compra|otra vez (compro|pido)',
  fr: "pas (ma|notre) premi[eè]re commande|pas la premi[eè]re fois|pas (un |une )?nouve(au|lle) client~|d[ée]j[àa] (client~|command[ée]|achet[ée])|(ancien|ancienne|fid[eè]le|habitu[ée]~) client~|client~ (fid[eè]le|r[ée]guli[eè]re?|habitu[ée]~)|j'ai d[ée]j[àa] (command[ée]|achet[ée])|deuxi[eè]me commande|seconde commande",
  de: 'nich(t)? (meine|unsere) erste bestellung|nicht das erste mal|nicht neu|kein neukunde|keine neukundin|stammkund~|bestandskund~|(schon|bereits) (mal )?(bestellt|gekauft|kunde|kundin)|(habe|hab) (schon|bereits) (mal )?(bestellt|gekauft)|zweite bestellung|wieder bei euch',
  ru: 'не (мой |наш )?первый (мой |наш )?заказ|не первая покупка|не в первый раз|не новый клиент|не новичок|постоянн~ (клиент~|покупател~)|стар~ (клиент~|покупател~)|(уже|раньше) (заказывал~|покупал~|брал~)|второй заказ|повторн~ (заказ~|покупк~)',
  pt: 'n[ãa]o [ée] (meu|minha|o meu|a minha) primeir[oa] (pedido|compra)|n[ãa]o [ée] a primeira vez|n[ãa]o sou (novo|nova|cliente novo)|j[áa] (comprei|pedi|fiz (um )?pedido|sou cliente)|cliente (antig[oa]|fiel|frequente|de sempre)|segundo pedido|segunda compra',
  it: "non [èe] il (mio )?primo ordine|non [èe] la prima volta|non sono (nuovo|nuova|un nuovo cliente)|(ho )?gi[àa] (ordinato|comprato|acquistato)|(sono )?gi[àa] cliente|cliente (abituale|fedele|affezionat[oa])|secondo ordine|second[oa] acquisto",
  th: 'ไม่ใช่ครั้งแรก|ไม่ใช่ออเดอร์แรก|ไม่ใช่ลูกค้าใหม่|ลูกค้าเก่า|ลูกค้าประจำ|เคยซื้อ|เคยสั่ง|ซื้อซ้ำ|สั่งครั้งที่สอง|ครั้งที่สอง',
  vi: 'khong phai (lan|don) (dau|đau)|khong phai khach moi|khach (quen|cu|ruot|than thiet)|(da|từng|tung) (mua|đat|dat) (roi|hang)|mua (lan|đon) (thu hai|thu 2|2)|(đa|da) tung mua|mua roi',
  id: 'bukan (pesanan|order|pembelian) pertama|bukan (pertama kali|pelanggan baru)|pelanggan (lama|setia|tetap)|(sudah|udah|udh|dah|pernah) (pernah )?(beli|order|pesan|belanja)|langganan|order(an)? kedua|pembelian kedua|repeat order',
  ar: 'مو اول طلب|مش اول طلب|ليس اول طلب|ليس طلبي الاول|ليست المره الاولى|مو اول مره|مش اول مره|لست (عميلا|عميل) جديد~|(عميل|زبون) (قديم|دائم|وفي)|طلبت (منكم )?(من )?قبل|اشتريت (منكم )?(من )?قبل|سبق (ان|و)? ?(طلبت|اشتريت)|الطلب الثاني',
  tr: 'ilk sipari[sş]im de[gğ]il|ilk al[ıi][sş]veri[sş]im de[gğ]il|ilk (kez|defa) de[gğ]il|yeni m[üu][sş]teri de[gğ]il~|eski m[üu][sş]teri~|daimi m[üu][sş]teri~|s[üu]rekli m[üu][sş]teri~|(daha [öo]nce|[öo]nceden) (sipari[sş] verdim|ald[ıi]m|sat[ıi]n ald[ıi]m)|ikinci sipari[sş]',
};

const compiled = new Map<string, RegExp>();

function patternFor(lang: string): RegExp {
  const known = compiled.get(lang);
  if (known) return known;
  const sources = [WORDS[lang], lang === 'en' ? undefined : WORDS.en].filter((s): s is string => !!s);
  const plain = marksAreOptional(lang);
  const res = sources.flatMap(alternatives).map((a) => {
    const norm = normalizeText(a, lang);
    return alternative(plain ? stripMarks(norm) : norm, lang);
  });
  const re = new RegExp(res.join('|'), 'u');
  compiled.set(lang, re);
  return re;
}

/** True when `text` says the shopper has ordered before; `lang` is a language or a locale (`zh-CN`). English counts everywhere. */
export function saysReturningCustomer(text: string, lang: string): boolean {
  const base = languageOf(lang);
  const norm = normalizeText(text, base);
  return patternFor(base).test(marksAreOptional(base) ? stripMarks(norm) : norm);
}
