/**
 * "My headphones broke, I want a refund": an item that arrived broken or stopped working is returned free, for the
 * right order, in 15 languages. It was taken for a complaint and handed off with an apology, and the order number
 * sent next was read as "where is my parcel?".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../core/i18n/money.js';
import { Chat, openTestApp, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const statusOf = async (r: { conversationId?: string }) => (await t.app.store.conversations.get(r.conversationId!))!.status;
const terms = (locale: string) => tr(locale, 'returns.defective', { refund_min: 5, refund_max: 7 });
/** The demo's return label fee (policies.returns.label_price), as the shopper's locale writes it. */
const labelFee = (locale: string) => formatMoney(5.9, 'USD', locale);

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a defective item', () => {
  // The refund or replacement asked for (none: "whichever you prefer") is what the colleague arranges.
  it.each([
    ['en', 'my headphones broke after 3 days, i want a refund', 'refund'],
    ['zh-CN', '耳机用了三天就坏了，我要退款', 'refund'],
    ['ja', '届いたスピーカーが壊れてました', ''],
    ['ko', '이어폰이 일주일 만에 고장났어요 환불해주세요', 'refund'],
    ['es', 'me llegó el parlante roto', ''],
    ['fr', "mon casque est tombé en panne au bout d'une semaine, je veux être remboursé", 'refund'],
    ['de', 'meine kopfhörer sind nach 3 tagen kaputt gegangen, ich will mein geld zurück', 'refund'],
    ['ru', 'наушники сломались через неделю, верните деньги', 'refund'],
    ['pt', 'o fone veio com defeito, quero trocar', 'replacement'],
    ['it', 'le cuffie si sono rotte dopo 3 giorni, voglio il rimborso', 'refund'],
    ['th', 'หูฟังพังหลังใช้ได้ 3 วัน ขอคืนเงิน', 'refund'],
    ['vi', 'tai nghe bị hỏng sau 3 ngày, mình muốn hoàn tiền', 'refund'],
    ['id', 'headsetnya rusak setelah 3 hari, saya mau refund', 'refund'],
    ['ar', 'السماعة انكسرت بعد 3 أيام، أريد استرداد المبلغ', 'refund'],
    ['tr', 'kulaklık 3 günde bozuldu, param iade edilsin', 'refund'],
  ])('%s: gets an apology and the free-return terms, then the order number sent next starts its return', async (locale, text, remedy) => {
    const c = new Chat(t.app, undefined, locale);
    const asked = await c.says(text).expectFlow('return_request');
    expect(texts(asked)).toEqual([terms(locale), tr(locale, 'returns.ask_id')]);
    expect(texts(asked).join(' ')).not.toContain(labelFee(locale));
    expect(await statusOf(asked)).toBe('bot');

    const done = await c.says('SM100235').expectFlow('defective_handoff');
    const help = remedy ? `returns.agent_will_help_defective_${remedy}` : 'returns.agent_will_help_defective';
    expect(texts(done)).toEqual([tr(locale, 'returns.defective_eligible', { id: 'SM100235' }), tr(locale, help)]);
    expect(await statusOf(done)).toBe('waiting_agent');
  });

  it.each([
    ['en', 'SM100235 arrived damaged, I want a replacement'],
    ['ko', 'SM100235 깨져서 왔어요'],
    ['es', 'SM100235 llegó dañado'],
    ['th', 'SM100235 ได้ของมาแตก'],
    ['tr', 'SM100235 hasarlı geldi'],
    // Read as another intent (a parcel, nothing understood): the defect still starts the return.
    ['fr', 'commande SM100235 reçue cassée'],
    ['ar', 'الطلب SM100235 وصل تالف'],
  ])('%s: with the order named in the same message, its return is registered at once', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('defective_handoff');
    const help = locale === 'en' ? 'returns.agent_will_help_defective_replacement' : 'returns.agent_will_help_defective';
    expect(texts(r)).toEqual([terms(locale), tr(locale, 'returns.defective_eligible', { id: 'SM100235' }), tr(locale, help)]);
  });

  it.each([
    ['en', 'where is my order SM100240?', 'it arrived broken'],
    ['ja', 'SM100240の注文はどこですか', '届いたけど壊れてました'],
    ['pt', 'cadê meu pedido SM100240?', 'chegou quebrado, quero trocar'],
  ])('%s: is about the order just talked about', async (locale, status, broken) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(status).expectFlow('order_status');
    const r = await c.says(broken).expectFlow('defective_handoff');
    expect(texts(r)).toContain(tr(locale, 'returns.defective_eligible', { id: 'SM100240' }));
  });

  it('of an order the carrier has not delivered yet goes to a colleague', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('SM100246 arrived broken').expectFlow('defective_handoff');
    expect(texts(r)).toEqual([terms('en'), tr('en', 'returns.defective_not_delivered', { id: 'SM100246' }), tr('en', 'returns.agent_will_help_defective')]);
    expect(await statusOf(r)).toBe('waiting_agent');
  });

  it('asked about right after its return: the refund comes back once the item does', async () => {
    const c = new Chat(t.app, undefined, 'ru');
    await c.says('наушники сломались через неделю, верните деньги');
    await c.says('SM100235');
    const r = await c.says('а деньги когда вернут?').expectFlow('refund_status');
    expect(texts(r).join(' ')).toContain(tr('ru', 'refund.after_return', { id: 'SM100235', total: formatMoney(59.97, 'USD', 'ru'), refund_min: 5, refund_max: 7 }));
  });

  it('named again in the refund question right after its return: when the money comes back, not a second return', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('SM100235 arrived damaged');
    const r = await c.says('when do i get my money back for the broken headphones?').expectFlow('refund_status');
    expect(texts(r)).toEqual([tr('en', 'refund.after_return', { id: 'SM100235', total: formatMoney(59.97, 'USD', 'en'), refund_min: 5, refund_max: 7 })]);
  });

  it('already sent back: says so, and that its refund is on the way', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('i sent back the broken speaker, SM100241, where is my money?').expectFlow('return_request');
    expect(texts(r)).toContain(tr('en', 'returns.not_eligible', { context: 'returned', id: 'SM100241', total: formatMoney(49.99, 'USD', 'en') }));
  });

  it('keeps the label fee for a return that is not for a defect', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('I want to return order SM100240, it does not fit').expectFlow('return_request');
    expect(texts(r).join(' ')).toContain(labelFee('en'));
    expect(texts(r)).toContain(tr('en', 'returns.agent_will_help'));
  });
});

