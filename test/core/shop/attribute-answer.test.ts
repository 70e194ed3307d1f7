/** `shop.answerAttributes`: what a question asks of a product, what its attributes answer, worded per locale. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionRegistry } from '../../../core/flow/actions.js';
import { isLocalizedValue } from '../../../core/flow/expressions.js';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { ATTRIBUTE_CONCEPTS } from '../../../core/nlu/entities-attribute.js';
import { registerShopActions } from '../../../core/shop/actions.js';
import type { AttributeAnswer } from '../../../core/shop/attribute-answer.js';
import { createDemoShop, loadCatalog, loadOrders, type Catalog } from '../../../core/shop/demo.js';
import type { Product, Shop } from '../../../core/shop/types.js';
import { LOCALES } from '../../../core/util/locales.js';
import { createLogger } from '../../../core/util/log.js';
import { ROOT } from '../../helpers/chat.js';

const dir = join(ROOT, 'bots', 'demo-shop', 'shop');
const catalog = loadCatalog(join(dir, 'catalog.yaml'));
const demo = createDemoShop(catalog, loadOrders(join(dir, 'orders.yaml')));
const log = createLogger({ level: 'silent' });

const actionsOver = (shop: Shop) => {
  const registry = new ActionRegistry();
  registerShopActions(registry, shop);
  return registry;
};
const demoActions = actionsOver(demo);
const ask = async (id: string, text: string, locale = 'en', actions = demoActions) =>
  (await actions.run('shop.answerAttributes', { id, text }, { botId: 'demo-shop', locale, signal: new AbortController().signal, log })) as AttributeAnswer;

const product = (id: string): Product => catalog.products.find((p) => p.id === id)!;
const nameOf = (id: string, locale: string) => product(id).name[locale] ?? product(id).name.en!;

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
});

describe('what the attributes answer', () => {
  it('answers a rating as yes, with the rating', async () => {
    const a = await ask('P005', 'is the boom 5 waterproof?');
    expect(a).toMatchObject({ asked: ['waterproof'], known: [{ concept: 'waterproof', key: 'waterproof', value: product('P005').attributes.waterproof }], unknown: [] });
  });

  it('answers no when the product says it lacks the feature (the G2 lists noise_cancelling: false)', async () => {
    const a = await ask('P002', 'does the G2 have noise cancelling?');
    expect(a.known).toEqual([{ concept: 'noise_cancelling', key: 'noise_cancelling', value: false }]);
    expect(a.unknown).toEqual([]);
  });

  it('does not take a missing key for a no, even when similar products state the feature (X1 and water)', async () => {
    expect(product('P001').attributes.waterproof).toBeUndefined();
    expect(product('P003').attributes.waterproof).toBe('IPX4'); // similar to the X1
    expect(await ask('P001', 'is the X1 waterproof?')).toMatchObject({ known: [], unknown: ['waterproof'] });
  });

  it('calls a feature unknown when no similar product states it either', async () => {
    // Classic White Sneakers and their similar canvas sneakers say nothing about water.
    const a = await ask('P031', 'are they waterproof?');
    expect(a).toMatchObject({ asked: ['waterproof'], known: [], unknown: ['waterproof'] });
  });

  it('reports what the details do not mention, next to what they do', async () => {
    const a = await ask('P005', 'does it have a warranty, and how heavy is it?');
    expect(a.asked).toEqual(['warranty', 'weight']);
    expect(a.known).toEqual([{ concept: 'weight', key: 'weight_g', value: 540 }]);
    expect(a.unknown).toEqual(['warranty']);
  });

  it('answers a battery question about a power bank with its capacity, and a lamp\'s with both of its battery keys', async () => {
    expect((await ask('P015', 'how much battery does it have?')).known).toEqual([{ concept: 'battery', key: 'capacity_mah', value: 20000 }]);
    expect((await ask('P040', 'how long does the battery last?')).known.map((k) => k.key)).toEqual(['battery_hours', 'rechargeable']);
  });

  it('does not take the product\'s own name for a question', async () => {
    expect((await ask('P034', 'are the waterproof trail running shoes comfy?')).asked).toEqual([]);
    expect((await ask('P034', 'are the trail running shoes waterproof?')).known).toEqual([{ concept: 'waterproof', key: 'waterproof', value: true }]);
  });

  it('without a product, only says what is asked', async () => {
    expect(await ask('', 'is it waterproof?')).toMatchObject({ text: 'is it waterproof?', asked: ['waterproof'], known: [], unknown: [] });
    expect((await ask('', 'how much is it?')).asked).toEqual([]);
  });
});

describe('the answers in the shopper\'s language', () => {
  const rating = (locale: string, value: string) => i18n.t(locale, 'product.answer_rating', { rating: value });
  /** "Is it waterproof?" and "does it have noise cancelling?" as shoppers write them. */
  const ASK: Record<string, [string, string]> = {
    en: ['is it waterproof?', 'noise cancelling?'], 'zh-CN': ['防水吗', '有降噪吗'], ja: ['防水ですか？', 'ノイキャンある？'],
    ko: ['방수 돼요?', '노캔 되나요?'], ru: ['он водонепроницаемый?', 'есть шумоподавление?'], ar: ['هل هي مقاومة للماء؟', 'فيها عزل الضوضاء؟'],
    tr: ['su geçirmez mi?', 'gürültü engelleme var mı?'], vi: ['có chống nước không?', 'có chống ồn không'],
  };

  it.each(Object.keys(ASK))('says yes with the rating, or no, in %s', async (locale) => {
    const [waterproof, noise] = ASK[locale]!;
    const yes = await ask('P004', waterproof, locale);
    expect(isLocalizedValue(yes.answers)).toBe(true);
    expect(yes.answers.localize(locale, i18n)).toBe(i18n.t(locale, 'product.answer_yes_waterproof', { name: nameOf('P004', locale), rating: rating(locale, 'IPX7') }));
    const no = await ask('P002', noise, locale);
    expect(no.answers.localize(locale, i18n)).toBe(i18n.t(locale, 'product.answer_no_noise_cancelling', { name: nameOf('P002', locale) }));
  });

  it('reads English from a shopper answered in another language', async () => {
    const a = await ask('P004', 'is it waterproof?', 'de');
    expect(a.known).toEqual([{ concept: 'waterproof', key: 'waterproof', value: 'IPX7' }]);
    expect(a.answers.localize('de', i18n)).toBe(i18n.t('de', 'product.answer_yes_waterproof', { name: nameOf('P004', 'de'), rating: rating('de', 'IPX7') }));
  });

  it('words a water-resistant product as water-resistant, not waterproof', async () => {
    const a = await ask('P045', 'is it waterproof?');
    expect(a.answers.localize('en', i18n)).toBe(i18n.t('en', 'product.answer_yes_water_resistant', { name: nameOf('P045', 'en'), rating: '' }));
  });

  it.each([
    ['en', 'battery life and weight?'], ['de', 'Akkulaufzeit und Gewicht?'], ['ko', '배터리랑 무게는요?'],
    ['th', 'แบตอยู่ได้นานแค่ไหน หนักไหม'], ['ar', 'كم تدوم البطارية وكم وزنها؟'],
  ])('writes values with their units and names in %s', async (locale, question) => {
    const text = (await ask('P001', question, locale)).answers.localize(locale, i18n);
    expect(text).toContain(nameOf('P001', locale));
    expect(text).toContain(i18n.t(locale, 'attributes.keys.battery_hours'));
    expect(text).toContain(new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(30));
    expect(text).toContain(new Intl.NumberFormat(locale, { style: 'unit', unit: 'gram' }).format(250));
    expect(text).not.toMatch(/_|\{\{/);
  });

  it('lists what the details do not mention in the shopper\'s language', async () => {
    const a = await ask('P001', 'does it have a warranty and what is it made of?');
    expect(a.unknown).toEqual(['warranty', 'material']);
    for (const locale of ['en', 'ru', 'zh-CN']) {
      const topics = ['warranty', 'material'].map((c) => i18n.t(locale, `product.topic_${c}`));
      expect(a.missing.localize(locale, i18n)).toBe(new Intl.ListFormat(locale, { type: 'disjunction' }).format(topics));
    }
  });

  it('names every concept and answer in all 15 locales', () => {
    const keys = [
      ...ATTRIBUTE_CONCEPTS.map((c) => `product.topic_${c}`),
      ...['answer_known', 'answer_value', 'answer_rating', 'answer_unknown', 'answer_yes_waterproof', 'answer_no_waterproof',
        'answer_yes_water_resistant', 'answer_yes_noise_cancelling', 'answer_no_noise_cancelling'].map((k) => `product.${k}`),
    ];
    for (const locale of LOCALES) for (const key of keys) expect({ locale, key, has: i18n.has(locale, key) }).toEqual({ locale, key, has: true });
  });

  it('has the value, description and not-said answers in all 15 locales', () => {
    const keys = ['colour_yes', 'colour_yes_also', 'colour_no', 'value_yes', 'value_no', 'from_description', 'not_said'].map((k) => `attributes.answer.${k}`);
    for (const locale of LOCALES) for (const key of keys) expect({ locale, key, has: i18n.has(locale, key) }).toEqual({ locale, key, has: true });
  });
});

