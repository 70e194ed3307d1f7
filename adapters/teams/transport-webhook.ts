import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { ActivitySchema, type TeamsActivity } from './activity.js';
import { TeamsAuthError } from './api.js';

/** What the webhook answers with: the invoke response of an `invoke` activity, else nothing (200). */
export interface WebhookReply {
  status: number;
  body?: unknown;
}

export type ActivityHandler = (authorization: string, activity: TeamsActivity) => Promise<WebhookReply | undefined>;

/**
 * `POST <path>`: the Azure Bot's messaging endpoint. The body is one Bot Framework activity; the
 * `Authorization` header carries the Bot Framework JWT that `handle` verifies.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-concepts
 */
export function mountWebhook(http: Hono, path: string, maxBytes: number, log: Logger, handle: ActivityHandler): void {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `activity larger than ${maxBytes} bytes` }, 413),
  });
  http.post(path, limit, async (c: Context) => {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch (err) {
      return c.json({ error: `malformed JSON: ${(err as Error).message}` }, 400);
    }
    const parsed = ActivitySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json({ error: `${issue.path.join('.') || 'activity'}: ${issue.message}` }, 400);
    }
    try {
      const reply = await handle(c.req.header('authorization') ?? '', parsed.data);
      if (!reply) return c.body(null, 200);
      return reply.body === undefined ? c.body(null, reply.status as ContentfulStatusCode) : c.json(reply.body, reply.status as ContentfulStatusCode);
    } catch (err) {
      if (!(err instanceof TeamsAuthError)) throw err;
      // The reason (expired, wrong audience, unknown key...) is in the cause; the caller learns only that it failed.
      log.warn({ err: err.cause, status: err.status }, 'Teams request rejected: authentication failed');
      return c.json({ error: 'unauthorized' }, err.status as ContentfulStatusCode);
    }
  });
}
