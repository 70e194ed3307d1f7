import { describe, expect, it } from 'vitest';
import { buildProductIndex, wordSimilarity, type CatalogProduct, type ProductIndex } from '../../../core/nlu/entities-product.js';
import { foldWord } from '../../../core/nlu/entities-product-units.js';

/** A small catalog in six locales: product names, and keywords for some of them. */
const CATALOG: CatalogProduct[] = [
  {
    id: 'EARBUDS',
    name: {
      en: 'Aurora Wireless Earbuds Pro', es: 'Auriculares inalámbricos Aurora Pro', de: 'Aurora kabellose Ohrhörer Pro',
      ar: 'سماعة أذن لاسلكية أورورا برو', 'zh-CN': '极光无线蓝牙耳机 Pro', ja: 'オーロラ ワイヤレスイヤホン Pro',
    },
    keywords: { es: ['auriculares resistentes al agua', 'cancelación de ruido'], ar: ['سماعة', 'سماعات لاسلكية'], 'zh-CN': ['耳机'] },
  },
  {
    id: 'SNEAKERS',
    name: { en: 'Classic White Sneakers', es: 'Zapatillas blancas clásicas', de: 'Klassische weiße Sneaker', 'zh-CN': '经典小白鞋', ja: 'クラシック白スニーカー' },
    keywords: { en: ['sneakers', 'trainers'], de: ['Sneaker'] },
  },
  {
    id: 'SPEAKER',
    name: {
      en: 'Mini Bluetooth Speaker', es: 'Mini altavoz Bluetooth', de: 'Mini Bluetooth-Lautsprecher', ar: 'مكبر صوت بلوتوث صغير',
      'zh-CN': '迷你蓝牙音箱', ja: 'ミニBluetoothスピーカー',
    },
    keywords: { en: ['speaker'] },
  },
  {
    id: 'WATCH',
    name: { en: 'Smart Watch Pro 2', es: 'Reloj inteligente Pro 2', de: 'Smartwatch Pro 2', ar: 'ساعة ذكية Pro 2', 'zh-CN': '智能手表 Pro 2', ja: 'スマートウォッチ Pro 2' },
  },
  { id: 'CASE', name: { en: 'Phone Case', es: 'Funda para móvil', de: 'Handyhülle', 'zh-CN': '手机壳', ja: 'スマホケース' } },
  { id: 'MUG', name: { en: 'Ceramic Coffee Mug', es: 'Taza de café de cerámica', 'zh-CN': '陶瓷咖啡杯', ja: '陶器のコーヒーマグ' } },
  { id: 'SOCKS', name: { en: 'Everyday Cotton Socks (5 Pairs)', es: 'Calcetines de algodón (5 pares)' } },
  { id: 'TEAPOT', name: { en: 'Glass Teapot with Infuser' } },
  { id: 'CHARGER', name: { en: 'Fast Charger 65W' }, keywords: { en: ['charger'] } },
];

const index = buildProductIndex(CATALOG);

/** Product ids found in `text`, best first, with the shared default floor. */
function ids(text: string, locale: string, idx: ProductIndex = index): string[] {
  return idx.match(text, locale).map((m) => m.productId);
}

/** The best match and the text it covers. */
function best(text: string, locale: string, idx: ProductIndex = index): { id?: string; surface?: string; score?: number } {
  const [m] = idx.match(text, locale);
  return m ? { id: m.productId, surface: text.slice(m.start, m.end), score: m.score } : {};
}

