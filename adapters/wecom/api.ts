/**
 * The WeCom server API a self-built app calls (https://qyapi.weixin.qq.com/cgi-bin/...). Every call
 * carries an access_token, fetched once, cached, refreshed five minutes before it expires and again
 * when WeCom says it is invalid or expired (40014, 42001). Every non-zero errcode becomes a typed
 * `WecomApiError` (errors.ts). Tokens never appear in errors or logs.
 */
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { Logger } from 'pino';
import { Backoff, errcodeError, TOKEN_ERRCODES, WecomApiError } from './errors.js';

export interface WecomApiOptions {
  /** `https://qyapi.weixin.qq.com`, or a fake. */
  baseUrl: string;
  corpId: string;
  secret: string;
  timeoutMs: number;
  log: Logger;
  now?: () => number;
}

interface Answer {
  errcode: number;
  errmsg: string;
}

export interface MessageSendAnswer extends Answer {
  invaliduser?: string;
  msgid?: string;
  response_code?: string;
}

export interface MediaAnswer extends Answer {
  type: string;
  media_id: string;
  created_at: string;
}

export interface MsgTemplateAnswer extends Answer {
  fail_list?: string[];
  msgid: string;
}

/** 0 not sent yet (the employee has not confirmed), 2 sent: get_groupmsg_task. */
export interface GroupMsgTaskAnswer extends Answer {
  next_cursor?: string;
  task_list: { userid: string; status: number; send_time?: number }[];
}

/** Per recipient: 0 not sent, 1 sent, 2 not a contact any more, 3 already received a mass message today. */
export interface GroupMsgSendResultAnswer extends Answer {
  next_cursor?: string;
  send_list: { external_userid?: string; chat_id?: string; userid: string; status: number; send_time?: number }[];
}

export interface GroupChatListAnswer extends Answer {
  group_chat_list: { chat_id: string; status: number }[];
  next_cursor?: string;
}

export interface GroupChatAnswer extends Answer {
  group_chat: {
    chat_id: string;
    name?: string;
    owner: string;
    create_time?: number;
    member_list?: { userid: string; type: number; join_time?: number }[];
  };
}

const TOKEN_MARGIN_MS = 5 * 60_000;
const SECRET_IN_URL = /((?:access_token|corpsecret)=)[^&\s]+/g;

/** Removes credentials that HTTP errors quote from the request URL. */
const redact = (text: string): string => text.replace(SECRET_IN_URL, '$1[redacted]');

export class WecomApi {
  readonly backoff = new Backoff();
  readonly #http: KyInstance;
  readonly #options: WecomApiOptions;
  readonly #now: () => number;
  #token: { value: string; refreshAt: number } | undefined;
  #fetching: Promise<string> | undefined;

