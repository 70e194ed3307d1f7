/**
 * "What if it breaks after two months?" is a question for the shop's warranty, not a complaint: it was apologised
 * for and handed to a person ("لو خربت بعد شهرين؟", "如果用了两个月坏了怎么办", "iki ay sonra bozulursa ne olacak?"),
 * or not understood. It gets the defective-item terms and `policies.warranty` in the shopper's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (app: TestApp, locale: string, key: string, vars?: Record<string, unknown>) => app.app.i18n.t(locale, key, vars);
const statusOf = async (app: TestApp, r: { conversationId?: string }) => (await app.app.store.conversations.get(r.conversationId!))!.status;
const months = (locale: string, n: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(n);

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('a question about what happens if the item breaks', () => {
  it.each([
    ['en', 'what happens if it breaks after 3 months?'],
    ['zh-CN', '如果半年后坏了怎么办'],
    ['ja', '半年で壊れたらどうなりますか'],
    ['ko', '석 달 만에 고장나면 어떻게 돼요?'],
    ['es', '¿y si se me rompe a los tres meses?'],
    ['fr', "et s'il tombe en panne après trois mois ?"],
    ['de', 'was passiert, wenn es nach drei monaten kaputt geht?'],
    ['ru', 'а если через три месяца сломается?'],
    ['pt', 'e se quebrar depois de três meses?'],
    ['it', 'e se si rompe dopo tre mesi?'],
    ['th', 'ถ้าใช้ไปสามเดือนแล้วพังทำไงคะ'],
    ['vi', 'nếu dùng 3 tháng bị hỏng thì sao shop'],
    ['id', 'kalau rusak setelah 3 bulan gimana kak?'],
    ['ar', 'لو خربت بعد شهرين؟'],
    ['tr', 'üç ay sonra bozulursa ne olacak?'],
  ])('%s "%s" gets the warranty terms, no apology and no person', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('return_request');
    expect(texts(r)).toEqual([tr(t, locale, 'returns.warranty', { months: 12, return_days: 30 })]);
    expect(texts(r)[0]).toContain(months(locale, 12));
    expect(await statusOf(t, r)).toBe('bot');
  });

  it.each([
    ['en', 'is there a warranty?'],
    ['vi', 'bảo hành bao lâu vậy shop'],
    ['ar', 'كم مدة الضمان؟'],
  ])('%s "%s" with no product named: the shop\'s warranty, not "which product?"', async (locale, text) => {
    const r = await new Chat(t.app, undefined, locale).says(text).expectFlow('return_request');
    expect(texts(r)).toEqual([tr(t, locale, 'returns.warranty', { months: 12, return_days: 30 })]);
  });

  it('does the item break easily? is not a reported defect', async () => {
    const r = await new Chat(t.app, undefined, 'es').says('¿se rompe fácil?');
    expect(texts(r)).not.toContain(tr(t, 'es', 'returns.defective', { refund_min: 5, refund_max: 7 }));
    expect(await statusOf(t, r)).toBe('bot');
  });
});

describe('policies.warranty', () => {
  it('is read from the bot file: 24 months, or none beyond the free return of a defective item', async () => {
    for (const [policy, expected] of [['warranty: { months: 24 }', 24], ['warranty: { months: 0 }', 0]] as const) {
      const app = await openTestAppWithBotFile((y) => y.replace('policies:\n', `policies:\n  ${policy}\n`));
      try {
        const r = await new Chat(app.app, undefined, 'ru').says('а если сломается через полгода?').expectFlow('return_request');
        const context = expected > 0 ? '' : 'none';
        expect(texts(r)).toEqual([tr(app, 'ru', 'returns.warranty', { context, months: expected, return_days: 30 })]);
        if (expected > 0) expect(texts(r)[0]).toContain(months('ru', 24));
      } finally {
        await app.close();
      }
    }
  });
});
