import type { Element } from '../../core/model/elements.js';
import type { ConversationRef, EventKind, InboundEvent, Sender } from '../../core/model/event.js';

/** The bot's own account, from getMe: needed to tell whether a group message addresses it. */
export interface BotAccount {
  id: number;
  username: string;
}

/** Transport details kept from the inbound update for the reply (`Target.hint`). */
export interface TelegramHint {
  /** In groups the reply quotes this message, so the shopper sees what was answered. */
  replyToMessageId?: number;
  /** The forum topic the conversation happens in. */
  threadId?: number;
}

/** Inbound media are referenced by file_id (a download URL would carry the bot token). */
export const FILE_SCHEME = 'tg-file:';

// The fields we read, as the Bot API sends them. Optional where real payloads omit them: the 2015
// samples of the official guide have no `is_bot`, inline-message callbacks have no `message`.
interface WireUser { id: number; is_bot?: boolean; first_name?: string; last_name?: string; username?: string; language_code?: string }
interface WireChat { id: number; type: string; title?: string; username?: string; first_name?: string; last_name?: string }
interface WireEntity { type: string; offset: number; length: number; user?: WireUser }
interface WireFile { file_id: string; file_name?: string; mime_type?: string }
interface WireMessage {
  message_id: number;
  date: number;
  chat: WireChat;
  from?: WireUser;
  sender_chat?: WireChat;
  message_thread_id?: number;
  is_topic_message?: boolean;
  text?: string;
  entities?: WireEntity[];
  caption?: string;
  caption_entities?: WireEntity[];
  photo?: WireFile[];
  document?: WireFile;
  animation?: WireFile;
  video?: WireFile;
  video_note?: WireFile;
  audio?: WireFile;
  voice?: WireFile;
  sticker?: WireFile & { emoji?: string };
  location?: unknown;
  venue?: unknown;
  contact?: unknown;
  poll?: unknown;
  dice?: unknown;
  reply_to_message?: { from?: WireUser };
  new_chat_members?: WireUser[];
  left_chat_member?: WireUser;
}
interface WireMemberUpdate { chat: WireChat; from: WireUser; date: number; old_chat_member: { status: string }; new_chat_member: { status: string } }
interface WireCallbackQuery {
  id: string;
  from: WireUser;
  data?: string;
  message?: { message_id: number; date?: number; chat: WireChat; message_thread_id?: number; is_topic_message?: boolean };
  inline_message_id?: string;
}
/** An Update (https://core.telegram.org/bots/api#update), as far as shoppers produce it. */
export interface WireUpdate {
  update_id: number;
  message?: WireMessage;
  edited_message?: WireMessage;
  callback_query?: WireCallbackQuery;
  my_chat_member?: WireMemberUpdate;
}

export interface DecodeContext {
  botId: string;
  me: BotAccount;
  /** The full value behind a stored callback_data (see callback-data.ts), when there is one. */
  callbackValue?: string;
  now?: () => number;
}

const SIDE_CONTENT = ['location', 'venue', 'contact', 'poll', 'dice'] as const;
const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);

/**
 * One update → the events it means for the pipeline (most updates mean one; a service message adding
 * three members means three joins; an update kind shoppers do not produce means none).
 * Pure: tested against real payloads in test/fixtures/telegram.
 */
export function decodeUpdate(update: WireUpdate, ctx: DecodeContext): InboundEvent[] {
  if (update.message) return decodeMessage(update.message, update, ctx, 'message');
  if (update.edited_message) return decodeMessage(update.edited_message, update, ctx, 'edit');
  if (update.callback_query) return decodeCallback(update.callback_query, update, ctx);
  if (update.my_chat_member) return decodeMembership(update.my_chat_member, update, ctx);
  return [];
}