describe('a value asked about', () => {
  const text = (a: AttributeAnswer, locale = 'en') => a.answers.localize(locale, i18n);
  const value = (locale: string, v: string) => i18n.t(locale, `attributes.values.${v}`);

  it('says no to a colour the product does not come in, with the colours it does (Boom 5 in black)', async () => {
    const a = await ask('P005', 'do you have the boom 5 in black?');
    expect(a.known).toEqual([{ concept: 'color', key: 'color', value: 'red', check: { kind: 'colour', verdict: 'no', matched: [], colours: ['red'] } }]);
    expect(text(a)).toBe(i18n.t('en', 'attributes.answer.colour_no', { name: nameOf('P005', 'en'), colours: value('en', 'red') }));
    expect(text(a)).toBe('No — Portable Bluetooth Speaker Boom 5 comes in red only.');
  });

  it('says yes in the shopper\'s language, a shade counting for its colour (mint is a green)', async () => {
    const a = await ask('P006', 'có màu xanh lá không', 'vi');
    expect(a.known[0]?.check).toEqual({ kind: 'colour', verdict: 'yes', matched: ['mint'], colours: ['mint'] });
    expect(text(a, 'vi')).toBe(i18n.t('vi', 'attributes.answer.colour_yes', { name: nameOf('P006', 'vi'), colours: value('vi', 'mint') }));
    expect((await ask('P001', '有黑色吗', 'zh-CN')).known[0]?.check).toMatchObject({ verdict: 'yes' });
  });

  it('has no verdict on a colour it cannot read ("assorted" socks asked in black)', async () => {
    const a = await ask('P029', 'do they come in black?');
    expect(a.known).toEqual([{ concept: 'color', key: 'color', value: 'assorted' }]);
    expect(text(a)).not.toMatch(/^(?:Yes|No)/);
  });

  it('says no to a length the product does not have, with the one it has ("is it 2 m long?" of the 1 m cable)', async () => {
    const a = await ask('P014', 'is it 2 m long?');
    expect(a.known).toEqual([{ concept: 'size', key: 'length_m', value: 1, check: { kind: 'amount', verdict: 'no' } }]);
    expect(text(a)).toBe(i18n.t('en', 'attributes.answer.value_no', { name: nameOf('P014', 'en'), details: `${i18n.t('en', 'attributes.keys.length')}: 1 m` }));
    expect((await ask('P005', 'does it weigh 540g?')).known).toEqual([{ concept: 'weight', key: 'weight_g', value: 540, check: { kind: 'amount', verdict: 'yes' } }]);
    expect((await ask('P013', 'кабель 200 см?', 'ru')).known[0]?.check).toEqual({ kind: 'amount', verdict: 'yes' });
  });

  it('gives a bound the value, and no yes or no ("more than 20 hours?")', async () => {
    expect((await ask('P001', 'does the battery last more than 20 hours?')).known).toEqual([{ concept: 'battery', key: 'battery_hours', value: 30 }]);
  });

  it('answers a key no concept covers when an amount asks it ("hot for 6 hours?")', async () => {
    expect((await ask('P036', 'does it keep drinks hot for 6 hours?')).known).toEqual([{ key: 'keeps_hot_hours', value: 6, check: { kind: 'amount', verdict: 'yes' } }]);
  });

  it('has no verdict when the amount could be of several keys (a mat\'s thickness and size)', async () => {
    const a = await ask('P051', 'is it 183 cm long?');
    expect(a.known.map((k) => k.key).sort()).toEqual(['size_cm', 'thickness_mm']);
    expect(a.known.some((k) => k.check)).toBe(false);
  });

  it('checks sizes against a range, letters too, and leaves sizes of another system alone', async () => {
    expect((await ask('P025', 'gibt es den in XL?', 'de')).known).toEqual([{ concept: 'size', key: 'sizes', value: 'S-XXL', check: { kind: 'size', verdict: 'yes' } }]);
    expect((await ask('P031', 'do you have size 47?')).known[0]?.check).toEqual({ kind: 'size', verdict: 'no' });
    expect((await ask('P031', 'do you have size 8?')).known[0]?.check).toBeUndefined();
  });
});

