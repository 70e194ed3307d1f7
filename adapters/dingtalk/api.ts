import ky, { type KyResponse } from 'ky';
import { PlatformError } from '../../core/model/errors.js';
import type { DingMessage } from './render.js';
import type { RobotTemplate } from './templates.js';

export interface DingtalkApiOptions {
  apiBase: string;
  clientId: string;
  clientSecret: string;
  robotCode: string;
  timeoutMs: number;
  now?: () => number;
}

/** A sessionWebhook answering "too fast" has blocked the group for ten minutes. */
const SESSION_BLOCK_MS = 10 * 60_000;
/** sessionWebhook / custom-robot errcodes for "more than 20 messages a minute". */
const TOO_FAST_ERRCODES = new Set([130101, 410100]);
/** A token is refreshed this long before DingTalk says it expires. */
const TOKEN_SLACK_MS = 5 * 60_000;

export interface BatchSendResult {
  processQueryKey?: string;
  invalidStaffIdList: string[];
  flowControlledStaffIdList: string[];
}

interface ApiErrorBody {
  code?: string;
  message?: string;
  errcode?: number;
  errmsg?: string;
}

/** DingTalk's OpenAPI and sessionWebhooks. Every call maps failures to PlatformError; nothing here logs. */
export class DingtalkApi {
  readonly #o: DingtalkApiOptions;
  readonly #now: () => number;
  #token: { value: string; refreshAt: number } | undefined;
  #pending: Promise<string> | undefined;
  /** Access tokens fetched so far (for tests and metrics). */
  tokenFetches = 0;

  constructor(options: DingtalkApiOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
  }

  get robotCode(): string {
    return this.#o.robotCode;
  }

