import { randomUUID } from 'node:crypto';
import type { FakeBotConnector, SentActivity } from './connector.js';

/**
 * Teams' side of the conversation: builds activities shaped like the ones Teams posts to a bot's
 * messaging endpoint (see test/fixtures/teams for recorded ones) and posts them, with the fake
 * connector's URL as `serviceUrl` so the bot's answers land there.
 */

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId: string;
}

export interface TeamsBotAccount {
  id: string;
  name: string;
}

export const TENANT = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

/** A user with Teams-shaped ids (`29:` + opaque id, an Entra object id). */
export function teamsUser(name: string): TeamsUser {
  return { id: `29:1${randomUUID().replace(/-/g, '')}${name.replace(/\W/g, '')}`, name, aadObjectId: randomUUID() };
}

/** POSTs one activity to the bot's endpoint, as the Bot Framework Service does (with its JWT when given). */
export async function postActivity(endpoint: string, activity: object, token?: string): Promise<Response> {
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });
}

let clock = Date.parse('2026-03-02T09:00:00.000Z');
const nextTimestamp = () => new Date((clock += 1_000)).toISOString();
const messageId = () => String(Date.parse(nextTimestamp()) + Math.floor(Math.random() * 1000));

export interface Conversation {
  id: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  isGroup?: boolean;
  tenantId: string;
  name?: string;
}

/** Builds activities as Teams sends them. */
export class TeamsActivities {
  constructor(
    readonly serviceUrl: string,
    readonly bot: TeamsBotAccount,
    readonly tenantId = TENANT,
  ) {}

  personal(): Conversation {
    return { id: `a:1${randomUUID().replace(/-/g, '')}`, conversationType: 'personal', tenantId: this.tenantId };
  }

  channel(name = 'General'): Conversation & { channelId: string; teamId: string } {
    const channelId = `19:${randomUUID().replace(/-/g, '')}@thread.tacv2`;
    return { id: channelId, conversationType: 'channel', isGroup: true, tenantId: this.tenantId, name, channelId, teamId: channelId };
  }

  #base(type: string, from: TeamsUser | TeamsBotAccount, conversation: Conversation, id: string): Record<string, unknown> {
    const { channelId: _c, teamId: _t, ...account } = conversation as Conversation & { channelId?: string; teamId?: string };
    const channel = conversation as Partial<{ channelId: string; teamId: string }>;
    return {
      type, id, timestamp: nextTimestamp(), channelId: 'msteams', serviceUrl: this.serviceUrl,
      from, conversation: account, recipient: this.bot, locale: 'en-US',
      entities: [{ locale: 'en-US', country: 'US', platform: 'Web', type: 'clientInfo' }],
      channelData: {
        tenant: { id: this.tenantId },
        ...(channel.channelId ? { teamsChannelId: channel.channelId, teamsTeamId: channel.teamId, channel: { id: channel.channelId }, team: { id: channel.teamId, name: 'Sales' } } : {}),
      },
    };
  }

  /** A message; in a channel, `mention` puts the bot's `<at>` tag in front, as Teams does when a user @mentions it. */
  message(from: TeamsUser, conversation: Conversation, text: string, options: { mention?: boolean } = {}): Record<string, unknown> {
    const id = messageId();
    const base = this.#base('message', from, conversation, id);
    // A new channel post starts a thread: Teams addresses it as `<channel>;messageid=<post id>`.
    const threaded = conversation.conversationType === 'channel' ? { ...(base.conversation as object), id: `${conversation.id};messageid=${id}` } : base.conversation;
    const tag = `<at>${this.bot.name}</at>`;
    return {
      ...base, conversation: threaded,
      text: options.mention ? `${tag} ${text}` : text, textFormat: 'plain',
      attachments: [{ contentType: 'text/html', content: `<p>${options.mention ? `<span itemtype="http://schema.skype.com/Mention" itemscope="" itemid="0">${this.bot.name}</span>&nbsp;` : ''}${text}</p>` }],
      entities: [
        ...(options.mention ? [{ type: 'mention', text: tag, mentioned: { id: this.bot.id, name: this.bot.name } }] : []),
        ...(base.entities as object[]),
      ],
    };
  }

  /**
   * What Teams posts when a user presses an Adaptive Card `Action.Submit` whose data has
   * `msteams: { type: 'messageBack' }`: a message whose text is `msteams.text` and whose value is the
   * rest of the data. https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions#adaptive-cards-actions
   */
  submit(from: TeamsUser, conversation: Conversation, data: Record<string, unknown>, cardMessageId: string): Record<string, unknown> {
    const { msteams, ...rest } = data as { msteams?: { text?: string; value?: unknown } };
    const extra = typeof msteams?.value === 'string' ? (JSON.parse(msteams.value) as object) : (msteams?.value as object | undefined);
    return {
      ...this.#base('message', from, conversation, messageId()),
      ...(msteams?.text ? { text: msteams.text } : {}),
      value: { ...rest, ...extra }, replyToId: cardMessageId,
    };
  }

  /** `Action.Execute` (Universal Actions): an `adaptiveCard/action` invoke. */
  execute(from: TeamsUser, conversation: Conversation, verb: string, data: Record<string, unknown>, cardMessageId: string): Record<string, unknown> {
    return {
      ...this.#base('invoke', from, conversation, `f:${randomUUID()}`),
      name: 'adaptiveCard/action', replyToId: cardMessageId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
  }

  /** The bot was installed (added) in a conversation. `from` is who installed it. */
  botAdded(from: TeamsUser, conversation: Conversation): Record<string, unknown> {
    const base = this.#base('conversationUpdate', from, conversation, `f:${randomUUID()}`);
    return { ...base, membersAdded: [{ id: this.bot.id }], channelData: { ...(base.channelData as object), eventType: conversation.conversationType === 'personal' ? undefined : 'teamMemberAdded' } };
  }

  membersRemoved(from: TeamsUser, conversation: Conversation, removed: TeamsUser[]): Record<string, unknown> {
    const base = this.#base('conversationUpdate', from, conversation, `f:${randomUUID()}`);
    return { ...base, membersRemoved: removed.map((u) => ({ id: u.id, aadObjectId: u.aadObjectId })), channelData: { ...(base.channelData as object), eventType: 'teamMemberRemoved' } };
  }
}

