/** What a shopper wants for a defective item, a refund or a replacement, in 15 languages; and what only mentions one. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../core/nlu/entities.js';
import { findRemedy } from '../../../core/nlu/entities-remedy.js';

const CASES: [locale: string, text: string, remedy: 'refund' | 'replacement' | undefined][] = [
  ['en', 'can I get a refund instead?', 'refund'],
  ['en', "i don't want a replacement, i want a refund", 'refund'],
  ['en', 'actually a replacement instead', 'replacement'],
  ['en', 'refund or replacement, which is faster?', undefined],
  ['en', 'and my refund?', undefined],
  ['en', 'when do i get my money back for the broken headphones?', undefined],
  ['zh-CN', '我不要换了，退款吧', 'refund'],
  ['zh-CN', '改成退款', 'refund'],
  ['zh-CN', '还是换个新的吧', 'replacement'],
  ['zh-CN', '退款什么时候到账', undefined],
  ['ja', '交換じゃなくて返金がいいです', 'refund'],
  ['ja', '返金じゃなくて交換にしてください', 'replacement'],
  ['ko', '교환 말고 환불해 주세요', 'refund'],
  ['ko', '환불로 바꿔주세요', 'refund'],
  ['ko', '그냥 새 걸로 바꿔주세요', 'replacement'],
  ['es', 'no quiero cambio, quiero mi dinero', 'refund'],
  ['es', 'mejor uno nuevo en vez del reembolso', 'replacement'],
  ['fr', "pas d'échange, remboursez-moi", 'refund'],
  ['fr', 'plutôt un échange', 'replacement'],
  ['de', 'lieber geld zurück', 'refund'],
  ['de', 'statt ersatz bitte erstatten', 'refund'],
  ['de', 'wann bekomme ich mein geld zurück', undefined],
  ['ru', 'не надо замену, верните деньги', 'refund'],
  ['ru', 'а деньги когда вернут?', undefined],
  ['pt', 'não quero troca, quero meu dinheiro de volta', 'refund'],
  ['it', 'meglio la sostituzione', 'replacement'],
  ['th', 'ไม่เอาเปลี่ยนแล้ว ขอคืนเงิน', 'refund'],
  ['th', 'ขอเปลี่ยนเป็นของใหม่แทน', 'replacement'],
  ['vi', 'đổi sang hoàn tiền được không', 'refund'],
  ['id', 'gak jadi tukar, refund aja', 'refund'],
  ['ar', 'ممكن استبدال بدل الاسترداد؟', 'replacement'],
  ['tr', 'değişim yerine para iadesi istiyorum', 'refund'],
  ['tr', 'yenisiyle değişim yapalım', 'replacement'],
];

describe('findRemedy', () => {
  it.each(CASES)('%s "%s" → %s', (locale, text, remedy) => {
    expect(findRemedy(text, locale)?.remedy).toBe(remedy);
  });

  it('is the remedy entity', () => {
    expect(extractEntities('lieber Geld zurück', { locale: 'de' }).find((e) => e.type === 'remedy')?.value).toBe('refund');
  });
});