describe('product matcher: what it finds', () => {
  it.each([
    ['do you have the aurora earbuds?', 'en', 'EARBUDS', 'aurora earbuds'],
    ['auroa earbds in stock?', 'en', 'EARBUDS', 'auroa earbds'],
    ['aurora earbudz', 'en', 'EARBUDS', 'aurora earbudz'],
    ['wireles earbuds please', 'en', 'EARBUDS', 'wireles earbuds'],
    ['the white sneakers in 42', 'en', 'SNEAKERS', 'white sneakers'],
    ['do you sell speakers?', 'en', 'SPEAKER', 'speakers'],
    ['phone csae', 'en', 'CASE', 'phone csae'],
    ['cotton socks', 'en', 'SOCKS', 'cotton socks'],
    ['a glass teapot', 'en', 'TEAPOT', 'glass teapot'],
    ['¿tienen auriculares inalámbricos?', 'es', 'EARBUDS', 'auriculares inalámbricos'],
    ['busco auriculares resistentes al agua', 'es', 'EARBUDS', 'auriculares resistentes al agua'],
    ['zapatillas blancas talla 40', 'es', 'SNEAKERS', 'zapatillas blancas'],
    ['ich suche die Aurora Ohrhörer', 'de', 'EARBUDS', 'Aurora Ohrhörer'],
    ['eine Handyhüle bitte', 'de', 'CASE', 'Handyhüle'],
    ['هل سماعة أورورا متوفرة', 'ar', 'EARBUDS', 'سماعة أورورا'],
    ['أريد ساعة ذكية', 'ar', 'WATCH', 'ساعة ذكية'],
    ['极光耳机还有货吗', 'zh-CN', 'EARBUDS', '极光耳机'],
    ['手机壳多少钱', 'zh-CN', 'CASE', '手机壳'],
    ['有陶瓷咖啡杯吗', 'zh-CN', 'MUG', '陶瓷咖啡杯'],
    ['ワイヤレスイヤホンありますか', 'ja', 'EARBUDS', 'ワイヤレスイヤホン'],
    ['スマホケースください', 'ja', 'CASE', 'スマホケース'],
    ['Smart Watch Pro 2', 'fr', 'WATCH', 'Smart Watch Pro 2'],
  ])('%s (%s)', (text, locale, id, surface) => {
    expect(best(text, locale)).toMatchObject({ id, surface });
  });

  it('scores an exact name 1, a typo and a partial name less', () => {
    expect(best('Aurora Wireless Earbuds Pro', 'en').score).toBe(1);
    expect(best('aurora wireless earbds pro', 'en').score).toBeLessThan(1);
    expect(best('aurora earbuds', 'en').score).toBeLessThan(best('aurora wireless earbuds', 'en').score ?? 0);
  });
});

describe('product matcher: a partial name must contain its head noun', () => {
  it.each([
    ['pro', 'en'], ['wireless', 'en'], ['I have a question about pro pricing', 'en'], ['aurora wireless pro', 'en'],
    ['my phone is broken', 'en'], ['is the coffee hot?', 'en'], ['5 pairs', 'en'], ['with infuser', 'en'], ['mini', 'en'],
    ['es resistente al agua?', 'es'], ['¿son resistentes al agua?', 'es'], ['inalámbricos pro', 'es'],
    ['kabellose Pro', 'de'], ['لاسلكية', 'ar'], ['手机坏了', 'zh-CN'], ['咖啡', 'zh-CN'], ['スマホが壊れた', 'ja'],
  ])('%s (%s) is not a product', (text, locale) => {
    expect(index.match(text, locale, { minScore: 0 })).toEqual([]);
  });

  it('gives a function word no weight: "de" does not make "cancelación de pedido" more of "cancelación de ruido"', () => {
    expect(ids('cancelación de pedido', 'es')).toEqual([]);
    expect(ids('¿tienen cancelación de ruido?', 'es')).toEqual(['EARBUDS']);
  });

  it('finds the head alone when the rest of the name is common in the catalog (IDF)', () => {
    const line = ['Earbuds', 'Headphones', 'Speaker', 'Charger', 'Keyboard', 'Mouse'].map((noun, i) => ({
      id: `A${i}`, name: { en: `Aurora Wireless ${noun} Pro` },
    }));
    const brandLine = buildProductIndex(line);
    const unique = buildProductIndex([{ id: 'A0', name: { en: 'Aurora Wireless Earbuds Pro' } }, { id: 'B', name: { en: 'Trail Shoes' } }]);
    const inLine = brandLine.match('the earbuds', 'en', { minScore: 0 });
    expect(inLine.map((m) => m.productId)).toEqual(['A0']);
    // Where "aurora", "wireless" and "pro" say as much as "earbuds", the noun alone is a weaker mention.
    expect(inLine[0]?.score).toBeGreaterThan((unique.match('the earbuds', 'en', { minScore: 0 })[0]?.score ?? 1) + 0.1);
    expect(brandLine.match('aurora wireless pro', 'en', { minScore: 0 })).toEqual([]);
  });
});

