import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_INTENT, backgroundExamples } from '../../../core/nlu/background.js';
import { loadBotModels } from '../../../core/nlu/bot-models.js';
import { OFF_TOPIC_MIN, loadIntentModel, trainIntentModel, type LinearIntentModel } from '../../../core/nlu/classifier.js';
import { readNluFile } from '../../../core/nlu/training-data.js';
import { ConfigError } from '../../../core/model/errors.js';
import { ROOT } from '../../helpers/chat.js';

const LOCALES = ['en', 'zh-CN', 'ja', 'ko', 'es', 'fr', 'de', 'ru', 'pt', 'it', 'th', 'vi', 'id', 'ar', 'tr'];

// Written for this test, not taken from the background files: requests a shop bot is not for.
const OFF_TOPIC = [
  'will it rain in london on saturday', 'wake me up at 6:30 tomorrow', 'play some old jazz', 'who won the match last night',
  'turn off the bedroom lamp', 'how far is the moon', 'whats on my calendar friday', 'tell me about the roman empire',
  'what time is it in sydney', 'set a 10 minute timer for the pasta',
  // Taken for shop intents without the class (shipping_info 0.84, product_question 0.97 and 0.58 when written).
  'how much is a flight to paris', 'what is the capital of peru', 'what time does the bank open',
];
const SHOP = [
  ['where is my order SM100234', 'order_status'], ['do you have wireless earbuds', 'product_search'],
  ['can i talk to a real person', 'human_agent'], ['i want to cancel my order', 'order_cancel'],
] as const;

describe('off-topic background class', () => {
  let withBg: LinearIntentModel;
  let without: LinearIntentModel;
  beforeAll(async () => {
    const own = await readNluFile(join(ROOT, 'bots/demo-shop/nlu/en.yaml'));
    withBg = trainIntentModel([...own, ...(await backgroundExamples('en'))], { locale: 'en' });
    without = trainIntentModel(own, { locale: 'en' });
  });

  it('has at least 100 distinct messages for each of the 15 languages', async () => {
    for (const locale of LOCALES) {
      const examples = await backgroundExamples(locale);
      expect(examples.length, locale).toBeGreaterThanOrEqual(100);
      expect(new Set(examples.map((e) => e.text)).size, locale).toBe(examples.length);
      expect(examples.every((e) => e.intent === BACKGROUND_INTENT && e.locale === locale)).toBe(true);
    }
    expect(await backgroundExamples('pt-BR')).toHaveLength((await backgroundExamples('pt')).length);
    expect(await backgroundExamples('xx')).toEqual([]);
  });

  it('turns away off-topic requests the shop model alone would take for an intent', () => {
    const accepted = (m: LinearIntentModel) => OFF_TOPIC.filter((t) => m.predict(t).intent !== null && m.predict(t).confidence >= 0.45);
    expect(accepted(withBg).length).toBeLessThanOrEqual(1);
    expect(accepted(withBg).length).toBeLessThan(accepted(without).length);
    expect(OFF_TOPIC.filter((t) => withBg.predict(t).offTopic).length).toBeGreaterThanOrEqual(OFF_TOPIC.length - 2);
  });

  it('does not call gibberish off-topic: without a word it knows, a message is just not understood', () => {
    for (const t of ['zzqq pplk xxwv', 'qwxz vbnm kjhg', 'mmnb ttrq zzxw']) {
      const p = withBg.predict(t);
      expect(p.offTopic, t).toBeUndefined();
      expect(p.intent, t).toBeNull();
    }
  });

  it('still answers shoppers, and never reports the class as an intent', () => {
    for (const [text, intent] of SHOP) expect(withBg.predict(text).intent, text).toBe(intent);
    expect(withBg.intents).not.toContain(BACKGROUND_INTENT);
    const p = withBg.predict('will it snow in oslo tomorrow');
    expect(p).toMatchObject({ intent: null, confidence: 0, offTopic: true });
    expect(p.ranking.map((r) => r.intent).sort()).toEqual([...withBg.intents].sort());
    const rest = p.ranking.reduce((sum, r) => sum + r.confidence, 0);
    expect(rest).toBeCloseTo(1, 6);
    const restored = loadIntentModel(JSON.parse(JSON.stringify(withBg.toJSON())));
    for (const t of [...OFF_TOPIC, ...SHOP.map((s) => s[0])]) expect(restored.predict(t)).toEqual(withBg.predict(t));
  });

  it('needs the class to hold offTopicMin of the softmax; below it the best intent answers as usual', () => {
    const text = 'will it snow in oslo tomorrow';
    const never = withBg.predict(text, { offTopicMin: 1.01 });
    expect(never.offTopic).toBeUndefined();
    expect(never.ranking.map((r) => r.intent)).not.toContain(BACKGROUND_INTENT);
    expect(never.confidence).toBeGreaterThan(0);
    expect(withBg.predict(text, { offTopicMin: 0.05 }).offTopic).toBe(true);
    // A shop request keeps its intent however low the bar, since the class does not win it.
    expect(withBg.predict('where is my order SM100234', { offTopicMin: 0.05 }).intent).toBe('order_status');
    expect(OFF_TOPIC_MIN).toBeGreaterThan(0.5);
  });

  describe('bot models', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shopmate-bg-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('refuse a bot intent named like the class', async () => {
      mkdirSync(join(dir, 'bot', 'nlu'), { recursive: true });
      writeFileSync(join(dir, 'bot', 'nlu', 'en.yaml'), `locale: en\nintents:\n  greeting:\n    - hi\n    - hello\n  ${BACKGROUND_INTENT}:\n    - blah\n    - meh\n`);
      await expect(loadBotModels(join(dir, 'bot'), { cacheDir: join(dir, 'cache') })).rejects.toThrow(ConfigError);
    });
  });
});
