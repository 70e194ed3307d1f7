import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerNluCommands } from '../../../core/cli/nlu-command.js';

let root: string;

const intents: Record<string, string[]> = {
  greeting: ['hello', 'hi there', 'good morning', 'hey', 'hi', 'good evening', 'hello bot', 'morning'],
  order_status: ['where is my order', 'track my package', 'has my order shipped', 'order status', 'when will it arrive', 'is my parcel on the way', 'tracking number please', 'my delivery is late'],
  return_request: ['i want to return this', 'how do i send it back', 'start a return', 'return my shoes', 'can i return the jacket', 'return label please', 'send back the lamp', 'i would like to return an item'],
};
const test = [
  { text: 'hello there', intent: 'greeting' },
  { text: 'where is my package', intent: 'order_status' },
  { text: 'i want to return my jacket', intent: 'return_request' },
];

function jsonl(rows: object[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n');
}

async function run(...args: string[]): Promise<unknown> {
  const lines: string[] = [];
  const program = new Command().exitOverride();
  registerNluCommands(program, { stdout: (line) => lines.push(line), stderr: new PassThrough() });
  await program.parseAsync(['node', 'shopmate', ...args]);
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? 'null');
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'shopmate-nlu-cli-'));
  const examples = Object.entries(intents).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));
  await writeFile(join(root, 'train.jsonl'), jsonl(examples));
  await writeFile(join(root, 'test.jsonl'), jsonl(test));
  await writeFile(join(root, 'bot-test.jsonl'), jsonl([...test.map((t) => ({ ...t, locale: 'en' })), { text: '你好', intent: 'greeting', locale: 'zh-CN' }]));
  await mkdir(join(root, 'bots', 'demo', 'nlu'), { recursive: true });
  const yaml = Object.entries(intents).map(([intent, texts]) => `  ${intent}:\n${texts.map((t) => `    - ${t}`).join('\n')}`).join('\n');
  await writeFile(join(root, 'bots', 'demo', 'nlu', 'en.yaml'), `locale: en\nintents:\n${yaml}\n`);
  await writeFile(join(root, 'bots', 'demo', 'nlu', 'zh-CN.yaml'), 'locale: zh-CN\nintents:\n  greeting: [你好, 您好, 在吗]\n  order_status: [我的订单呢, 查物流, 快递到哪了]\n');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('shopmate nlu', () => {
  it('eval --train --test prints accuracy, macro-F1, timing and latency as one JSON line', async () => {
    const out = (await run('nlu', 'eval', '--train', join(root, 'train.jsonl'), '--test', join(root, 'test.jsonl'), '--locale', 'en')) as Record<string, number>;
    expect(Object.keys(out).sort()).toEqual(['accuracy', 'macroF1', 'n', 'p50Ms', 'p99Ms', 'trainSeconds']);
    expect(out['n']).toBe(3);
    expect(out['accuracy']).toBe(1);
    expect(out['macroF1']).toBe(1);
  });

  it('train --bot saves one model per locale, and eval --bot reports per locale', async () => {
    const dirs = ['--bots-dir', join(root, 'bots'), '--models-dir', join(root, 'models')];
    const trained = (await run('nlu', 'train', '--bot', 'demo', ...dirs)) as { locales: string[] };
    expect(trained.locales).toEqual(['en', 'zh-CN']);
    expect((await readdir(join(root, 'models', 'demo'))).sort()).toEqual(['en.json', 'zh-CN.json']);
    const out = (await run('nlu', 'eval', '--bot', 'demo', '--test', join(root, 'bot-test.jsonl'), ...dirs)) as {
      accuracy: number;
      n: number;
      perLocale: Record<string, { accuracy: number; n: number }>;
    };
    expect(out.n).toBe(4);
    expect(out.accuracy).toBe(1);
    expect(out.perLocale).toEqual({ en: { accuracy: 1, n: 3 }, 'zh-CN': { accuracy: 1, n: 1 } });
  });

  it('train --bot learns the off-topic class unless the bot sets nlu.off_topic: false', async () => {
    const dirs = ['--bots-dir', join(root, 'bots'), '--models-dir', join(root, 'models')];
    const classes = async () => (JSON.parse(await readFile(join(root, 'models', 'demo', 'en.json'), 'utf8')) as { model: { intents: string[] } }).model.intents;
    await run('nlu', 'train', '--bot', 'demo', ...dirs);
    expect(await classes()).toContain('__background__');
    const bot = 'id: demo\nname: Demo\nlocales: { default: en, supported: [en] }\nflows: [greeting]\nshop: { driver: demo }\n';
    await writeFile(join(root, 'bots', 'demo.yaml'), `${bot}nlu: { threshold: 0.5, off_topic: false }\n`);
    await run('nlu', 'train', '--bot', 'demo', ...dirs);
    expect(await classes()).toEqual(['greeting', 'order_status', 'return_request']);
  });

  it('eval-products scores the bot\'s catalog matching, per locale, with the misses on request', async () => {
    await mkdir(join(root, 'bots', 'demo', 'shop'), { recursive: true });
    await writeFile(join(root, 'bots', 'demo.yaml'), 'id: demo\nname: Demo\nlocales: { default: en, supported: [en, es] }\nflows: [greeting]\nshop: { driver: demo }\nnlu: { threshold: 0.5 }\n');
    const product = (id: string, en: string, es: string) =>
      `  - { id: ${id}, category: c, price: 1, stock: 1, name: { en: "${en}", es: "${es}" }, description: { en: x, es: x } }`;
    await writeFile(join(root, 'bots', 'demo', 'shop', 'catalog.yaml'), [
      'currency: USD', 'categories: [{ id: c, name: { en: C } }]', 'products:',
      product('P1', 'Yoga Mat Flow', 'Esterilla de yoga Flow'), product('P2', 'Desk Lamp Beam', 'Lámpara de escritorio Beam'),
    ].join('\n'));
    await writeFile(join(root, 'products.jsonl'), jsonl([
      { text: 'is the yoga mat flow thick', locale: 'en', products: ['P1'] },
      { text: 'la lampara beam tiene luz calida?', locale: 'es', products: ['P2'] },
      { text: 'where is my parcel', locale: 'en', products: [] },
      { text: 'do you have anything for my desk', locale: 'en', products: ['P1'] },
      { text: 'yoga mat or desk lamp', locale: 'en', products: ['P1', 'P2'], any: true },
    ]));
    const args = ['nlu', 'eval-products', '--bot', 'demo', '--test', join(root, 'products.jsonl'), '--bots-dir', join(root, 'bots')];
    const out = (await run(...args)) as Record<string, unknown>;
    expect(out).toEqual({
      accuracy: 0.8, recall: 0.75, precision: 1, falsePositives: 0, n: 5,
      perLocale: {
        en: { accuracy: 0.75, recall: 0.6667, precision: 1, falsePositives: 0, n: 4 },
        es: { accuracy: 1, recall: 1, precision: 1, falsePositives: 0, n: 1 },
      },
    });
    const withMisses = (await run(...args, '--misses')) as { misses: unknown[] };
    expect(withMisses.misses).toEqual([{ text: 'do you have anything for my desk', locale: 'en', expected: ['P1'], found: [] }]);
    await writeFile(join(root, 'bad.jsonl'), '{"text": "hi", "locale": "en"}\n');
    await expect(run('nlu', 'eval-products', '--bot', 'demo', '--test', join(root, 'bad.jsonl'), '--bots-dir', join(root, 'bots'))).rejects.toThrow(/products/);
  });

  it('eval --bot fails clearly for a bot without training data', async () => {
    await expect(run('nlu', 'eval', '--bot', 'nobody', '--test', join(root, 'bot-test.jsonl'), '--bots-dir', join(root, 'bots'))).rejects.toThrow(/nobody.*nlu/);
  });
});
