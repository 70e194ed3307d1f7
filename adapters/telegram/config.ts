import { z } from 'zod';

const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected an environment variable name like TELEGRAM_BOT_TOKEN');

/** The update kinds the adapter decodes; asked for explicitly because `chat_member` and others are opt-in. */
export const DEFAULT_ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** `channels.telegram` in a bot's YAML. Secrets are never here: `*_env` name environment variables. */
export const TelegramConfigSchema = z.strictObject({
  /** Holds the token BotFather gave (`123456:ABC-...`). */
  token_env: envName.default('TELEGRAM_BOT_TOKEN'),
  /** `polling` (getUpdates; nothing public needed) or `webhook` (Telegram POSTs to us; needs a public HTTPS URL). */
  mode: z.enum(['polling', 'webhook']).default('polling'),
  /** Webhook mode: holds the secret Telegram sends in `X-Telegram-Bot-Api-Secret-Token` (1–256 of A-Z a-z 0-9 _ -). */
  secret_token_env: envName.default('TELEGRAM_WEBHOOK_SECRET'),
  /** Webhook mode: the URL given to setWebhook (default `<SHOPMATE_PUBLIC_URL>/channels/telegram/<bot id>`). */
  webhook_url: z.url({ protocol: /^https?$/ }).optional(),
  /** Webhook mode: call setWebhook at start. Turn off when the webhook is registered by other means. */
  register_webhook: z.boolean().default(true),
  /** Webhook mode: how many connections Telegram may open to us at once (setWebhook `max_connections`). */
  max_connections: z.number().int().min(1).max(100).default(40),
  /** The Bot API server: the public one, a self-hosted telegram-bot-api, or a test fake. */
  api_root: z.url({ protocol: /^https?$/ }).default('https://api.telegram.org'),
  allowed_updates: z.array(z.string().regex(/^[a-z_]+$/)).default([...DEFAULT_ALLOWED_UPDATES]),
  /** Drop updates that queued up while the bot was offline, at start. */
  drop_pending_updates: z.boolean().default(false),
  polling: z.strictObject({
    /** Long-poll timeout of getUpdates, seconds. */
    timeout_s: z.number().int().min(0).max(50).default(30),
    limit: z.number().int().min(1).max(100).default(100),
    /** Backoff after a failed getUpdates: doubles from `retry_min_ms` up to `retry_max_ms`, or Telegram's retry_after. */
    retry_min_ms: z.number().int().positive().default(1000),
    retry_max_ms: z.number().int().positive().default(30_000),
  }).prefault({}),
  /** Updates being handled at once; polling waits (webhook mode relies on `max_connections`). */
  max_concurrent_updates: z.number().int().positive().default(64),
  /** Show "typing…" (sendChatAction) while a turn that answers the shopper runs. */
  typing: z.boolean().default(true),
  /** Telegram clears the indicator after 5 seconds or at the next message; it is repeated at this interval. */
  typing_interval_ms: z.number().int().min(1_000).max(60_000).default(4_500),
  /** Largest accepted webhook body (larger → 413). */
  max_body_bytes: z.number().int().positive().max(10_485_760).default(1_048_576),
});

export type TelegramConfig = z.infer<typeof TelegramConfigSchema>;

/** Webhook secret tokens as setWebhook accepts them. */
export const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;
/** Bot tokens as BotFather issues them. */
export const BOT_TOKEN = /^\d+:[A-Za-z0-9_-]+$/;
