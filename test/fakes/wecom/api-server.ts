/**
 * A local stand-in for WeCom's server API (https://qyapi.weixin.qq.com/cgi-bin/...), speaking what the
 * adapter sends: every call but gettoken carries `?access_token=`, answers are HTTP 200 with
 * `{ errcode, errmsg, ... }`. Implemented: gettoken (91039), message/send (90236), appchat/create and
 * appchat/send (90245, 90248), media/upload (90253, multipart field `media`),
 * externalcontact/add_msg_template (92135), get_groupmsg_task and get_groupmsg_send_result (93338),
 * send_welcome_msg (92137), groupchat/list and groupchat/get (92120, 92122).
 * Tokens expire like WeCom's (42001 after `expireTokens()`, 40014 for unknown ones); `failNext` queues
 * an errcode answer (45009 to test rate limits). `GET /files/<name>` serves files to upload.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface RecordedCall {
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown>;
  token?: string;
}

export interface MassSendTaskState {
  msgid: string;
  chatType: 'single' | 'group';
  sender: string;
  recipients: string[];
  /** 0 waiting for the employee, 2 sent. */
  status: 0 | 2;
  body: Record<string, unknown>;
}

export interface FakeWecomApi {
  url: string;
  corpId: string;
  secret: string;
  calls: RecordedCall[];
  /** Tokens handed out by gettoken. */
  tokensIssued: string[];
  /** Member userids that are outside the app's visible range (message/send → 81013). */
  unknownUsers: Set<string>;
  appChats: Set<string>;
  groupChats: Map<string, { owner: string; name: string; members: string[] }>;
  massSends: Map<string, MassSendTaskState>;
  files: Map<string, { mime: string; bytes: Buffer }>;
  /** Calls to `path` after this, in order: `errcode` answers instead of success. */
  failNext(path: string, errcode: number, errmsg?: string): void;
  /** Every token issued so far now answers 42001. */
  expireTokens(): void;
  /** The employee confirms the task in their client: it is sent. */
  confirmMassSend(msgid: string): void;
  sent(path: string): RecordedCall[];
  close(): Promise<void>;
}

const MSG_TYPES = new Set(['text', 'image', 'voice', 'video', 'file', 'textcard', 'news', 'mpnews', 'markdown', 'miniprogram_notice', 'template_card']);
const APPCHAT_TYPES = new Set(['text', 'image', 'voice', 'video', 'file', 'textcard', 'news', 'mpnews', 'markdown']);

