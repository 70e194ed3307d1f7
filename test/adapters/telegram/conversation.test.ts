import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { WarpClock } from '../../core/delivery/virtual-clock.js';
import { groupChat, privateChat, user } from './updates.js';
import { keyboard, openTelegramApp, TelegramChat, type TelegramTestApp } from './helpers.js';

let t: TelegramTestApp;
const tr = (key: string, vars?: Record<string, unknown>) => t.app.i18n.t('en', key, vars);
/** The fixed part of a localized reply: the text before its first variable. */
const stem = (key: string) => tr(key).split('{{')[0]!.trim();

beforeAll(async () => {
  // Telegram's 1 message/s per chat, kept in order but not waited for in real time.
  t = await openTelegramApp({ mode: 'webhook', app: { governor: new RateGovernor({ clock: new WarpClock() }) } });
});
afterAll(() => t.close());

describe('telegram: a direct chat', () => {
  it('runs a multi-turn flow with inline buttons', async () => {
    const shopper = user(501, 'Mia', { language_code: 'en' });
    const chat = new TelegramChat(t, privateChat(shopper), shopper);

    const [greeting] = await chat.says('/start').expectReply(tr('smalltalk.greeting', { shop: 'Demo Shop' }));
    expect(keyboard(greeting!).map((b) => b.text)).toContain(tr('menu.track_order'));

    const before = t.fake.callsOf('answerCallbackQuery').length;
    await chat.presses(tr('menu.track_order')).expectReply(tr('order.ask_id'));
    expect(t.fake.callsOf('answerCallbackQuery')).toHaveLength(before + 1);

    await chat.says('SM100234').expectReply(/SF1234567890/);
  });

  it('shows products as cards with buttons, and a pressed card button continues', async () => {
    const shopper = user(502, 'Leo', { language_code: 'en' });
    const chat = new TelegramChat(t, privateChat(shopper), shopper);
    const replies = await chat.says('do you have wireless headphones');
    const cards = replies.filter((r) => keyboard(r).some((b) => b.callback_data?.startsWith('intent:product_question')));
    expect(cards.length).toBeGreaterThan(0);
    const r = await chat.presses(tr('product.button_details'));
    expect(r.length).toBeGreaterThan(0);
  });
});

describe('telegram: the time zone menu', () => {
  it('lets a shopper whose client reports no zone choose one with /timezone, and remembers it', async () => {
    const shopper = user(504, 'Bia', { language_code: 'pt-BR' });
    const chat = new TelegramChat(t, privateChat(shopper), shopper);
    const pt = (key: string) => t.app.i18n.t('pt', key).split('{{')[0]!.trim();
    const replies = await chat.says('/timezone').expectReply(t.app.i18n.t('pt', 'core.timezone_choose'));
    const labels = replies.flatMap(keyboard).map((b) => b.text);
    expect(labels).toContain('Shanghai (UTC+8)'); // the bot's zone, in use until the shopper chooses
    expect(labels.filter((l) => l.includes('(UTC-3)'))).toHaveLength(1); // Brazil's clocks, one button each
    await chat.presses('(UTC-3)').expectReply(pt('core.timezone_changed'));
    await chat.says('/tz são paulo').expectReply(/Sao Paulo \(UTC-3\)/);
    const profile = await t.app.store.profiles.upsertByIdentity({ platform: 'telegram', botId: 'demo-shop', userId: '504' });
    expect(profile).toMatchObject({ timezone: 'America/Sao_Paulo', timezoneSource: 'chosen' });
  });
});

describe('telegram: the language menu', () => {
  it('opens on /language, which Telegram delivers as a command', async () => {
    const shopper = user(505, 'Ana', { language_code: 'es' });
    const chat = new TelegramChat(t, privateChat(shopper), shopper);
    const replies = await chat.says('/language').expectReply(t.app.i18n.t('es', 'core.language_choose'));
    expect(replies.flatMap(keyboard).map((b) => b.text)).toContain('Deutsch');
  });
});

describe('telegram: typing indicator', () => {
  it('shows "typing…" in the chat before answering an addressed message, and not for an unaddressed one', async () => {
    const shopper = user(503, 'Noa', { language_code: 'en' });
    const chat = new TelegramChat(t, privateChat(shopper), shopper);
    const from = t.fake.calls.length;
    await chat.says('hi').expectReply(stem('smalltalk.greeting'));
    const calls = t.fake.calls.slice(from);
    const typing = calls.findIndex((c) => c.method === 'sendChatAction');
    expect(calls[typing]?.params).toMatchObject({ chat_id: '503', action: 'typing' });
    expect(typing).toBeLessThan(calls.findIndex((c) => c.method === 'sendMessage'));

    const group = new TelegramChat(t, groupChat(-1009876, 'Quiet group'), shopper);
    const before = t.fake.callsOf('sendChatAction').length;
    await group.says('just chatting here').expectNoReply();
    expect(t.fake.callsOf('sendChatAction')).toHaveLength(before);
  });
});

describe('telegram: a group', () => {
  it('answers only when addressed: a mention, a reply to the bot, a command for it', async () => {
    const group = groupChat(-1001234, 'Demo Shop fans');
    const ana = user(601, 'Ana', { language_code: 'en' });
    const chat = new TelegramChat(t, group, ana);

    await chat.says('where is my order?').expectNoReply();
    await chat.says('/help@some_other_bot').expectNoReply();

    const [ask] = await chat.says('@shopmate_test_bot where is my order?').expectReply(tr('order.ask_id'));
    // The reply quotes the message it answers, so the group sees who asked.
    expect(ask!.params.reply_parameters).toMatchObject({ message_id: (chat.lastUpdate!.message as { message_id: number }).message_id });

    await chat.says('SM100234', { reply_to_message: { message_id: 1, date: 0, chat: group, from: { id: t.fake.bot.id, is_bot: true, first_name: 'Shopmate' } } })
      .expectReply(/SF1234567890/);

    await chat.says('/start@shopmate_test_bot').expectReply(stem('smalltalk.greeting'));
  });
});
