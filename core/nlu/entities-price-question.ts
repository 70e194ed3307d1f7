/**
 * "How much?" about the product on screen: "多少钱", "いくら", "얼마에요", "ราคาเท่าไหร่", "was kostet der",
 * "combien ?", "cuánto cuesta", "quanto custa", "quanto costano", "сколько стоит", "بكم", "kaç para",
 * "berapa harganya", "bao nhiêu tiền". Only the asking; what is asked about is the flow runtime's business
 * (core/flow/references.ts), since "how much is shipping?" asks the same words about something else.
 */
import { languageOf } from './tokenize.js';

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

const PRICE: Record<string, RegExp> = {
  en: new RegExp(`${B}(?:how much|how mutch|hw much|price|pricing|cost)${E}`, 'iu'),
  zh: /多少钱|多少錢|价格|價格|价钱|價錢|几块|幾塊|啥价|什么价/u,
  ja: /いくら|値段|価格|おいくら/u,
  ko: /얼마|가격/u,
  th: /ราคา|กี่บาท|เท่าไหร่|เท่าไร/u,
  de: new RegExp(`${B}(?:was kostet|was kosten|wie viel kostet|wieviel kostet|wie viel kosten|wieviel kosten|preis|wie teuer)${E}`, 'iu'),
  fr: new RegExp(`${B}(?:combien|prix|ça coûte|ca coute|ça coute)${E}`, 'iu'),
  es: new RegExp(`${B}(?:cu[aá]nto (?:cuesta|cuestan|vale|valen|sale|salen|es)|precio|qu[eé] precio)${E}`, 'iu'),
  pt: new RegExp(`${B}(?:quanto (?:custa|custam|é|e|sai|fica)|pre[çc]o|qual o valor|valor)${E}`, 'iu'),
  it: new RegExp(`${B}(?:quanto (?:costa|costano|viene|vengono)|prezzo)${E}`, 'iu'),
  ru: new RegExp(`${B}(?:сколько стоит|сколько стоят|сколько будет|цена|цену|почём|почем|стоимость)${E}`, 'iu'),
  ar: /بكم|كم سعر|كم السعر|سعره|سعرها|كم ثمن|كم يكلف|كم تكلف|كم الثمن/u,
  tr: new RegExp(`${B}(?:ka[cç] para|ka[cç] lira|fiyat\\p{L}*|ne kadar)${E}`, 'iu'),
  id: new RegExp(`${B}(?:berapa(?:an)?|brp|harga\\p{L}*)${E}`, 'iu'),
  vi: new RegExp(`${B}(?:bao nhi[eê]u(?: ti[eề]n)?|bn ti[eề]n|gi[aá] (?:bao nhiêu|sao|nhiêu)|gi[aá])${E}`, 'iu'),
};

/** True when `text` asks what something costs, in `locale`'s language (English words count everywhere). */
export function asksPrice(text: string, locale: string): boolean {
  const re = PRICE[languageOf(locale)];
  return Boolean(re?.test(text)) || PRICE.en!.test(text);
}