function event(update: WireUpdate, ctx: DecodeContext, fields: Omit<InboundEvent, 'id' | 'platform' | 'botId' | 'raw'> & { hint?: TelegramHint; suffix?: string }): InboundEvent {
  const { hint, suffix, ...rest } = fields;
  return {
    id: suffix ? `${update.update_id}:${suffix}` : String(update.update_id),
    platform: 'telegram',
    botId: ctx.botId,
    ...rest,
    raw: { update, hint: hint ?? {} },
  };
}

export function decodeMessage(msg: WireMessage, update: WireUpdate, ctx: DecodeContext, kind: 'message' | 'edit'): InboundEvent[] {
  const conversation = conversationOf(msg.chat);
  const timestamp = msg.date * 1000;
  const members = (msg.new_chat_members ?? []).filter((m) => m.id !== ctx.me.id);
  if (msg.new_chat_members) {
    // The bot's own arrival comes as my_chat_member too: that one is the install.
    return members.map((m) => event(update, ctx, {
      kind: 'join', conversation, sender: senderOf(m), content: [], mentionsBot: false, timestamp,
      ...(members.length > 1 ? { suffix: String(m.id) } : {}),
    }));
  }
  if (msg.left_chat_member) {
    if (msg.left_chat_member.id === ctx.me.id) return [];
    return [event(update, ctx, { kind: 'leave', conversation, sender: senderOf(msg.left_chat_member), content: [], mentionsBot: false, timestamp })];
  }
  const content = contentOf(msg, ctx.me);
  if (content.length === 0 && msg.text === undefined) return []; // a service message (pin, title change...)
  const mentionsBot = addressesBot(msg, ctx.me);
  const started = kind === 'message' && mentionsBot && /^\/start(?:@\w+)?(?:\s|$)/i.test(msg.text ?? '');
  const hint: TelegramHint = {
    ...(conversation.kind === 'group' ? { replyToMessageId: msg.message_id } : {}),
    ...(msg.is_topic_message && msg.message_thread_id !== undefined ? { threadId: msg.message_thread_id } : {}),
  };
  const eventKind: EventKind = started ? 'install' : kind;
  return [event(update, ctx, {
    kind: eventKind, conversation, sender: senderOf(msg.from, msg.sender_chat ?? msg.chat),
    content: started ? [] : content, mentionsBot, timestamp, hint,
  })];
}

function decodeCallback(q: WireCallbackQuery, update: WireUpdate, ctx: DecodeContext): InboundEvent[] {
  if (q.data === undefined) return []; // a game button: nothing for the pipeline
  const chat = q.message?.chat;
  const conversation: ConversationRef = chat ? conversationOf(chat) : { id: String(q.from.id), kind: 'direct' };
  const m = q.message;
  const hint: TelegramHint = m?.is_topic_message && m.message_thread_id !== undefined ? { threadId: m.message_thread_id } : {};
  return [event(update, ctx, {
    kind: 'action', conversation, sender: senderOf(q.from), content: [], mentionsBot: true,
    action: { id: q.data, value: ctx.callbackValue ?? q.data },
    timestamp: (ctx.now ?? Date.now)(), hint,
  })];
}

function decodeMembership(u: WireMemberUpdate, update: WireUpdate, ctx: DecodeContext): InboundEvent[] {
  const was = PRESENT.has(u.old_chat_member.status);
  const is = PRESENT.has(u.new_chat_member.status);
  if (was === is) return []; // promoted, restricted: still there
  // A shopper unblocking the bot in a direct chat also sends /start, which is the greeting.
  if (is && u.chat.type === 'private') return [];
  return [event(update, ctx, {
    kind: is ? 'install' : 'uninstall', conversation: conversationOf(u.chat), sender: senderOf(u.from),
    content: [], mentionsBot: true, timestamp: u.date * 1000,
  })];
}

function conversationOf(chat: WireChat): ConversationRef {
  return { id: String(chat.id), kind: chat.type === 'private' ? 'direct' : 'group', ...(chat.title ? { title: chat.title } : {}) };
}

