/**
 * `shopmate nlu eval`, `nlu eval-products` and `nlu train`: train and measure intent models, and
 * measure product-name matching, from the command line. Results are printed as one JSON line on
 * stdout; progress goes to stderr.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadBotModels, type BotModelProgress } from '../nlu/bot-models.js';
import { accuracy, macroF1, quantile, round } from '../nlu/classifier-metrics.js';
import { LinearIntentModel, trainIntentModel } from '../nlu/classifier.js';
import { listNluLocales, readJsonl } from '../nlu/training-data.js';
import type { IntentModel, TrainingExample } from '../nlu/types.js';
import { defaultEntityExtractor } from '../nlu/defaults.js';
import { buildProductIndexAsync } from '../nlu/entities-product.js';
import { evaluateProducts, productsFound, readProductExamples } from '../nlu/product-eval.js';
import { BotSchema } from '../bot/schema.js';
import { createBotShop } from '../shop/index.js';
import { parseWith, readYamlFile } from '../util/yaml-file.js';

/** Where command output goes; tests pass their own. */
export interface NluCommandIo {
  stdout: (line: string) => void;
  stderr: NodeJS.WritableStream;
}

const defaultIo: NluCommandIo = { stdout: (line) => process.stdout.write(`${line}\n`), stderr: process.stderr };

interface EvalOptions {
  train?: string;
  test: string;
  locale?: string;
  bot?: string;
  botsDir: string;
  modelsDir: string;
}

interface ProductEvalOptions {
  bot: string;
  test: string;
  botsDir: string;
  misses?: boolean;
}

interface TrainOptions {
  bot: string;
  botsDir: string;
  modelsDir: string;
  force?: boolean;
}

/** Adds the `nlu` command group to `program`. */
export function registerNluCommands(program: Command, io: NluCommandIo = defaultIo): void {
  const nlu = program.command('nlu').description('train and evaluate intent models');
  nlu
    .command('eval')
    .description('evaluate an intent classifier: --train/--test files, or a bot\'s models with --bot')
    .requiredOption('--test <file>', 'JSONL of {text, intent, locale?} lines to evaluate on (a folder: all its .jsonl files)')
    .option('--train <file>', 'JSONL of {text, intent, locale?} lines to train on')
    .option('--locale <locale>', 'locale of --train/--test (default: the first line\'s locale, else en)')
    .option('--bot <id>', 'evaluate the trained models of bots/<id>/nlu (lines need a locale)')
    .option('--bots-dir <dir>', 'folder holding the bots', 'bots')
    .option('--models-dir <dir>', 'folder of cached models', join('data', 'models'))
    .action(async (options: EvalOptions) => {
      if (options.bot !== undefined) io.stdout(JSON.stringify(await evalBot(options, options.bot, io)));
      else if (options.train !== undefined) io.stdout(JSON.stringify(await evalFiles(options.train, options.test, options.locale)));
      else nlu.error('nlu eval needs --train <file> or --bot <id>');
    });
  nlu
    .command('eval-products')
    .description('measure product-name matching of a bot\'s catalog on labelled messages')
    .requiredOption('--bot <id>', 'bot id: its shop (demo files or HTTP API) and nlu.product_min_score are used')
    .requiredOption('--test <file>', 'JSONL of {text, locale, products, any?} lines (a folder: all its .jsonl files)')
    .option('--bots-dir <dir>', 'folder holding the bots', 'bots')
    .option('--misses', 'also list the messages that came out wrong')
    .action(async (options: ProductEvalOptions) => {
      io.stdout(JSON.stringify(await evalProducts(options)));
    });
  nlu
    .command('train')
    .description('train the intent models of bots/<id>/nlu and save them to data/models/<id>/')
    .requiredOption('--bot <id>', 'bot id')
    .option('--bots-dir <dir>', 'folder holding the bots', 'bots')
    .option('--models-dir <dir>', 'folder of cached models', join('data', 'models'))
    .option('--force', 'retrain even when the saved models are current')
    .action(async (options: TrainOptions) => {
      io.stdout(JSON.stringify(await trainBot(options, io)));
    });
}

/** Trains on one file and evaluates on another. */
async function evalFiles(trainFile: string, testFile: string, localeOption: string | undefined) {
  const train = await readJsonl(trainFile);
  const test = await readJsonl(testFile);
  const locale = localeOption ?? train.find((e) => e.locale !== undefined)?.locale ?? 'en';
  const started = performance.now();
  const model = trainIntentModel(train, { locale });
  const trainSeconds = (performance.now() - started) / 1000;
  const { gold, predicted, latencies } = predictAll(model, test.filter((e) => e.locale === undefined || e.locale === locale));
  return {
    accuracy: round(accuracy(gold, predicted)),
    macroF1: round(macroF1(gold, predicted)),
    n: gold.length,
    trainSeconds: round(trainSeconds, 2),
    p50Ms: round(quantile(latencies, 0.5)),
    p99Ms: round(quantile(latencies, 0.99)),
  };
}

