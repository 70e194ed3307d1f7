import type { FakeUpdate } from '../../fakes/telegram/server.js';

/** Builders for Bot API updates shaped as https://core.telegram.org/bots/api#update documents them. */
export interface TgUser { id: number; is_bot: boolean; first_name: string; last_name?: string; username?: string; language_code?: string }
export interface TgChat { id: number; type: 'private' | 'group' | 'supergroup'; title?: string; first_name?: string; is_forum?: boolean }
export interface TgEntity { type: string; offset: number; length: number; user?: TgUser }

let messageId = 1000;
const date = () => Math.floor(Date.now() / 1000);

export const user = (id: number, first_name: string, extra: Partial<TgUser> = {}): TgUser => ({ id, is_bot: false, first_name, ...extra });
export const privateChat = (u: TgUser): TgChat => ({ id: u.id, type: 'private', first_name: u.first_name });
export const groupChat = (id: number, title: string): TgChat => ({ id, type: id < -1e12 ? 'supergroup' : 'group', title });

/** Entities Telegram would attach: every @name and leading /command. */
export function entitiesOf(text: string): TgEntity[] {
  const out: TgEntity[] = [];
  for (const m of text.matchAll(/(^\/\w+(?:@\w+)?)|(@\w{5,32})/g)) {
    out.push({ type: m[1] ? 'bot_command' : 'mention', offset: m.index, length: m[0].length });
  }
  return out;
}

export function message(chat: TgChat, from: TgUser, text: string, extra: Record<string, unknown> = {}): Omit<FakeUpdate, 'update_id'> & { message: Record<string, unknown> } {
  const entities = entitiesOf(text);
  return { message: { message_id: messageId++, date: date(), chat, from, text, ...(entities.length ? { entities } : {}), ...extra } };
}

export function callback(chat: TgChat, from: TgUser, data: string, botMessageId = 1): Omit<FakeUpdate, 'update_id'> {
  return {
    callback_query: {
      id: `cb-${messageId++}`, from, chat_instance: `ci-${chat.id}`, data,
      message: { message_id: botMessageId, date: date(), chat, from: { id: 7_000_000_001, is_bot: true, first_name: 'Shopmate', username: 'shopmate_test_bot' }, text: '…' },
    },
  };
}

export function membership(chat: TgChat, from: TgUser, oldStatus: string, newStatus: string, bot: TgUser): Omit<FakeUpdate, 'update_id'> {
  return { my_chat_member: { chat, from, date: date(), old_chat_member: { user: bot, status: oldStatus }, new_chat_member: { user: bot, status: newStatus } } };
}
