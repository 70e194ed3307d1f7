/** "I'll take it": how to buy the product being talked about, not goodbye. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { localize } from '../../core/shop/actions.js';
import { Chat, openTestApp, products, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const how = async (id: string, locale: string) => {
  const p = localize((await t.app.engine.bot('demo-shop').shop.getProduct(id))!, locale);
  return tr(locale, 'purchase.how', { name: p.name, price: formatMoney(p.price, p.currency, locale), standard_min: 5, standard_max: 10 });
};
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('buying the product talked about', () => {
  it.each([
    ['en', 'do you have wireless headphones', 'ok ill take it'],
    ['fr', 'vous avez un casque sans fil ?', 'ok je prends'],
    ['ja', 'ワイヤレスヘッドホンある？', 'じゃあそれで'],
    ['zh-CN', '有没有无线耳机', '那就这个吧 怎么买'],
    ['de', 'habt ihr kabellose kopfhörer?', 'in den warenkorb bitte'],
    ['vi', 'có tai nghe không dây không', 'chốt đơn'],
  ])('%s: "%s" then "%s"', async (locale, search, take) => {
    const c = new Chat(t.app, undefined, locale);
    const [shown] = products(await c.says(search).expectFlow('product_search'));
    const r = await c.says(take).expectFlow('purchase');
    expect(texts(r)[0]).toBe(await how(shown!, locale));
    expect(products(r)).toEqual([shown]);
  });

  it('takes the one at a place in the list ("I\'ll take the second one")', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const shown = products(await c.says('', { kind: 'action', content: [], action: { id: 'b', value: 'intent:recommendation' } }));
    const r = await c.says("i'll take the second one").expectFlow('purchase');
    expect(products(r)).toEqual([shown[1]]);
  });

  it('asks which product when none was talked about', async () => {
    await new Chat(t.app, undefined, 'en').says('how do i order?').expectFlow('purchase', tr('en', 'purchase.which'));
  });
});
