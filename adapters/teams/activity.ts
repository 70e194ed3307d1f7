import { z } from 'zod';
import type { ConversationReference } from 'botbuilder';

/**
 * The inbound Bot Framework activity, validated at the edge. Only the fields shopmate reads are
 * checked; everything else passes through untouched (Teams adds fields over time).
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
 */
const Account = z.looseObject({
  id: z.string().min(1).max(1_024),
  name: z.string().max(1_024).nullish(),
  aadObjectId: z.string().max(128).nullish(),
  role: z.string().max(32).nullish(),
});

const Conversation = z.looseObject({
  id: z.string().min(1).max(2_048),
  name: z.string().max(1_024).nullish(),
  conversationType: z.string().max(32).nullish(),
  isGroup: z.boolean().nullish(),
  tenantId: z.string().max(128).nullish(),
});

const Entity = z.looseObject({
  type: z.string(),
  text: z.string().nullish(),
  mentioned: Account.nullish(),
  locale: z.string().max(32).nullish(),
  /** clientInfo: the user's IANA time zone. */
  timezone: z.string().max(64).nullish(),
});

const Attachment = z.looseObject({
  contentType: z.string().max(256),
  contentUrl: z.string().max(4_096).nullish(),
  content: z.unknown().optional(),
  name: z.string().max(1_024).nullish(),
});

export const ActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1_024).nullish(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  timestamp: z.string().max(64).nullish(),
  locale: z.string().max(32).nullish(),
  /** The sender's IANA time zone (e.g. America/Los_Angeles). */
  localTimezone: z.string().max(64).nullish(),
  from: Account,
  recipient: Account,
  conversation: Conversation,
  text: z.string().max(100_000).nullish(),
  textFormat: z.string().max(16).nullish(),
  value: z.unknown().optional(),
  name: z.string().max(256).nullish(),
  action: z.string().max(64).nullish(),
  replyToId: z.string().max(1_024).nullish(),
  membersAdded: z.array(Account).max(1_000).nullish(),
  membersRemoved: z.array(Account).max(1_000).nullish(),
  reactionsAdded: z.array(z.looseObject({ type: z.string().max(64) })).max(100).nullish(),
  reactionsRemoved: z.array(z.looseObject({ type: z.string().max(64) })).max(100).nullish(),
  entities: z.array(Entity).max(500).nullish(),
  attachments: z.array(Attachment).max(100).nullish(),
  channelData: z.looseObject({
    eventType: z.string().max(64).nullish(),
    team: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
    channel: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
    tenant: z.looseObject({ id: z.string().nullish() }).nullish(),
  }).nullish(),
});

export type TeamsActivity = z.infer<typeof ActivitySchema>;
export type TeamsAccount = z.infer<typeof Account>;

/**
 * What `send` needs to answer in a conversation: the reference, and (for in-turn replies) the
 * activity to reply to. Carried in `event.raw.hint` → `target.hint`.
 */
export interface TeamsHint {
  reference: ConversationReference;
  replyToId?: string;
}

export function isHint(x: unknown): x is TeamsHint {
  return typeof x === 'object' && x !== null && 'reference' in x && typeof (x as TeamsHint).reference === 'object';
}

/** A personal (1:1) chat; older payloads and other Bot Framework channels only say `isGroup`. */
export function isPersonal(activity: TeamsActivity): boolean {
  const type = activity.conversation.conversationType;
  return type ? type === 'personal' : !activity.conversation.isGroup;
}

/**
 * The conversation reference of an inbound activity (what botbuilder's `TurnContext.getConversationReference`
 * returns), trimmed to what proactive sends need: no display names, so the store keeps no personal data it does not need.
 */
export function referenceOf(activity: TeamsActivity): ConversationReference {
  const { conversation: c, from, recipient } = activity;
  const tenantId = c.tenantId ?? activity.channelData?.tenant?.id;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    ...(activity.locale ? { locale: activity.locale } : {}),
    ...(activity.id ? { activityId: activity.id } : {}),
    bot: { id: recipient.id, name: recipient.name ?? '' },
    user: { id: from.id, name: '', ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) },
    conversation: {
      id: c.id, name: '', isGroup: !isPersonal(activity), conversationType: c.conversationType ?? '',
      ...(tenantId ? { tenantId } : {}),
    },
  };
}
