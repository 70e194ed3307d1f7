import { randomUUID } from 'node:crypto';
import type { InboundEvent } from '../../core/model/event.js';
import type { MessageBody } from './config.js';

/** The web chat's own JSON → InboundEvent. Every web shopper has one direct conversation per bot. */
export function decode(botId: string, body: MessageBody, locale: string | undefined): InboundEvent {
  return {
    id: body.messageId ?? randomUUID(),
    platform: 'webchat',
    botId,
    kind: body.action ? 'action' : 'message',
    conversation: { id: `web:${body.userId}`, kind: 'direct' },
    sender: { id: body.userId, ...(body.name ? { name: body.name } : {}), ...(body.timezone ? { timezone: body.timezone } : {}) },
    content: body.text ? [{ type: 'text', text: body.text }] : [],
    mentionsBot: true,
    ...(body.action ? { action: body.action } : {}),
    ...(locale ? { chosenLocale: locale } : {}),
    timestamp: Date.now(),
    raw: body,
  };
}
