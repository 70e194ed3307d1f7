import { describe, expect, it, vi } from 'vitest';
import { createNluService } from '../../../core/nlu/service.js';
import type { IntentModel, IntentPrediction } from '../../../core/nlu/types.js';

/** A model that answers from a table, so each case says exactly what the local model thought. */
function tableModel(locale: string, table: Record<string, IntentPrediction>): IntentModel {
  return {
    locale,
    intents: ['order_status', 'product_question'],
    predict: (text: string) => table[text] ?? { intent: null, confidence: 0.1, ranking: [{ intent: 'order_status', confidence: 0.1 }] },
    toJSON: () => ({}),
  };
}

const OFF_TOPIC: IntentPrediction = { intent: null, confidence: 0, ranking: [{ intent: 'product_question', confidence: 0.6 }], offTopic: true };
const UNSURE: IntentPrediction = { intent: null, confidence: 0.2, ranking: [{ intent: 'product_question', confidence: 0.2 }] };

describe('NLU service', () => {
  const remoteAnswer: IntentPrediction = { intent: 'product_question', confidence: 0.9, ranking: [{ intent: 'product_question', confidence: 0.9 }] };
  const remote = { classify: vi.fn(() => Promise.resolve(remoteAnswer)) };
  const nlu = createNluService({
    models: new Map([['en', tableModel('en', { 'will it rain tomorrow': OFF_TOPIC, 'is it any good': UNSURE })]]),
    fallbackLocale: 'en',
    extractEntities: () => [],
    remote,
    threshold: 0.45,
  });

  it('reports an off-topic message as such and does not ask the remote model, which can only pick a shop intent', async () => {
    const u = await nlu.understand('will it rain tomorrow', 'en');
    expect(u).toMatchObject({ intent: null, confidence: 0, offTopic: true });
    expect(remote.classify).not.toHaveBeenCalled();
  });

  it('still asks the remote model about a message the local model is merely unsure of', async () => {
    const u = await nlu.understand('is it any good', 'en');
    expect(u).toMatchObject({ intent: 'product_question', confidence: 0.9 });
    expect(u.offTopic).toBeUndefined();
    expect(remote.classify).toHaveBeenCalledTimes(1);
  });
});
