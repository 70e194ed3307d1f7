import { describe, expect, it } from 'vitest';
import { TrainingError, loadIntentModel, trainIntentModel } from '../../../core/nlu/classifier.js';
import type { TrainingExample } from '../../../core/nlu/types.js';

const data: Record<string, string[]> = {
  order_status: [
    'where is my order', 'track my package', 'has my parcel shipped yet', 'when will my order arrive',
    'order status please', 'my delivery is late where is it', 'can you check my shipment', 'tracking number for my order',
    'is my package on the way', 'how long until my order gets here',
  ],
  return_request: [
    'i want to return these shoes', 'how do i send this back', 'return an item', 'the jacket does not fit, can i return it',
    'start a return', 'i would like to exchange my dress', 'send back the broken lamp', 'return label please',
    'can i return something i bought last week', 'returning a gift',
  ],
  greeting: ['hello', 'hi there', 'good morning', 'hey', 'hi', 'good evening', 'hello bot', 'hey there, anyone here?', 'yo', 'morning!'],
  coupon: [
    'do you have a discount code', 'any coupons today', 'promo code please', 'is there a sale right now',
    'how do i use my voucher', 'my coupon code does not work', 'got any deals', 'discount for first order',
    'apply a promo code', 'where do i enter the coupon',
  ],
};

const examples: TrainingExample[] = Object.entries(data).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));

const zh: TrainingExample[] = [
  ...['我的订单到哪了', '快递什么时候到', '查一下物流', '包裹还没到', '订单状态', '我的货发了吗'].map((text) => ({ text, intent: 'order_status' })),
  ...['我要退货', '怎么退货', '这个能退吗', '申请退货', '退货地址是什么', '衣服不合适想退'].map((text) => ({ text, intent: 'return_request' })),
  ...['你好', '在吗', '您好', '哈喽', '早上好', '有人吗'].map((text) => ({ text, intent: 'greeting' })),
];

describe('trainIntentModel', () => {
  const model = trainIntentModel(examples, { locale: 'en' });

  it('classifies unseen paraphrases', () => {
    expect(model.intents).toEqual(['coupon', 'greeting', 'order_status', 'return_request']);
    expect(model.predict('where is my parcel?').intent).toBe('order_status');
    expect(model.predict('I need to return this jacket').intent).toBe('return_request');
    expect(model.predict('Hello!').intent).toBe('greeting');
    expect(model.predict('any discount code?').intent).toBe('coupon');
  });

  it('ranks every intent with confidences that sum to at most 1', () => {
    const p = model.predict('track my order');
    expect(p.ranking.map((r) => r.intent).sort()).toEqual([...model.intents].sort());
    expect(p.ranking[0]?.confidence).toBe(p.confidence);
    const sum = p.ranking.reduce((s, r) => s + r.confidence, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(p.ranking.every((r, i) => i === 0 || r.confidence <= (p.ranking[i - 1]?.confidence ?? 1))).toBe(true);
  });

  it('gives gibberish and empty text no intent and low confidence', () => {
    for (const text of ['qzxv wpfk jjrt', '', '!!!', 'xkcd blorp fnord']) {
      const p = model.predict(text);
      expect(p.intent).toBeNull();
      expect(p.confidence).toBeLessThan(0.4);
    }
  });

  it('is less sure of off-topic text than of in-domain text', () => {
    const offTopic = model.predict('what is the boiling point of mercury in kelvin');
    expect(offTopic.confidence).toBeLessThan(model.predict('where is my order').confidence);
    expect(offTopic.confidence).toBeLessThan(0.5);
  });

  it('lets the caller raise the floor', () => {
    expect(model.predict('hello', { floor: 1.01 }).intent).toBeNull();
  });

  it('predicts identically after a JSON round trip', () => {
    const restored = loadIntentModel(JSON.parse(JSON.stringify(model.toJSON())));
    expect(restored.locale).toBe('en');
    expect(restored.intents).toEqual(model.intents);
    for (const text of ['where is my order', 'return label', 'hi', 'qzxv', 'coupon for shoes please', '']) {
      expect(restored.predict(text)).toEqual(model.predict(text));
    }
  });

  it('is deterministic', () => {
    const again = trainIntentModel(examples, { locale: 'en' });
    const withoutTime = (m: typeof model) => JSON.stringify({ ...m.toJSON(), stats: { ...m.stats, trainSeconds: 0 } });
    expect(withoutTime(again)).toBe(withoutTime(model));
  });

  it('trains Chinese from segmented words and characters', () => {
    const m = trainIntentModel(zh, { locale: 'zh-CN' });
    expect(m.predict('我的快递到哪了').intent).toBe('order_status');
    expect(m.predict('我想退货').intent).toBe('return_request');
    expect(m.predict('你好呀').intent).toBe('greeting');
  });

  it('ignores examples tagged with another locale', () => {
    const m = trainIntentModel([...examples, ...zh.map((e) => ({ ...e, locale: 'zh-CN' }))], { locale: 'en' });
    expect(m.stats['examples']).toBe(examples.length);
  });

  it('refuses to train fewer than two intents', () => {
    expect(() => trainIntentModel([{ text: 'hi', intent: 'greeting' }], { locale: 'en' })).toThrow(TrainingError);
  });

  it('rejects a malformed model', () => {
    const json = { ...model.toJSON(), bias: [1] };
    expect(() => loadIntentModel(json)).toThrow(/bias/);
  });
});
