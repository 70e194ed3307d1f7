/**
 * A local stand-in for WeCom's intelligent-robot long-connection gateway
 * (https://developer.work.weixin.qq.com/document/path/101463), driven by the real
 * `@wecom/aibot-node-sdk`. Frames are JSON `{ cmd, headers: { req_id }, body }`:
 * - client → server: `aibot_subscribe` { bot_id, secret } (answered `{ headers, errcode, errmsg }`),
 *   `ping`, `aibot_respond_msg`, `aibot_respond_welcome_msg`, `aibot_respond_update_msg`, `aibot_send_msg`
 *   (each acknowledged with the same req_id);
 * - server → client: `aibot_msg_callback` and `aibot_event_callback` with the message body.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Frame {
  cmd?: string;
  headers: { req_id: string };
  body?: Record<string, unknown>;
  errcode?: number;
  errmsg?: string;
}

export interface FakeAibotGateway {
  url: string;
  /** Frames received from the robot (subscribe and pings included). */
  received: Frame[];
  subscribed: boolean;
  /** Replies (anything but subscribe and ping). */
  replies(): Frame[];
  /** Pushes a user message; resolves with the req_id the replies must carry. */
  pushMessage(body: Record<string, unknown>): string;
  pushEvent(body: Record<string, unknown>): string;
  /** The next ack of `cmd` answers this errcode instead of 0. */
  failNext(cmd: string, errcode: number): void;
  waitFor(predicate: (frames: Frame[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeAibotGateway(options: { botId: string; secret: string }): Promise<FakeAibotGateway> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  let client: WebSocket | undefined;
  const failures = new Map<string, number[]>();
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const send = (frame: Frame) => {
    if (!client) throw new Error('no robot connected');
    client.send(JSON.stringify(frame));
  };
  const fake: FakeAibotGateway = {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    received: [],
    subscribed: false,
    replies: () => fake.received.filter((f) => f.cmd !== 'aibot_subscribe' && f.cmd !== 'ping'),
    pushMessage: (body) => {
      const req_id = `req_${randomBytes(6).toString('hex')}`;
      send({ cmd: 'aibot_msg_callback', headers: { req_id }, body });
      return req_id;
    },
    pushEvent: (body) => {
      const req_id = `req_${randomBytes(6).toString('hex')}`;
      send({ cmd: 'aibot_event_callback', headers: { req_id }, body });
      return req_id;
    },
    failNext: (cmd, errcode) => failures.set(cmd, [...(failures.get(cmd) ?? []), errcode]),
    waitFor: (predicate, timeoutMs = 5_000) => new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!predicate(fake.received)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`fake aibot gateway: condition not met in ${timeoutMs} ms; got ${fake.received.map((f) => f.cmd).join(', ')}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    }),
    close: () => new Promise<void>((resolve) => {
      for (const c of wss.clients) c.terminate();
      wss.close(() => resolve());
    }),
  };

  wss.on('connection', (ws) => {
    client = ws;
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString('utf8')) as Frame;
      fake.received.push(frame);
      const ack = (errcode: number, errmsg = errcode ? 'failed' : 'ok') => ws.send(JSON.stringify({ headers: { req_id: frame.headers.req_id }, errcode, errmsg }));
      if (frame.cmd === 'aibot_subscribe') {
        const ok = frame.body?.bot_id === options.botId && frame.body?.secret === options.secret;
        fake.subscribed = ok;
        ack(ok ? 0 : 40001, ok ? 'ok' : 'invalid bot id or secret');
      } else if (frame.cmd === 'ping') {
        ack(0);
      } else {
        ack(failures.get(frame.cmd ?? '')?.shift() ?? 0);
      }
      notify();
    });
  });
  return fake;
}
