/** While a shopper waits for a person: shop questions still answered, a note instead of silence, and a way back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, openTestApp, openTestAppWithBotFile, texts, type TestApp } from '../helpers/chat.js';

let t: TestApp;
const tr = (locale: string, key: string, vars?: Record<string, unknown>) => t.app.i18n.t(locale, key, vars);
const statusOf = async (r: { conversationId?: string }) => (await t.app.store.conversations.get(r.conversationId!))!.status;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('waiting for a person', () => {
  it.each([
    ['en', 'I want to talk to a real person', 'when do I get my refund for SM100240?', 'hello??'],
    ['zh-CN', '转人工', '运费多少钱', '有人吗'],
    ['de', 'ich will mit einem menschen sprechen', 'wie viel kostet der versand?', 'hallo? ist da wer?'],
  ])('%s: answers a shop question, and says once that the team has the request', async (locale, human, question, ping) => {
    const c = new Chat(t.app, undefined, locale);
    const handed = await c.says(human).expectFlow('human_agent');
    expect(await statusOf(handed)).toBe('waiting_agent');
    const answered = await c.says(question);
    expect(answered.status).toBe('answered');
    expect(texts(answered).join(' ')).not.toContain(tr(locale, 'handoff.still_waiting'));
    await c.says(ping).expectReply(tr(locale, 'handoff.still_waiting'));
    await c.says(ping).expectReply(tr(locale, 'handoff.still_waiting')); // every time in the demo (remind_after_minutes: 0)
    // still in the queue: the answers did not hand it over twice or take it back
    expect(await statusOf(answered)).toBe('waiting_agent');
  });

  it.each([
    ['de', 'ich will mit einem menschen sprechen', 'sorry vertippt, SM100242', 'danke'],
    ['fr', 'je veux parler à un humain', 'SM100242', 'merci beaucoup'],
  ])('%s: an order number typed on its own is shown, and thanks are thanked', async (locale, human, order, thanks) => {
    const c = new Chat(t.app, undefined, locale);
    await c.says(human).expectFlow('human_agent');
    const shown = await c.says(order).expectFlow('order_status');
    expect(texts(shown).join(' ')).toContain('SM100242');
    expect(texts(shown).join(' ')).not.toContain(tr(locale, 'handoff.still_waiting'));
    const thanked = await c.says(thanks).expectFlow('thanks');
    expect(texts(thanked).join(' ')).not.toContain(tr(locale, 'handoff.still_waiting'));
    expect(await statusOf(thanked)).toBe('waiting_agent');
  });

  it('a return handed off for its label can still ask about the refund', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('I want to return order SM100240');
    expect(await statusOf(c.last!)).toBe('waiting_agent');
    const r = await c.says('and my refund?');
    expect(r.flow).toBe('refund_status');
    expect(texts(r).join(' ')).toContain('SM100240');
    expect(texts(r).join(' ')).not.toContain(tr('en', 'handoff.still_waiting'));
  });

  it('knows the continue button\'s label typed after other buttons were offered', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('I want to talk to a real person');
    await c.says('hello?');
    await c.says('how much is shipping?'); // offers other buttons
    const back = await c.says(tr('en', 'handoff.continue_button')).expectReply(tr('en', 'handoff.released'));
    expect(await statusOf(back)).toBe('bot');
  });

  it('goes on with the bot when the shopper presses (or types) the button', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('I want to talk to a real person');
    await c.says('hello?').expectReply(tr('en', 'handoff.still_waiting'));
    const back = await c.says(tr('en', 'handoff.continue_button')).expectReply(tr('en', 'handoff.released'));
    expect(await statusOf(back)).toBe('bot');
    await c.says('hi').expectFlow('greeting');
  });

  it('is silent once an agent has taken the conversation', async () => {
    const c = new Chat(t.app, undefined, 'en');
    const r = await c.says('I want to talk to a real person');
    await t.app.store.conversations.setStatus(r.conversationId!, 'with_agent', { agentId: 'ann' });
    const quiet = await c.says('how much is shipping?').expectNoReply();
    expect(quiet.status).toBe('with_agent');
  });

  it('keeps /language and /tz working', async () => {
    const c = new Chat(t.app, undefined, 'en');
    await c.says('I want to talk to a real person');
    await c.says('/tz tokyo').expectFlow('timezone');
  });
});

describe('a shop that reminds less often (handoff.remind_after_minutes: 10)', () => {
  let shop: TestApp;
  beforeAll(async () => {
    shop = await openTestAppWithBotFile((yaml) => {
      expect(yaml).toContain('remind_after_minutes: 0');
      return yaml.replace('remind_after_minutes: 0', 'remind_after_minutes: 10');
    });
  });
  afterAll(() => shop.close());

  it('says once that the team has the request, then lets the shopper write in peace', async () => {
    const c = new Chat(shop.app, undefined, 'en');
    await c.says('I want to talk to a real person');
    await c.says('hello??').expectReply(shop.app.i18n.t('en', 'handoff.still_waiting'));
    await c.says('anyone?').expectNoReply();
  });
});
