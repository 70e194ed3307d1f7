import { pino } from 'pino';
import { DWClient } from 'dingtalk-stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../../core/server/index.js';
import { singleText } from '../../fakes/dingtalk/messages.js';
import { FakeDingtalk, TOPIC_ROBOT } from '../../fakes/dingtalk/server.js';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';
import { openDingtalkApp, textOf, type DingtalkTestApp } from './support.js';

const open: DingtalkTestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

async function boot(options: Parameters<typeof openDingtalkApp>[0] = {}): Promise<DingtalkTestApp> {
  const t = await openDingtalkApp(options);
  open.push(t);
  return t;
}

function captureLogs(): { log: pino.Logger; lines: () => { level: number; msg: string; [k: string]: unknown }[]; raw: () => string } {
  const out: string[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => void out.push(s) });
  return { log, lines: () => out.map((l) => JSON.parse(l) as { level: number; msg: string }), raw: () => out.join('') };
}

describe('DingTalk stream transport', () => {
  it('reconnects after the gateway drops the socket, without losing or repeating a message', async () => {
    const t = await boot();
    const original = t.app.engine.handle.bind(t.app.engine);
    const handle = vi.spyOn(t.app.engine, 'handle');
    let dropped = false;
    handle.mockImplementation(async (event) => {
      // The socket dies while the first message's turn runs: its ack never reaches the gateway.
      if (!dropped) {
        dropped = true;
        t.fake.failOpens = 2; // and the gateway refuses the next two reconnects
        t.fake.dropSocket();
      }
      return original(event);
    });

    const inFlight = t.fake.pushRobotMessage(singleText('hello', { staffId: 'staff-drop-1' }));
    await vi.waitFor(() => expect(t.adapter.health().ok).toBe(false));
    expect(t.adapter.health().detail).toMatch(/reconnecting/);
    // Arrives while the adapter is disconnected: the gateway holds it.
    const whileDown = t.fake.pushRobotMessage(singleText("where's my order?", { staffId: 'staff-drop-2' }));

    await Promise.all([inFlight.acked, whileDown.acked]);
    expect(t.adapter.health()).toMatchObject({ ok: true });
    expect(t.fake.connections).toBe(2);
    expect(t.adapter.transport.connections).toBe(2);
    // The first message reached the adapter twice (before and after the drop) and was answered once.
    expect(handle.mock.calls.filter(([e]) => e.id === inFlight.message.msgId)).toHaveLength(2);
    expect(t.fake.sent.filter((s) => s.conversationId === inFlight.message.conversationId)).toHaveLength(1);
    expect(t.fake.sent.filter((s) => s.conversationId === whileDown.message.conversationId).map(textOf)).toEqual([t.app.i18n.t('en', 'order.ask_id')]);
    expect(t.fake.unacked).toBe(0);
  });

  it('keeps retrying a gateway that refuses the connection, says so in logs and health, and never logs the secret', async () => {
    const fake = await FakeDingtalk.start();
    fake.failOpens = 3;
    const logs = captureLogs();
    const t = await boot({ fake, app: { log: logs.log } });
    expect(t.adapter.health()).toEqual({ ok: false, detail: expect.stringMatching(/reconnecting \(\d failed attempts?\): dingtalk gateway\.connections\.open: HTTP 503/) as unknown });
    await vi.waitFor(() => expect(t.adapter.health().ok).toBe(true));
    const failures = logs.lines().filter((l) => l.msg === 'dingtalk stream: connection failed; retrying');
    expect(failures.map((l) => l.failures)).toEqual([1, 2, 3]);
    const delays = failures.map((l) => l.delayMs as number);
    expect(delays[2]).toBeGreaterThan(delays[0]!); // backoff grows (20 ms doubling, jittered 50–100 %)
    expect(logs.lines().some((l) => l.msg === 'dingtalk stream connected')).toBe(true);
    expect(logs.raw()).not.toContain(fake.clientSecret);
  });

  it('reports the connection in /healthz', async () => {
    const fake = await FakeDingtalk.start();
    const dir = tempDir();
    const server = await startServer({
      root: ROOT, dataDir: dir.path, modelsDir: MODELS_DIR, port: 0, host: '127.0.0.1', bots: ['demo-shop'],
      channelConfig: { dingtalk: fake.channelConfig({ reconnect: { initial_ms: 5_000, max_ms: 5_000 } }) }, env: fake.env(),
    });
    try {
      const up = await fetch(`${server.url}/healthz`);
      expect(up.status).toBe(200);
      expect(((await up.json()) as { channels: unknown[] }).channels).toContainEqual({ bot: 'demo-shop', platform: 'dingtalk', ok: true, detail: expect.stringMatching(/^stream connected since /) as unknown });
      fake.failOpens = 1;
      fake.dropSocket();
      await vi.waitFor(async () => expect((await fetch(`${server.url}/healthz`)).status).toBe(503));
      const down = (await (await fetch(`${server.url}/healthz`)).json()) as { ok: boolean; channels: { platform: string; ok: boolean; detail: string }[] };
      expect(down.ok).toBe(false);
      expect(down.channels.find((c) => c.platform === 'dingtalk')).toMatchObject({ ok: false, detail: expect.stringMatching(/reconnecting/) as unknown });
    } finally {
      await server.close();
      await fake.close();
      dir.remove();
    }
  });

  it('gives every client its own subscriptions (the SDK shares one array between instances)', async () => {
    const fake = await FakeDingtalk.start();
    const a = await boot({ fake });
    const b = await openDingtalkApp({ fake });
    open.push(b);
    a.fake.dropSocket(); // reconnects must not grow the list either
    await vi.waitFor(() => expect(fake.opens.length).toBeGreaterThanOrEqual(3));
    const expected = [{ type: 'EVENT', topic: '*' }, { type: 'CALLBACK', topic: TOPIC_ROBOT }];
    for (const o of fake.opens) expect(o.subscriptions).toEqual(expected);
    expect(new DWClient({ clientId: 'x', clientSecret: 'y' }).getConfig().subscriptions).toEqual([{ type: 'EVENT', topic: '*' }]);
  });

  it('reconnects at once when the gateway announces a disconnect', async () => {
    const t = await boot({ channel: { reconnect: { initial_ms: 60_000, max_ms: 60_000 } } });
    t.fake.announceDisconnect(60_000);
    await t.fake.waitForConnections(2);
    expect(t.adapter.health().ok).toBe(true); // the old connection served until the new one was up
    const { acked, message } = t.fake.pushRobotMessage(singleText('hello', { staffId: 'staff-goaway' }));
    await acked;
    expect(t.fake.sent.filter((s) => s.conversationId === message.conversationId)).toHaveLength(1);
  });

  it('keeps serving on the old connection when the handover to a new one fails', async () => {
    const t = await boot({ channel: { reconnect: { initial_ms: 20, max_ms: 20 } } });
    t.fake.failUpgrades = 1;
    t.fake.announceDisconnect(400);
    await vi.waitFor(() => expect(t.fake.failUpgrades).toBe(0));
    // Answered and acknowledged on the old socket (the SDK must not be left pointing at the refused one).
    const before = t.fake.connections;
    const { acked } = t.fake.pushRobotMessage(singleText('hello', { staffId: 'staff-handover' }));
    await acked;
    expect(t.fake.connections).toBe(before);
    // When the gateway finally closes it, the adapter reconnects.
    await t.fake.waitForConnections(before + 1);
    await vi.waitFor(() => expect(t.adapter.health().ok).toBe(true));
  });

  it('drops a socket that stops answering pings and opens a new one', async () => {
    const t = await boot({ channel: { heartbeat_ms: 100 } });
    t.fake.freeze();
    await t.fake.waitForConnections(2);
    await vi.waitFor(() => expect(t.adapter.health().ok).toBe(true));
    const { acked } = t.fake.pushRobotMessage(singleText('hello', { staffId: 'staff-frozen' }));
    await acked;
  });

  it('answers SYSTEM pings with their opaque, survives malformed frames, and acknowledges events spelled with `header`', async () => {
    const t = await boot();
    const ping = await t.fake.ping();
    expect(JSON.parse(ping.data)).toHaveProperty('opaque');
    t.fake.sendRaw('{"type": "CALLBACK", "headers": ');
    t.fake.sendRaw(JSON.stringify({ specVersion: '1.0', type: 'EVENT', header: { messageId: 'evt-header-1', topic: '*', eventType: 'user_add_org', contentType: 'application/json', time: '1683533823336' }, data: '{"userId": ["015xxxx227"]}' }));
    await vi.waitFor(() => expect(t.fake.acks.map((a) => a.headers.messageId)).toContain('evt-header-1'));
    const { acked } = t.fake.pushRobotMessage(singleText('hello', { staffId: 'staff-after-garbage' }));
    await acked;
    expect(t.fake.connections).toBe(1);
  });
});