/**
 * Top intent (ignoring the out-of-scope floor) per example; an example whose intent the model
 * does not know counts as right only when the model answers `intent: null`.
 */
function predictAll(model: IntentModel, examples: readonly TrainingExample[]) {
  const known = new Set(model.intents);
  const gold: string[] = [];
  const predicted: (string | null)[] = [];
  const latencies: number[] = [];
  for (const e of examples) {
    const t0 = performance.now();
    const p = model.predict(e.text);
    latencies.push(performance.now() - t0);
    gold.push(e.intent);
    const top = p.offTopic ? null : (p.ranking[0]?.intent ?? null);
    predicted.push(known.has(e.intent) ? top : p.intent === null ? e.intent : p.intent);
  }
  return { gold, predicted, latencies };
}

async function evalBot(options: EvalOptions, bot: string, io: NluCommandIo) {
  const test = await readJsonl(options.test);
  const locales = [...new Set(test.map((e) => e.locale ?? ''))].sort();
  if (locales.includes('')) throw new Error(`${options.test}: every line needs a "locale" to evaluate a bot`);
  const models = await loadWithProgress(options, bot, locales, false, io);
  const perLocale: Record<string, { accuracy: number; n: number }> = {};
  let right = 0;
  let n = 0;
  const skipped: string[] = [];
  for (const locale of locales) {
    const model = models.get(locale);
    if (!model) {
      skipped.push(locale);
      continue;
    }
    const { gold, predicted } = predictAll(model, test.filter((e) => e.locale === locale));
    const acc = accuracy(gold, predicted);
    perLocale[locale] = { accuracy: round(acc), n: gold.length };
    right += acc * gold.length;
    n += gold.length;
  }
  return { accuracy: round(n ? right / n : 0), n, perLocale, ...(skipped.length ? { skippedLocales: skipped } : {}) };
}

/** Builds the bot's product index from its shop, as the server does, and scores it on `options.test`. */
async function evalProducts(options: ProductEvalOptions) {
  const examples = await readProductExamples(options.test);
  const file = botFile(options.botsDir, options.bot);
  if (!file) throw new Error(`${resolve(options.botsDir)}: no ${options.bot}.yaml`);
  const config = parseWith(readYamlFile(file), BotSchema);
  const shop = createBotShop(config, resolve(options.botsDir, options.bot), file, process.env);
  const index = await buildProductIndexAsync(await shop.catalog());
  const extract = defaultEntityExtractor({
    catalog: { current: index }, orderPatterns: config.nlu.order_patterns, minProductScore: config.nlu.product_min_score,
  });
  const result = evaluateProducts(examples, productsFound(extract));
  const { misses: _misses, ...scores } = result;
  return options.misses ? result : scores;
}

async function trainBot(options: TrainOptions, io: NluCommandIo) {
  const started = performance.now();
  const models = await loadWithProgress(options, options.bot, undefined, options.force ?? false, io);
  const perLocale: Record<string, Readonly<Record<string, number>>> = {};
  for (const [locale, model] of models) perLocale[locale] = model instanceof LinearIntentModel ? model.stats : {};
  return { bot: options.bot, locales: [...models.keys()], seconds: round((performance.now() - started) / 1000, 2), perLocale };
}

function botFile(botsDir: string, bot: string): string | undefined {
  return [`${bot}.yaml`, `${bot}.yml`].map((f) => resolve(botsDir, f)).find((f) => existsSync(f));
}

/** The bot's `nlu.off_topic` (true when its `bots/<id>.yaml` is missing: the CLI also trains bare NLU folders). */
function offTopicSetting(botsDir: string, bot: string): boolean {
  const file = botFile(botsDir, bot);
  return file ? parseWith(readYamlFile(file), BotSchema).nlu.off_topic : true;
}

async function loadWithProgress(
  dirs: { botsDir: string; modelsDir: string },
  bot: string,
  locales: readonly string[] | undefined,
  force: boolean,
  io: NluCommandIo,
): Promise<Map<string, IntentModel>> {
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: 'nlu {bar} {value}/{total} locales | {locale}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const botDir = resolve(dirs.botsDir, bot);
  if ((await listNluLocales(botDir)).length === 0) throw new Error(`${join(botDir, 'nlu')}: no <locale>.yaml training data`);
  let started = false;
  const onProgress = (p: BotModelProgress): void => {
    if (!started) bar.start(p.total, 0, { locale: '' });
    started = true;
    bar.update(p.index, { locale: `${p.locale}${p.cached ? ' (cached)' : ''}` });
  };
  try {
    return await loadBotModels(botDir, {
      cacheDir: resolve(dirs.modelsDir, bot),
      background: offTopicSetting(dirs.botsDir, bot),
      ...(locales ? { locales } : {}),
      force,
      onProgress,
    });
  } finally {
    if (started) bar.stop();
  }
}