describe('product matcher: words that look alike', () => {
  it('does not take sneakers for a speaker, or the other way round', () => {
    expect(ids('what sneakers do you have', 'en')).toEqual(['SNEAKERS']);
    expect(ids('i want a sneaker', 'en')).toEqual(['SNEAKERS']);
    expect(ids('show me your speakers', 'en')).toEqual(['SPEAKER']);
    expect(ids('Sneaker für Damen', 'de')).toEqual(['SNEAKERS']);
  });

  it('does not take the Arabic headphones (السماعة) for a watch (ساعة), nor hours for headphones', () => {
    expect(ids('السماعة لا تعمل', 'ar')).not.toContain('WATCH');
    expect(ids('السماعة لا تعمل', 'ar')).toContain('EARBUDS');
    expect(ids('الساعة الذكية لا تعمل', 'ar')).toEqual(['WATCH']);
    expect(ids('التوصيل خلال ساعات', 'ar')).toEqual([]);
  });

  it('does not read a verb as the product named after it (speak / speaker, charged / charger)', () => {
    expect(ids('can i speak to someone', 'en')).toEqual([]);
    expect(ids('how much do you charge for delivery', 'en')).toEqual([]);
    expect(ids('i was charged twice', 'en')).toEqual([]);
    expect(ids('need a charger', 'en')).toEqual(['CHARGER']);
  });

  it('wordSimilarity keeps real typos and inflections', () => {
    const pairs = [
      ['earbds', 'earbuds'], ['earbudz', 'earbuds'], ['wireles', 'wireless'], ['csae', 'case'], ['runing', 'running'], ['tastiere', 'tastiera'],
      ['кружки', 'кружка'], ['speakers', 'speaker'], ['sneaker', 'sneakers'], ['mugs', 'mug'], ['auricular', 'auriculares'],
    ];
    for (const [a, b] of pairs) {
      expect(wordSimilarity(a ?? '', b ?? ''), `${a} ~ ${b}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('wordSimilarity rejects different words that differ by a letter or two', () => {
    const pairs = [
      ['sneakers', 'speaker'], ['sneaker', 'speaker'], ['speakers', 'sneakers'], [foldWord('السماعة'), foldWord('ساعة')],
      [foldWord('ساعات'), foldWord('سماعات')], ['charged', 'charger'], ['team', 'tea'], ['teen', 'tee'], ['mouse', 'house'],
      ['carregando', 'carregador'], ['speak', 'speaker'], ['charge', 'charger'], ['carga', 'cargador'], ['medios', 'medias'], ['bolso', 'bolsa'],
    ];
    for (const [a, b] of pairs) expect(wordSimilarity(a ?? '', b ?? ''), `${a} / ${b}`).toBe(0);
  });

  it('wordSimilarity reads Russian nouns whose last vowel drops, and Turkish ending chains in Turkish only', () => {
    for (const [a, b] of [['чехлы', 'чехол'], ['чехла', 'чехол'], ['ремешки', 'ремешок'], ['замков', 'замок']]) {
      expect(wordSimilarity(a ?? '', b ?? ''), `${a} ~ ${b}`).toBe(0.9);
    }
    expect(wordSimilarity('чехлами', 'чехол')).toBe(0.9);
    expect(wordSimilarity('чехлодержатель', 'чехол')).toBe(0); // longer than any case ending: another word
    expect(wordSimilarity('столы', 'стол')).toBe(0.9); // no vowel drops: an ordinary ending
    for (const [a, b] of [['klavyeleriniz', 'klavye'], ['kulaklıklarımızdan', 'kulaklık'], ['çantaları', 'çanta']]) {
      expect(wordSimilarity(a ?? '', b ?? '', 'tr'), `${a} ~ ${b}`).toBe(0.9);
      expect(wordSimilarity(a ?? '', b ?? '', 'en'), `${a} / ${b} outside Turkish`).toBe(0);
    }
    // German compounds are other words, whatever letters follow: the bag is not the torch.
    expect(wordSimilarity('taschenlampe', 'tasche', 'de')).toBe(0);
    expect(wordSimilarity('klavyeciler', 'klavye', 'tr')).toBe(0); // -ci makes another word ("keyboardist")
  });

  it('strips the Arabic article before comparing', () => {
    expect(foldWord('السماعة')).toBe(foldWord('سماعة'));
    expect(wordSimilarity(foldWord('السماعة'), foldWord('سماعة'))).toBe(1);
  });
});

describe('product matcher: scripts without spaces and syllables', () => {
  const thai = buildProductIndex([
    { id: 'MUG', name: { th: 'แก้วกาแฟเซรามิก' }, keywords: { th: ['แก้ว', 'แก้วกาแฟ'] } },
    { id: 'CABLE', name: { th: 'สายชาร์จ USB-C' }, keywords: { th: ['สายชาร์จ'] } },
  ]);

  it('does not put together a Thai word from bigrams scattered over the message', () => {
    // แก้ได้แล้ว ("fixed it") holds แก, ก้ and ้ว, the three bigrams of แก้ว ("glass"), but not in a row.
    expect(ids('เย้ แก้ได้แล้ว ขอบคุณมากครับ', 'th', thai)).toEqual([]);
    expect(ids('แก้วกาแฟราคาเท่าไหร่', 'th', thai)).toEqual(['MUG']);
    expect(ids('มีสายชาร์จไหม', 'th', thai)).toEqual(['CABLE']);
  });

  const vi = buildProductIndex([
    { id: 'SOCKS', name: { vi: 'Tất cotton hằng ngày' }, keywords: { vi: ['tất'] } },
    { id: 'LAMP', name: { vi: 'Đèn bàn LED' } },
    { id: 'KEYBOARD', name: { vi: 'Bàn phím không dây' } },
    { id: 'HEADSET', name: { vi: 'Tai nghe có dây' } },
  ]);

  it('reads Vietnamese with its tones when they are typed, without when not', () => {
    expect(ids('muốn tắt thông báo', 'vi', vi)).toEqual([]);
    expect(ids('tất cotton còn không', 'vi', vi)).toEqual(['SOCKS']);
    expect(ids('tat cotton con khong', 'vi', vi)).toEqual(['SOCKS']);
  });

  it('tells a Vietnamese function word from a word spelled alike but for its accents', () => {
    // có "has" is a function word; cơ "mechanical" folds to the same letters but names the keyboard.
    const keyboards = buildProductIndex([{ id: 'MECH', name: { vi: 'Bàn phím cơ' } }, { id: 'SLIM', name: { vi: 'Bàn phím mỏng' } }]);
    const [first, second] = keyboards.match('bàn phím cơ', 'vi', { minScore: 0 });
    expect(first?.productId).toBe('MECH');
    expect(first?.score).toBe(1);
    expect(second?.score ?? 0).toBeLessThan(1);
  });

  it('counts Vietnamese syllables of a longer name only next to each other', () => {
    // bàn phím "keyboard" + đèn led: not the desk lamp "đèn bàn".
    expect(ids('bàn phím này có đèn led không', 'vi', vi)).toEqual(['KEYBOARD']);
    expect(ids('đèn bàn led còn hàng không', 'vi', vi)).toEqual(['LAMP']);
    // không dây "wireless" is not có dây "wired": only "tai nghe" of the name is there.
    expect(best('tai nghe không dây', 'vi', vi).score ?? 0).toBeLessThan(best('tai nghe có dây', 'vi', vi).score ?? 0);
  });
});
