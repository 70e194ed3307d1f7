/** Attribute questions in shoppers' words, in 15 languages, and the catalog keys that answer each concept. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  askedAmounts, askedColours, askedSizes, asksBound, ATTRIBUTE_CONCEPTS, attributeKeysFor, attributeMentions, attributeQuestions, keyRole, valueColours,
  withoutAttributeWords, type AttributeConcept,
} from '../../../core/nlu/entities-attribute.js';
import { loadCatalog } from '../../../core/shop/demo.js';
import { ROOT } from '../../helpers/chat.js';

type Case = [text: string, concepts: AttributeConcept[]];

/** Per locale: what shoppers write, typos and missing accents included, and what it asks about. */
const ASKS: Record<string, Case[]> = {
  en: [
    ['is it waterproof?', ['waterproof']], ['is it waterprof', ['waterproof']], ['can i take it in the shower', ['waterproof']],
    ['how long does the battery last?', ['battery']], ['how long does the batery last', ['battery']],
    ['what colour is it?', ['color']], ['what colors do you have', ['color']], ['how heavy is it?', ['weight']],
    ['what size is it and how heavy', ['size', 'weight']], ['how heavy is it and is it waterproof', ['weight', 'waterproof']],
    ['how much battery does the power bank hold?', ['battery']], ["what's the capacity of the power bank", ['capacity']],
    ['does it have noise cancelling', ['noise_cancelling']], ['is it bluetooth or wired?', ['connection']],
    ['what is it made of?', ['material']], ['does it come with a warranty', ['warranty']], ['will it work with my iphone?', ['compatibility']],
  ],
  'zh-CN': [
    ['防水吗', ['waterproof']], ['电池能用多久', ['battery']], ['有什么颜色', ['color']], ['重不重', ['weight']],
    ['防水吗？电池能用多久', ['waterproof', 'battery']], ['充电宝容量多大', ['capacity']], ['尺寸多大', ['size']], ['有降噪吗', ['noise_cancelling']],
    ['是蓝牙的吗', ['connection']], ['什么材质', ['material']], ['保修多久', ['warranty']], ['苹果手机能用吗', ['compatibility']],
  ],
  ja: [
    ['防水ですか？', ['waterproof']], ['電池どのくらい持つ?', ['battery']], ['何色がありますか', ['color']], ['重さは？', ['weight']],
    ['モバイルバッテリーの容量は？', ['capacity']], ['サイズは？', ['size']], ['ノイキャンある？', ['noise_cancelling']], ['保証はありますか', ['warranty']],
  ],
  ko: [
    ['방수 돼요?', ['waterproof']], ['배터리 얼마나 가요?', ['battery']], ['무슨 색 있어요?', ['color']], ['얼마나 가벼워요?', ['weight']],
    ['보조배터리 용량 얼마예요?', ['capacity']], ['노캔 되나요?', ['noise_cancelling']], ['블루투스 연결 돼요?', ['connection']], ['아이폰에서도 돼요?', ['compatibility']],
  ],
  th: [
    ['กันน้ำไหม', ['waterproof']], ['แบตอยู่ได้กี่ชั่วโมง', ['battery']], ['มีสีอะไรบ้าง', ['color']], ['หนักไหม', ['weight']],
    ['ขนาดเท่าไหร่', ['size']], ['มีประกันไหม', ['warranty']],
  ],
  de: [
    ['ist der wasserdicht?', ['waterproof']], ['wasserdciht?', ['waterproof']], ['wie lange hält der akku?', ['battery']],
    ['welche farbe hat er?', ['color']], ['wie schwer ist der?', ['weight']], ['hat der noise cancelling?', ['noise_cancelling']],
    ['gibt es garantie?', ['warranty']], ['funktioniert der mit iphone?', ['compatibility']],
  ],
  fr: [
    ["est-ce qu'il est étanche ?", ['waterproof']], ['etanche?', ['waterproof']], ["quelle est l'autonomie ?", ['battery']],
    ['il pese combien', ['weight']], ['quelles couleurs ?', ['color']], ['il est en quoi ?', ['material']], ['compatible avec android ?', ['compatibility']],
  ],
  es: [
    ['¿es resistente al agua?', ['waterproof']], ['cuanto dura la bateria', ['battery']], ['de que color es', ['color']], ['cuanto pesa', ['weight']],
    ['que talla tiene', ['size']], ['tiene cancelacion de ruido?', ['noise_cancelling']], ['tiene garantia?', ['warranty']],
  ],
  pt: [
    ["é à prova d'água?", ['waterproof']], ['a prova dagua?', ['waterproof']], ['quanto tempo dura a bateria', ['battery']],
    ['qual a cor', ['color']], ['quanto pesa', ['weight']], ['é sem fio?', ['connection']], ['tem garantia?', ['warranty']],
  ],
  it: [
    ['è impermeabile?', ['waterproof']], ['quanto dura la batteria?', ['battery']], ['che colori ci sono?', ['color']], ['quanto pesa?', ['weight']],
    ['che taglie avete?', ['size']], ['di che materiale è?', ['material']],
  ],
  ru: [
    ['он водонепроницаемый?', ['waterproof']], ['сколько держит батарея?', ['battery']], ['на сколько хватает акумулятора', ['battery']],
    ['какого цвета?', ['color']], ['сколько весит?', ['weight']], ['какой размер?', ['size']], ['есть шумоподавление?', ['noise_cancelling']],
    ['какая гарантия?', ['warranty']], ['подойдет к айфону?', ['compatibility']],
  ],
  ar: [
    ['هل هي مقاومة للماء؟', ['waterproof']], ['كم تدوم البطارية؟', ['battery']], ['ايش الالوان المتوفرة؟', ['color']], ['كم وزنها؟', ['weight']],
    ['كم المقاس؟', ['size']], ['فيها ضمان؟', ['warranty']], ['هل هي بلوتوث؟', ['connection']],
  ],
  tr: [
    ['su geçirmez mi?', ['waterproof']], ['pili kaç saat gidiyor?', ['battery']], ['hangi renkleri var?', ['color']], ['ağırlığı ne kadar?', ['weight']],
    ['beden tablosu var mı', ['size']], ['garantisi var mı?', ['warranty']], ['iphone ile uyumlu mu?', ['compatibility']],
  ],
  id: [
    ['tahan air gak?', ['waterproof']], ['baterainya awet gak', ['battery']], ['warnanya apa aja?', ['color']], ['beratnya berapa?', ['weight']],
    ['ukurannya berapa?', ['size']], ['bahannya apa?', ['material']], ['ada garansinya?', ['warranty']],
  ],
  vi: [
    ['có chống nước không?', ['waterproof']], ['co chong nuoc ko', ['waterproof']], ['pin dùng được bao lâu?', ['battery']],
    ['có màu gì?', ['color']], ['nặng bao nhiêu?', ['weight']], ['kích thước bao nhiêu?', ['size']], ['có chống ồn không', ['noise_cancelling']],
    ['bảo hành bao lâu?', ['warranty']],
  ],
};

