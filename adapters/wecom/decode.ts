/**
 * Decrypted app callbacks → InboundEvents. Message formats:
 * https://developer.work.weixin.qq.com/document/path/90239 (普通消息),
 * events: https://developer.work.weixin.qq.com/document/path/90240 (事件格式),
 * customer contact and customer group events: https://developer.work.weixin.qq.com/document/path/92130
 * (客户联系 › 事件). Third-party apps get the same bodies with `InfoType`/`TimeStamp`/`AuthCorpId`
 * instead of `MsgType=event`/`Event`/`CreateTime`; both decode alike.
 */
import type { Element } from '../../core/model/elements.js';
import type { EventKind, InboundEvent } from '../../core/model/event.js';
import { items, isRecord, str, type Fields } from './parse.js';
import { customerConversation, customerGroupConversation, type CallbackHint } from './route.js';
import { beijingDay } from './beijing-day.js';

/** What the transport should remember besides the events (for sends that need it later). */
export type Fact =
  | { kind: 'customer'; externalUserId: string; followUser?: string; state: 'added' | 'removed' }
  | { kind: 'customer_group'; chatId: string; state: 'active' | 'dismissed' | 'owner_changed' };

export type Decoded =
  | { kind: 'events'; type: string; events: InboundEvent[]; facts: Fact[] }
  | { kind: 'ignored'; type: string; reason: string; facts: Fact[] };

/** The raw data an event carries: the callback fields and the reply hint the deliver stage hands back. */
export interface CallbackRaw {
  wecom: Fields;
  hint: CallbackHint;
}

export const PLATFORM = 'wecom';

interface Base {
  botId: string;
  fields: Fields;
  createdMs: number;
}

function event(b: Base, e: Omit<InboundEvent, 'platform' | 'botId' | 'timestamp' | 'raw'>, hint: CallbackHint = {}): InboundEvent {
  const raw: CallbackRaw = { wecom: b.fields, hint };
  return { platform: PLATFORM, botId: b.botId, timestamp: b.createdMs, raw, ...e };
}

const ignored = (type: string, reason: string, facts: Fact[] = []): Decoded => ({ kind: 'ignored', type, reason, facts });
const events = (type: string, list: InboundEvent[], facts: Fact[] = []): Decoded => ({ kind: 'events', type, events: list, facts });

/** A button key we put in a template card is `JSON.stringify([id, value])`; anything else is its own value. */
export function decodeButtonKey(key: string): { id: string; value: string } {
  if (key.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(key);
      if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string') return { id: v[0], value: v[1] };
    } catch {
      // not one of ours: a menu or card key set elsewhere is used as it is
    }
  }
  return { id: key, value: key };
}

function messageContent(type: string, f: Fields): Element[] | undefined {
  const media = (id: string | undefined) => `wecom-media:${id ?? ''}`;
  switch (type) {
    case 'text':
      return [{ type: 'text', text: str(f, 'Content') ?? '' }];
    case 'image':
      return [{ type: 'image', src: str(f, 'PicUrl') ?? media(str(f, 'MediaId')) }];
    case 'voice': {
      // With speech recognition on, WeCom sends the transcript: that is what the shopper said.
      const said = str(f, 'Recognition');
      if (said) return [{ type: 'text', text: said }];
      const format = str(f, 'Format');
      return [{ type: 'audio', src: media(str(f, 'MediaId')), ...(format ? { mime: `audio/${format.toLowerCase()}` } : {}) }];
    }
    case 'video':
      return [{ type: 'video', src: media(str(f, 'MediaId')) }];
    case 'file': {
      const name = str(f, 'FileName', 'Title');
      return [{ type: 'file', src: media(str(f, 'MediaId')), ...(name ? { name } : {}) }];
    }
    case 'location':
      return [{
        type: 'platform', platform: PLATFORM, name: 'location',
        data: { latitude: Number(str(f, 'Location_X')), longitude: Number(str(f, 'Location_Y')), scale: Number(str(f, 'Scale') ?? 0), label: str(f, 'Label') ?? '' },
      }];
    case 'link': {
      const title = str(f, 'Title');
      return [{ type: 'link', href: str(f, 'Url') ?? '', ...(title ? { text: title } : {}) }];
    }
    default:
      return undefined;
  }
}

function decodeMessage(b: Base, type: string, from: string): Decoded {
  const content = messageContent(type, b.fields);
  if (!content) return ignored(type, `message type "${type}" is not handled`);
  const id = str(b.fields, 'MsgId', 'MsgID') ?? `${from}:${b.createdMs}:${type}`;
  return events(type, [event(b, { id, kind: 'message', conversation: { id: from, kind: 'direct' }, sender: { id: from }, content, mentionsBot: true })]);
}

/** A member-facing event in the app's direct chat. */
function directEvent(b: Base, from: string, id: string, kind: EventKind, extra: Partial<InboundEvent> = {}): InboundEvent {
  return event(b, { id, kind, conversation: { id: from, kind: 'direct' }, sender: { id: from }, content: [], mentionsBot: true, ...extra });
}