export async function startFakeWecomApi(options: { corpId: string; secret: string; agentId: number }): Promise<FakeWecomApi> {
  const sockets = new Set<Socket>();
  const tokens = new Map<string, 'valid' | 'expired'>();
  const failures = new Map<string, { errcode: number; errmsg: string }[]>();
  const fake: FakeWecomApi = {
    url: '', corpId: options.corpId, secret: options.secret, calls: [], tokensIssued: [], unknownUsers: new Set(),
    appChats: new Set(), groupChats: new Map(), massSends: new Map(), files: new Map(),
    failNext: (path, errcode, errmsg = 'failure requested by the test') => {
      failures.set(path, [...(failures.get(path) ?? []), { errcode, errmsg }]);
    },
    expireTokens: () => {
      for (const t of tokens.keys()) tokens.set(t, 'expired');
    },
    confirmMassSend: (msgid) => {
      const task = fake.massSends.get(msgid);
      if (!task) throw new Error(`no mass send ${msgid}`);
      task.status = 2;
    },
    sent: (path) => fake.calls.filter((c) => c.path === path),
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/files/')) {
      const file = fake.files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (!file) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': file.mime, 'content-length': file.bytes.length }).end(file.bytes);
    }
    if (!url.pathname.startsWith('/cgi-bin/')) return json(res, { errcode: 40058, errmsg: 'not found' }, 404);
    const path = url.pathname.slice('/cgi-bin/'.length);
    const query = Object.fromEntries(url.searchParams);
    let body: Record<string, unknown> = {};
    if (path === 'media/upload') {
      body = await multipart(req, raw);
    } else if (raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      } catch {
        return json(res, { errcode: 47001, errmsg: 'data format error' });
      }
    }
    const call: RecordedCall = { path, query, body, ...(query.access_token ? { token: query.access_token } : {}) };
    fake.calls.push(call);
    if (path === 'gettoken') return json(res, gettoken(query));
    const token = query.access_token ? tokens.get(query.access_token) : undefined;
    if (!query.access_token) return json(res, { errcode: 41001, errmsg: 'access_token missing' });
    if (token === undefined) return json(res, { errcode: 40014, errmsg: 'invalid access_token' });
    if (token === 'expired') return json(res, { errcode: 42001, errmsg: 'access_token expired' });
    const failure = failures.get(path)?.shift();
    if (failure) return json(res, failure);
    return json(res, route(path, body, query));
  };

  const gettoken = (q: Record<string, string>) => {
    if (q.corpid !== options.corpId) return { errcode: 40013, errmsg: 'invalid corpid' };
    if (q.corpsecret !== options.secret) return { errcode: 40001, errmsg: 'invalid credential' };
    const token = `tok_${randomBytes(12).toString('hex')}`;
    tokens.set(token, 'valid');
    fake.tokensIssued.push(token);
    return { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 };
  };

  const bad = (errmsg: string) => ({ errcode: 40058, errmsg });

  const route = (path: string, b: Record<string, unknown>, q: Record<string, string>): Record<string, unknown> => {
    switch (path) {
      case 'message/send': {
        if (b.agentid !== options.agentId) return { errcode: 40056, errmsg: 'invalid agentid' };
        const type = String(b.msgtype);
        if (!MSG_TYPES.has(type) || typeof b[type] !== 'object') return { errcode: 40008, errmsg: 'invalid message type' };
        if (type === 'template_card' && !(b[type] as Record<string, unknown>).task_id && (b[type] as Record<string, unknown>).card_type === 'button_interaction') return bad('task_id missing');
        const users = (typeof b.touser === 'string' ? b.touser : '').split('|').filter(Boolean);
        if (!users.length) return { errcode: 40031, errmsg: 'invalid touser' };
        const invalid = users.filter((u) => fake.unknownUsers.has(u));
        if (invalid.length === users.length) return { errcode: 81013, errmsg: 'user & party & tag all invalid' };
        return { errcode: 0, errmsg: 'ok', invaliduser: invalid.join('|'), msgid: randomBytes(8).toString('hex') };
      }
      case 'appchat/create': {
        const chatid = typeof b.chatid === 'string' ? b.chatid : randomBytes(8).toString('hex');
        fake.appChats.add(chatid);
        return { errcode: 0, errmsg: 'ok', chatid };
      }
      case 'appchat/send': {
        const type = String(b.msgtype);
        if (!fake.appChats.has(String(b.chatid))) return { errcode: 86003, errmsg: 'chat not exist' };
        if (!APPCHAT_TYPES.has(type) || typeof b[type] !== 'object') return { errcode: 40008, errmsg: 'invalid message type' };
        return { errcode: 0, errmsg: 'ok' };
      }
      case 'media/upload': {
        if (!['image', 'voice', 'video', 'file'].includes(q.type ?? '')) return { errcode: 40004, errmsg: 'invalid media type' };
        if (!b.filename || !b.size) return { errcode: 44001, errmsg: 'empty media data' };
        return { errcode: 0, errmsg: 'ok', type: q.type, media_id: `media_${randomBytes(8).toString('hex')}`, created_at: String(Math.floor(Date.now() / 1000)) };
      }
      case 'externalcontact/add_msg_template': {
        const group = b.chat_type === 'group';
        const recipients = (group ? b.chat_id_list : b.external_userid) as string[] | undefined;
        if (group && !b.sender) return bad('sender is required for group');
        if (!b.text && !b.attachments) return bad('text or attachments required');
        const msgid = `msg${randomBytes(10).toString('hex')}`;
        fake.massSends.set(msgid, { msgid, chatType: group ? 'group' : 'single', sender: typeof b.sender === 'string' ? b.sender : 'everyone', recipients: recipients ?? [], status: 0, body: b });
        return { errcode: 0, errmsg: 'ok', fail_list: [], msgid };
      }
      case 'externalcontact/get_groupmsg_task': {
        const task = fake.massSends.get(String(b.msgid));
        if (!task) return bad('invalid msgid');
        return { errcode: 0, errmsg: 'ok', next_cursor: '', task_list: [{ userid: task.sender, status: task.status, ...(task.status === 2 ? { send_time: Math.floor(Date.now() / 1000) } : {}) }] };
      }
      case 'externalcontact/get_groupmsg_send_result': {
        const task = fake.massSends.get(String(b.msgid));
        if (!task) return bad('invalid msgid');
        const key = task.chatType === 'group' ? 'chat_id' : 'external_userid';
        return { errcode: 0, errmsg: 'ok', next_cursor: '', send_list: task.recipients.map((r) => ({ [key]: r, userid: task.sender, status: task.status === 2 ? 1 : 0 })) };
      }
      case 'externalcontact/send_welcome_msg':
        if (!b.welcome_code) return bad('welcome_code missing');
        return { errcode: 0, errmsg: 'ok' };
      case 'externalcontact/groupchat/list':
        return { errcode: 0, errmsg: 'ok', group_chat_list: [...fake.groupChats.keys()].map((chat_id) => ({ chat_id, status: 0 })), next_cursor: '' };
      case 'externalcontact/groupchat/get': {
        const chat = fake.groupChats.get(String(b.chat_id));
        if (!chat) return bad('invalid chat_id');
        return { errcode: 0, errmsg: 'ok', group_chat: { chat_id: b.chat_id, name: chat.name, owner: chat.owner, create_time: 1_700_000_000, member_list: chat.members.map((userid) => ({ userid, type: 2 })) } };
      }
      default:
        return { errcode: 48002, errmsg: 'api forbidden' };
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => json(res, { errcode: -1, errmsg: String(err) }, 500));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The `media` part of a multipart upload, as WeCom reads it: filename, size, content type. */
async function multipart(req: IncomingMessage, raw: Buffer): Promise<Record<string, unknown>> {
  const form = await new Request('http://fake/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData();
  const media = form.get('media');
  if (!media || typeof media === 'string') return {};
  return { filename: media.name, size: media.size, contentType: media.type };
}

function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