describe('what the attributes do not answer', () => {
  it('quotes the sentence of the description that says it', async () => {
    const a = await ask('P017', 'is it mechanical?');
    expect(a).toMatchObject({ asked: [], known: [], unknown: [], open: false, specific: true, quote: product('P017').description.en });
    expect(a.answers.localize('en', i18n)).toBe(i18n.t('en', 'attributes.answer.from_description', { quote: product('P017').description.en }));
  });

  it('is honest when the description does not say it, and never says no', async () => {
    const a = await ask('P047', 'is it cruelty free?');
    expect(a).toMatchObject({ asked: [], known: [], quote: null, open: true, specific: true });
  });

  it('answers a property the attributes lack from the description, and keeps it unknown when that is silent too', async () => {
    expect(await ask('P050', 'is it BPA free?')).toMatchObject({ asked: ['material'], unknown: [], quote: product('P050').description.en });
    expect(await ask('P005', 'does it have a warranty?')).toMatchObject({ unknown: ['warranty'], quote: null, open: false });
  });

  it('looks for a property asked about in the description, even one the name has ("is the X1 wireless?")', async () => {
    expect(await ask('P001', 'is the X1 wireless?')).toMatchObject({ asked: ['connection'], unknown: [], quote: product('P001').description.en!.split('. ')[0] + '.' });
  });

  it('does not take a word of the product\'s name for the question ("is the ceramic mug dishwasher safe?")', async () => {
    const a = await ask('P035', 'is the ceramic mug dishwasher safe?');
    expect(a.asked).toEqual([]);
    expect(a.quote).toBe(product('P035').description.en);
  });

  it('shows the details for a message that asks nothing in particular', async () => {
    for (const [id, question] of [['P005', 'is the boom 5 in stock?'], ['P006', 'pebble?'], ['P001', 'tell me about the wireless headphones x1'], ['P001', 'how much is it?']] as const) {
      expect(await ask(id, question)).toMatchObject({ specific: false, quote: null, open: false });
    }
  });

  it('reads a French question in French, not as English ("aux" is no aux cable)', async () => {
    const a = await ask('P044', 'la crème hydratante convient aux peaux sensibles ?', 'fr');
    expect(a).toMatchObject({ asked: [], open: true });
  });

  it('without a product, says whether the message asks something in particular', async () => {
    expect(await ask('', 'is it cruelty-free?')).toMatchObject({ asked: [], open: true, specific: true });
    expect(await ask('', 'how much is it?')).toMatchObject({ open: false, specific: false });
  });
});

