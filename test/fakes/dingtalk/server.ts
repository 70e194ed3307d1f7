/**
 * A local stand-in for DingTalk, speaking what the real dingtalk-stream SDK and the robot APIs expect:
 *
 * Stream mode (https://open.dingtalk.com/document/direction/stream-mode-protocol-access-description)
 *   POST /v1.0/gateway/connections/open {clientId, clientSecret, subscriptions, ua} → {endpoint, ticket}
 *   GET  /connect?ticket=…  WebSocket; the ticket is single-use and valid for 90 s.
 *   Downstream frames {specVersion, type: SYSTEM|EVENT|CALLBACK, headers{topic, messageId, time…}, data: JSON string};
 *   the client answers each with {code: 200, headers{messageId, contentType}, message: 'OK', data}.
 *   CALLBACK/EVENT frames not acknowledged when a socket drops are pushed again on the next connection.
 *
 * Robot APIs
 *   POST /v1.0/oauth2/accessToken {appKey, appSecret} → {accessToken, expireIn}
 *   POST /v1.0/robot/oToMessages/batchSend, /v1.0/robot/groupMessages/send, /v1.0/robot/messageFiles/download
 *        (header x-acs-dingtalk-access-token)
 *   POST /robot/sendBySession?session=…  the sessionWebhook of each pushed message, valid until its
 *        sessionWebhookExpiredTime; a group that gets more than 20 messages in a minute answers
 *        errcode 130101 and stays blocked for ten minutes (https://open.dingtalk.com/document/robots/custom-robot-access).
 *
 * Time comes from `now` so rate-limit tests can run on a virtual clock.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { completeMessage, frameId, opaque, type RobotMessage, type RobotMessageInput } from './messages.js';

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
const TICKET_TTL_MS = 90_000;
const GROUP_LIMIT = 20;
const GROUP_WINDOW_MS = 60_000;
const GROUP_BLOCK_MS = 10 * 60_000;
const MSG_KEYS = new Set(['sampleText', 'sampleMarkdown', 'sampleImageMsg', 'sampleLink', 'sampleActionCard', 'sampleActionCard2', 'sampleActionCard3', 'sampleActionCard4', 'sampleActionCard5', 'sampleActionCard6', 'sampleAudio', 'sampleFile', 'sampleVideo']);
const WEBHOOK_TYPES = new Set(['text', 'markdown', 'actionCard', 'feedCard', 'link']);

export interface Frame {
  specVersion: string;
  type: 'SYSTEM' | 'EVENT' | 'CALLBACK';
  headers: Record<string, string>;
  data: string;
}

export interface Ack {
  code: number;
  headers: { messageId: string; contentType: string };
  message: string;
  data: string;
}

export interface OpenRequest {
  clientId: string;
  ua?: string;
  subscriptions: { type: string; topic: string }[];
}

export interface Sent {
  /** `webhook` (sessionWebhook), `group` (groupMessages/send) or `users` (oToMessages/batchSend). */
  via: 'webhook' | 'group' | 'users';
  conversationId: string;
  userIds?: string[];
  /** The webhook body, or {msgKey, msgParam (parsed)} for API sends. */
  body: Record<string, unknown>;
  at: number;
}

interface Pending {
  frame: Frame;
  resolve: (ack: Ack) => void;
  /** The connection it was pushed on, awaiting the ack; undefined while it waits for one. */
  on: WebSocket | undefined;
}

export interface FakeDingtalkOptions {
  clientId?: string;
  clientSecret?: string;
  robotCode?: string;
  now?: () => number;
}

export class FakeDingtalk {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly robotCode: string;
  url = '';
  now: () => number;
  /** Every open-connection request, in order. */
  readonly opens: OpenRequest[] = [];
  /** WebSocket connections accepted so far. */
  connections = 0;
  /** The next N open-connection calls fail with HTTP 503. */
  failOpens = 0;
  /** The next N WebSocket handshakes are refused (HTTP 503), after a successful open-connection call. */
  failUpgrades = 0;
  readonly acks: Ack[] = [];
  /** Client messages that are not valid acks (must stay empty). */
  readonly malformedAcks: string[] = [];
  readonly sent: Sent[] = [];
  /** Sends refused with "too fast" (must stay 0: the block lasts ten minutes). */
  readonly throttled: Sent[] = [];
  tokensIssued = 0;
  /** Staff ids batchSend reports as invalid / flow-controlled (the latter once each). */
  readonly invalidStaff = new Set<string>();
  readonly flowControlOnce = new Set<string>();

