import type { Element } from '../../core/model/elements.js';
import type { InboundEvent } from '../../core/model/event.js';
import type { Frame, RobotMessage } from './wire.js';

/** What replies need from the inbound message: the in-band reply URL while it is valid. Travels as `event.raw.hint` → `target.hint`. */
export interface DingHint {
  sessionWebhook?: string;
  /** Epoch ms after which the sessionWebhook no longer works. */
  expiresAt?: number;
  robotCode?: string;
}

/** A button the bot sent, remembered so the text its press posts back is decoded as that button. */
export interface Postback {
  id: string;
  value: string;
}

const MEDIA_SCHEME = 'dingtalk-download:';

/** Inbound media carry a `downloadCode`, not a URL; `adapter.mediaUrl(src)` exchanges it for a short-lived download URL. */
export const mediaSrc = (downloadCode: string): string => `${MEDIA_SCHEME}${encodeURIComponent(downloadCode)}`;

export function downloadCodeOf(src: string): string | undefined {
  return src.startsWith(MEDIA_SCHEME) ? decodeURIComponent(src.slice(MEDIA_SCHEME.length)) : undefined;
}

/** The text a message carries for matching pressed buttons (text messages only). */
export function messageText(msg: RobotMessage): string | undefined {
  return msg.msgtype === 'text' ? msg.text?.content.trim() : undefined;
}

/** Key under which posted-back texts are compared: case, width and spacing do not matter. */
export const postbackKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function content(msg: RobotMessage): Element[] {
  const c = msg.content;
  switch (msg.msgtype) {
    case 'text': {
      const text = msg.text?.content.trim() ?? '';
      return text ? [{ type: 'text', text }] : [];
    }
    case 'picture':
      return c?.downloadCode ? [{ type: 'image', src: mediaSrc(c.downloadCode) }] : [];
    case 'audio': {
      // DingTalk transcribes voice messages: the recognition is what the shopper said.
      const out: Element[] = c?.downloadCode ? [{ type: 'audio', src: mediaSrc(c.downloadCode) }] : [];
      if (c?.recognition?.trim()) out.push({ type: 'text', text: c.recognition.trim() });
      return out;
    }
    case 'video':
      return c?.downloadCode ? [{ type: 'video', src: mediaSrc(c.downloadCode), ...(c.videoType ? { mime: `video/${c.videoType}` } : {}) }] : [];
    case 'file':
      return c?.downloadCode ? [{ type: 'file', src: mediaSrc(c.downloadCode), ...(c.fileName ? { name: c.fileName } : {}) }] : [];
    case 'richText':
      return (c?.richText ?? []).flatMap((part): Element[] => {
        if (part.text?.trim()) return [{ type: 'text', text: part.text.trim() }];
        if (part.type === 'picture' && part.downloadCode) return [{ type: 'image', src: mediaSrc(part.downloadCode) }];
        return [];
      });
    default:
      // `unknownMsgType` and kinds added later: DingTalk's placeholder text is not the shopper's words, so nothing is decoded.
      return [];
  }
}

export interface DecodeOptions {
  /** The frame's `headers.time`, used when the message lacks `createAt`. */
  frameTime?: number;
  /** Set when the text equals a button the bot sent in this conversation: the message is that button's press. */
  postback?: Postback;
  now?: number;
}

/** One robot message (single chat or group @mention) → InboundEvent. `event.id` is DingTalk's `msgId`, the dedupe key. */
export function decodeRobotMessage(botId: string, msg: RobotMessage, options: DecodeOptions = {}): InboundEvent {
  const group = msg.conversationType === '2';
  const hint: DingHint = {
    ...(msg.sessionWebhook ? { sessionWebhook: msg.sessionWebhook } : {}),
    ...(msg.sessionWebhookExpiredTime !== undefined ? { expiresAt: msg.sessionWebhookExpiredTime } : {}),
    ...(msg.robotCode ? { robotCode: msg.robotCode } : {}),
  };
  // The staff id is what the robot APIs address; people outside the organization only have the opaque senderId.
  const senderId = msg.senderStaffId || msg.senderId || 'unknown';
  return {
    id: msg.msgId,
    platform: 'dingtalk',
    botId,
    kind: options.postback ? 'action' : 'message',
    conversation: { id: msg.conversationId, kind: group ? 'group' : 'direct', ...(group && msg.conversationTitle ? { title: msg.conversationTitle } : {}) },
    sender: { id: senderId, ...(msg.senderNick ? { name: msg.senderNick } : {}) },
    content: content(msg),
    mentionsBot: group ? msg.isInAtList === true : true,
    ...(options.postback ? { action: options.postback } : {}),
    timestamp: msg.createAt ?? options.frameTime ?? options.now ?? Date.now(),
    raw: { hint, msgtype: msg.msgtype },
  };
}

/** Group-membership events DingTalk pushes on the EVENT channel, by `eventType`. */
const MEMBERSHIP: Record<string, 'join' | 'leave'> = {
  chat_add_member: 'join',
  chat_remove_member: 'leave',
  chat_quit: 'leave',
};

const str = (x: unknown): string | undefined => (typeof x === 'string' && x ? x : undefined);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : str(x) ? [x as string] : []);

/**
 * An EVENT frame → join/leave events for group-membership changes; every other event type
 * (organization changes such as `user_add_org`, approvals...) is acknowledged and not a turn.
 */
export function decodeEventFrame(botId: string, frame: Frame): InboundEvent[] {
  const { eventType, eventId, messageId } = frame.headers;
  const kind = eventType ? MEMBERSHIP[eventType] : undefined;
  if (!kind) return [];
  const data = JSON.parse(frame.data) as Record<string, unknown>; // malformed data throws: the transport logs and acknowledges it
  // Event payloads use either PascalCase (HTTP-era) or camelCase keys.
  const conversationId = str(data.openConversationId) ?? str(data.OpenConversationId) ?? str(data.chatId) ?? str(data.ChatId);
  if (!conversationId) return [];
  const time = Number(frame.headers.eventBornTime ?? frame.headers.time);
  return [...strings(data.userId), ...strings(data.UserId)].map((userId) => ({
    id: `${eventId ?? messageId ?? conversationId}:${userId}`,
    platform: 'dingtalk',
    botId,
    kind,
    conversation: { id: conversationId, kind: 'group' as const },
    sender: { id: userId },
    content: [],
    mentionsBot: false,
    timestamp: Number.isFinite(time) ? time : Date.now(),
    raw: { eventType },
  }));
}
