/**
 * A bot's intent models, one per locale: trained from `<botDir>/nlu/<locale>.yaml` and cached
 * as `<cacheDir>/<locale>.json` together with a hash of the training data and trainer, so a
 * restart reuses the file until the data or the trainer changes.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKGROUND_INTENT, backgroundExamples } from './background.js';
import { MODEL_FORMAT } from './classifier-json.js';
import { loadIntentModel, trainIntentModel, type LinearIntentModel, type TrainIntentOptions } from './classifier.js';
import { listNluLocales, readNluFile } from './training-data.js';
import type { IntentModel, TrainingExample } from './types.js';
import { ConfigError } from '../model/errors.js';

/** Bump when features or training change in a way that makes old cached models stale. */
export const TRAINER_VERSION = 3;

/** The subset of a pino logger this module uses. */
export interface BotModelsLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface BotModelProgress {
  locale: string;
  /** 1-based position of `locale` among the locales being loaded. */
  index: number;
  total: number;
  /** `true` when the cached model was reused. */
  cached: boolean;
}

export interface LoadBotModelsOptions {
  /** Where `<locale>.json` models are cached (created if missing). */
  cacheDir: string;
  /** Locales to load (default: every `nlu/*.yaml`). A locale without a file is left out and logged. */
  locales?: readonly string[];
  log?: BotModelsLog;
  /** Training options besides the locale (part of the cache hash). */
  train?: Omit<TrainIntentOptions, 'locale'>;
  /** Retrain even when the cached model is current. */
  force?: boolean;
  /** Also learn shopmate's off-topic messages as a class that answers `intent: null` (default true). */
  background?: boolean;
  /** Called after each locale is loaded or trained. */
  onProgress?: (progress: BotModelProgress) => void;
}

interface CachedModel {
  hash: string;
  model: unknown;
}

/** Loads (or trains and caches) the intent model of every locale of the bot in `botDir`. */
export async function loadBotModels(botDir: string, options: LoadBotModelsOptions): Promise<Map<string, IntentModel>> {
  const available = new Set(await listNluLocales(botDir));
  const requested = options.locales ?? [...available];
  const missing = requested.filter((l) => !available.has(l));
  if (missing.length > 0) options.log?.warn({ botDir, locales: missing }, 'no NLU training data for these locales');
  const locales = requested.filter((l) => available.has(l));
  await mkdir(options.cacheDir, { recursive: true });
  const models = new Map<string, IntentModel>();
  for (const [i, locale] of locales.entries()) {
    const own = await readNluFile(join(botDir, 'nlu', `${locale}.yaml`));
    const reserved = own.find((e) => e.intent === BACKGROUND_INTENT);
    if (reserved) throw new ConfigError(`intent name "${BACKGROUND_INTENT}" is reserved for shopmate's off-topic class`, join(botDir, 'nlu', `${locale}.yaml`));
    const examples = [...own, ...(options.background === false ? [] : await backgroundExamples(locale))];
    const { model, cached } = await loadOrTrain(locale, examples, options);
    models.set(locale, model);
    options.onProgress?.({ locale, index: i + 1, total: locales.length, cached });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return models;
}

/** The cache key of a locale's model: training data, training options and trainer version. */
export function trainingHash(locale: string, examples: readonly TrainingExample[], train: object = {}): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ format: MODEL_FORMAT, trainer: TRAINER_VERSION, locale, train }));
  for (const e of examples) h.update(`\n${e.intent}\t${e.text}`);
  return h.digest('hex');
}

async function loadOrTrain(
  locale: string,
  examples: readonly TrainingExample[],
  options: LoadBotModelsOptions,
): Promise<{ model: LinearIntentModel; cached: boolean }> {
  const file = join(options.cacheDir, `${locale}.json`);
  const hash = trainingHash(locale, examples, options.train);
  const cached = options.force ? undefined : await readCache(file, options.log);
  if (cached?.hash === hash) {
    try {
      return { model: loadIntentModel(cached.model), cached: true };
    } catch (err) {
      options.log?.warn({ file, err }, 'cached intent model is invalid; retraining');
    }
  }
  const model = trainIntentModel(examples, { ...options.train, locale });
  options.log?.info({ locale, examples: examples.length, ...model.stats }, 'trained intent model');
  // Unique per write: two apps in one process may train the same locale at once.
  const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  await writeFile(tmp, JSON.stringify({ hash, model: model.toJSON() } satisfies CachedModel));
  await rename(tmp, file);
  return { model, cached: false };
}

/** The cached file, or `undefined` when absent or unreadable (then the model is retrained). */
async function readCache(file: string, log: BotModelsLog | undefined): Promise<CachedModel | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const value = JSON.parse(text) as Partial<CachedModel>;
    return typeof value.hash === 'string' ? { hash: value.hash, model: value.model } : undefined;
  } catch (err) {
    log?.warn({ file, err }, 'cached intent model is not valid JSON; retraining');
    return undefined;
  }
}
