import { TelegramError, type Telegram } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import { PlatformError } from '../../core/model/errors.js';
import type { WireUpdate } from './decode.js';

type CallApi = (method: string, payload: object, options?: { signal?: AbortSignal }) => Promise<unknown>;

/** Bot tokens sit in request URLs: whatever error text we keep has them cut out. */
const redact = (s: string): string => s.replace(/bot\d+:[A-Za-z0-9_-]+/g, 'bot[redacted]');

const isAbort = (err: unknown): boolean => err instanceof Error && err.name === 'AbortError';

/**
 * A failed Bot API call as the core understands it: 429 carries `retry_after`
 * (https://core.telegram.org/bots/api#responseparameters), 403 means the bot was blocked or removed,
 * 5xx is worth one more try. The cause is rebuilt from the error text only: telegraf's error keeps
 * the request payload, which holds the shopper's message.
 */
export function toPlatformError(method: string, err: unknown): PlatformError {
  if (err instanceof TelegramError) {
    const status = err.code;
    const retryAfter = err.parameters?.retry_after;
    const cause = new Error(redact(`${status}: ${err.description}`));
    return new PlatformError(`telegram ${method} failed: ${cause.message}`, {
      platform: 'telegram', method, code: status, status, cause,
      ...(status === 429 ? { retryAfterMs: (retryAfter ?? 1) * 1000 } : status >= 500 ? { retryAfterMs: 1000 } : {}),
      ...(status === 403 ? { unreachable: true } : {}),
    });
  }
  const message = redact(err instanceof Error ? err.message : String(err));
  return new PlatformError(`telegram ${method} failed: ${message}`, { platform: 'telegram', method, cause: new Error(message) });
}

export interface SentMessage {
  message_id: number;
}

/** The Bot API calls the adapter makes, through telegraf's client (which honours `apiRoot`). */
export class TelegramApi {
  readonly #call: CallApi;

  constructor(telegram: Telegram) {
    this.#call = telegram.callApi.bind(telegram) as unknown as CallApi;
  }

  async #request<T>(method: string, params: object, signal?: AbortSignal): Promise<T> {
    try {
      return (await this.#call(method, params, signal ? { signal } : {})) as T;
    } catch (err) {
      if (isAbort(err)) throw err;
      throw toPlatformError(method, err);
    }
  }

  /** https://core.telegram.org/bots/api#getme */
  async getMe(): Promise<UserFromGetMe> {
    return this.#request('getMe', {});
  }

  /** https://core.telegram.org/bots/api#setwebhook */
  async setWebhook(params: { url: string; secret_token: string; allowed_updates: string[]; max_connections: number; drop_pending_updates: boolean }): Promise<void> {
    await this.#request('setWebhook', params);
  }

  /** https://core.telegram.org/bots/api#deletewebhook — getUpdates is refused while a webhook is set. */
  async deleteWebhook(params: { drop_pending_updates: boolean }): Promise<void> {
    await this.#request('deleteWebhook', params);
  }

  /** https://core.telegram.org/bots/api#getupdates — long polling; `offset` confirms everything before it. */
  getUpdates(params: { offset: number; timeout: number; limit: number; allowed_updates: string[] }, signal: AbortSignal): Promise<WireUpdate[]> {
    return this.#request('getUpdates', params, signal);
  }

  /** https://core.telegram.org/bots/api#sendchataction — "typing…" for at most 5 seconds. */
  async sendChatAction(chatId: string, threadId: number | undefined): Promise<void> {
    await this.#request('sendChatAction', { chat_id: chatId, action: 'typing', ...(threadId !== undefined ? { message_thread_id: threadId } : {}) });
  }

  /** https://core.telegram.org/bots/api#answercallbackquery — stops the spinner on the pressed button. */
  async answerCallbackQuery(callbackQueryId: string): Promise<void> {
    await this.#request('answerCallbackQuery', { callback_query_id: callbackQueryId });
  }

  /**
   * A rendered message: sendMessage, sendPhoto, sendDocument... (https://core.telegram.org/bots/api#available-methods).
   * A group that became a supergroup answers with `migrate_to_chat_id`: the message goes there instead.
   */
  async send(method: string, params: Record<string, unknown>): Promise<SentMessage | true> {
    try {
      return (await this.#call(method, params)) as SentMessage | true;
    } catch (err) {
      const migrated = err instanceof TelegramError ? err.parameters?.migrate_to_chat_id : undefined;
      if (migrated === undefined) throw toPlatformError(method, err);
      return this.#request(method, { ...params, chat_id: migrated });
    }
  }
}