/** Messages that name a concept's words without asking about it, or ask nothing of the kind. */
const ASKS_NOTHING: Record<string, string[]> = {
  en: ['do you have a water bottle?', 'how much is the water bottle?', 'do you have a power bank?', 'how much is it?', 'where is my order', 'is it in stock?'],
  'zh-CN': ['这个水杯多少钱', '有充电宝吗', '我的订单到哪了'],
  ja: ['モバイルバッテリーある？', '水筒はいくらですか', '注文はどこ？'],
  ko: ['보조배터리 있어요?', '물병 얼마예요?', '주문 어디쯤 왔어요?'],
  th: ['ขวดน้ำราคาเท่าไหร่', 'มีแบตสำรองไหม', 'ของเสียครับ'],
  de: ['was kostet die trinkflasche?', 'habt ihr eine powerbank?', 'wo ist meine bestellung', 'ist das leicht zu bedienen?'],
  fr: ['vous avez une batterie externe ?', 'combien coûte la gourde ?', 'où est ma commande'],
  es: ['tienen botellas de agua?', 'quiero una bateria externa', 'dónde está mi pedido'],
  pt: ['vcs tem garrafa de agua?', 'tem bateria externa?', 'cadê meu pedido'],
  it: ['avete borracce?', "c'è una batteria esterna?", "dov'è il mio ordine"],
  ru: ['есть внешний аккумулятор?', 'сколько стоит бутылка для воды?', 'где мой заказ', 'покажите весь ассортимент'],
  ar: ['عندكم زجاجة ماء؟', 'عندكم باور بانك؟', 'وين طلبي', 'كم سعر الشحن؟'],
  tr: ['su şişesi ne kadar?', 'pilates matı var mı', 'powerbank var mı', 'siparişim nerede'],
  id: ['ada botol minum?', 'casing hp ada?', 'ada power bank?', 'pesanan saya dimana'],
  vi: ['tôi muốn đi mua giày', 'mẫu này còn không', 'có pin dự phòng không', 'bình nước giá bao nhiêu'],
};

