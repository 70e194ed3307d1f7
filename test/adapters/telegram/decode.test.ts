import { describe, expect, it } from 'vitest';
import { decodeUpdate, type BotAccount } from '../../../adapters/telegram/decode.js';
import { callback, groupChat, membership, message, privateChat, user } from './updates.js';

const ME: BotAccount = { id: 7_000_000_001, username: 'shopmate_test_bot' };
const BOT = { id: ME.id, is_bot: true, first_name: 'Shopmate', username: ME.username };
const ana = user(11, 'Ana', { last_name: 'Lima', language_code: 'pt-BR' });
const group = groupChat(-100500, 'Shop friends');
let nextId = 1;
const decode = (u: object, extra: { callbackValue?: string } = {}) =>
  decodeUpdate({ update_id: nextId++, ...u }, { botId: 'b', me: ME, ...extra });
const one = (u: object) => {
  const events = decode(u);
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe('decode: who the bot is addressed by in groups', () => {
  it('is addressed in every direct chat', () => {
    expect(one(message(privateChat(ana), ana, 'where is my order')).mentionsBot).toBe(true);
  });

  it('is not addressed by plain group chatter', () => {
    const e = one(message(group, ana, 'where is my order'));
    expect(e).toMatchObject({ kind: 'message', mentionsBot: false, conversation: { id: '-100500', kind: 'group', title: 'Shop friends' } });
  });

  it('is addressed by an @mention, which the shopper text loses', () => {
    const e = one(message(group, ana, '@Shopmate_Test_Bot where is my order?'));
    expect(e).toMatchObject({ mentionsBot: true, content: [{ type: 'text', text: 'where is my order?' }] });
  });

  it('is not addressed by an @mention of someone else', () => {
    expect(one(message(group, ana, '@somebody_else where is my order?')).mentionsBot).toBe(false);
  });

  it('is addressed by a text mention of its account', () => {
    const e = one(message(group, ana, 'Shopmate track it', { entities: [{ type: 'text_mention', offset: 0, length: 8, user: BOT }] }));
    expect(e).toMatchObject({ mentionsBot: true, content: [{ type: 'text', text: 'track it' }] });
  });

  it('is addressed by a reply to one of its messages', () => {
    expect(one(message(group, ana, 'and SM100234?', { reply_to_message: { message_id: 5, date: 0, chat: group, from: BOT } })).mentionsBot).toBe(true);
    expect(one(message(group, ana, 'and SM100234?', { reply_to_message: { message_id: 5, date: 0, chat: group, from: ana } })).mentionsBot).toBe(false);
  });

  it('is addressed by commands, unless they name another bot', () => {
    expect(one(message(group, ana, '/order_status@shopmate_test_bot SM100234'))).toMatchObject({ mentionsBot: true, content: [{ type: 'text', text: 'order status SM100234' }] });
    expect(one(message(group, ana, '/help')).mentionsBot).toBe(true);
    expect(one(message(group, ana, '/help@other_bot')).mentionsBot).toBe(false);
  });

  it('reads a caption mention of a photo', () => {
    const e = one(message(group, ana, '', { text: undefined, entities: undefined, caption: '@shopmate_test_bot is this in stock?', caption_entities: [{ type: 'mention', offset: 0, length: 18 }], photo: [{ file_id: 'small', width: 90, height: 90 }, { file_id: 'big', width: 800, height: 800 }] }));
    expect(e).toMatchObject({ mentionsBot: true, content: [{ type: 'image', src: 'tg-file:big' }, { type: 'text', text: 'is this in stock?' }] });
  });
});

describe('decode: update kinds', () => {
  it('turns /start into the install event that greets, in a direct chat or addressed in a group', () => {
    expect(one(message(privateChat(ana), ana, '/start ref_campaign'))).toMatchObject({ kind: 'install', content: [] });
    expect(one(message(group, ana, '/start@shopmate_test_bot'))).toMatchObject({ kind: 'install' });
  });

  it('keeps the sender, their language and what to reply to', () => {
    const e = one(message(group, ana, 'hi @shopmate_test_bot'));
    expect(e.sender).toEqual({ id: '11', name: 'Ana Lima', locale: 'pt-BR' });
    expect(e.raw).toMatchObject({ hint: { replyToMessageId: (e.raw as { update: { message: { message_id: number } } }).update.message.message_id } });
  });

  it('keeps the forum topic', () => {
    const e = one(message({ ...group, is_forum: true }, ana, 'hi', { is_topic_message: true, message_thread_id: 77 }));
    expect(e.raw).toMatchObject({ hint: { threadId: 77 } });
  });

  it('decodes an edited message', () => {
    const u = message(privateChat(ana), ana, 'where is my order SM100234');
    expect(one({ edited_message: { ...u.message, edit_date: 1 } })).toMatchObject({ kind: 'edit', content: [{ type: 'text', text: 'where is my order SM100234' }] });
  });

  it('decodes a button press, with the value kept aside for a long callback_data', () => {
    expect(one(callback(group, ana, 'intent:order_status'))).toMatchObject({
      kind: 'action', mentionsBot: true, conversation: { id: '-100500', kind: 'group' }, action: { id: 'intent:order_status', value: 'intent:order_status' },
    });
    const [e] = decode(callback(privateChat(ana), ana, '#cb:abc'), { callbackValue: 'a value longer than sixty-four bytes…' });
    expect(e!.action).toEqual({ id: '#cb:abc', value: 'a value longer than sixty-four bytes…' });
  });

  it('decodes members joining and leaving, one event per member, leaving the bot itself to my_chat_member', () => {
    const bob = user(12, 'Bob');
    const joins = decode(message(group, ana, '', { text: undefined, entities: undefined, new_chat_members: [ana, bob, BOT] }));
    expect(joins.map((e) => [e.kind, e.sender.id, e.mentionsBot])).toEqual([['join', '11', false], ['join', '12', false]]);
    expect(new Set(joins.map((e) => e.id)).size).toBe(2);
    expect(one(message(group, bob, '', { text: undefined, entities: undefined, left_chat_member: bob }))).toMatchObject({ kind: 'leave', sender: { id: '12' } });
    expect(decode(message(group, ana, '', { text: undefined, entities: undefined, left_chat_member: BOT }))).toEqual([]);
  });

  it('decodes the bot being added to a group, removed, or blocked; ignores promotions and unblocking', () => {
    expect(one(membership(group, ana, 'left', 'member', BOT))).toMatchObject({ kind: 'install', conversation: { kind: 'group' }, sender: { id: '11' } });
    expect(one(membership(group, ana, 'member', 'kicked', BOT))).toMatchObject({ kind: 'uninstall' });
    expect(one(membership(privateChat(ana), ana, 'member', 'kicked', BOT))).toMatchObject({ kind: 'uninstall', conversation: { kind: 'direct' } });
    expect(decode(membership(group, ana, 'member', 'administrator', BOT))).toEqual([]);
    expect(decode(membership(privateChat(ana), ana, 'kicked', 'member', BOT))).toEqual([]);
  });

  it('decodes media and what Telegram has no element for', () => {
    const dm = privateChat(ana);
    expect(one(message(dm, ana, '', { text: undefined, voice: { file_id: 'v1', mime_type: 'audio/ogg', duration: 2 } })).content).toEqual([{ type: 'audio', src: 'tg-file:v1', mime: 'audio/ogg' }]);
    expect(one(message(dm, ana, '', { text: undefined, animation: { file_id: 'a1' }, document: { file_id: 'a1' } })).content).toEqual([{ type: 'video', src: 'tg-file:a1' }]);
    expect(one(message(dm, ana, '', { text: undefined, sticker: { file_id: 's1', emoji: '👍' } })).content).toEqual([{ type: 'platform', platform: 'telegram', name: 'sticker', data: { file_id: 's1', emoji: '👍' } }]);
    expect(one(message(dm, ana, '', { text: undefined, location: { latitude: 1, longitude: 2 } })).content).toEqual([{ type: 'platform', platform: 'telegram', name: 'location', data: { latitude: 1, longitude: 2 } }]);
  });

  it('ignores service messages and updates shoppers do not produce', () => {
    expect(decode(message(group, ana, '', { text: undefined, pinned_message: { message_id: 1 } }))).toEqual([]);
    expect(decode({ channel_post: { message_id: 1, date: 0, chat: { id: -1, type: 'channel' }, text: 'news' } })).toEqual([]);
    expect(decode({ inline_query: { id: '1', from: ana, query: 'x', offset: '' } })).toEqual([]);
    expect(decode({ callback_query: { id: 'g', from: ana, chat_instance: 'c', game_short_name: 'g' } })).toEqual([]);
  });
});
