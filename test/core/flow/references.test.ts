/** "The second one" after a list: which product, and when the intent changes. */
import { describe, expect, it } from 'vitest';
import { emptyDialogue, type DialogueState, type Understanding } from '../../../core/flow/runtime.js';
import { resolveListReference, shownProducts, type ListReferenceOptions } from '../../../core/flow/references.js';
import type { Entity } from '../../../core/nlu/types.js';

const options: ListReferenceOptions = { intent: 'product_question', keepIntents: ['product_search'], withinTurns: 3, threshold: 0.45, sure: 0.75 };
const ordinal = (value: number, start: number, end: number, text: string): Entity => ({ type: 'ordinal', value, text, start, end, score: 1 });
const state = (turnsAgo = 1): DialogueState => ({ ...emptyDialogue(), turns: 10, shown: { ids: ['A', 'B', 'C'], turn: 10 - turnsAgo } });
const understood = (intent: string | null, confidence: number, entities: Entity[]): Understanding => ({
  intent, confidence, entities, ranking: intent ? [{ intent, confidence }] : [],
});

describe('shownProducts', () => {
  it('lists the cards in the order shown, each once, at most five per message', () => {
    expect(shownProducts([{ products: ['A'] }, {}, { products: [{ id: 'B' }, 'A', 'C', 'D', 'E', 'F', 'G'] }])).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});

describe('resolveListReference', () => {
  it('names the product at the position, and starts the reference intent for a bare reference', () => {
    const r = resolveListReference(understood('complaint', 0.53, [ordinal(2, 0, 14, 'the second one')]), state(), 'the second one', 'en', false, options);
    expect(r?.entities[0]).toMatchObject({ type: 'product', value: 'B' });
    expect(r?.intent).toBe('product_question');
  });

  it('takes -1 for the last one', () => {
    const r = resolveListReference(understood(null, 0, [ordinal(-1, 0, 8, 'the last')]), state(), 'the last', 'en', false, options);
    expect(r?.entities[0]?.value).toBe('C');
  });

  it('keeps an intent that reads the product, and a sure one with more to say', () => {
    const kept = resolveListReference(understood('product_search', 0.6, [ordinal(1, 0, 13, 'the first one')]), state(), 'the first one in blue', 'en', false, options);
    expect(kept?.intent).toBe('product_search');
    const text = 'the second one arrived broken';
    const sure = resolveListReference(understood('complaint', 0.9, [ordinal(2, 0, 14, 'the second one')]), state(), text, 'en', false, options);
    expect(sure).toMatchObject({ intent: 'complaint' });
    expect(sure?.entities[0]?.value).toBe('B');
  });

  it('leaves the intent to a pending question', () => {
    const r = resolveListReference(understood(null, 0, [ordinal(2, 0, 1, '2')]), state(), '2', 'en', true, options);
    expect(r?.intent).toBeNull();
    expect(r?.entities[0]?.value).toBe('B');
  });

  it('refers to nothing when the list is old, the position is past its end, or a product is named', () => {
    const u = understood(null, 0, [ordinal(2, 0, 14, 'the second one')]);
    expect(resolveListReference(u, state(4), 'the second one', 'en', false, options)).toBeUndefined();
    expect(resolveListReference(understood(null, 0, [ordinal(5, 0, 3, '5th')]), state(), '5th', 'en', false, options)).toBeUndefined();
    const named = understood(null, 0, [ordinal(2, 0, 3, '2nd'), { type: 'product', value: 'Z', text: 'x1', start: 4, end: 6, score: 1 }]);
    expect(resolveListReference(named, state(), '2nd x1', 'en', false, options)).toBeUndefined();
    expect(resolveListReference(u, emptyDialogue(), 'the second one', 'en', false, options)).toBeUndefined();
  });

  it('adds the product but leaves the intent when the bot names no reference intent', () => {
    const r = resolveListReference(understood('complaint', 0.53, [ordinal(2, 0, 14, 'the second one')]), state(), 'the second one', 'en', false, { ...options, intent: undefined });
    expect(r?.intent).toBe('complaint');
    expect(r?.entities[0]?.value).toBe('B');
  });
});