/** Costs that are not a product's price: shipping, customs, refunds, returns, coupons ("运费多少钱", "how much is shipping?"). */
const OTHER_COSTS: Record<string, RegExp> = {
  en: new RegExp(`${B}(?:ship\\p{L}*|deliver\\p{L}*|postage|freight|express|customs|dut(?:y|ies)|tax\\p{L}*|refund\\p{L}*|return\\p{L}*|coupon\\p{L}*|discount\\p{L}*|fee\\p{L}*)${E}`, 'iu'),
  zh: /运费|運費|邮费|郵費|快递|快遞|配送|包邮|包郵|关税|關稅|税|稅|退款|退货|退貨|优惠|優惠|折扣|手续费|手續費/u,
  ja: /送料|配送|発送|関税|税|返金|返品|クーポン|割引|手数料/u,
  ko: /배송|택배|관세|세금|환불|반품|쿠폰|할인|수수료/u,
  th: /ค่าส่ง|จัดส่ง|ส่งฟรี|ภาษี|คืนเงิน|คืนสินค้า|คูปอง|ส่วนลด|ค่าธรรมเนียม/u,
  de: new RegExp(`${B}(?:versand\\p{L}*|liefer\\p{L}*|porto|zoll\\p{L}*|steuer\\p{L}*|erstattung\\p{L}*|rücksend\\p{L}*|gutschein\\p{L}*|rabatt\\p{L}*|gebühr\\p{L}*|express)${E}`, 'iu'),
  fr: new RegExp(`${B}(?:livraison\\p{L}*|frais|port|exp[ée]dition\\p{L}*|envoi|douane\\p{L}*|taxe\\p{L}*|rembours\\p{L}*|retour\\p{L}*|coupon\\p{L}*|r[ée]duction\\p{L}*|express)${E}`, 'iu'),
  es: new RegExp(`${B}(?:env[ií]o\\p{L}*|entrega\\p{L}*|flete|aduana\\p{L}*|impuesto\\p{L}*|reembolso\\p{L}*|devoluci[oó]n\\p{L}*|cup[oó]n\\p{L}*|descuento\\p{L}*|comisi[oó]n|express|expr[eé]s)${E}`, 'iu'),
  pt: new RegExp(`${B}(?:frete|envio\\p{L}*|entrega\\p{L}*|taxa\\p{L}*|imposto\\p{L}*|alf[aâ]ndega|reembolso\\p{L}*|devolu[cç][aã]o|cupom|cupons|desconto\\p{L}*|expresso)${E}`, 'iu'),
  it: new RegExp(`${B}(?:spedizion\\p{L}*|consegn\\p{L}*|dogan\\p{L}*|tass\\p{L}*|rimbors\\p{L}*|res[oi]|coupon|sconto|sconti|commission\\p{L}*|espresso)${E}`, 'iu'),
  ru: new RegExp(`${B}(?:доставк\\p{L}*|пересылк\\p{L}*|пошлин\\p{L}*|налог\\p{L}*|возврат\\p{L}*|купон\\p{L}*|скидк\\p{L}*|комисси\\p{L}*|экспресс\\p{L}*)${E}`, 'iu'),
  ar: /شحن|الشحن|توصيل|التوصيل|جمارك|ضريبة|استرداد|إرجاع|ارجاع|كوبون|خصم|رسوم/u,
  tr: new RegExp(`${B}(?:kargo\\p{L}*|g[öo]nderim\\p{L}*|teslimat\\p{L}*|g[üu]mr[üu]k\\p{L}*|vergi\\p{L}*|iade\\p{L}*|kupon\\p{L}*|indirim\\p{L}*|[üu]cret\\p{L}*)${E}`, 'iu'),
  id: new RegExp(`${B}(?:ongkir\\p{L}*|ongkos|kirim\\p{L}*|pengiriman|bea cukai|pajak|refund|retur|kupon|voucher|diskon|biaya)${E}`, 'iu'),
  vi: new RegExp(`${B}(?:ship|phí|giao h[aà]ng|v[aậ]n chuy[eể]n|thu[eế]|ho[aà]n ti[eề]n|tr[aả] h[aà]ng|m[aã] gi[aả]m|gi[aả]m gi[aá]|voucher)${E}`, 'iu'),
};

/**
 * True when `text` asks what something costs and names no other cost ("how much?", "多少钱", "e quanto custa?"):
 * about a product, most likely the one on screen. "运费多少钱" and "how much is shipping?" are not.
 */
export function asksProductPrice(text: string, locale: string): boolean {
  if (!asksPrice(text, locale)) return false;
  const other = OTHER_COSTS[languageOf(locale)];
  return !(other?.test(text) || OTHER_COSTS.en!.test(text));
}
