/**
 * The demo bot's intent accuracy on shopper messages it was not trained on (issue 8's target: at least
 * 90% in every locale). `heldout/` is never used to write or tune training data; `dev/` is what the
 * training data was tuned against, so it is held to a higher bar.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBotModels } from '../../../core/nlu/bot-models.js';
import { readJsonl } from '../../../core/nlu/training-data.js';
import type { IntentModel, TrainingExample } from '../../../core/nlu/types.js';
import { LOCALES } from '../../../core/util/locales.js';
import { MODELS_DIR, ROOT } from '../../helpers/chat.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'nlu');

function accuracyByLocale(models: ReadonlyMap<string, IntentModel>, examples: readonly TrainingExample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const locale of new Set(examples.map((e) => e.locale ?? ''))) {
    const model = models.get(locale);
    if (!model) throw new Error(`no model for locale "${locale}"`);
    const mine = examples.filter((e) => e.locale === locale);
    const right = mine.filter((e) => model.predict(e.text).ranking[0]?.intent === e.intent).length;
    out[locale] = Math.round((right / mine.length) * 1000) / 1000;
  }
  return out;
}

describe('demo bot intent accuracy', () => {
  let models: Map<string, IntentModel>;
  beforeAll(async () => {
    models = await loadBotModels(join(ROOT, 'bots', 'demo-shop'), { cacheDir: join(MODELS_DIR, 'demo-shop'), locales: LOCALES });
  });

  it('is at least 90% on held-out shopper messages in every locale', async () => {
    const heldout = await readJsonl(join(FIXTURES, 'heldout'));
    const acc = accuracyByLocale(models, heldout);
    expect(Object.keys(acc).sort()).toEqual([...LOCALES].sort());
    const below = Object.entries(acc).filter(([, a]) => a < 0.9);
    expect(below, JSON.stringify(acc)).toEqual([]);
  });

  it('is at least 93% on the development sets the training data was tuned against', async () => {
    const acc = accuracyByLocale(models, await readJsonl(join(FIXTURES, 'dev')));
    const below = Object.entries(acc).filter(([, a]) => a < 0.93);
    expect(below, JSON.stringify(acc)).toEqual([]);
  });
});
