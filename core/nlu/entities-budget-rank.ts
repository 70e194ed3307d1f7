/**
 * How a shopper asks for products ranked, in the 15 languages: a superlative ("the cheapest speaker", "最轻的耳机",
 * "en uzun pil ömrü", "самые дорогие наушники") and a gift ("gift for my dad", "送男朋友的礼物", "プレゼント").
 * "A cheaper one?" (a comparative, after a product was shown) is `asksCheaper` in entities-budget.ts.
 *
 * Romance languages make a superlative of a comparative with the definite article ("el más barato" is the
 * cheapest, "algo más barato" something cheaper), so their patterns want the article, agreeing with the adjective;
 * Arabic's elative is a superlative before a noun ("أرخص سماعة") and a comparative before "من" or alone.
 */

/** What a superlative ranks by: price either way, rating, weight, battery life. */
export type Superlative = 'cheapest' | 'dearest' | 'best' | 'lightest' | 'battery';

/** Articles and demonstratives before a Romance superlative, masculine and feminine apart so they agree. */
const ROMANCE = {
  es: { m: '(?:el|los|lo|aquel|ese)', f: '(?:la|las|esa|aquella)' },
  pt: { m: '(?:o|os|aquele|esse)', f: '(?:a|as|aquela|essa)' },
  it: { m: "(?:il|lo|i|gli|quello|quelli|l')", f: "(?:la|le|quella|quelle|l')" },
  fr: { m: "(?:le|les|l')", f: "(?:la|les|l')" },
} as const;

/** "el … más barato" / "la … más barata": the article, up to three words (a noun), the superlative. */
function romance(lang: keyof typeof ROMANCE, m: string, f: string): string {
  const a = ROMANCE[lang];
  const gap = "(?:(?<=')|\\s+)(?:[\\p{L}\\d'-]+\\s+){0,3}?";
  return `(?<![\\p{L}])(?:${a.m}${gap}${m}|${a.f}${gap}${f})(?![\\p{L}])`;
}