describe('attribute questions in 15 languages', () => {
  it('covers every locale', () => {
    expect(Object.keys(ASKS).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pt', 'ru', 'th', 'tr', 'vi', 'zh-CN']);
    expect(Object.keys(ASKS_NOTHING).sort()).toEqual(Object.keys(ASKS).sort());
  });

  it.each(Object.entries(ASKS).flatMap(([locale, cases]) => cases.map(([text, concepts]) => [locale, text, concepts] as const)))(
    '%s "%s" asks about %j', (locale, text, concepts) => {
      expect(attributeQuestions(text, locale)).toEqual(concepts);
    },
  );

  it.each(Object.entries(ASKS_NOTHING).flatMap(([locale, texts]) => texts.map((text) => [locale, text] as const)))(
    '%s "%s" asks about nothing', (locale, text) => {
      expect(attributeQuestions(text, locale)).toEqual([]);
    },
  );

  it('takes a base language or a locale, and knows no other language', () => {
    expect(attributeQuestions('防水吗', 'zh')).toEqual(['waterproof']);
    expect(attributeQuestions('is it waterproof?', 'xx')).toEqual([]);
    expect(attributeQuestions('   ', 'en')).toEqual([]);
  });

  it('does not count the words of the product\'s own name', () => {
    const shoes = ['Waterproof Trail Running Shoes'];
    expect(attributeQuestions('are the waterproof trail running shoes comfy?', 'en', { ignore: shoes })).toEqual([]);
    expect(attributeQuestions('are the trail running shoes waterproof?', 'en', { ignore: shoes })).toEqual(['waterproof']);
    const x1 = ['Wireless Headphones X1'];
    expect(attributeQuestions('tell me about the wireless headphones x1', 'en', { ignore: x1 })).toEqual([]);
    expect(attributeQuestions('is the x1 wireless?', 'en', { ignore: x1 })).toEqual(['connection']);
    expect(attributeQuestions('le casque sans fil X1 est étanche ?', 'fr', { ignore: ['Casque sans fil X1'] })).toEqual(['waterproof']);
    expect(attributeQuestions('这双防水越野跑鞋怎么样', 'zh-CN', { ignore: ['防水越野跑鞋'] })).toEqual([]);
    expect(attributeQuestions('这双防水越野跑鞋防水吗', 'zh-CN', { ignore: ['防水越野跑鞋'] })).toEqual(['waterproof']);
  });
});

/** Every attribute key of the demo catalog, and the concepts it answers (primary or related). */
const DEMO_KEYS: Record<string, AttributeConcept[]> = {
  color: ['color'], shade: ['color'], color_temps: [],
  battery_hours: ['battery'], battery_days: ['battery'], battery: ['battery'], rechargeable: ['battery'], charging_case: ['battery'],
  capacity_mah: ['battery', 'capacity'], capacity_ml: ['capacity'], capacity_l: ['capacity'], volume_ml: ['capacity'], teapot_ml: ['capacity'],
  weight_g: ['weight'],
  waterproof: ['waterproof'], water_resistant: ['waterproof'], rain_cover: ['waterproof'],
  noise_cancelling: ['noise_cancelling'],
  connection: ['connection'], wireless: ['connection'], usb_port: ['connection'], ports: ['connection'], multi_device: ['connection'],
  connector: ['connection', 'compatibility'], cable_m: ['size', 'connection'],
  size: ['size'], sizes: ['size'], size_cm: ['size'], waist_in: ['size'], length_m: ['size'], thickness_mm: ['size'], screen_in: ['size'], fit: ['size'],
  material: ['material'], sole: ['material'],
  fits: ['compatibility'], laptop_in: ['compatibility'],
  foldable: [], microphone: [], ear_hooks: [], output_w: [], clip: [], drop_tested_m: [], card_slots: [], magnetic: [], pack: [], hardness: [],
  viewing_angle_deg: [], power_w: [], foldable_plug: [], max_power_w: [], layout: [], switches: [], backlight: [], keys: [], dpi: [],
  silent_click: [], gps: [], pairs: [], drop_mm: [], keeps_hot_hours: [], pieces: [], stovetop_safe: [], microwave_safe: [],
  brightness_levels: [], flexible_neck: [], auto_shutoff: [], temperature_control: [], skin_type: [], fragrance_free: [], spf: [],
  finish: [], keeps_cold_hours: [], leak_proof: [], drawstring: [], full_zip: [], pockets: [],
};

describe('the catalog keys each concept covers', () => {
  const concepts = (key: string) => ATTRIBUTE_CONCEPTS.filter((c) => keyRole(key, c) !== undefined);

  it('maps every attribute key of the demo catalog (a new key is classified here)', () => {
    const keys = new Set(loadCatalog(join(ROOT, 'bots/demo-shop/shop/catalog.yaml')).products.flatMap((p) => Object.keys(p.attributes)));
    expect([...keys].sort()).toEqual(Object.keys(DEMO_KEYS).sort());
    for (const key of keys) expect({ key, concepts: concepts(key) }).toEqual({ key, concepts: DEMO_KEYS[key] });
  });

  it('matches keys by name or prefix, by unit, and in other spellings', () => {
    expect(concepts('ip_rating')).toEqual(['waterproof']);
    expect(concepts('battery_life_minutes')).toEqual(['battery']);
    expect(concepts('batteryLife')).toEqual(['battery']);
    expect(concepts('weight_kg')).toEqual(['weight']);
    expect(concepts('colour')).toEqual(['color']);
    expect(concepts('storage_gb')).toEqual(['capacity']);
    expect(concepts('warranty_years')).toEqual(['warranty']);
    expect(concepts('compatible_with')).toEqual(['compatibility']);
    expect(concepts('Noise-Cancelling')).toEqual(['noise_cancelling']);
  });

  it('leaves keys it does not know out, and puts a concept\'s own keys first', () => {
    expect(concepts('gift_box')).toEqual([]);
    expect(concepts('colorful_print')).toEqual([]);
    expect(attributeKeysFor('waterproof', { rain_cover: true, color: 'red', waterproof: 'IPX4' }))
      .toEqual([{ key: 'waterproof', primary: true }, { key: 'rain_cover', primary: false }]);
    expect(attributeKeysFor('battery', { gift_box: true })).toEqual([]);
  });
});

/** "Do you have it in black?" in the 15 languages, with a colour word of their own besides (navy, grey, "xanh"). */
const COLOUR_QUESTIONS: Record<string, [text: string, colours: string[][]][]> = {
  en: [['do you have the boom 5 in black?', [['black']]], ['is it navy blue or grey?', [['navy'], ['gray']]], ['off-white?', [['cream']]]],
  'zh-CN': [['Boom 5有黑色吗', [['black']]], ['有没有深蓝色的', [['navy']]]],
  ja: [['Boom 5の黒はありますか', [['black']]], ['ホワイトある？', [['white']]]],
  ko: [['boom 5 검정색 있어요?', [['black']]], ['하얀색도 나와요?', [['white']]]],
  es: [['¿tienen el boom 5 en negro?', [['black']]], ['¿lo tienen en azul marino?', [['navy']]]],
  fr: [['le boom 5 existe en noir ?', [['black']]], ['vous l\'avez en gris ?', [['gray']]]],
  de: [['gibt es den boom 5 in schwarz?', [['black']]], ['auch in weiß?', [['white']]]],
  ru: [['есть boom 5 в черном цвете?', [['black']]], ['есть в сером?', [['gray']]]],
  pt: [['tem a boom 5 na cor preta?', [['black']]], ['vem em azul marinho?', [['navy']]]],
  it: [["la boom 5 c'è in nero?", [['black']]], ['ce l\'avete in verde?', [['green']]]],
  th: [['boom 5 มีสีดำไหม', [['black']]], ['มีสีน้ำเงินไหม', [['blue']]]],
  vi: [['loa boom 5 có màu đen không', [['black']]], ['co mau den ko', [['black']]], ['có màu xanh không', [['blue', 'green']]]],
  id: [['boom 5 ada warna hitam?', [['black']]], ['hitamnya ada?', [['black']]]],
  ar: [['هل يتوفر boom 5 باللون الأسود؟', [['black']]], ['أحمر الشفاه متوفر باللون الوردي؟', [['pink']]]],
  tr: [['boom 5 siyah renk var mı?', [['black']]], ['siyahı var mı', [['black']]]],
};

describe('the colours a question asks for', () => {
  it('covers every locale', () => {
    expect(Object.keys(COLOUR_QUESTIONS).sort()).toEqual(Object.keys(ASKS).sort());
  });

  it.each(Object.entries(COLOUR_QUESTIONS).flatMap(([locale, cases]) => cases.map(([text, colours]) => [locale, text, colours] as const)))(
    '%s "%s" asks for %j', (locale, text, colours) => {
      expect(askedColours(text, locale)).toEqual(colours);
    },
  );

  it('does not take the product\'s own name, a white cast or lipstick for a colour', () => {
    expect(askedColours('do you have the classic white sneakers in black?', 'en', { ignore: ['Classic White Sneakers'] })).toEqual([['black']]);
    expect(askedColours('白浮きしますか', 'ja')).toEqual([]);
    expect(askedColours('hinterlässt sie einen Weißeleffekt?', 'de')).toEqual([]);
  });

  it('reads the catalog\'s colour values, shades with the colour they are of', () => {
    expect(valueColours('matte black', 'en')).toEqual(['black']);
    expect(valueColours('sage green', 'en')).toEqual(['green']);
    expect(valueColours('navy', 'ja').sort()).toEqual(['blue', 'navy']);
    expect(valueColours('charcoal', 'en')).toEqual(['gray']);
    expect(valueColours('assorted', 'en')).toEqual([]);
    expect(valueColours('sheer berry', 'en')).toEqual([]);
    expect(valueColours('schwarz', 'de')).toEqual(['black']);
  });
});

/** "Is it 2 m long?" as shoppers write it: the amount and its unit, in the 15 languages. */
const AMOUNTS: Record<string, [text: string, amount: number, unit: string]> = {
  en: ['is the cable 2m long?', 2, 'meter'], 'zh-CN': ['线有2米长吗', 2, 'meter'], ja: ['ケーブルは2メートルありますか', 2, 'meter'],
  ko: ['무게 500그램이에요?', 500, 'gram'], es: ['¿es de 1,5 litros?', 1.5, 'liter'], fr: ['le câble fait 2 mètres ?', 2, 'meter'],
  de: ['ist das Kabel 2 Meter lang?', 2, 'meter'], ru: ['весит 500 грамм?', 500, 'gram'], pt: ['o cabo tem 2 metros?', 2, 'meter'],
  it: ['il cavo è lungo 2 metri?', 2, 'meter'], th: ['สายยาว 2 เมตรไหม', 2, 'meter'], vi: ['pin được 30 tiếng không', 30, 'hour'],
  id: ['kabelnya 2 meter?', 2, 'meter'], ar: ['هل الكابل ٢ متر؟', 2, 'meter'], tr: ['kablo 2 metre mi?', 2, 'meter'],
};

describe('amounts and sizes a question asks about', () => {
  it.each(Object.entries(AMOUNTS))('%s "%j"', (locale, [text, amount, unit]) => {
    expect(askedAmounts(text, locale)).toEqual([{ amount, unit }]);
    expect(asksBound(text, locale)).toBe(false);
  });

  it('leaves the amounts of the product\'s own name out, and "in" is no inch', () => {
    expect(askedAmounts('is the 20000mah power bank allowed on planes?', 'en', { ignore: ['20000mAh Power Bank'] })).toEqual([]);
    expect(askedAmounts('20000毫安充电宝能带上飞机吗', 'zh-CN', { ignore: ['20000mAh 充电宝'] })).toEqual([]);
    expect(askedAmounts('is the 1m cable 2m long?', 'en', { ignore: ['USB-C to Lightning Cable 1m'] })).toEqual([{ amount: 2, unit: 'meter' }]);
    expect(askedAmounts('do you have 2 in black?', 'en')).toEqual([]);
  });

  it('tells a bound from a value in every language', () => {
    expect(asksBound('does it last more than 20 hours?', 'en')).toBe(true);
    expect(asksBound('能用30小时以上吗', 'zh-CN')).toBe(true);
    expect(asksBound('mindestens 2 Meter?', 'de')).toBe(true);
    expect(asksBound('en az 20 saat gider mi?', 'tr')).toBe(true);
  });

  it('reads letter sizes and size numbers that are no amount', () => {
    expect(askedSizes('do you have it in XL?', 'en')).toEqual({ letters: ['xl'], numbers: [] });
    expect(askedSizes('有42码吗', 'zh-CN')).toEqual({ letters: [], numbers: [42] });
    expect(askedSizes('44 numara var mı', 'tr')).toEqual({ letters: [], numbers: [44] });
    expect(askedSizes('is it 2 m long?', 'en')).toEqual({ letters: [], numbers: [] });
  });
});

describe('what a message asks besides', () => {
  it('gives the words that ask each concept', () => {
    expect(attributeMentions('is it waterproof and how heavy?', 'en').map((m) => [m.concept, m.words])).toEqual([['waterproof', ['waterproof']], ['weight', ['heavy']]]);
  });

  it('blanks the words of the concepts answered, in both forms of the text', () => {
    const rest = withoutAttributeWords('is it waterproof and cruelty-free?', 'en', ['waterproof']);
    expect(rest.plain).not.toContain('waterproof');
    expect(rest.plain).toContain('cruelty-free');
    expect(withoutAttributeWords('có chống nước không, có thuần chay không', 'vi', ['waterproof']).marked).not.toContain('chống nước');
  });
});
