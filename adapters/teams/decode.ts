import type { Element } from '../../core/model/elements.js';
import type { EventKind, InboundEvent, Sender } from '../../core/model/event.js';
import { isPersonal, type TeamsAccount, type TeamsActivity, type TeamsHint } from './activity.js';

/** What one activity becomes: zero or more events (a conversationUpdate may add several members), or why none. */
export interface Decoded {
  events: InboundEvent[];
  /** Set when the activity carries nothing for the pipeline (and why), for the debug log. */
  ignored?: string;
}

const ignore = (reason: string): Decoded => ({ events: [], ignored: reason });

/**
 * Bot Framework activity (as Teams sends it) → InboundEvents.
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events
 */
export function decode(botId: string, activity: TeamsActivity, hint: TeamsHint, now = Date.now()): Decoded {
  if (activity.from.id === activity.recipient.id) return ignore('the bot\'s own activity');
  switch (activity.type) {
    case 'message':
      return decodeMessage(botId, activity, hint, now);
    case 'conversationUpdate':
      return decodeMembers(botId, activity, hint, now);
    case 'invoke':
      return decodeInvoke(botId, activity, hint, now);
    case 'messageReaction':
      return decodeReaction(botId, activity, hint, now);
    case 'messageUpdate':
      return activity.channelData?.eventType === 'editMessage' || !activity.channelData?.eventType
        ? one(base(botId, activity, hint, now, 'edit', `edit:${activity.timestamp ?? now}`, { content: messageContent(activity).content }))
        : ignore(`messageUpdate ${activity.channelData.eventType}`);
    case 'installationUpdate':
      // Teams sends a conversationUpdate adding the bot at the same time; the welcome comes from that one.
      return ignore(`installationUpdate ${activity.action ?? ''} (handled through conversationUpdate)`);
    default:
      return ignore(`activity type ${activity.type}`);
  }
}

const one = (event: InboundEvent): Decoded => ({ events: [event] });

function sender(account: TeamsAccount, activity: TeamsActivity): Sender {
  // The activity's locale and time zone are its sender's, not those of members someone else added.
  const own = account.id === activity.from.id;
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo');
  const locale = own ? (activity.locale ?? clientInfo?.locale ?? undefined) : undefined;
  const timezone = own ? (activity.localTimezone ?? clientInfo?.timezone ?? undefined) : undefined;
  return {
    id: account.id,
    ...(account.name ? { name: account.name } : {}),
    ...(account.role === 'bot' || account.id.startsWith('28:') ? { isBot: true } : {}),
    ...(locale ? { locale } : {}),
    ...(timezone ? { timezone } : {}),
  };
}

/**
 * The fields every event of this activity shares. Teams message ids are unique only within a conversation
 * (they are millisecond timestamps), so the dedupe id is qualified by the conversation and, where one
 * activity yields several events, by what the event is about.
 */
function base(botId: string, activity: TeamsActivity, hint: TeamsHint, now: number, kind: EventKind, qualifier: string | undefined,
  rest: Partial<InboundEvent> = {}): InboundEvent {
  const c = activity.conversation;
  const title = c.name ?? activity.channelData?.team?.name ?? undefined;
  const personal = isPersonal(activity);
  const parsed = activity.timestamp ? Date.parse(activity.timestamp) : NaN;
  return {
    id: [c.id, activity.id ?? `${activity.from.id}@${activity.timestamp ?? now}`, ...(qualifier ? [qualifier] : [])].join('|'),
    platform: 'teams',
    botId,
    kind,
    conversation: { id: c.id, kind: personal ? 'direct' : 'group', ...(title ? { title } : {}) },
    sender: sender(activity.from, activity),
    content: [],
    mentionsBot: personal,
    timestamp: Number.isNaN(parsed) ? now : parsed,
    raw: { activity, hint },
    ...rest,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const decodeEntities = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name] ?? '');

/** Text without the bot's own `<at>` mention; other mentions become their names plus mention elements. */
function messageContent(activity: TeamsActivity): { content: Element[]; mentionsBot: boolean } {
  let text = activity.text ?? '';
  const content: Element[] = [];
  let mentionsBot = false;
  for (const m of activity.entities ?? []) {
    if (m.type !== 'mention' || !m.mentioned) continue;
    const tag = m.text ?? `<at>${m.mentioned.name ?? ''}</at>`;
    if (m.mentioned.id === activity.recipient.id) {
      mentionsBot = true;
      text = text.split(tag).join(' ');
    } else {
      text = text.split(tag).join(m.mentioned.name ?? '');
      content.push({ type: 'mention', userId: m.mentioned.id, ...(m.mentioned.name ? { name: m.mentioned.name } : {}) });
    }
  }
  text = decodeEntities(text.replace(/<\/?at>/g, '')).replace(/[ \t]+/g, ' ').trim();
  if (text) content.unshift({ type: 'text', text });
  for (const a of activity.attachments ?? []) {
    const file = a.content as { downloadUrl?: unknown } | undefined;
    if (a.contentType.startsWith('image/') && a.contentUrl) {
      content.push({ type: 'image', src: a.contentUrl, mime: a.contentType, ...(a.name ? { name: a.name } : {}) });
    } else if (a.contentType === 'application/vnd.microsoft.teams.file.download.info' && typeof file?.downloadUrl === 'string') {
      content.push({ type: 'file', src: file.downloadUrl, ...(a.name ? { name: a.name } : {}) });
    }
  }
  return { content, mentionsBot };
}

