import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../../../core/model/event.js';
import { createWecomAdapter, type WecomAppAdapter } from '../../../adapters/wecom/index.js';
import { encryptWithBadPadding, externalChatMembers, signCallback, signUrlVerification, testSecrets, textMessage, xml, type AppSecrets } from '../../fakes/wecom/callback.js';
import { adapterContext, appEnv, captureLog } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'wecom');
const vector = JSON.parse(readFileSync(join(FIXTURES, 'crypto-official-vectors.json'), 'utf8')) as {
  token: string; encodingAESKey: string; receiveId_corpId: string;
  url_verification: { timestamp: string; expected_response_body: string };
  xml_message_callback: { msg_signature: string; timestamp: string; nonce: string };
};

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** The adapter on its own, with a sink that records what would enter the pipeline. */
async function harness(secrets: AppSecrets, options: { now?: () => number; config?: Record<string, unknown> } = {}) {
  const logs = captureLog();
  const { ctx, close } = adapterContext({ env: appEnv(secrets, 'app-secret'), config: options.config ?? {}, log: logs.log });
  const adapter = createWecomAdapter(ctx, options.now ? { now: options.now } : {}) as WecomAppAdapter;
  const events: InboundEvent[] = [];
  await adapter.start((e) => {
    events.push(e);
    return Promise.resolve();
  });
  cleanups.push(async () => {
    await adapter.stop();
    await close();
  });
  const path = `/channels/wecom/${ctx.botId}`;
  const post = async (cb: { query: string; body: string }) => {
    const res = await ctx.http.request(`${path}${cb.query}`, { method: 'POST', body: cb.body, headers: { 'content-type': 'text/xml' } });
    await adapter.settled();
    return res;
  };
  const get = (query: string) => ctx.http.request(`${path}${query}`);
  return { adapter, events, post, get, logs, ctx };
}