  /**
   * The app's access token, cached until shortly before it expires; concurrent callers share one request.
   * https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app
   */
  async accessToken(): Promise<string> {
    if (this.#token && this.#now() < this.#token.refreshAt) return this.#token.value;
    this.#pending ??= this.#fetchToken().finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  async #fetchToken(): Promise<string> {
    const method = 'oauth2.accessToken';
    const res = await this.#post(method, `${this.#o.apiBase}/v1.0/oauth2/accessToken`, { appKey: this.#o.clientId, appSecret: this.#o.clientSecret });
    const body = await this.#json<{ accessToken?: string; expireIn?: number } & ApiErrorBody>(method, res);
    if (!res.ok || !body.accessToken) throw this.#error(method, res, body);
    this.tokenFetches++;
    const ttl = (body.expireIn ?? 7200) * 1000;
    this.#token = { value: body.accessToken, refreshAt: this.#now() + Math.max(ttl - TOKEN_SLACK_MS, ttl / 2) };
    return body.accessToken;
  }

  /**
   * Replies in-band through the message's sessionWebhook (no token needed until `sessionWebhookExpiredTime`).
   * https://open.dingtalk.com/document/orgapp/receive-message · https://open.dingtalk.com/document/development/robot-message-type
   */
  async sendBySession(url: string, message: DingMessage): Promise<void> {
    const method = 'sessionWebhook';
    const res = await this.#post(method, url, message);
    const body = await this.#json<ApiErrorBody>(method, res);
    if (res.ok && (body.errcode === undefined || body.errcode === 0)) return;
    if (body.errcode !== undefined && TOO_FAST_ERRCODES.has(body.errcode)) {
      throw new PlatformError(`dingtalk ${method}: ${body.errmsg ?? 'send too fast'}`, { platform: 'dingtalk', method, code: body.errcode, status: res.status, retryAfterMs: SESSION_BLOCK_MS });
    }
    throw this.#error(method, res, body);
  }

  /**
   * Proactive single-chat send to up to 20 users.
   * https://open.dingtalk.com/document/orgapp/chatbots-send-one-on-one-chat-messages-in-batches
   */
  async batchSend(userIds: string[], template: RobotTemplate): Promise<BatchSendResult> {
    const body = await this.#withToken<BatchSendResult & ApiErrorBody>('robot.oToMessages.batchSend', '/v1.0/robot/oToMessages/batchSend', {
      robotCode: this.#o.robotCode, userIds, msgKey: template.msgKey, msgParam: JSON.stringify(template.msgParam),
    });
    return {
      ...(body.processQueryKey ? { processQueryKey: body.processQueryKey } : {}),
      invalidStaffIdList: body.invalidStaffIdList ?? [],
      flowControlledStaffIdList: body.flowControlledStaffIdList ?? [],
    };
  }

  /**
   * Proactive group send.
   * https://open.dingtalk.com/document/orgapp/the-robot-sends-a-group-message
   */
  async groupSend(openConversationId: string, template: RobotTemplate): Promise<{ processQueryKey?: string }> {
    const body = await this.#withToken<{ processQueryKey?: string } & ApiErrorBody>('robot.groupMessages.send', '/v1.0/robot/groupMessages/send', {
      robotCode: this.#o.robotCode, openConversationId, msgKey: template.msgKey, msgParam: JSON.stringify(template.msgParam),
    });
    return body.processQueryKey ? { processQueryKey: body.processQueryKey } : {};
  }

  /**
   * A short-lived URL for a file, picture, audio or video a shopper sent (by its downloadCode).
   * https://open.dingtalk.com/document/orgapp/download-the-file-content-of-the-robot-receiving-message
   */
  async downloadUrl(downloadCode: string): Promise<string> {
    const body = await this.#withToken<{ downloadUrl?: string } & ApiErrorBody>('robot.messageFiles.download', '/v1.0/robot/messageFiles/download', {
      robotCode: this.#o.robotCode, downloadCode,
    });
    if (!body.downloadUrl) throw new PlatformError('dingtalk robot.messageFiles.download: no downloadUrl in the answer', { platform: 'dingtalk', method: 'robot.messageFiles.download' });
    return body.downloadUrl;
  }

  /** An OpenAPI call with the access token; a token DingTalk no longer accepts is refreshed and the call retried once. */
  async #withToken<T extends ApiErrorBody>(method: string, path: string, json: unknown): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const res = await this.#post(method, `${this.#o.apiBase}${path}`, json, { 'x-acs-dingtalk-access-token': token });
      const body = await this.#json<T>(method, res);
      if (res.ok) return body;
      const tokenRejected = res.status === 401 || /InvalidAuthentication|invalid.*token/i.test(body.code ?? '');
      if (tokenRejected && attempt === 0) {
        this.#token = undefined;
        continue;
      }
      throw this.#error(method, res, body);
    }
  }

  async #post(method: string, url: string, json: unknown, headers: Record<string, string> = {}): Promise<KyResponse> {
    try {
      return await ky.post(url, { json, headers, timeout: this.#o.timeoutMs, retry: 0, throwHttpErrors: false });
    } catch (err) {
      // Timeouts and network failures: the message may or may not have arrived, so this is not retried blindly.
      throw new PlatformError(`dingtalk ${method}: ${(err as Error).name}`, { platform: 'dingtalk', method, code: (err as Error).name, cause: err });
    }
  }

  async #json<T>(method: string, res: KyResponse): Promise<T> {
    const text = await res.text();
    if (!text) return {} as T;
    try {
      return JSON.parse(text) as T;
    } catch (err) {
      throw new PlatformError(`dingtalk ${method}: HTTP ${res.status} with a body that is not JSON`, { platform: 'dingtalk', method, status: res.status, cause: err });
    }
  }

  #error(method: string, res: KyResponse, body: ApiErrorBody): PlatformError {
    const code = body.code ?? body.errcode;
    const throttled = res.status === 429 || /throttl|qps|too\.?fast|flowcontrol/i.test(String(body.code ?? ''));
    const retryAfter = Number(res.headers.get('retry-after'));
    return new PlatformError(`dingtalk ${method}: HTTP ${res.status}${code !== undefined ? ` ${code}` : ''}${body.message ?? body.errmsg ? ` (${body.message ?? body.errmsg})` : ''}`, {
      platform: 'dingtalk', method, status: res.status,
      ...(code !== undefined ? { code } : {}),
      ...(throttled ? { retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1_000 } : {}),
    });
  }
}
