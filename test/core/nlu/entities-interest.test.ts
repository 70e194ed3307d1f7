import { describe, expect, it } from 'vitest';
import { readInterests, suitsInterest } from '../../../core/nlu/entities-interest.js';
import { asksConfirmation, withoutTag } from '../../../core/nlu/entities-tag-question.js';

describe('readInterests', () => {
  it.each([
    ['en', 'a gift for my mom, she likes cooking', 'cooking'], ['zh-CN', '送给喜欢跑步的男朋友', 'running'], ['de', 'für meinen Vater, er wandert gern', 'hiking'],
    ['en', 'good gift for a gamer', 'gaming'], ['en', 'best gift for a tea lover', 'tea'], ['ja', '料理が好きな母へのプレゼント', 'cooking'],
    ['ko', '등산 좋아하는 아빠 선물', 'hiking'], ['es', 'le encanta correr', 'running'], ['fr', 'ma sœur adore le thé', 'tea'],
    ['ru', 'он любит походы', 'hiking'], ['pt', 'minha mãe gosta de cozinhar', 'cooking'], ['it', 'mio padre ama la musica', 'music'],
    ['th', 'แฟนชอบวิ่ง', 'running'], ['vi', 'bạn trai thích chơi game', 'gaming'], ['id', 'ayah suka mendaki', 'hiking'],
    ['ar', 'أبي يحب القهوة', 'coffee'], ['tr', 'kahve seven babam', 'coffee'],
  ])('%s "%s": %s, said to be liked', (locale, text, interest) => {
    expect(readInterests(text, locale)).toEqual({ interests: [interest], affinity: true });
  });

  it('an interest word without liking it ("running shoes") is no affinity; a gift without one is no interest', () => {
    expect(readInterests('running shoes under 60', 'en')).toEqual({ interests: ['running'], affinity: false });
    expect(readInterests('gift ideas for my dad', 'en')).toEqual({ interests: [], affinity: false });
  });

  it('suitsInterest reads tags and the category', () => {
    expect(suitsInterest({ tags: ['kettle', 'kitchen'], category: 'home-kitchen' }, ['cooking'])).toBe(true);
    expect(suitsInterest({ tags: ['lipstick'], category: 'beauty' }, ['beauty'])).toBe(true);
    expect(suitsInterest({ tags: ['cable'], category: 'tech-accessories' }, ['cooking', 'music'])).toBe(false);
  });
});

describe('asksConfirmation', () => {
  it.each([
    ['ja', 'Boom 5って防水だよね？'], ['en', 'Boom 5 is waterproof right?'], ['zh-CN', 'Boom 5 防水的吧？'], ['ko', 'Boom 5 방수 맞죠?'],
    ['de', 'Boom 5 ist doch wasserdicht, oder?'], ['fr', 'la Boom 5 est étanche, non ?'], ['es', 'es impermeable, ¿verdad?'],
    ['pt', "é à prova d'água, né?"], ['it', 'è impermeabile, vero?'], ['ru', 'Boom 5 ведь водонепроницаемая?'], ['th', 'กันน้ำใช่ไหมคะ'],
    ['vi', 'chống nước đúng không shop'], ['id', 'tahan air kan?'], ['ar', 'مقاومة للماء صح؟'], ['tr', 'su geçirmez değil mi?'],
  ])('%s "%s" asks to confirm', (locale, text) => {
    expect(asksConfirmation(text, locale)).toBe(true);
  });

  it.each([
    ['en', 'is the boom 5 waterproof?'], ['ja', '防水ですか？'], ['ko', '방수 되나요?'], ['de', 'ist die Boom 5 wasserdicht?'],
    ['vi', 'có chống nước không'], ['tr', 'su geçirmez mi?'], ['zh-CN', '有跑鞋吗'],
  ])('%s "%s" is a plain question', (locale, text) => {
    expect(asksConfirmation(text, locale)).toBe(false);
  });

  it('withoutTag leaves what is asked', () => {
    expect(withoutTag('Boom 5って防水だよね？', 'ja')).toBe('Boom 5って防水');
    expect(withoutTag('Boom 5 is waterproof right?', 'en')).toBe('Boom 5 is waterproof');
  });
});
