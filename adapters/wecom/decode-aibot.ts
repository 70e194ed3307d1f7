/**
 * Intelligent-robot callbacks (the body of an `aibot_msg_callback` / `aibot_event_callback` frame) →
 * InboundEvents. Formats: https://developer.work.weixin.qq.com/document/path/100719 (接收消息),
 * long connection: https://developer.work.weixin.qq.com/document/path/101463.
 * In group chats WeCom only forwards messages that @mention the robot, so they all address it.
 */
import type { Element } from '../../core/model/elements.js';
import type { ConversationRef, EventKind, InboundEvent } from '../../core/model/event.js';
import { decodeButtonKey, PLATFORM, type Decoded } from './decode.js';
import { isRecord, type Fields } from './parse.js';

/** Where replies to an event go: the frame's req_id for in-band replies, the chat for proactive ones. */
export interface AibotHint {
  reqId: string;
  /** `aibot_msg_callback` (streamed reply), `enter_chat` (welcome reply) or another event (proactive send). */
  reply: 'stream' | 'welcome' | 'proactive';
}

export interface AibotRaw {
  aibot: Fields;
  hint: AibotHint;
}

const text = (v: unknown): string => (isRecord(v) && typeof v.content === 'string' ? v.content : '');
const url = (v: unknown): string => (isRecord(v) && typeof v.url === 'string' ? v.url : '');

function content(body: Fields, botName: string | undefined, group: boolean): Element[] {
  const strip = (s: string) => {
    if (!group) return s;
    if (botName && s.trimStart().startsWith(`@${botName}`)) return s.trimStart().slice(botName.length + 1).trimStart();
    return s.replace(/^\s*@\S+\s*/, '');
  };
  switch (body.msgtype) {
    case 'text':
      return [{ type: 'text', text: strip(text(body.text)) }];
    case 'voice': // already transcribed by WeCom
      return [{ type: 'text', text: strip(text(body.voice)) }];
    case 'image':
      return [{ type: 'image', src: url(body.image) }];
    case 'file':
      return [{ type: 'file', src: url(body.file) }];
    case 'video':
      return [{ type: 'video', src: url(body.video) }];
    case 'mixed': {
      const list = isRecord(body.mixed) && Array.isArray(body.mixed.msg_item) ? (body.mixed.msg_item as unknown[]) : [];
      const out: Element[] = [];
      list.filter(isRecord).forEach((item, i) => {
        if (item.msgtype === 'text') out.push({ type: 'text', text: i === 0 ? strip(text(item.text)) : text(item.text) });
        else if (item.msgtype === 'image') out.push({ type: 'image', src: url(item.image) });
      });
      return out;
    }
    default:
      return [];
  }
}

/** Decodes one callback body; `cmd` tells messages from events. */
export function decodeAibot(botId: string, cmd: string | undefined, reqId: string, body: Fields, botName?: string): Decoded {
  const type = typeof body.msgtype === 'string' ? body.msgtype : 'unknown';
  const from = isRecord(body.from) && typeof body.from.userid === 'string' ? body.from.userid : '';
  const msgid = typeof body.msgid === 'string' || typeof body.msgid === 'number' ? String(body.msgid) : '';
  if (!from || !msgid) return { kind: 'ignored', type, reason: 'no msgid or sender', facts: [] };
  const group = body.chattype === 'group' && typeof body.chatid === 'string';
  const conversation: ConversationRef = group ? { id: body.chatid as string, kind: 'group' } : { id: from, kind: 'direct' };
  const created = typeof body.create_time === 'number' ? body.create_time : Number(body.create_time ?? NaN);
  const timestamp = Number.isFinite(created) ? (created < 1e12 ? created * 1000 : created) : Date.now();
  const make = (kind: EventKind, reply: AibotHint['reply'], extra: Partial<InboundEvent> = {}): InboundEvent => {
    const raw: AibotRaw = { aibot: body, hint: { reqId, reply } };
    return { id: msgid, platform: PLATFORM, botId, kind, conversation, sender: { id: from }, content: [], mentionsBot: true, timestamp, raw, ...extra };
  };
  if (cmd !== 'aibot_event_callback') {
    const elements = content(body, botName, group);
    if (!elements.length) return { kind: 'ignored', type, reason: `message type "${type}" is not handled`, facts: [] };
    return { kind: 'events', type, events: [make('message', 'stream', { content: elements })], facts: [] };
  }
  const event = isRecord(body.event) ? body.event : {};
  const eventType = typeof event.eventtype === 'string' ? event.eventtype : 'unknown';
  switch (eventType) {
    case 'enter_chat':
      return { kind: 'events', type: eventType, events: [make('install', 'welcome')], facts: [] };
    case 'template_card_event': {
      const detail = isRecord(event.template_card_event) ? event.template_card_event : event;
      const key = typeof detail.event_key === 'string' ? detail.event_key : '';
      return { kind: 'events', type: eventType, events: [make('action', 'proactive', { action: decodeButtonKey(key) })], facts: [] };
    }
    default:
      return { kind: 'ignored', type: eventType, reason: `event "${eventType}" is not handled`, facts: [] };
  }
}
