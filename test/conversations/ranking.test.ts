/**
 * Products ranked the way shoppers ask, within the kind they name: "the cheapest speaker" (it was "some of our
 * favourites"), "which is the cheapest?" after a list, "anything cheaper?" staying earbuds (it drifted to another
 * kind), and gifts within a budget that are not a charger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../../core/shop/types.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const product = async (id: string): Promise<Product> => (await t.app.engine.bot('demo-shop').shop.getProduct(id))!;
/** The longest fixed part of a localized reply (the text between its variables). */
const stem = (locale: string, key: string, context?: string) =>
  t.app.i18n.t(locale, key, context ? { context } : {}).split(/\{\{\w+\}\}/).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0]!;
const SPEAKERS = ['P005', 'P006'];
/** Tags of what is no gift (core/shop/ranking.ts NOT_GIFTS). */
const NOT_GIFTS = ['cable', 'charger', 'screen-protector', 'adapter'];

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('the cheapest, dearest, best, lightest, longest-lasting of a kind', () => {
  it.each([
    ['en', "what's the cheapest speaker"], ['zh-CN', '最便宜的音箱'], ['ja', '一番安いスピーカーは？'], ['ko', '제일 싼 스피커 뭐예요'],
    ['es', 'cuál es el altavoz más barato'], ['fr', "l'enceinte la moins chère"], ['de', 'der billigste Lautsprecher'],
    ['ru', 'самая дешевая колонка'], ['pt', 'a caixa de som mais barata'], ['it', "l'altoparlante più economico"],
    ['th', 'ลำโพงที่ถูกที่สุด'], ['vi', 'loa rẻ nhất'], ['id', 'speaker paling murah'], ['ar', 'أرخص سبيكر'], ['tr', 'en ucuz hoparlör'],
  ])('%s: "%s" says which speaker is the cheapest, with its card', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation');
    expect(products(r)[0]).toBe('P006');
    expect(products(r).every((id) => SPEAKERS.includes(id))).toBe(true);
    const reply = texts(r).join(' ');
    expect(reply).toContain(stem(locale, 'product.rank', 'cheapest_kind'));
    expect(reply).toContain('Pebble');
  });

  it.each([
    ['en', 'which headphones are the lightest?'], ['zh-CN', '最轻的耳机是哪款'], ['ja', 'いちばん軽いヘッドホンは？'], ['ko', '가장 가벼운 헤드폰 뭐예요?'],
    ['es', '¿cuáles son los auriculares más ligeros?'], ['fr', 'quel est le casque le plus léger ?'], ['de', 'die leichtesten Kopfhörer?'],
    ['ru', 'какие наушники самые лёгкие?'], ['pt', 'o fone de ouvido mais leve?'], ['it', 'quali sono le cuffie più leggere?'],
    ['th', 'หูฟังตัวไหนเบาที่สุด'], ['vi', 'tai nghe nào nhẹ nhất'], ['id', 'headphone paling ringan yang mana'], ['ar', 'أخف سماعة رأس عندكم'],
    ['tr', 'en hafif kulaklık'],
  ])('%s: "%s" ranks the headphones by weight, lightest first, with the weight', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation');
    const shown = await Promise.all(products(r).map(product));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((p) => p.category === 'audio' && !SPEAKERS.includes(p.id))).toBe(true);
    const weights = shown.map((p) => Number(p.attributes.weight_g));
    expect(weights).toEqual([...weights].sort((a, b) => a - b));
    expect(texts(r).join(' ')).toContain(stem(locale, 'product.rank', 'lightest_kind'));
    expect(texts(r).join(' ')).toContain(String(weights[0]));
  });

  it.each([
    ['en', 'most expensive headphones', 'dearest', 'P001'], ['ja', '一番高いイヤホンは？', 'dearest', 'P003'],
    ['en', 'best rated speaker?', 'best', 'P005'], ['es', 'el mejor altavoz', 'best', 'P005'],
    ['en', 'which earbuds have the longest battery life', 'battery', 'P003'], ['zh-CN', '哪款耳机续航最长', 'battery', 'P001'],
  ])('%s: "%s" (%s) answers %s', async (locale, message, by, id) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectFlow('recommendation');
    expect(products(r)[0]).toBe(id);
    expect(texts(r).join(' ')).toContain(stem(locale, 'product.rank', `${by}_kind`));
  });

  it('says so when the catalog does not list what it would rank by', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('lightest charger').expectFlow('recommendation');
    expect(texts(r).join(' ')).toContain(stem('en', 'product.rank_unknown', 'lightest'));
    expect(products(r).length).toBeGreaterThan(0);
  });

  it.each([
    ['en', 'recommend some headphones', "what's the cheapest one?"], ['ja', 'おすすめのイヤホンは？', 'どれが一番安い？'],
    ['ko', '이어폰 추천해 주세요', '제일 싼 거 뭐예요?'], ['pt', 'me indica um fone de ouvido', 'e o mais barato?'],
  ])('%s: with no kind named, ranks the products just shown', async (locale, list, cheapest) => {
    const c = new Chat(t.app, undefined, locale);
    const shown = products(await c.says(list));
    expect(shown.length).toBeGreaterThan(1);
    const r = await c.says(cheapest).expectFlow('recommendation');
    expect(products(r).length).toBeGreaterThan(1);
    expect(products(r).every((id) => shown.includes(id))).toBe(true);
    const prices = await Promise.all(products(r).map(async (id) => (await product(id)).price));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(texts(r).join(' ')).toContain(stem(locale, 'product.rank', 'cheapest_shown'));
  });
});

