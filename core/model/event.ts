import type { Element } from './elements.js';

/** A channel name: the folder name under adapters/ (`webchat`, `telegram`, `wecom`, ...). */
export type Platform = string;

export type EventKind = 'message' | 'join' | 'leave' | 'action' | 'edit' | 'reaction' | 'install' | 'uninstall' | 'start';

export interface ConversationRef {
  id: string;
  kind: 'direct' | 'group';
  title?: string;
}

export interface Sender {
  id: string;
  name?: string;
  isBot?: boolean;
  /** The platform's locale hint (e.g. Telegram `language_code`, Teams `locale`). */
  locale?: string;
  /** The client's IANA time zone when the platform reports it (Teams `localTimezone`, the web chat's browser). */
  timezone?: string;
}

/** One inbound event from any channel, after verification and decoding. */
export interface InboundEvent {
  /** The platform's message/update id: the dedupe key together with platform and bot. */
  id: string;
  platform: Platform;
  botId: string;
  kind: EventKind;
  conversation: ConversationRef;
  sender: Sender;
  content: Element[];
  /** True in direct chats, and in groups when the bot is @mentioned, replied to or commanded. */
  mentionsBot: boolean;
  /** For `kind: 'action'`: the pressed button's value. */
  action?: { id: string; value: string };
  /** Explicit locale the shopper chose (web chat `locale`, a language menu). */
  chosenLocale?: string;
  timestamp: number;
  raw: unknown;
}

/** Where a reply goes. `replyTo` lets transports that answer in-band (web chat, session webhooks) find the turn. */
export interface Target {
  platform: Platform;
  botId: string;
  conversation: ConversationRef;
  userId?: string;
  replyTo?: string;
  /** The language the replies of a turn are written in (what the shopper chose, or writes), e.g. for a page to follow. */
  locale?: string;
  /** Transport details the adapter kept from the inbound event (e.g. DingTalk sessionWebhook). */
  hint?: unknown;
}