function senderOf(user: WireUser | undefined, fallback?: WireChat): Sender {
  if (!user) return { id: String(fallback?.id ?? 0), ...(fallback?.title ? { name: fallback.title } : {}) };
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username;
  return {
    id: String(user.id),
    ...(name ? { name } : {}),
    ...(user.is_bot ? { isBot: true } : {}),
    ...(user.language_code ? { locale: user.language_code } : {}),
  };
}

/** Direct chats always; in groups an @mention, a text mention, a reply to the bot, or a command not addressed to another bot. */
export function addressesBot(msg: WireMessage, me: BotAccount): boolean {
  if (msg.chat.type === 'private') return true;
  if (msg.reply_to_message?.from?.id === me.id) return true;
  const text = msg.text ?? msg.caption ?? '';
  return (msg.entities ?? msg.caption_entities ?? []).some((e) => isBotEntity(e, text, me));
}

function isBotEntity(e: WireEntity, text: string, me: BotAccount): boolean {
  const s = text.slice(e.offset, e.offset + e.length);
  switch (e.type) {
    case 'mention':
      return s.toLowerCase() === `@${me.username.toLowerCase()}`;
    case 'text_mention':
      return e.user?.id === me.id;
    case 'bot_command': {
      const at = s.indexOf('@');
      return at < 0 || s.slice(at + 1).toLowerCase() === me.username.toLowerCase();
    }
    default:
      return false;
  }
}

/**
 * The shopper's words without what only addressed the bot: its @mention goes, and a command reads
 * as words (`/order_status@shop_bot SM1` → `order status SM1`), which the NLU understands.
 */
export function shopperText(text: string, entities: readonly WireEntity[], me: BotAccount): string {
  let out = text;
  for (const e of [...entities].sort((a, b) => b.offset - a.offset)) {
    const s = out.slice(e.offset, e.offset + e.length);
    let replacement: string | undefined;
    if (e.type === 'bot_command') replacement = s.replace(/@\w+$/, '').slice(1).replace(/_/g, ' ');
    else if (isBotEntity(e, text, me)) replacement = '';
    if (replacement !== undefined) out = out.slice(0, e.offset) + replacement + out.slice(e.offset + e.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function contentOf(msg: WireMessage, me: BotAccount): Element[] {
  const out: Element[] = [];
  const media = (type: 'image' | 'audio' | 'video' | 'file', f: WireFile): Element => ({
    type, src: FILE_SCHEME + f.file_id, ...(f.mime_type ? { mime: f.mime_type } : {}), ...(f.file_name ? { name: f.file_name } : {}),
  });
  const photo = msg.photo?.at(-1); // sizes come smallest first
  if (photo) out.push(media('image', photo));
  const video = msg.animation ?? msg.video ?? msg.video_note; // an animation also carries `document`
  if (video) out.push(media('video', video));
  else if (msg.document) out.push(media('file', msg.document));
  const audio = msg.audio ?? msg.voice;
  if (audio) out.push(media('audio', audio));
  if (msg.sticker) out.push({ type: 'platform', platform: 'telegram', name: 'sticker', data: { file_id: msg.sticker.file_id, emoji: msg.sticker.emoji } });
  for (const key of SIDE_CONTENT) if (msg[key] !== undefined) out.push({ type: 'platform', platform: 'telegram', name: key, data: msg[key] });
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const raw = msg.text ?? msg.caption;
  const text = raw === undefined ? '' : shopperText(raw, entities, me);
  if (text) out.push({ type: 'text', text });
  for (const e of entities) {
    if (e.type === 'text_mention' && e.user && e.user.id !== me.id) {
      const name = [e.user.first_name, e.user.last_name].filter(Boolean).join(' ');
      out.push({ type: 'mention', userId: String(e.user.id), ...(name ? { name } : {}) });
    }
  }
  return out;
}