describe('a shop with keys of its own', () => {
  const own: Catalog = {
    currency: 'USD',
    categories: [{ id: 'home', name: { en: 'Home' } }],
    products: [{
      id: 'K1', category: 'home', price: 30, currency: 'USD', stock: 5, tags: [], similar_to: [], complementary_to: [], keywords: {},
      name: { en: 'Zephyr Kettle' }, description: { en: 'A kettle.' },
      attributes: { warranty_years: 2, Colour: 'Blue', gift_box: true, waterproof: 'none', noiseCancelling: true },
    }],
  };
  const actions = actionsOver(createDemoShop(own, []));

  it('finds camelCase and capitalized keys, labels a warranty, reads "none" as no, and leaves unknown keys to the details', async () => {
    const a = await ask('K1', 'warranty? colour? waterproof? noise cancelling? does it have a gift box?', 'en', actions);
    expect(a.known).toEqual([
      { concept: 'warranty', key: 'warranty_years', value: 2 },
      { concept: 'color', key: 'Colour', value: 'Blue' },
      { concept: 'waterproof', key: 'waterproof', value: 'none' },
      { concept: 'noise_cancelling', key: 'noiseCancelling', value: true },
    ]);
    const text = a.answers.localize('en', i18n);
    expect(text).toContain(`${i18n.t('en', 'attributes.keys.warranty')}: ${new Intl.NumberFormat('en', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(2)}`);
    expect(text).toContain(i18n.t('en', 'product.answer_no_waterproof', { name: 'Zephyr Kettle' }));
    expect(text).toContain(i18n.t('en', 'product.answer_yes_noise_cancelling', { name: 'Zephyr Kettle' }));
    expect(text).not.toMatch(/gift/i);
  });

  it('lists several colours, the ones asked for first', async () => {
    const three: Catalog = { ...own, products: [{ ...own.products[0]!, id: 'K2', attributes: { colors: 'Black, White, Red' } }] };
    const several = actionsOver(createDemoShop(three, []));
    const yes = await ask('K2', 'do you have it in white?', 'en', several);
    expect(yes.known[0]?.check).toEqual({ kind: 'colour', verdict: 'yes', matched: ['White'], colours: ['Black', 'White', 'Red'] });
    expect(yes.answers.localize('en', i18n)).toBe('Yes, Zephyr Kettle comes in white, and also in black and red.');
    const no = await ask('K2', 'in blue?', 'en', several);
    expect(no.answers.localize('en', i18n)).toBe('No — Zephyr Kettle comes in black, white, and red only.');
    expect((await ask('K2', '有白色吗', 'zh-CN', several)).answers.localize('zh-CN', i18n)).toBe(i18n.t('zh-CN', 'attributes.answer.colour_yes_also', {
      name: 'Zephyr Kettle', colours: '白色', others: new Intl.ListFormat('zh-CN', { type: 'conjunction' }).format(['黑色', '红色']),
    }));
  });

  it('fails when the shop fails, so the flow can fall back to the details', async () => {
    const down = actionsOver({ ...demo, getProduct: () => Promise.reject(new Error('shop down')) });
    await expect(ask('P001', 'is it waterproof?', 'en', down)).rejects.toThrow(/shop down/);
  });
});