/** Per language, the superlatives in the order they are tried: battery before "best" ("best battery", "лучшая батарея"). */
const SUPERLATIVES: Record<string, [Superlative, RegExp][]> = {
  en: [
    ['battery', /\b(?:longest|best|biggest|most)[- ](?:lasting )?(?:battery|batteries|battery life|play ?time|run ?time)\b|\bbattery (?:that )?(?:lasts?|goes) (?:the )?longest\b|\blongest[- ]lasting\b/iu],
    ['lightest', /\b(?:lightest|most lightweight|weighs? the least)\b/iu],
    ['cheapest', /\b(?:cheapest|least expensive|lowest[- ]priced?|lowest price|most affordable|best price)\b/iu],
    ['dearest', /\b(?:most expensive|priciest|highest[- ]priced?|dearest|top of the range|most premium)\b/iu],
    ['best', /\b(?:best(?![- ]?sell)(?! price)(?! deal)|top[- ]rated|highest[- ]rated|best[- ]rated|best[- ]reviewed)\b/iu],
  ],
  zh: [
    ['battery', /续航(?:时间)?最(?:长|久|好|强)|电池最(?:耐用|持久|大)|待机最(?:长|久)|最耐用的电池|最长续航/u],
    ['lightest', /最轻/u],
    ['cheapest', /最(?:便宜|实惠|低价|省钱)|价格最低|最低价/u],
    ['dearest', /最贵|价格最高|最高档|最高端/u],
    ['best', /最好(?:的|用|看)|哪(?:个|款|一款|一个)最好|评(?:分|价)最高|口碑最好|最受好评/u],
  ],
  ja: [
    ['battery', /(?:バッテリー|電池)(?:持ち)?(?:が|の)?(?:一番|いちばん|最も)(?:長|持|いい|良)|(?:一番|いちばん|最も)(?:長持ち|電池持ち|バッテリー持ち)/u],
    ['lightest', /(?:一番|いちばん|最も)軽い|最軽量/u],
    ['cheapest', /(?:一番|いちばん|最も)(?:安|お手頃|安価)|最安/u],
    ['dearest', /(?:一番|いちばん|最も)(?:高い|高価)|最高値/u],
    ['best', /(?:一番|いちばん|最も)(?:いい|良い|よい|おすすめ|人気|評価)|評価が(?:一番|いちばん|最も)?高い|最高評価/u],
  ],
  ko: [
    ['battery', /배터리(?:가|는)?\s*(?:제일|가장|젤)\s*(?:오래|길|좋)|(?:제일|가장|젤)\s*오래\s*가는|배터리\s*최강/u],
    ['lightest', /(?:제일|가장|젤)\s*가벼운|최경량/u],
    ['cheapest', /(?:제일|가장|젤)\s*(?:싼|싸|저렴)|최저가/u],
    ['dearest', /(?:제일|가장|젤)\s*비싼|최고가/u],
    ['best', /(?:제일|가장|젤)\s*(?:좋은|괜찮은|인기)|평점(?:이)?\s*(?:제일|가장|젤)?\s*높은|평(?:이)?\s*(?:제일|가장)\s*좋은/u],
  ],
  th: [
    ['battery', /แบต(?:เตอรี่)?\s*(?:อึด|ทน|นาน|ดี)(?:ที่)?สุด|ใช้(?:งาน)?ได้นานที่สุด/u],
    ['lightest', /เบา(?:ที่)?สุด/u],
    ['cheapest', /ถูก(?:ที่)?สุด|ราคาต่ำ(?:ที่)?สุด/u],
    ['dearest', /แพง(?:ที่)?สุด|ราคาสูง(?:ที่)?สุด/u],
    ['best', /ดี(?:ที่)?สุด|รีวิวดี(?:ที่)?สุด|(?:คะแนน|เรตติ้ง)สูงสุด/u],
  ],
  vi: [
    ['battery', /pin\s+(?:trâu|lâu|bền|khỏe|tốt|tot|trau)\s+nhất|pin\s+(?:trau|lau|ben)\s+nhat|thời lượng pin\s+(?:dài|lâu)\s+nhất/iu],
    ['lightest', /nhẹ\s+nhất|nhe\s+nhat/iu],
    ['cheapest', /rẻ\s+nhất|re\s+nhat|giá\s+(?:thấp|rẻ)\s+nhất/iu],
    ['dearest', /(?:đắt|mắc)\s+nhất|(?:dat|mac)\s+nhat|giá\s+cao\s+nhất/iu],
    ['best', /(?:tốt|ngon|xịn|đỉnh)\s+nhất|(?:tot|xin)\s+nhat|đánh giá cao nhất/iu],
  ],
  id: [
    ['battery', /baterai(?:nya)?\s+(?:paling\s+)?(?:awet|tahan lama|terawet|terlama)|daya tahan baterai\s+(?:paling|ter)/iu],
    ['lightest', /paling\s+ringan|teringan/iu],
    ['cheapest', /paling\s+murah|termurah|harga\s+terendah|paling\s+terjangkau/iu],
    // "paling mahal 500rb" is a ceiling ("at most 500k"), not the dearest.
    ['dearest', /paling\s+mahal(?!\s*(?:rp\.?\s*)?\d)|termahal/iu],
    ['best', /paling\s+(?:bagus|baik|oke|top)|terbaik|rating\s+tertinggi/iu],
  ],
  tr: [
    ['battery', /(?:en\s+uzun|en\s+iyi)\s+(?:pil|batarya|şarj)|(?:pili|bataryası|şarjı)\s+en\s+(?:uzun|iyi)/iu],
    ['lightest', /en\s+hafif/iu],
    ['cheapest', /en\s+(?:ucuz|uygun\s+fiyatl[ıi]|hesapl[ıi])|en\s+düşük\s+fiyat/iu],
    ['dearest', /en\s+pahal[ıi]/iu],
    ['best', /en\s+iyi|en\s+(?:çok|cok)\s+beğenilen|en\s+yüksek\s+puan/iu],
  ],
  ru: [
    ['battery', /(?:самый|самая)\s+(?:долг|мощн|ёмк|емк)\S*\s+(?:аккумулятор|батаре|заряд)|дольше\s+всего\s+(?:держ|работа)|лучш\S*\s+(?:батаре|аккумулятор|автономн)|(?:самая|максимальн\S*)\s+(?:долгая|большая)?\s*автономн/iu],
    ['lightest', /сам(?:ый|ая|ое|ые|ого|ую)\s+л[её]гк|легче\s+всего/iu],
    ['cheapest', /сам(?:ый|ая|ое|ые|ого|ую)\s+(?:деш[её]в|недорог|бюджетн)|дешевле\s+всего|дешевле\s+всех/iu],
    ['dearest', /сам(?:ый|ая|ое|ые|ого|ую)\s+(?:дорог|премиальн)|дороже\s+всего|дороже\s+всех/iu],
    ['best', /лучш(?:ий|ая|ее|ие|его|ую|их)(?![\p{L}])|сам(?:ый|ая|ое|ые)\s+хорош|(?:с\s+)?(?:самым\s+)?высок\S*\s+рейтинг/iu],
  ],
  ar: [
    ['battery', /أطول\s+(?:عمر\s+)?بطارية|بطارية\s+تدوم\s+أطول|أفضل\s+بطارية|بطاريته\s+أطول|أطول\s+مدة\s+تشغيل/u],
    ['lightest', /(?:ال)?أخف\s+وزن|الأخف|الاخف|الأقل\s+وزن|(?:أخف|اخف)\s+(?!(?:من|منه|منها)(?![\p{L}]))[\p{L}]+/u],
    ['cheapest', /الأرخص|الارخص|(?:أرخص|ارخص)\s+(?!(?:من|منه|منها|شوي|شوية|بشوي|قليلا|بكثير)(?![\p{L}]))[\p{L}]+|(?:أقل|اقل|أدنى)\s+سعر/u],
    ['dearest', /الأغلى|الاغلى|(?:أغلى|اغلى)\s+(?!(?:من|منه|منها)(?![\p{L}]))[\p{L}]+|أعلى\s+سعر/u],
    ['best', /الأفضل|الافضل|(?:أفضل|افضل)\s+(?!(?:من|منه|منها)(?![\p{L}]))[\p{L}]+|(?:الأعلى|أعلى)\s+تقييم/u],
  ],
  es: [
    ['battery', /(?:mejor|mayor|más)\s+(?:batería|bateria|autonomía|autonomia)|batería\s+(?:que\s+)?(?:dure|dura)\s+más|batería\s+más\s+(?:larga|duradera)/iu],
    ['lightest', new RegExp(romance('es', 'm[aá]s\\s+(?:ligeros?|livianos?)', 'm[aá]s\\s+(?:ligeras?|livianas?)'), 'iu')],
    ['cheapest', new RegExp(`${romance('es', 'm[aá]s\\s+(?:baratos?|econ[oó]micos?)', 'm[aá]s\\s+(?:baratas?|econ[oó]micas?)')}|de\\s+menor\\s+precio|el\\s+precio\\s+m[aá]s\\s+bajo`, 'iu')],
    ['dearest', new RegExp(`${romance('es', 'm[aá]s\\s+caros?', 'm[aá]s\\s+caras?')}|de\\s+mayor\\s+precio`, 'iu')],
    ['best', new RegExp(`${romance('es', 'mejor(?:es)?', 'mejor(?:es)?')}|mejor\\s+(?:valorad|calificad|puntuad)`, 'iu')],
  ],
  pt: [
    ['battery', /(?:melhor|maior|mais)\s+(?:bateria|autonomia)|bateria\s+(?:que\s+)?dura\s+mais|bateria\s+mais\s+duradoura/iu],
    ['lightest', new RegExp(romance('pt', 'mais\\s+leves?', 'mais\\s+leves?'), 'iu')],
    ['cheapest', new RegExp(`${romance('pt', 'mais\\s+(?:baratos?|em\\s+conta|econ[oô]micos?)', 'mais\\s+(?:baratas?|em\\s+conta|econ[oô]micas?)')}|de\\s+menor\\s+pre[cç]o|o\\s+menor\\s+pre[cç]o`, 'iu')],
    ['dearest', new RegExp(romance('pt', 'mais\\s+caros?', 'mais\\s+caras?'), 'iu')],
    ['best', new RegExp(`${romance('pt', 'melhor(?:es)?', 'melhor(?:es)?')}|(?:melhor|mais\\s+bem)\\s+avaliad`, 'iu')],
  ],
  it: [
    ['battery', /(?:migliore?|maggiore|più)\s+(?:batteria|autonomia)|batteria\s+(?:che\s+)?dura\s+di\s+più|autonomia\s+più\s+lunga/iu],
    ['lightest', new RegExp(romance('it', 'pi[uù]\\s+leggeri?o?', 'pi[uù]\\s+legger[ae]'), 'iu')],
    ['cheapest', new RegExp(romance('it', '(?:pi[uù]\\s+economic[oi]|meno\\s+car[oi])', '(?:pi[uù]\\s+economic(?:a|he)|meno\\s+car[ae])'), 'iu')],
    ['dearest', new RegExp(romance('it', 'pi[uù]\\s+(?:car[oi]|costos[oi])', 'pi[uù]\\s+(?:car[ae]|costos[ae])'), 'iu')],
    ['best', new RegExp(`${romance('it', 'miglior[ei]?', 'miglior[ei]?')}|pi[uù]\\s+votat|valutazione\\s+pi[uù]\\s+alta`, 'iu')],
  ],
  fr: [
    ['battery', /(?:meilleure|plus\s+grande|plus\s+longue)\s+autonomie|plus\s+d'autonomie|autonomie\s+la\s+plus\s+longue|batterie\s+(?:qui\s+)?tient\s+le\s+plus/iu],
    ['lightest', new RegExp(romance('fr', 'plus\\s+l[ée]gers?', 'plus\\s+l[ée]g[èe]res?'), 'iu')],
    ['cheapest', new RegExp(`${romance('fr', '(?:moins\\s+chers?|plus\\s+abordables?|meilleur\\s+march[ée])', '(?:moins\\s+ch[èe]res?|plus\\s+abordables?|meilleur\\s+march[ée])')}|prix\\s+le\\s+plus\\s+bas`, 'iu')],
    ['dearest', new RegExp(romance('fr', 'plus\\s+chers?', 'plus\\s+ch[èe]res?'), 'iu')],
    ['best', new RegExp(`${romance('fr', 'meilleurs?', 'meilleures?')}|mieux\\s+(?:not|évalu|evalu)`, 'iu')],
  ],
  de: [
    ['battery', /(?:längste|beste|größte)[nrsm]?\s+(?:akku|akkulaufzeit|laufzeit|batterie)|akku\s+hält\s+am\s+längsten|am\s+längsten\s+(?:hält|durchhält|läuft)/iu],
    ['lightest', /\bleichteste[nrsm]?\b|am\s+leichtesten/iu],
    ['cheapest', /\b(?:billigste|günstigste|guenstigste|preiswerteste)[nrsm]?\b|am\s+(?:billigsten|günstigsten|preiswertesten)/iu],
    ['dearest', /\bteuerste[nrsm]?\b|am\s+teuersten/iu],
    ['best', /\bbeste[nrsm]?\b|am\s+besten|bestbewertet|top\s+bewertet/iu],
  ],
};

/** What a message ranks by, when it asks for the cheapest, dearest, best, lightest or longest-lasting. */
export function asksSuperlative(text: string, lang: string): Superlative | undefined {
  return SUPERLATIVES[lang]?.find(([, re]) => re.test(text))?.[0];
}

/** Gifts, not gift cards, wrapping or a free gift with an order. */
const GIFT: Record<string, { yes: RegExp; no?: RegExp }> = {
  en: { yes: /\b(?:gifts?|gifting|presents?|stocking stuffers?)\b/iu, no: /\bgift[- ]?(?:cards?|wrap\w*|box(?:es)?|receipts?|vouchers?|certificates?|codes?)\b|\bfree gift\b/iu },
  zh: { yes: /礼物|礼品|送礼|伴手礼|送给?(?:男|女)(?:朋友|友)|送给?(?:老公|老婆|爸爸?|妈妈?|父亲|母亲|朋友|同事|闺蜜|老师|长辈|孩子|儿子|女儿)/u, no: /礼品卡|礼品包装|礼盒包装|赠品|礼物包装/u },
  ja: { yes: /プレゼント|ギフト|贈り物|贈りもの|お土産|手土産|贈る/u, no: /ギフトカード|ギフト券|ラッピング|ギフト包装/u },
  ko: { yes: /선물|기프트/u, no: /선물\s*포장|기프트\s*카드|사은품|기프티콘/u },
  th: { yes: /ของขวัญ|ของฝาก/u, no: /ห่อของขวัญ|บัตรของขวัญ|ของแถม/u },
  vi: { yes: /quà|tặng(?!\s*kèm)/iu, no: /gói quà|thẻ quà|quà tặng kèm|tặng kèm/iu },
  id: { yes: /\b(?:kado|hadiah|oleh-oleh)\b/iu, no: /bungkus kado|kartu hadiah|voucher hadiah|hadiah gratis/iu },
  tr: { yes: /hediye/iu, no: /hediye (?:paketi|kartı|çeki)|hediye paket/iu },
  ru: { yes: /подар(?:ок|ка|ки|ков|ить|ю|очн)|в подарок/iu, no: /подарочн\S* (?:карт|сертификат|упаковк)|упаков\S* (?:в )?подар/iu },
  ar: { yes: /هدية|هديه|هدايا|أهدي|اهدي|إهداء/u, no: /تغليف|بطاقة هدية|كرت هدية|هدية مجانية/u },
  es: { yes: /\b(?:regalos?|regalar(?:le)?|obsequios?)\b/iu, no: /tarjeta (?:de )?regalo|papel de regalo|envolver|envuelto|regalo gratis/iu },
  pt: { yes: /\b(?:presentes?|presentear|lembrancinhas?|mimos?)\b/iu, no: /(?:cart[aã]o|vale)[- ]presente|embalagem (?:de |para )?presente|embrulh/iu },
  it: { yes: /\b(?:regal[oi]|regalare|pensierino)\b/iu, no: /(?:carta|buono|confezione) regalo|incart/iu },
  fr: { yes: /(?<![\p{L}])(?:cadeaux?|à offrir|a offrir|pour offrir|offrir à)(?![\p{L}])/iu, no: /(?:carte|bon|emballage|papier)[- ]cadeau|cadeau offert/iu },
  de: { yes: /geschenk|verschenken|mitbringsel/iu, no: /geschenk(?:karte|gutschein|verpackung|papier|box)|als geschenk verpack/iu },
};

/** True when the message asks for a gift ("gift for my dad", "送男朋友的礼物", "regalo para mi papá"). */
export function asksGift(text: string, lang: string): boolean {
  const g = GIFT[lang];
  return g !== undefined && g.yes.test(text) && !g.no?.test(text);
}