/** The Action.Submit buttons of the Adaptive Cards in what the bot sent. */
export function cardButtons(sent: SentActivity[]): { title: string; data: Record<string, unknown>; messageId: string }[] {
  return sent.flatMap((s) => (s.activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .flatMap((a) => a.content.actions ?? [])
    .filter((a) => a.type === 'Action.Submit')
    .map((a) => ({ title: a.title, data: a.data ?? {}, messageId: s.id })));
}

/** Everything readable the bot sent: message text and the text of card TextBlocks. */
export function textOf(sent: SentActivity[]): string {
  return sent.flatMap((s) => [
    s.activity.text ?? '',
    ...(s.activity.attachments ?? []).flatMap((a) => (a.content.body ?? []).filter((b) => b.type === 'TextBlock').map((b) => b.text ?? '')),
  ]).filter(Boolean).join('\n');
}

/** A chat with the bot from one user's seat, reading like one. */
export class TeamsChat {
  #seen = 0;

  constructor(
    readonly endpoint: string,
    readonly connector: FakeBotConnector,
    readonly build: TeamsActivities,
    readonly user: TeamsUser,
    readonly conversation: Conversation,
    readonly token?: () => string,
  ) {}

  /** Posts an activity; resolves with the HTTP response once the bot answered the request. */
  async post(activity: Record<string, unknown>): Promise<Response> {
    return postActivity(this.endpoint, activity, this.token?.());
  }

  /** What the bot sent to this conversation since the last call. */
  newReplies(conversationId = this.conversation.id): SentActivity[] {
    const all = this.connector.to(conversationId);
    const fresh = all.slice(this.#seen);
    this.#seen = all.length;
    return fresh;
  }

  async says(text: string, options: { mention?: boolean } = {}): Promise<SentActivity[]> {
    const res = await this.post(this.build.message(this.user, this.conversation, text, options));
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${await res.text()}`);
    return this.newReplies();
  }

  /** Presses an Action.Submit button of the bot's cards in this conversation, by (part of) its title. */
  async presses(title: string | RegExp): Promise<SentActivity[]> {
    const buttons = cardButtons(this.connector.to(this.conversation.id));
    const button = buttons.reverse().find((b) => (typeof title === 'string' ? b.title.includes(title) : title.test(b.title)));
    if (!button) throw new Error(`no button ${String(title)} in: ${buttons.map((b) => b.title).join(' | ')}`);
    const res = await this.post(this.build.submit(this.user, this.conversation, button.data, button.messageId));
    if (res.status !== 200) throw new Error(`bot answered ${res.status}: ${await res.text()}`);
    return this.newReplies();
  }
}
