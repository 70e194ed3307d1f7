/** Messages that weigh products against each other. */
import { describe, expect, it } from 'vitest';
import { asksComparison } from '../../../core/nlu/entities-compare.js';

describe('asksComparison', () => {
  it.each([
    ['en', 'X1 or Air 3?'], ['en', 'compare them'], ['en', 'boom 5 vs pebble'], ['zh-CN', 'X1和Air 3哪个好'], ['ja', 'どっちがいい？'],
    ['ko', 'X1이랑 Air 3 비교해줘'], ['th', 'อันไหนดีกว่ากัน'], ['de', 'X1 oder Air 3?'], ['fr', 'lequel est mieux ?'], ['es', '¿cuál es mejor?'],
    ['pt', 'qual a diferença?'], ['it', 'quale è meglio?'], ['ru', 'какой лучше?'], ['ar', 'أيهما أفضل؟'], ['tr', 'hangisi daha iyi'],
    ['id', 'bagus mana?'], ['vi', 'cái nào tốt hơn'],
  ])('%s "%s"', (locale, text) => {
    expect(asksComparison(text, locale)).toBe(true);
  });

  it.each([['en', 'is it waterproof?'], ['de', 'wie schwer ist der?'], ['zh-CN', '多少钱'], ['en', 'orange case']])('%s "%s" compares nothing', (locale, text) => {
    expect(asksComparison(text, locale)).toBe(false);
  });
});