  constructor(options: WecomApiOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#http = ky.create({
      prefixUrl: `${options.baseUrl.replace(/\/+$/, '')}/cgi-bin/`,
      timeout: options.timeoutMs,
      retry: 0,
    });
  }

  /** The cached access_token, or a new one. Concurrent callers share one fetch. */
  async accessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.#token && this.#now() < this.#token.refreshAt) return this.#token.value;
    this.#fetching ??= this.#fetchToken().finally(() => {
      this.#fetching = undefined;
    });
    return this.#fetching;
  }

  // https://developer.work.weixin.qq.com/document/path/91039 (获取access_token)
  async #fetchToken(): Promise<string> {
    const { corpId, secret } = this.#options;
    const res = await this.#request<Answer & { access_token?: string; expires_in?: number }>('gettoken', () =>
      this.#http.get('gettoken', { searchParams: { corpid: corpId, corpsecret: secret } }).json());
    if (res.errcode !== 0 || !res.access_token) throw errcodeError('gettoken', res.errcode, res.errmsg, this.backoff);
    const lifetimeMs = (res.expires_in ?? 7200) * 1000;
    this.#token = { value: res.access_token, refreshAt: this.#now() + Math.max(lifetimeMs - TOKEN_MARGIN_MS, lifetimeMs / 2) };
    this.#options.log.debug({ expiresInS: res.expires_in }, 'wecom access token refreshed');
    return res.access_token;
  }

  /** One HTTP exchange; transport failures become `WecomApiError` without the URL (it holds the token). */
  async #request<T>(method: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof HTTPError) {
        const status = err.response.status;
        const retryable = status === 429 || status >= 500;
        throw new WecomApiError(`wecom ${method}: HTTP ${status}`, {
          platform: 'wecom', method, code: `http_${status}`, status, ...(retryable ? { retryAfterMs: this.backoff.next() } : {}),
        });
      }
      if (err instanceof TimeoutError) {
        throw new WecomApiError(`wecom ${method}: no answer in ${this.#options.timeoutMs} ms`, { platform: 'wecom', method, code: 'timeout' });
      }
      const e = err as Error;
      throw new WecomApiError(`wecom ${method}: ${e.name}: ${redact(e.message)}`, { platform: 'wecom', method, code: 'network' });
    }
  }

  /** Calls `cgi-bin/<method>` with the token; refreshes the token once if WeCom rejects it. */
  async call<T extends Answer>(method: string, init: { json?: unknown; body?: FormData; query?: Record<string, string>; get?: boolean } = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const searchParams = { access_token: token, ...init.query };
      const res = await this.#request<T>(method, () =>
        (init.get
          ? this.#http.get(method, { searchParams })
          : this.#http.post(method, { searchParams, ...(init.body ? { body: init.body } : { json: init.json ?? {} }) })
        ).json<T>());
      if (TOKEN_ERRCODES.has(res.errcode) && attempt === 0) {
        this.#options.log.info({ method, errcode: res.errcode }, 'wecom access token rejected; fetching a new one');
        this.#token = undefined;
        continue;
      }
      if (res.errcode !== 0) throw errcodeError(method, res.errcode, res.errmsg, this.backoff);
      this.backoff.reset();
      return res;
    }
  }

  // https://developer.work.weixin.qq.com/document/path/90236 (发送应用消息)
  sendMessage(body: Record<string, unknown>): Promise<MessageSendAnswer> {
    return this.call<MessageSendAnswer>('message/send', { json: body });
  }

  // https://developer.work.weixin.qq.com/document/path/90245 (创建群聊会话)
  createAppChat(body: { name?: string; owner?: string; userlist: string[]; chatid?: string }): Promise<Answer & { chatid: string }> {
    return this.call<Answer & { chatid: string }>('appchat/create', { json: body });
  }

  // https://developer.work.weixin.qq.com/document/path/90248 (应用推送消息到群聊会话)
  sendAppChat(body: Record<string, unknown>): Promise<Answer> {
    return this.call<Answer>('appchat/send', { json: body });
  }

  // https://developer.work.weixin.qq.com/document/path/90253 (上传临时素材; a media_id lives 3 days)
  uploadMedia(type: 'image' | 'voice' | 'video' | 'file', file: { name: string; mime: string; bytes: Uint8Array }): Promise<MediaAnswer> {
    const form = new FormData();
    form.append('media', new Blob([file.bytes], { type: file.mime }), file.name);
    return this.call<MediaAnswer>('media/upload', { body: form, query: { type } });
  }

  // https://developer.work.weixin.qq.com/document/path/92135 (创建企业群发: the employee must confirm before it is sent)
  addMsgTemplate(body: Record<string, unknown>): Promise<MsgTemplateAnswer> {
    return this.call<MsgTemplateAnswer>('externalcontact/add_msg_template', { json: body });
  }

  // https://developer.work.weixin.qq.com/document/path/93338 (获取群发成员发送任务列表)
  getGroupMsgTask(msgid: string, cursor?: string): Promise<GroupMsgTaskAnswer> {
    return this.call<GroupMsgTaskAnswer>('externalcontact/get_groupmsg_task', { json: { msgid, limit: 1000, ...(cursor ? { cursor } : {}) } });
  }

  // https://developer.work.weixin.qq.com/document/path/93338 (获取企业群发成员执行结果)
  getGroupMsgSendResult(msgid: string, userid: string, cursor?: string): Promise<GroupMsgSendResultAnswer> {
    return this.call<GroupMsgSendResultAnswer>('externalcontact/get_groupmsg_send_result', { json: { msgid, userid, limit: 1000, ...(cursor ? { cursor } : {}) } });
  }

  // https://developer.work.weixin.qq.com/document/path/92137 (发送新客户欢迎语: within 20 s of the event, once per code)
  sendWelcomeMsg(body: Record<string, unknown>): Promise<Answer> {
    return this.call<Answer>('externalcontact/send_welcome_msg', { json: body });
  }

  // https://developer.work.weixin.qq.com/document/path/92120 (获取客户群列表)
  listGroupChats(options: { cursor?: string; limit?: number; owners?: string[]; statusFilter?: 0 | 1 | 2 | 3 } = {}): Promise<GroupChatListAnswer> {
    return this.call<GroupChatListAnswer>('externalcontact/groupchat/list', {
      json: {
        status_filter: options.statusFilter ?? 0, limit: options.limit ?? 100,
        ...(options.cursor ? { cursor: options.cursor } : {}),
        ...(options.owners ? { owner_filter: { userid_list: options.owners } } : {}),
      },
    });
  }

  // https://developer.work.weixin.qq.com/document/path/92122 (获取客户群详情)
  getGroupChat(chatId: string): Promise<GroupChatAnswer> {
    return this.call<GroupChatAnswer>('externalcontact/groupchat/get', { json: { chat_id: chatId, need_name: 0 } });
  }

  /** Downloads a file to upload it (a product image, a document): our own media, never the shopper's. */
  async download(url: string, maxBytes = 20 * 1024 * 1024): Promise<{ bytes: Uint8Array; mime: string }> {
    const res = await this.#request('media/download', () => ky.get(url, { timeout: this.#options.timeoutMs, retry: 0 }));
    const size = Number(res.headers.get('content-length') ?? 0);
    if (size > maxBytes) throw new WecomApiError(`wecom media/download: ${size} bytes is over ${maxBytes}`, { platform: 'wecom', method: 'media/download', code: 'too_large' });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) throw new WecomApiError(`wecom media/download: ${bytes.length} bytes is over ${maxBytes}`, { platform: 'wecom', method: 'media/download', code: 'too_large' });
    return { bytes, mime: res.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream' };
  }
}
