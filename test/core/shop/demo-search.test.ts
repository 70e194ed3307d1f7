/** The demo shop's search matches whole words, never a word inside another. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoShop, loadCatalog, loadOrders } from '../../../core/shop/demo.js';
import { ROOT } from '../../helpers/chat.js';

const dir = join(ROOT, 'bots', 'demo-shop', 'shop');
const shop = createDemoShop(loadCatalog(join(dir, 'catalog.yaml')), loadOrders(join(dir, 'orders.yaml')));
const ids = async (text: string, locale: string) => (await shop.searchProducts({ text, locale, limit: 5 })).map((p) => p.id);

describe('demo shop search', () => {
  it.each([
    ['zh-CN', '能用支付宝吗'], // 能 is in 智能手表
    ['ko', '아이스크림 있어요?'], // 크림 is in 아이스크림
    ['ja', 'ヌードル'],
  ])('%s "%s" finds nothing', async (locale, text) => {
    expect(await ids(text, locale)).toEqual([]);
  });

  it.each([
    ['en', 'do you have headphones', 'P001'],
    ['zh-CN', '有蓝牙耳机吗', 'P001'],
    ['en', 'iphone 15 case', 'P007'],
    ['en', 'speaker', 'P005'],
  ])('%s "%s" finds %s first', async (locale, text, id) => {
    expect((await ids(text, locale))[0]).toBe(id);
  });

  it('still finds the other products a word names, after the one the matcher picks', async () => {
    const speakers = await ids('bluetooth speaker', 'en');
    expect(speakers).toContain('P005');
    expect(speakers).toContain('P006');
  });
});
