import {
  CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext,
  type Activity, type ConversationReference, type InvokeResponse,
} from 'botbuilder';
import type { SendResult } from '../../core/model/adapter.js';
import { PlatformError } from '../../core/model/errors.js';
import type { BotFrameworkSettings } from './config.js';
import { ConnectorHttpClient, errorCode } from './http-client.js';

/**
 * The audience of tokens for the public cloud's Bot Connector (the SDK's default `ToChannelFromBotOAuthScope`).
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#bot-to-connector
 */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type Logic = (context: TurnContext) => Promise<void>;

/** An inbound request that failed Bot Framework authentication (401, or the status the SDK chose). */
export class TeamsAuthError extends Error {
  override name = 'TeamsAuthError';
  constructor(readonly status: number, options: { cause: unknown }) {
    super('Bot Framework authentication failed', options);
  }
}

/**
 * `processActivity` is how CloudAdapter subclasses feed activities from their own HTTP layer; shopmate
 * reads the request with Hono, so it authenticates first (to tell a bad token from a failed turn) and
 * then runs the turn.
 */
class ShopmateCloudAdapter extends CloudAdapter {
  run(auth: AuthResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

/**
 * Everything shopmate asks of the Bot Framework, through botbuilder (kept inside adapters/teams so a move
 * to the Microsoft 365 Agents SDK touches only this folder).
 */
export class TeamsApi {
  readonly appId: string;
  readonly authEnabled: boolean;
  readonly #auth: ConfigurationBotFrameworkAuthentication;
  readonly #adapter: ShopmateCloudAdapter;

  constructor(settings: BotFrameworkSettings, requestTimeoutMs: number) {
    this.appId = settings.MicrosoftAppId;
    this.authEnabled = settings.MicrosoftAppId !== '';
    const httpClient = new ConnectorHttpClient(requestTimeoutMs);
    this.#auth = new ConfigurationBotFrameworkAuthentication({ ...settings }, undefined, undefined, undefined, { httpClient });
    this.#adapter = new ShopmateCloudAdapter(this.#auth);
  }

  /**
   * Verifies the request's Bot Framework JWT (signature against the published keys, issuer, audience =
   * our app id, `serviceurl` = the activity's) and runs `logic` in a turn. Returns the invoke response, if any.
   * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication#connector-to-bot
   */
  async process(authorization: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    let auth: AuthResult;
    try {
      auth = await this.#auth.authenticateRequest(activity, authorization);
    } catch (err) {
      const status = (err as { statusCode?: unknown }).statusCode;
      throw new TeamsAuthError(typeof status === 'number' && status >= 400 && status < 500 ? status : 401, { cause: err });
    }
    return this.#adapter.run(auth, activity, logic);
  }

  /**
   * Posts one activity into a conversation: as a reply to `replyToId` when given (an answer within the
   * shopper's turn), else as a new message (agents, campaigns, proactive messages).
   * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#send-to-conversation
   * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#reply-to-activity
   */
  async send(reference: ConversationReference, activity: Partial<Activity>, replyToId: string | undefined): Promise<SendResult> {
    let id: string | undefined;
    const method = replyToId ? 'replyToActivity' : 'sendToConversation';
    try {
      await this.#adapter.continueConversationAsync(this.appId, reference, async (context) => {
        // The SDK would reply to its own continuation event's random id; set what we mean instead.
        context.onSendActivities(async (_ctx, activities, next) => {
          for (const a of activities) {
            if (replyToId) a.replyToId = replyToId;
            else delete a.replyToId;
          }
          return next();
        });
        id = (await context.sendActivity(activity))?.id;
      });
    } catch (err) {
      throw toPlatformError(err, method);
    }
    return { ok: true, ...(id ? { messageId: id } : {}) };
  }

  /**
   * Opens a 1:1 chat with a user the bot knows from a group chat or channel, for a proactive message.
   * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-the-conversation
   */
  async createPersonalConversation(known: ConversationReference): Promise<ConversationReference> {
    if (!known.user) throw new TypeError('a reference without a user cannot open a personal chat');
    const tenantId = known.conversation.tenantId;
    let created: ConversationReference | undefined;
    try {
      await this.#adapter.createConversationAsync(this.appId, known.channelId, known.serviceUrl, CONNECTOR_AUDIENCE, {
        isGroup: false,
        bot: known.bot,
        members: [{ id: known.user.id, name: '' }],
        ...(tenantId ? { tenantId } : {}),
        channelData: tenantId ? { tenant: { id: tenantId } } : {},
      }, (context) => {
        created = TurnContext.getConversationReference(context.activity) as ConversationReference;
        return Promise.resolve();
      });
    } catch (err) {
      throw toPlatformError(err, 'createConversation');
    }
    if (!created) throw new PlatformError('createConversation returned no conversation', { platform: 'teams', method: 'createConversation' });
    const { activityId: _event, ...reference } = created;
    return { ...reference, user: { id: known.user.id, name: '' }, conversation: { ...reference.conversation, conversationType: 'personal', isGroup: false, name: '' } };
  }
}

/**
 * Bot Connector failures → PlatformError. 403 means the shopper blocked or removed the bot (or an admin
 * disabled it): never retry. 429 was already turned into a PlatformError by the transport.
 * https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
 */
export function toPlatformError(err: unknown, method: string): PlatformError {
  if (err instanceof PlatformError) return err;
  const e = err as { statusCode?: unknown; code?: unknown; response?: { bodyAsText?: string | null } };
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const code = errorCode(e.response?.bodyAsText ?? undefined) ?? (typeof e.code === 'string' ? e.code : undefined);
  return new PlatformError(`Teams ${method} failed${status ? `: HTTP ${status}` : ''}${code ? ` ${code}` : ''}`, {
    platform: 'teams', method, cause: withoutRequest(err),
    ...(status !== undefined ? { status } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(status === 403 ? { unreachable: true } : {}),
  });
}

/** The SDK's errors carry the request (message text, headers): keep name, message and stack only, so logs stay clean. */
function withoutRequest(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const clean = new Error(err.message);
  clean.name = err.name;
  if (err.stack) clean.stack = err.stack;
  return clean;
}