function decodeExternalContact(b: Base): Decoded {
  const f = b.fields;
  const change = str(f, 'ChangeType') ?? '';
  const type = `change_external_contact.${change}`;
  const customer = str(f, 'ExternalUserID');
  const followUser = str(f, 'UserID');
  if (!customer) return ignored(type, 'no ExternalUserID');
  const id = `${type}:${customer}:${followUser ?? ''}:${b.createdMs}`;
  const base = { conversation: { id: customerConversation(customer), kind: 'direct' as const }, sender: { id: customer }, content: [], mentionsBot: true };
  switch (change) {
    case 'add_external_contact':
    case 'add_half_external_contact': {
      const welcomeCode = str(f, 'WelcomeCode');
      return events(type, [event(b, { id, kind: 'install', ...base }, welcomeCode ? { welcomeCode } : {})], [
        { kind: 'customer', externalUserId: customer, state: 'added', ...(followUser ? { followUser } : {}) },
      ]);
    }
    case 'del_external_contact':
    case 'del_follow_user':
      return events(type, [event(b, { id, kind: 'uninstall', ...base })], [
        { kind: 'customer', externalUserId: customer, state: 'removed', ...(followUser ? { followUser } : {}) },
      ]);
    default:
      // edit_external_contact (remark changed), transfer_fail, ...: nothing for a conversation to answer.
      return ignored(type, 'customer record change without a conversation');
  }
}

function decodeExternalChat(b: Base): Decoded {
  const f = b.fields;
  const change = str(f, 'ChangeType') ?? '';
  const detail = str(f, 'UpdateDetail');
  const type = `change_external_chat.${detail ?? change}`;
  const chatId = str(f, 'ChatId');
  if (!chatId) return ignored(type, 'no ChatId');
  const conversation = { id: customerGroupConversation(chatId), kind: 'group' as const };
  const system = { id: 'wecom:system', isBot: true };
  const whole = (kind: EventKind) => event(b, { id: `${type}:${chatId}:${b.createdMs}`, kind, conversation, sender: system, content: [], mentionsBot: false });
  if (change === 'create') return events(type, [whole('install')], [{ kind: 'customer_group', chatId, state: 'active' }]);
  if (change === 'dismiss') return events(type, [whole('uninstall')], [{ kind: 'customer_group', chatId, state: 'dismissed' }]);
  if (change !== 'update') return ignored(type, `customer group change "${change}" is not handled`);
  if (detail === 'add_member' || detail === 'del_member') {
    const kind: EventKind = detail === 'add_member' ? 'join' : 'leave';
    const version = str(f, 'CurMemVer') ?? String(b.createdMs);
    const list = items(f, 'MemChangeList').map((member) =>
      event(b, { id: `${type}:${chatId}:${version}:${member}`, kind, conversation, sender: { id: member }, content: [], mentionsBot: false }));
    return events(type, list, [{ kind: 'customer_group', chatId, state: 'active' }]);
  }
  if (detail === 'change_owner') return ignored(type, 'owner changed', [{ kind: 'customer_group', chatId, state: 'owner_changed' }]);
  return ignored(type, 'group name or notice changed');
}

function decodeEvent(b: Base, name: string, from: string): Decoded {
  const f = b.fields;
  const stamp = `${from}:${b.createdMs}`;
  switch (name) {
    case 'subscribe':
      return events(name, [directEvent(b, from, `${name}:${stamp}`, 'install')]);
    case 'unsubscribe':
      return events(name, [directEvent(b, from, `${name}:${stamp}`, 'uninstall')]);
    case 'enter_agent':
      // Sent on every visit to the app; one greeting a day (the id) is what a shopper expects.
      return events(name, [directEvent(b, from, `${name}:${from}:${beijingDay(b.createdMs)}`, 'install')]);
    case 'click':
    case 'template_card_event': {
      const key = str(f, 'EventKey') ?? '';
      const action = decodeButtonKey(key);
      return events(name, [directEvent(b, from, `${name}:${stamp}:${str(f, 'TaskId') ?? key}`, 'action', { action })]);
    }
    case 'change_external_contact':
      return decodeExternalContact(b);
    case 'change_external_chat':
      return decodeExternalChat(b);
    case 'kf_msg_or_event':
      return ignored(name, 'WeChat customer service (微信客服) messages are fetched with kf/sync_msg, which this adapter does not do');
    default:
      return ignored(name, `event "${name}" is not handled`);
  }
}

/** One decrypted callback → zero or more events (a member-change event lists several members). */
export function decodeCallback(botId: string, fields: Fields): Decoded {
  if (typeof fields.msgtype === 'string' && isRecord(fields.from)) {
    return ignored(fields.msgtype, 'an intelligent-robot callback: configure the robot with mode: aibot');
  }
  const eventName = str(fields, 'Event', 'InfoType');
  const type = str(fields, 'MsgType') ?? (eventName ? 'event' : undefined);
  if (!type) return ignored('unknown', 'no MsgType');
  const seconds = Number(str(fields, 'CreateTime', 'TimeStamp') ?? NaN);
  const b: Base = { botId, fields, createdMs: Number.isFinite(seconds) ? seconds * 1000 : Date.now() };
  const from = str(fields, 'FromUserName') ?? 'sys';
  if (type === 'event') return decodeEvent(b, eventName ?? 'unknown', from);
  return decodeMessage(b, type, from);
}