describe('a refund instead of a replacement, or the other way', () => {
  // Each locale: what the shopper says for a refund, then for a replacement, after the return was registered.
  it.each([
    ['en', 'can I get a refund instead?', "on second thought I'd like a new one instead"],
    ['zh-CN', '我不要换了，退款吧', '算了还是换个新的吧'],
    ['ja', 'やっぱり返金にしてください', '返金じゃなくて新品と交換でお願いします'],
    ['ko', '그냥 환불해 주세요', '환불 말고 교환으로 해주세요'],
    ['es', 'mejor devuélvanme el dinero', 'mejor uno nuevo en vez del reembolso'],
    ['fr', 'je préfère un remboursement finalement', 'plutôt un remplacement svp'],
    ['de', 'lieber Geld zurück', 'doch lieber Ersatz statt Erstattung'],
    ['ru', 'лучше верните деньги', 'а можно замену вместо возврата денег?'],
    ['pt', 'prefiro o reembolso', 'melhor trocar por outro novo'],
    ['it', 'preferisco il rimborso', 'meglio una sostituzione invece del rimborso'],
    ['th', 'ขอคืนเงินแทนได้ไหม', 'ขอเปลี่ยนเป็นชิ้นใหม่แทนค่ะ'],
    ['vi', 'cho mình hoàn tiền thay vì đổi nha', 'thôi đổi cái mới cho mình'],
    ['id', 'refund aja deh', 'tukar yang baru aja'],
    ['ar', 'ابي استرداد المبلغ بدل الاستبدال', 'خلوها استبدال بجهاز جديد'],
    ['tr', 'değişim olmasın, paramı iade edin', 'para iadesi olmasın, yenisini gönderin'],
  ])('%s: switches the registered return, while it waits for a colleague', async (locale, refund, replacement) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says('SM100235 arrived broken');
    const toRefund = await c.says(refund).expectFlow('defective_handoff');
    expect(texts(toRefund)).toEqual([
      tr(locale, 'returns.remedy', { context: 'refund', id: 'SM100235', refund_min: 5, refund_max: 7 }),
      tr(locale, 'returns.agent_will_help_defective_refund'),
    ]);
    const toReplacement = await c.says(replacement).expectFlow('defective_handoff');
    expect(texts(toReplacement)).toEqual([
      tr(locale, 'returns.remedy', { context: 'replacement', id: 'SM100235' }),
      tr(locale, 'returns.agent_will_help_defective_replacement'),
    ]);
    expect(await statusOf(toReplacement)).toBe('waiting_agent');
  });

  it('with no defective return to change, "a refund instead" is the return policy', async () => {
    const r = await new Chat(t.app, undefined, 'en').says('can I get a refund instead?');
    expect(texts(r).join(' ')).not.toContain('SM100235');
    expect(texts(r)).not.toContain(tr('en', 'returns.agent_will_help_defective_refund'));
  });
});

describe('a complaint that is not about a defective item', () => {
  it.each([
    ['en', 'the courier was so rude to me'],
    ['en', 'your website is broken, i cannot check out'],
    ['de', 'das geht gar nicht, die lieferung ist viel zu spät'],
  ])('%s "%s" is still apologised for and handed to a person', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('complaint');
    expect(texts(r)).toEqual([tr(locale, 'complaint.sorry'), tr(locale, 'handoff.waiting')]);
  });
});
