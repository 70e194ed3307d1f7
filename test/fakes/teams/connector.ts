import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventEmitter } from 'node:events';

/**
 * A local Bot Connector service: the `/v3/conversations/...` REST API Teams exposes at an activity's
 * `serviceUrl`, where bots send replies and proactive messages. It records what the bot sent and can
 * answer like Teams does when throttling (429 + Retry-After) or when a user blocked the bot (403).
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference
 */

export interface SentActivity {
  /** `sendToConversation`, `replyToActivity`, `updateActivity` or `deleteActivity`. */
  operation: string;
  conversationId: string;
  replyToId?: string;
  /** The id the fake assigned (returned to the bot as the ResourceResponse). */
  id: string;
  activity: OutActivity;
  authorization: string | undefined;
  /** When it arrived, by `FakeBotConnector.now` (a test's virtual clock, if it sets one). */
  at: number;
}

/** The fields of a bot's activity the tests look at. */
export interface OutActivity {
  type: string;
  text?: string;
  textFormat?: string;
  summary?: string;
  replyToId?: string;
  from?: { id: string; name?: string };
  recipient?: { id: string };
  conversation?: { id: string };
  entities?: { type: string; text?: string; mentioned?: { id: string; name?: string } }[];
  attachments?: { contentType: string; content: AdaptiveCardJson }[];
  attachmentLayout?: string;
}

export interface AdaptiveCardJson {
  type: string;
  body?: ({ type: string; text?: string; url?: string } & Record<string, unknown>)[];
  actions?: ({ type: string; title: string; url?: string; data?: Record<string, unknown> })[];
}

export interface CreatedConversation {
  id: string;
  parameters: { isGroup?: boolean; bot?: { id: string }; members?: { id: string }[]; tenantId?: string; channelData?: unknown };
}

type Failure = { status: number; code: string; message: string; retryAfter?: string };

export class FakeBotConnector {
  readonly sent: SentActivity[] = [];
  readonly created: CreatedConversation[] = [];
  /** How many requests were refused (429, 403): what a retrying client sent in vain. */
  refused = 0;
  /** The clock `at` is read from. */
  now: () => number = Date.now;
  readonly #events = new EventEmitter();
  readonly #failures: Failure[] = [];
  readonly #blocked = new Set<string>();
  #next = 1;

  readonly #server: Server = createServer((req, res) => void this.#handle(req, res));
  #serviceUrl = '';

  private constructor() {}

  /** Listens on 127.0.0.1; `serviceUrl` ends with a slash, like Teams' (`https://smba.trafficmanager.net/amer/`). */
  static async start(): Promise<FakeBotConnector> {
    const fake = new FakeBotConnector();
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.#serviceUrl = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}/teams/`;
    return fake;
  }

  /** Where the bot sends: put it in the activities' `serviceUrl`. */
  get serviceUrl(): string {
    return this.#serviceUrl;
  }

  /** The next `times` sends are refused with 429 and this Retry-After (seconds). */
  throttle(times: number, retryAfterSeconds: number): void {
    for (let i = 0; i < times; i++) {
      this.#failures.push({ status: 429, code: 'TooManyRequests', message: 'Too many requests', retryAfter: String(retryAfterSeconds) });
    }
  }

  /** The user of this conversation blocked the bot: sends get 403 ConversationBlockedByUser. */
  block(conversationId: string): void {
    this.#blocked.add(conversationId);
  }

  /** What the bot sent to one conversation, typing indicators left out unless asked for. */
  to(conversationId: string, options: { typing?: boolean } = {}): SentActivity[] {
    return this.sent.filter((s) => s.conversationId === conversationId && (options.typing || s.activity.type !== 'typing'));
  }

  /** Resolves once `count` non-typing activities reached the conversation (for turns that run after the HTTP answer). */
  async waitFor(conversationId: string, count: number, timeoutMs = 10_000): Promise<SentActivity[]> {
    const done = () => this.to(conversationId).length >= count;
    if (done()) return this.to(conversationId);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#events.off('sent', check);
        reject(new Error(`timed out waiting for ${count} activities in ${conversationId} (got ${this.to(conversationId).length})`));
      }, timeoutMs);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        this.#events.off('sent', check);
        resolve();
      };
      this.#events.on('sent', check);
    });
    return this.to(conversationId);
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/^\/teams/, '');
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return reply(400, { error: { code: 'BadSyntax', message: 'Request body is not JSON' } });
    }
    if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) return this.#createConversation(body, reply);
    const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/.exec(path);
    if (!m) return reply(404, { error: { code: 'NotFound', message: `no route ${req.method ?? ''} ${path}` } });
    const conversationId = decodeURIComponent(m[1]!);
    const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
    const failure = this.#blocked.has(conversationId)
      ? { status: 403, code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' }
      : this.#failures.shift();
    if (failure) {
      this.refused++;
      return reply(failure.status, { error: { code: failure.code, message: failure.message } }, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
    }
    if (typeof body.type !== 'string') return reply(400, { error: { code: 'BadArgument', message: 'Activity type is required' } });
    const operation = req.method === 'PUT' ? 'updateActivity' : req.method === 'DELETE' ? 'deleteActivity' : activityId ? 'replyToActivity' : 'sendToConversation';
    const id = `1:${String(this.#next++).padStart(6, '0')}`;
    this.sent.push({
      operation, conversationId, id, activity: body as unknown as OutActivity, authorization: req.headers.authorization, at: this.now(),
      ...(operation === 'replyToActivity' && activityId ? { replyToId: activityId } : {}),
    });
    this.#events.emit('sent');
    return reply(operation === 'deleteActivity' ? 200 : 201, operation === 'deleteActivity' ? undefined : { id });
  }

  #createConversation(body: Record<string, unknown>, reply: (status: number, body?: unknown) => void): void {
    const parameters = body as CreatedConversation['parameters'];
    if (!parameters.bot?.id || !parameters.members?.length) return reply(400, { error: { code: 'BadArgument', message: 'bot and members are required' } });
    const id = `a:fake-personal-${String(this.#next++)}`;
    this.created.push({ id, parameters });
    return reply(201, { id, activityId: '' });
  }
}
