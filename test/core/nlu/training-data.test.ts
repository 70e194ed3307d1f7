import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/model/errors.js';
import { listNluLocales, readBotTrainingData, readJsonl } from '../../../core/nlu/training-data.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shopmate-nlu-data-'));
  await mkdir(join(dir, 'nlu'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function nluFile(locale: string, body: string): Promise<string> {
  const file = join(dir, 'nlu', `${locale}.yaml`);
  await writeFile(file, body);
  return file;
}

describe('readBotTrainingData', () => {
  it('reads every locale file into examples with the locale set', async () => {
    await nluFile('en', 'locale: en\nintents:\n  greeting: [hello, hi there]\n  order_status:\n    - where is my order\n');
    await nluFile('zh-CN', 'locale: zh-CN\nintents:\n  greeting: [你好]\n');
    expect(await listNluLocales(dir)).toEqual(['en', 'zh-CN']);
    expect(await readBotTrainingData(dir)).toEqual([
      { text: 'hello', intent: 'greeting', locale: 'en' },
      { text: 'hi there', intent: 'greeting', locale: 'en' },
      { text: 'where is my order', intent: 'order_status', locale: 'en' },
      { text: '你好', intent: 'greeting', locale: 'zh-CN' },
    ]);
    expect(await readBotTrainingData(dir, ['zh-CN'])).toHaveLength(1);
  });

  it('names the file and line of invalid YAML', async () => {
    const file = await nluFile('en', 'locale: en\nintents:\n  greeting: [hello\n');
    const err = await readBotTrainingData(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).file).toBe(file);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/YAML/);
  });

  it('names the file, path and line of a schema error', async () => {
    const file = await nluFile('en', 'locale: en\nintents:\n  greeting:\n    - hello\n    - 42\n');
    const err = (await readBotTrainingData(dir).catch((e: unknown) => e)) as ConfigError;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain(file);
    expect(err.message).toContain('intents.greeting.1');
    expect(err.line).toBe(5);
  });

  it('rejects an empty intent, a locale that does not match the file, and conflicting labels', async () => {
    await nluFile('en', 'locale: en\nintents:\n  greeting: []\n');
    await expect(readBotTrainingData(dir)).rejects.toThrow(/en\.yaml.*intents\.greeting/);
    await nluFile('en', 'locale: fr\nintents:\n  greeting: [salut]\n');
    await expect(readBotTrainingData(dir)).rejects.toThrow(/en\.yaml.*does not match/);
    await nluFile('en', 'locale: en\nintents:\n  greeting: [hello]\n  goodbye: [Hello]\n');
    await expect(readBotTrainingData(dir)).rejects.toThrow(/en\.yaml.*both "greeting" and "goodbye"/);
  });

  it('names a missing file', async () => {
    await expect(readBotTrainingData(dir, ['ko'])).rejects.toThrow(/ko\.yaml/);
  });
});

describe('readJsonl', () => {
  it('reads text, intent and an optional locale, skipping blank lines', async () => {
    const file = join(dir, 'data.jsonl');
    await writeFile(file, '{"text":"hi","intent":"greeting"}\n\n{"text":"你好","intent":"greeting","locale":"zh-CN"}\n');
    expect(await readJsonl(file)).toEqual([
      { text: 'hi', intent: 'greeting' },
      { text: '你好', intent: 'greeting', locale: 'zh-CN' },
    ]);
  });

  it('reads every .jsonl file of a folder, in name order, and names an empty folder', async () => {
    const folder = join(dir, 'sets');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'b.jsonl'), '{"text":"bye","intent":"goodbye","locale":"en"}\n');
    await writeFile(join(folder, 'a.jsonl'), '{"text":"hola","intent":"greeting","locale":"es"}\n');
    await writeFile(join(folder, 'notes.md'), 'not data');
    expect((await readJsonl(folder)).map((e) => e.text)).toEqual(['hola', 'bye']);
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(readJsonl(empty)).rejects.toThrow(/no \.jsonl files/);
  });

  it('names the file and line of a bad line', async () => {
    const file = join(dir, 'bad.jsonl');
    await writeFile(file, '{"text":"hi","intent":"greeting"}\n{"text":"no intent"}\n');
    await expect(readJsonl(file)).rejects.toThrow(`${file}:2:1`);
    await writeFile(file, '{"text":"hi",\n');
    await expect(readJsonl(file)).rejects.toThrow(/bad\.jsonl:1:1: invalid JSON/);
  });
});