/**
 * A pressed button's data. Our own cards put `{ shopmate: { id, value } }` in the data; anything else
 * (cards a seller designed, legacy invoke buttons) maps its id-like field and value as well as it can.
 */
export function cardAction(data: unknown): { id: string; value: string } | undefined {
  if (typeof data === 'string') return data ? { id: 'submit', value: data } : undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const own = record.shopmate as { id?: unknown; value?: unknown } | undefined;
  if (own && typeof own.id === 'string' && typeof own.value === 'string') return { id: own.id, value: own.value };
  const str = (k: string) => (typeof record[k] === 'string' && record[k] ? record[k] : undefined);
  const id = str('actionId') ?? str('id') ?? str('verb') ?? str('action') ?? 'submit';
  const { msteams: _teams, ...rest } = record;
  const value = str('value') ?? (id !== 'submit' && Object.keys(rest).length === 1 ? id : JSON.stringify(rest));
  return { id, value };
}

function decodeMessage(botId: string, activity: TeamsActivity, hint: TeamsHint, now: number): Decoded {
  // Action.Submit (and messageBack) in Teams arrive as a message whose `value` is the card's data.
  const action = activity.value !== undefined && activity.value !== null ? cardAction(activity.value) : undefined;
  if (action) return one(base(botId, activity, hint, now, 'action', undefined, { action, mentionsBot: true }));
  const { content, mentionsBot } = messageContent(activity);
  if (content.length === 0) return ignore('empty message');
  return one(base(botId, activity, hint, now, 'message', undefined, { content, mentionsBot: isPersonal(activity) || mentionsBot }));
}

/** Members added/removed → join/leave; the bot itself added/removed → install/uninstall. */
function decodeMembers(botId: string, activity: TeamsActivity, hint: TeamsHint, now: number): Decoded {
  const events: InboundEvent[] = [];
  const bot = activity.recipient.id;
  for (const [list, kinds] of [[activity.membersAdded, ['install', 'join']], [activity.membersRemoved, ['uninstall', 'leave']]] as const) {
    for (const m of list ?? []) {
      const kind = m.id === bot ? kinds[0] : kinds[1];
      const who = m.id === bot ? activity.from : m;
      events.push(base(botId, activity, hint, now, kind, `${kind}:${m.id}`, { sender: sender(who, activity), mentionsBot: m.id === bot }));
    }
  }
  return events.length ? { events } : ignore(`conversationUpdate ${activity.channelData?.eventType ?? 'without members'}`);
}

function decodeInvoke(botId: string, activity: TeamsActivity, hint: TeamsHint, now: number): Decoded {
  const value = activity.value as { action?: { verb?: unknown; data?: unknown }; data?: unknown } | undefined;
  let action: { id: string; value: string } | undefined;
  switch (activity.name ?? '') {
    case 'adaptiveCard/action': {
      // Action.Execute (Universal Actions): the verb names the action, data carries ours.
      const verb = typeof value?.action?.verb === 'string' ? value.action.verb : undefined;
      action = cardAction(value?.action?.data) ?? (verb ? { id: verb, value: verb } : undefined);
      if (action && verb && action.id === 'submit') action = { ...action, id: verb };
      break;
    }
    case '':
      action = cardAction(activity.value); // a legacy `invoke` card button
      break;
    case 'task/submit':
      action = cardAction(value?.data);
      break;
    default:
      return ignore(`invoke ${activity.name ?? ''} is not supported`);
  }
  return action ? one(base(botId, activity, hint, now, 'action', undefined, { action, mentionsBot: true })) : ignore('invoke without data');
}

function decodeReaction(botId: string, activity: TeamsActivity, hint: TeamsHint, now: number): Decoded {
  const added = (activity.reactionsAdded ?? []).map((r) => r.type);
  const removed = (activity.reactionsRemoved ?? []).map((r) => r.type);
  if (!added.length && !removed.length) return ignore('messageReaction without reactions');
  // The activity id is the reacted-to message's: qualify by who reacted and when, or a second shopper's reaction would be a "duplicate".
  return one(base(botId, activity, hint, now, 'reaction', `reaction:${activity.from.id}:${activity.timestamp ?? now}`, {
    content: [{ type: 'platform', platform: 'teams', name: 'reaction', data: { added, removed, messageId: activity.replyToId ?? activity.id ?? null } }],
  }));
}