  readonly #server = createServer((req, res) => void this.#http(req, res));
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #sockets = new Set<Socket>();
  readonly #tickets = new Map<string, number>();
  readonly #tokens = new Map<string, number>();
  readonly #sessions = new Map<string, { conversationId: string; group: boolean; expiresAt: number }>();
  readonly #groupSends = new Map<string, number[]>();
  readonly #blockedUntil = new Map<string, number>();
  readonly #pending = new Map<string, Pending>();
  readonly #waiters = new Set<() => void>();
  /** Open stream connections, oldest first; frames go to the newest. */
  readonly #conns: WebSocket[] = [];

  constructor(options: FakeDingtalkOptions = {}) {
    this.clientId = options.clientId ?? 'dingfakeclientid';
    this.clientSecret = options.clientSecret ?? 'fake-client-secret';
    this.robotCode = options.robotCode ?? this.clientId;
    this.now = options.now ?? Date.now;
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    this.#server.on('upgrade', (req, socket, head) => this.#upgrade(req, socket as Socket, head));
  }

  static async start(options: FakeDingtalkOptions = {}): Promise<FakeDingtalk> {
    const fake = new FakeDingtalk(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  get gatewayUrl(): string {
    return `${this.url}/v1.0/gateway/connections/open`;
  }

  /** Channel settings that point the adapter at this fake. */
  channelConfig(extra: Record<string, unknown> = {}): Record<string, unknown> {
    return { gateway_url: this.gatewayUrl, api_base: this.url, reconnect: { initial_ms: 20, max_ms: 200 }, ...extra };
  }

  env(): Record<string, string> {
    return { DINGTALK_CLIENT_ID: this.clientId, DINGTALK_CLIENT_SECRET: this.clientSecret, DINGTALK_ROBOT_CODE: this.robotCode };
  }

  get connected(): boolean {
    return this.#conns.length > 0;
  }

  /** Resolves once `n` WebSocket connections in total have been accepted. */
  async waitForConnections(n: number): Promise<void> {
    while (this.connections < n || !this.connected) await this.#changed();
  }

  async close(): Promise<void> {
    for (const c of this.#wss.clients) c.terminate();
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ── pushing frames ─────────────────────────────────────────────────────────

  /** Pushes a robot message (CALLBACK) and resolves with the client's ack. Queued while no socket is open. */
  pushRobotMessage(input: RobotMessageInput): { message: RobotMessage; acked: Promise<Ack> } {
    const session = randomUUID().replace(/-/g, '');
    const message = completeMessage(input, { robotCode: this.robotCode, sessionWebhook: `${this.url}/robot/sendBySession?session=${session}`, now: this.now() });
    this.#sessions.set(session, { conversationId: message.conversationId, group: message.conversationType === '2', expiresAt: message.sessionWebhookExpiredTime });
    return { message, acked: this.pushCallback(message) };
  }

  /** Pushes the same robot message again in a new frame, as DingTalk does when it did not see the ack. */
  redeliver(message: RobotMessage): Promise<Ack> {
    return this.pushCallback(message);
  }

  pushCallback(message: unknown, topic = TOPIC_ROBOT): Promise<Ack> {
    return this.#push({ specVersion: '1.0', type: 'CALLBACK', headers: this.#headers(topic), data: JSON.stringify(message) });
  }

  pushEvent(eventType: string, data: unknown): Promise<Ack> {
    return this.#push({
      specVersion: '1.0', type: 'EVENT',
      headers: { ...this.#headers('*'), eventType, eventId: randomUUID().replace(/-/g, ''), eventBornTime: String(this.now()), eventCorpId: 'dingfakecorp0001', eventUnifiedAppId: randomUUID() },
      data: JSON.stringify(data),
    });
  }

  /** A SYSTEM ping; resolves with the client's answer (which must echo the opaque). */
  ping(): Promise<Ack> {
    return this.#push({ specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'ping', messageId: frameId(), contentType: 'application/json' }, data: JSON.stringify({ opaque: opaque() }) });
  }

  /** A raw text frame, for malformed-input tests. */
  sendRaw(text: string): void {
    this.#conns.at(-1)?.send(text);
  }

  /** SYSTEM disconnect: the client should reconnect; the gateway closes the socket 10 s later (here: at once when `closeAfterMs` is 0). */
  announceDisconnect(closeAfterMs = 10_000): void {
    for (const ws of this.#conns) {
      ws.send(JSON.stringify({ specVersion: '1.0', type: 'SYSTEM', headers: { topic: 'disconnect', contentType: 'application/json' }, data: JSON.stringify({ reason: 'connection is expired' }) }));
      setTimeout(() => ws.terminate(), closeAfterMs).unref();
    }
  }

  /** Drops every open connection without a close handshake, as a network failure would. */
  dropSocket(): void {
    for (const ws of this.#conns) ws.terminate();
  }

  /** Invalidates every access token issued so far (as a secret rotation does). */
  revokeTokens(): void {
    this.#tokens.clear();
  }

  /** Stops reading the socket (so pings go unanswered), like a half-open connection. */
  freeze(): void {
    for (const ws of this.#conns) ws.pause();
  }

  /** Frames pushed and not yet acknowledged. */
  get unacked(): number {
    return this.#pending.size;
  }

  #headers(topic: string): Record<string, string> {
    return { appId: 'fake-app-id', connectionId: randomUUID(), contentType: 'application/json', messageId: frameId(), time: String(this.now()), topic };
  }

  #push(frame: Frame): Promise<Ack> {
    return new Promise<Ack>((resolve) => {
      const p: Pending = { frame, resolve, on: undefined };
      this.#pending.set(frame.headers.messageId!, p);
      this.#flush();
    });
  }

  #flush(): void {
    const ws = this.#conns.at(-1);
    if (!ws) return;
    for (const p of this.#pending.values()) {
      if (p.on) continue;
      p.on = ws;
      ws.send(JSON.stringify(p.frame));
    }
  }

  #onAck(raw: string): void {
    let ack: Ack;
    try {
      ack = JSON.parse(raw) as Ack;
    } catch {
      this.malformedAcks.push(raw);
      return;
    }
    if (ack.code !== 200 || ack.message !== 'OK' || typeof ack.data !== 'string' || ack.headers?.contentType !== 'application/json' || !ack.headers.messageId) {
      this.malformedAcks.push(raw);
      return;
    }
    this.acks.push(ack);
    const p = this.#pending.get(ack.headers.messageId);
    if (!p) return;
    this.#pending.delete(ack.headers.messageId);
    p.resolve(ack);
  }

  async #changed(): Promise<void> {
    await new Promise<void>((resolve) => this.#waiters.add(resolve));
  }

  #notify(): void {
    for (const w of this.#waiters) w();
    this.#waiters.clear();
  }

  #upgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const ticket = url.searchParams.get('ticket') ?? '';
    const issued = this.#tickets.get(ticket);
    this.#tickets.delete(ticket); // single use
    if (url.pathname !== '/connect' || issued === undefined || this.now() - issued > TICKET_TTL_MS) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (this.failUpgrades > 0) {
      this.failUpgrades--;
      socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      this.#conns.push(ws);
      this.connections++;
      ws.on('message', (data: Buffer) => this.#onAck(data.toString()));
      ws.on('close', () => {
        this.#conns.splice(this.#conns.indexOf(ws), 1);
        for (const p of this.#pending.values()) if (p.on === ws) p.on = undefined; // pushed again on another connection
        this.#flush();
        this.#notify();
      });
      this.#flush();
      this.#notify();
    });
  }

  // ── HTTP ───────────────────────────────────────────────────────────────────

  async #http(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    let body: Record<string, unknown> = {};
    const raw = await readBody(req);
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return json(res, 400, { code: 'InvalidParameter', message: 'body is not JSON' });
      }
    }
    if (req.method !== 'POST') return json(res, 405, { code: 'MethodNotAllowed', message: req.method ?? '' });
    switch (url.pathname) {
      case '/v1.0/gateway/connections/open':
        return this.#open(body, res);
      case '/v1.0/oauth2/accessToken':
        return this.#token(body, res);
      case '/robot/sendBySession':
        return this.#sendBySession(url.searchParams.get('session') ?? '', body, res);
      case '/v1.0/robot/oToMessages/batchSend':
      case '/v1.0/robot/groupMessages/send':
      case '/v1.0/robot/messageFiles/download': {
        const token = req.headers['x-acs-dingtalk-access-token'];
        const expires = typeof token === 'string' ? this.#tokens.get(token) : undefined;
        if (expires === undefined || this.now() >= expires) return json(res, 401, { code: 'InvalidAuthentication', message: '不合法的access_token' });
        if (body.robotCode !== this.robotCode) return json(res, 400, { code: 'invalidParameter.robotCode', message: 'robotCode 不存在' });
        if (url.pathname.endsWith('/download')) return json(res, 200, { downloadUrl: `${this.url}/files/${encodeURIComponent(String(body.downloadCode))}` });
        return this.#robotSend(url.pathname, body, res);
      }
      default:
        return json(res, 404, { code: 'NotFound', message: url.pathname });
    }
  }

  #open(body: Record<string, unknown>, res: ServerResponse): void {
    if (this.failOpens > 0) {
      this.failOpens--;
      return json(res, 503, { code: 'ServiceUnavailable', message: 'gateway busy' });
    }
    if (body.clientId !== this.clientId || body.clientSecret !== this.clientSecret) {
      return json(res, 401, { code: 'InvalidAuthentication', message: 'clientId or clientSecret is invalid' });
    }
    const subscriptions = body.subscriptions as OpenRequest['subscriptions'];
    this.opens.push({ clientId: String(body.clientId), subscriptions: structuredClone(subscriptions), ...(typeof body.ua === 'string' ? { ua: body.ua } : {}) });
    const ticket = randomUUID();
    this.#tickets.set(ticket, this.now());
    json(res, 200, { endpoint: `${this.url.replace('http', 'ws')}/connect`, ticket });
  }

  #token(body: Record<string, unknown>, res: ServerResponse): void {
    if (body.appKey !== this.clientId || body.appSecret !== this.clientSecret) {
      return json(res, 400, { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' });
    }
    const token = randomUUID().replace(/-/g, '');
    this.#tokens.set(token, this.now() + 7_200_000);
    this.tokensIssued++;
    json(res, 200, { accessToken: token, expireIn: 7200 });
  }

  /** Counts a group send; false when it exceeds 20 a minute (and then blocks the group for ten minutes). */
  #groupAllows(conversationId: string): boolean {
    const now = this.now();
    if ((this.#blockedUntil.get(conversationId) ?? 0) > now) return false;
    const recent = (this.#groupSends.get(conversationId) ?? []).filter((t) => now - t < GROUP_WINDOW_MS);
    if (recent.length >= GROUP_LIMIT) {
      this.#blockedUntil.set(conversationId, now + GROUP_BLOCK_MS);
      return false;
    }
    recent.push(now);
    this.#groupSends.set(conversationId, recent);
    return true;
  }

  #sendBySession(session: string, body: Record<string, unknown>, res: ServerResponse): void {
    const s = this.#sessions.get(session);
    if (!s || this.now() > s.expiresAt) return json(res, 200, { errcode: 300001, errmsg: 'session 不存在或已过期' });
    const msgtype = String(body.msgtype);
    if (!WEBHOOK_TYPES.has(msgtype) || typeof body[msgtype] !== 'object') return json(res, 200, { errcode: 40035, errmsg: `缺少参数 ${msgtype}` });
    const sent: Sent = { via: 'webhook', conversationId: s.conversationId, body, at: this.now() };
    if (s.group && !this.#groupAllows(s.conversationId)) {
      this.throttled.push(sent);
      return json(res, 200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' });
    }
    this.sent.push(sent);
    json(res, 200, { errcode: 0, errmsg: 'ok' });
  }

  #robotSend(path: string, body: Record<string, unknown>, res: ServerResponse): void {
    const msgKey = String(body.msgKey);
    let msgParam: Record<string, unknown>;
    try {
      msgParam = JSON.parse(String(body.msgParam)) as Record<string, unknown>;
    } catch {
      return json(res, 400, { code: 'invalidParameter.msgParam', message: 'msgParam 不是合法的 JSON' });
    }
    if (!MSG_KEYS.has(msgKey)) return json(res, 400, { code: 'invalidParameter.msgKey', message: `msgKey ${msgKey} 不存在` });
    const processQueryKey = randomUUID();
    if (path.endsWith('/groupMessages/send')) {
      const conversationId = String(body.openConversationId);
      const sent: Sent = { via: 'group', conversationId, body: { msgKey, msgParam }, at: this.now() };
      if (!this.#groupAllows(conversationId)) {
        this.throttled.push(sent);
        return json(res, 400, { code: 'send.too.fast', message: '发送频率过快' });
      }
      this.sent.push(sent);
      return json(res, 200, { processQueryKey });
    }
    const userIds = body.userIds as string[];
    if (!Array.isArray(userIds) || userIds.length === 0 || userIds.length > 20) return json(res, 400, { code: 'invalidParameter.userIds', message: 'userIds 数量需在 1 到 20 之间' });
    const invalidStaffIdList = userIds.filter((u) => this.invalidStaff.has(u));
    const flowControlledStaffIdList = userIds.filter((u) => this.flowControlOnce.delete(u));
    const delivered = userIds.filter((u) => !invalidStaffIdList.includes(u) && !flowControlledStaffIdList.includes(u));
    if (delivered.length) this.sent.push({ via: 'users', conversationId: `users:${delivered.join(',')}`, userIds: delivered, body: { msgKey, msgParam }, at: this.now() });
    json(res, 200, { processQueryKey, invalidStaffIdList, flowControlledStaffIdList });
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
}
