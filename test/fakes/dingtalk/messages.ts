import { randomBytes, randomUUID } from 'node:crypto';

/** A robot message as DingTalk sends it on `/v1.0/im/bot/messages/get` (https://open.dingtalk.com/document/orgapp/receive-message). */
export interface RobotMessage {
  conversationId: string;
  conversationType: '1' | '2';
  conversationTitle?: string;
  msgId: string;
  msgtype: string;
  senderId: string;
  senderStaffId?: string;
  senderNick: string;
  senderCorpId: string;
  chatbotCorpId: string;
  chatbotUserId: string;
  robotCode: string;
  isAdmin: boolean;
  isInAtList?: boolean;
  atUsers?: { dingtalkId: string; staffId?: string }[];
  sessionWebhook: string;
  sessionWebhookExpiredTime: number;
  createAt: number;
  text?: { content: string };
  content?: Record<string, unknown>;
  [extra: string]: unknown;
}

/** What a test says about a message; the fake fills in ids, the session webhook and times. */
export type RobotMessageInput = Partial<Omit<RobotMessage, 'sessionWebhook' | 'sessionWebhookExpiredTime'>> & {
  /** How long the message's sessionWebhook stays valid (default 90 minutes, as DingTalk's). */
  sessionTtlMs?: number;
};

export const CORP_ID = 'dingfakecorp0001';
export const CHATBOT_USER_ID = '$:LWCP_v1:$fakeChatbotUser0001';

/** An opaque DingTalk-style id (`$:LWCP_v1:$…`). */
export const dingtalkId = (): string => `$:LWCP_v1:$${randomBytes(12).toString('base64')}`;
export const messageId = (): string => `msg${randomBytes(12).toString('base64')}`;
export const conversationId = (): string => `cid${randomBytes(12).toString('base64')}`;

/** A single-chat text message from a staff member. */
export function singleText(text: string, from: { staffId: string; nick?: string; conversationId?: string }): RobotMessageInput {
  return {
    conversationType: '1', conversationId: from.conversationId ?? `cid-single-${from.staffId}`,
    senderStaffId: from.staffId, senderId: `$:LWCP_v1:$${from.staffId}`, senderNick: from.nick ?? from.staffId,
    msgtype: 'text', text: { content: text },
  };
}

/** A group text message; `atBot` is what DingTalk sets when the robot was @mentioned (only then does it deliver it). */
export function groupText(text: string, from: { staffId: string; nick?: string }, group: { id: string; title?: string }, atBot = true): RobotMessageInput {
  return {
    conversationType: '2', conversationId: group.id, conversationTitle: group.title ?? 'Customer group',
    senderStaffId: from.staffId, senderId: `$:LWCP_v1:$${from.staffId}`, senderNick: from.nick ?? from.staffId,
    isInAtList: atBot, ...(atBot ? { atUsers: [{ dingtalkId: CHATBOT_USER_ID }] } : {}),
    msgtype: 'text', text: { content: atBot ? ` ${text}` : text },
  };
}

/** Fills a message the way DingTalk would. */
export function completeMessage(input: RobotMessageInput, defaults: { robotCode: string; sessionWebhook: string; now: number }): RobotMessage {
  const { sessionTtlMs = 90 * 60_000, ...rest } = input;
  return {
    conversationId: conversationId(), conversationType: '1', msgId: messageId(), msgtype: 'text',
    senderId: dingtalkId(), senderNick: 'Shopper', senderCorpId: CORP_ID, chatbotCorpId: CORP_ID, chatbotUserId: CHATBOT_USER_ID,
    robotCode: defaults.robotCode, isAdmin: false, createAt: defaults.now,
    ...rest,
    sessionWebhook: defaults.sessionWebhook, sessionWebhookExpiredTime: defaults.now + sessionTtlMs,
  };
}

/** A stream frame id in DingTalk's shape (`212ca9d7_974_1898c159aa6_1783b`). */
export const frameId = (): string => `${randomBytes(4).toString('hex')}_${Math.floor(Math.random() * 1000)}_${Date.now().toString(16)}_${randomBytes(2).toString('hex')}`;
export const opaque = (): string => randomUUID();