describe('a cheaper one, of the same kind', () => {
  it.each([
    ['en', 'show me the air 3 earbuds', 'anything cheaper?'], ['zh-CN', 'Air 3 耳机', '有便宜点的吗'], ['ja', 'Air 3 のイヤホンある？', 'もっと安いのある？'],
    ['ko', 'Air 3 이어폰 있어요?', '더 싼 거 있어요?'], ['es', '¿tienen los auriculares Air 3?', '¿hay algo más barato?'],
    ['fr', 'vous avez les écouteurs Air 3 ?', 'vous avez moins cher ?'], ['de', 'habt ihr die Air 3 Ohrhörer?', 'gibt es was günstigeres?'],
    ['ru', 'есть наушники Air 3?', 'подешевле'], ['pt', 'procuro o fone de ouvido Air 3', 'tem algum mais barato?'], ['it', 'avete gli auricolari Air 3?', 'uno meno caro?'],
    ['th', 'มีหูฟัง Air 3 ไหม', 'มีถูกกว่านี้ไหม'], ['vi', 'có tai nghe Air 3 không', 'có cái rẻ hơn không'], ['id', 'ada earphone Air 3?', 'ada yang lebih murah?'],
    ['ar', 'Air 3 كم سعرها؟', 'في شي أرخص؟'], ['tr', 'Air 3 kulaklık arıyorum', 'daha ucuzu var mı'],
  ])('%s: after the Air 3 earbuds, none cheaper in stock, and the cheaper one sold out said so (not a speaker)', async (locale, search, cheaper) => {
    const c = new Chat(t.app, undefined, locale);
    expect(products(await c.says(search))[0]).toBe('P003');
    const r = await c.says(cheaper);
    expect(products(r)).toEqual([]);
    const reply = texts(r).join(' ');
    expect(reply).toContain(stem(locale, 'budget.none_cheaper', 'unavailable'));
    expect(reply).toContain('Run');
  });

  it.each([['en', 'the 65w charger', 'something cheaper?'], ['zh-CN', '65W氮化镓充电器', '有没有便宜点的']])(
    '%s: after a charger, a cheaper charger, not a cable or a phone case', async (locale, search, cheaper) => {
      const c = new Chat(t.app, undefined, locale);
      expect(products(await c.says(search))[0]).toBe('P011');
      const r = await c.says(cheaper).expectReply(stem(locale, 'budget.cheaper'));
      expect(products(r)).toEqual(['P012']);
    },
  );

  it('after a list of one kind, is cheaper than the cheapest of the list', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('recommend some headphones'));
    const cheapest = Math.min(...(await Promise.all(shown.map(async (id) => (await product(id)).price))));
    const r = await c.says('anything cheaper?');
    for (const id of products(r)) expect((await product(id)).price).toBeLessThan(cheapest);
    expect(texts(r).join(' ')).toContain(stem('en', 'budget.none_cheaper', 'unavailable'));
  });
});

describe('gifts', () => {
  it.each([
    ['en', 'gift ideas for my dad'], ['zh-CN', '给我爸买什么礼物好'], ['ja', '父へのプレゼントのおすすめは？'], ['ko', '아빠 선물 추천해 주세요'],
    ['es', 'ideas de regalo para mi papá'], ['fr', 'une idée de cadeau pour mon père ?'], ['de', 'Geschenkidee für meinen Vater?'],
    ['ru', 'что подарить папе?'], ['pt', 'ideia de presente pro meu pai'], ['it', 'idee regalo per mio padre'], ['th', 'ของขวัญให้พ่อ แนะนำหน่อย'],
    ['vi', 'gợi ý quà tặng cho bố'], ['id', 'ide kado buat ayah'], ['ar', 'اقتراحات هدية لأبوي'], ['tr', 'babama hediye önerisi'],
  ])('%s: "%s" shows what makes a gift, the gift-tagged tea set first, no cable or charger', async (locale, message) => {
    const r = await new Chat(t.app, undefined, locale).says(message).expectReply(stem(locale, 'budget.gift'));
    expect(products(r)[0]).toBe('P037');
    for (const id of products(r)) expect((await product(id)).tags.some((tag) => NOT_GIFTS.includes(tag))).toBe(false);
  });

  it('within a budget in dollars: gifts that fit it, the charger (a best seller) not among them', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('gift for my dad under $50').expectReply(stem('en', 'budget.gift', 'within'));
    expect(products(r)[0]).toBe('P037');
    for (const id of products(r)) {
      const p = await product(id);
      expect(p.price).toBeLessThanOrEqual(50);
      expect(p.tags.some((tag) => NOT_GIFTS.includes(tag))).toBe(false);
    }
  });

  it('within a budget in yuan: converted and said both ways, no charger', async () => {
    const r = await new Chat(t.app, undefined, 'zh-CN').says('送男朋友的礼物 300块以内').expectReply(stem('zh-CN', 'budget.gift', 'converted'));
    const reply = texts(r).join(' ');
    expect(reply).toContain(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(300));
    expect(reply).toContain(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'USD' }).format(41.67));
    expect(products(r).length).toBeGreaterThan(0);
    for (const id of products(r)) {
      const p = await product(id);
      expect(p.price).toBeLessThanOrEqual(300 / 7.2);
      expect(p.tags.some((tag) => NOT_GIFTS.includes(tag))).toBe(false);
    }
  });
});
