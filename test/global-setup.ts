import { join } from 'node:path';
import { loadBotModels } from '../core/nlu/bot-models.js';
import { LOCALES } from '../core/util/locales.js';
import { MODELS_DIR, ROOT } from './helpers/chat.js';

/** Trains (or reuses) the demo bot's models once, so test files running in parallel do not each train them. */
export default async function setup(): Promise<void> {
  await loadBotModels(join(ROOT, 'bots', 'demo-shop'), { cacheDir: join(MODELS_DIR, 'demo-shop'), locales: LOCALES });
}
