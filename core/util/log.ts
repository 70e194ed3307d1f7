import { pino, type Logger } from 'pino';

export type { Logger };

/** Log field names live here so every module logs the same keys. */
export const LogFields = {
  bot: 'botId',
  platform: 'platform',
  conversation: 'conversationId',
  event: 'eventId',
  turn: 'turnId',
} as const;

/** Paths that may carry secrets or personal data: never printed. */
const REDACT = [
  'token', '*.token', 'secret', '*.secret', 'password', '*.password', 'authorization', '*.authorization',
  'headers.authorization', 'headers["x-telegram-bot-api-secret-token"]', 'text', '*.text', 'phone', '*.phone',
  'email', '*.email', 'accessToken', '*.accessToken', 'encodingAESKey', '*.encodingAESKey',
];

/** The root logger. `LOG_LEVEL` sets the level; tests default to silent. */
export function createLogger(options: { level?: string } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'shopmate' } });
}