describe('WeCom callback transport: URL verification', () => {
  const official: AppSecrets = { corpId: vector.receiveId_corpId, agentId: 218, token: vector.token, encodingAesKey: vector.encodingAESKey };

  it('answers the official vector with the decrypted echostr, nothing more', async () => {
    const h = await harness(official, { now: () => Number(vector.url_verification.timestamp) * 1000 + 2_000 });
    const line = readFileSync(join(FIXTURES, 'url-verification.request.txt'), 'utf8').split('\n')[0]!;
    const res = await h.get(line.split(' ')[1]!.replace('/cgi-bin/wxpush', ''));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(vector.url_verification.expected_response_body);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('refuses a verification signed with another token', async () => {
    const secrets = testSecrets();
    const h = await harness(secrets);
    const res = await h.get(signUrlVerification({ ...secrets, token: 'guessed' }, '12345'));
    expect(res.status).toBe(401);
    expect((await h.get(signUrlVerification(secrets, '12345'))).status).toBe(200);
  });

  it('decodes the official encrypted XML callback into a message event', async () => {
    const h = await harness(official, { now: () => Number(vector.xml_message_callback.timestamp) * 1000 });
    const v = vector.xml_message_callback;
    const query = `?msg_signature=${v.msg_signature}&timestamp=${v.timestamp}&nonce=${v.nonce}`;
    const res = await h.post({ query, body: readFileSync(join(FIXTURES, 'encrypted-callback.post-body.xml'), 'utf8') });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.events).toMatchObject([{ id: '4561255354251345929', kind: 'message', sender: { id: 'mycreate' }, content: [{ type: 'text', text: 'hello' }] }]);
  });
});

describe('WeCom callback transport: what never reaches the pipeline', () => {
  const secrets = testSecrets();
  const rejected = (h: Awaited<ReturnType<typeof harness>>) => h.logs.lines().filter((l) => l.msg === 'wecom callback rejected').map((l) => l.reason);

  it('rejects a forged signature (401), a wrong receive id, bad padding and a stale timestamp (403), and logs each', async () => {
    const h = await harness(secrets);
    const msg = textMessage(secrets, 'zhangsan', 'hi');
    const forged = signCallback({ ...secrets, token: 'not-the-token' }, msg);
    expect((await h.post(forged)).status).toBe(401);

    const otherCorp = signCallback(secrets, msg, { receiveId: 'wwAnotherCorp' });
    expect((await h.post(otherCorp)).status).toBe(403);

    // Whoever knows the Token can sign, but without the AES key the padding gives them away.
    const badPadding = signCallback(secrets, msg, { ciphertext: encryptWithBadPadding(secrets, msg) });
    expect((await h.post(badPadding)).status).toBe(403);

    const stale = signCallback(secrets, msg, { timestamp: Math.floor(Date.now() / 1000) - 3_600 });
    expect((await h.post(stale)).status).toBe(403);

    const missing = await h.post({ query: '', body: signCallback(secrets, msg).body });
    expect(missing.status).toBe(401);
    expect(h.events).toEqual([]);
    expect(rejected(h)).toEqual(['signature', 'receive_id', 'padding', 'stale', 'signature']);
    expect(h.logs.text()).not.toContain(secrets.encodingAesKey);
    expect(h.logs.text()).not.toContain('"hi"');
  });

  it('rejects malformed and oversized bodies', async () => {
    const h = await harness(secrets, { config: { max_body_bytes: 2048 } });
    const cb = signCallback(secrets, textMessage(secrets, 'zhangsan', 'hi'));
    expect((await h.post({ query: cb.query, body: '<xml><NoEncrypt/></xml>' })).status).toBe(400);
    expect((await h.post({ query: cb.query, body: '<!DOCTYPE x [<!ENTITY a "b">]><xml/>' })).status).toBe(400);
    expect((await h.post({ query: cb.query, body: `<xml><Encrypt>${'A'.repeat(4096)}</Encrypt></xml>` })).status).toBe(413);
    expect(h.events).toEqual([]);
  });

  it('acknowledges a retried callback and hands it on once', async () => {
    const h = await harness(secrets);
    const cb = signCallback(secrets, textMessage(secrets, 'zhangsan', 'where is my order'));
    const answers = await Promise.all([h.post(cb), h.post(cb), h.post(cb)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.events).toHaveLength(1);
    expect(h.logs.lines().filter((l) => l.msg === 'wecom callback retry ignored')).toHaveLength(2);
  });

  it('ignores callbacks for another agent of the same corp', async () => {
    const h = await harness(secrets);
    const other = xml({ ToUserName: secrets.corpId, FromUserName: 'zhangsan', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'text', Content: 'hi', MsgId: '42', AgentID: 999 });
    expect((await h.post(signCallback(secrets, other))).status).toBe(200);
    expect(h.events).toEqual([]);
  });
});

describe('WeCom callback transport: customer groups', () => {
  it('turns a member joining a customer group into a join event and remembers the group', async () => {
    const secrets = testSecrets();
    const h = await harness(secrets);
    const res = await h.post(signCallback(secrets, externalChatMembers(secrets, 'wrGroup42', 'add_member', ['wmCustomerA', 'wmCustomerB'])));
    expect(res.status).toBe(200);
    expect(h.events.map((e) => ({ kind: e.kind, who: e.sender.id, chat: e.conversation }))).toEqual([
      { kind: 'join', who: 'wmCustomerA', chat: { id: 'customer-group:wrGroup42', kind: 'group' } },
      { kind: 'join', who: 'wmCustomerB', chat: { id: 'customer-group:wrGroup42', kind: 'group' } },
    ]);
    expect(await h.ctx.store.references.get('wecom', h.ctx.botId, 'customer-group:wrGroup42')).toEqual({});
    await h.post(signCallback(secrets, externalChatMembers(secrets, 'wrGroup42', 'del_member', ['wmCustomerB'])));
    expect(h.events.at(-1)).toMatchObject({ kind: 'leave', sender: { id: 'wmCustomerB' } });
  });
});
