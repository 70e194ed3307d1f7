import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { TelegramApi } from './api.js';
import type { TelegramConfig } from './config.js';
import type { WireUpdate } from './decode.js';

export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** The part of an Update the transport checks; decode.ts reads the rest. */
const UpdateEnvelope = z.looseObject({ update_id: z.number().int().nonnegative() });

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
/** Constant-time, whatever the lengths. */
const sameSecret = (given: string | undefined, secret: string): boolean => given !== undefined && timingSafeEqual(digest(given), digest(secret));

export interface WebhookOptions {
  path: string;
  secret: string;
  /** What setWebhook registers; undefined when the webhook is registered by other means. */
  url: string | undefined;
}

/**
 * Webhook mode (https://core.telegram.org/bots/api#setwebhook). `POST <path>` checks the secret
 * header (401 when missing or wrong), the body size (413) and shape (400), hands the update on and
 * answers 200 at once, while the turn runs: Telegram redelivers updates it did not get an answer
 * for in time, and the adapter drops those it has seen.
 */
export class WebhookTransport {
  constructor(
    readonly api: TelegramApi,
    readonly config: TelegramConfig,
    readonly options: WebhookOptions,
    readonly log: Logger,
  ) {}

  mount(http: Hono, accept: (update: WireUpdate) => boolean): void {
    const { secret, path } = this.options;
    const limit = bodyLimit({
      maxSize: this.config.max_body_bytes,
      onError: (c) => c.json({ error: `request body larger than ${this.config.max_body_bytes} bytes` }, 413),
    });
    http.post(path, async (c, next) => {
      if (!sameSecret(c.req.header(SECRET_HEADER), secret)) {
        this.log.warn('telegram webhook with a missing or wrong secret token');
        return c.json({ error: 'missing or wrong secret token' }, 401);
      }
      await next();
    }, limit, async (c) => {
      let json: unknown;
      try {
        json = JSON.parse(await c.req.text());
      } catch (err) {
        return c.json({ error: `malformed JSON: ${(err as Error).message}` }, 400);
      }
      const parsed = UpdateEnvelope.safeParse(json);
      if (!parsed.success) return c.json({ error: 'not a Telegram update: update_id is required' }, 400);
      if (!accept(parsed.data)) return c.json({ error: 'telegram channel not started' }, 503);
      return c.json({ ok: true });
    });
  }

  async start(): Promise<void> {
    const { url, secret } = this.options;
    if (!url) return;
    await this.api.setWebhook({
      url, secret_token: secret, allowed_updates: this.config.allowed_updates,
      max_connections: this.config.max_connections, drop_pending_updates: this.config.drop_pending_updates,
    });
    this.log.info({ url }, 'telegram webhook registered');
  }

  /** The webhook stays registered: other replicas keep receiving, and Telegram queues updates meanwhile. */
  stop(): Promise<void> {
    return Promise.resolve();
  }

  health(): { ok: boolean; detail: string } {
    return { ok: true, detail: 'webhook' };
  }
}
