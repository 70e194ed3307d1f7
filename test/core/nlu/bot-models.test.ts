import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBotModels, type BotModelProgress } from '../../../core/nlu/bot-models.js';

let root: string;
let botDir: string;
let cacheDir: string;

const en = `locale: en
intents:
  greeting: [hello, hi there, good morning, hey, hi]
  order_status: [where is my order, track my package, has my order shipped, order status, when will it arrive]
  return_request: [i want to return this, how do i send it back, start a return, return my shoes, refund and return]
`;
const zh = `locale: zh-CN
intents:
  greeting: [你好, 在吗, 您好, 早上好]
  order_status: [我的订单到哪了, 快递什么时候到, 查物流, 包裹还没到]
`;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shopmate-bot-models-'));
  botDir = join(root, 'bots', 'demo');
  cacheDir = join(root, 'data', 'models', 'demo');
  await mkdir(join(botDir, 'nlu'), { recursive: true });
  await writeFile(join(botDir, 'nlu', 'en.yaml'), en);
  await writeFile(join(botDir, 'nlu', 'zh-CN.yaml'), zh);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadBotModels', () => {
  it('trains one model per locale and caches it with the data hash', async () => {
    const progress: BotModelProgress[] = [];
    const models = await loadBotModels(botDir, { cacheDir, onProgress: (p) => progress.push(p) });
    expect([...models.keys()]).toEqual(['en', 'zh-CN']);
    expect(models.get('en')?.predict('where is my order?').intent).toBe('order_status');
    expect(models.get('zh-CN')?.predict('你好').intent).toBe('greeting');
    expect(progress.map((p) => [p.locale, p.cached])).toEqual([['en', false], ['zh-CN', false]]);
    const cached = JSON.parse(await readFile(join(cacheDir, 'en.json'), 'utf8')) as { hash: string; model: unknown };
    expect(cached.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reuses the cache while the data is unchanged and retrains when it changes', async () => {
    await loadBotModels(botDir, { cacheDir });
    const before = (await stat(join(cacheDir, 'en.json'))).mtimeMs;
    const progress: BotModelProgress[] = [];
    const again = await loadBotModels(botDir, { cacheDir, onProgress: (p) => progress.push(p) });
    expect(progress.every((p) => p.cached)).toBe(true);
    expect((await stat(join(cacheDir, 'en.json'))).mtimeMs).toBe(before);
    expect(again.get('en')?.predict('track my package').intent).toBe('order_status');

    await writeFile(join(botDir, 'nlu', 'en.yaml'), `${en}  goodbye: [bye, see you, goodbye]\n`);
    const changed: BotModelProgress[] = [];
    const models = await loadBotModels(botDir, { cacheDir, onProgress: (p) => changed.push(p) });
    expect(changed.map((p) => [p.locale, p.cached])).toEqual([['en', false], ['zh-CN', true]]);
    expect(models.get('en')?.intents).toContain('goodbye');
  });

  it('retrains over a corrupt cache file', async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(join(cacheDir, 'en.json'), '{not json');
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (_: object, msg: string) => void warnings.push(msg) };
    const models = await loadBotModels(botDir, { cacheDir, locales: ['en'], log });
    expect(models.get('en')?.predict('hello').intent).toBe('greeting');
    expect(warnings.join()).toMatch(/not valid JSON/);
  });

  it('loads only the requested locales and logs those without data', async () => {
    const warnings: object[] = [];
    const log = { info: () => undefined, warn: (obj: object) => void warnings.push(obj) };
    const models = await loadBotModels(botDir, { cacheDir, locales: ['zh-CN', 'ko'], log });
    expect([...models.keys()]).toEqual(['zh-CN']);
    expect(warnings).toEqual([{ botDir, locales: ['ko'] }]);
  });

  it('fails on bad training data, naming the file', async () => {
    await writeFile(join(botDir, 'nlu', 'en.yaml'), 'locale: en\nintents: [oops]\n');
    await expect(loadBotModels(botDir, { cacheDir })).rejects.toThrow(/en\.yaml/);
  });
});
