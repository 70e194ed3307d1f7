import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { PlatformError } from '../../../core/model/errors.js';
import type { Target } from '../../../core/model/event.js';
import { WecomApi } from '../../../adapters/wecom/api.js';
import { createWecomAdapter, type WecomAppAdapter } from '../../../adapters/wecom/index.js';
import { startFakeWecomApi, type FakeWecomApi } from '../../fakes/wecom/api-server.js';
import { testSecrets } from '../../fakes/wecom/callback.js';
import { adapterContext, appEnv } from './helpers.js';

const SECRET = 'corp-app-secret-xyz';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(now?: () => number): Promise<{ api: FakeWecomApi; adapter: WecomAppAdapter }> {
  const secrets = testSecrets();
  const api = await startFakeWecomApi({ corpId: secrets.corpId, secret: SECRET, agentId: secrets.agentId });
  const { ctx, close } = adapterContext({ env: appEnv(secrets, SECRET), config: { api_base: api.url } });
  const adapter = createWecomAdapter(ctx, now ? { now } : {}) as WecomAppAdapter;
  cleanups.push(async () => {
    await close();
    await api.close();
  });
  return { api, adapter };
}

const member = (id: string): Target => ({ platform: 'wecom', botId: 'shop1', conversation: { id, kind: 'direct' }, userId: id });
const sendText = (adapter: WecomAppAdapter, to: string, text: string) => adapter.send(adapter.render(member(to), [{ type: 'text', text }])[0]!);

describe('WeCom API client: access token', () => {
  it('fetches a token once, reuses it, and refreshes it five minutes before it expires', async () => {
    let clock = 1_700_000_000_000;
    const { api, adapter } = await setup(() => clock);
    await sendText(adapter, 'zhangsan', 'one');
    await sendText(adapter, 'zhangsan', 'two');
    expect(api.sent('gettoken')).toHaveLength(1);
    clock += (7200 - 301) * 1000;
    await sendText(adapter, 'zhangsan', 'three');
    expect(api.sent('gettoken')).toHaveLength(1);
    clock += 2_000;
    await sendText(adapter, 'zhangsan', 'four');
    expect(api.sent('gettoken')).toHaveLength(2);
    expect(api.sent('message/send').map((c) => c.token)).toEqual([api.tokensIssued[0], api.tokensIssued[0], api.tokensIssued[0], api.tokensIssued[1]]);
  });

  it('shares one token fetch between concurrent calls, and refetches when WeCom says the token is invalid', async () => {
    const { api, adapter } = await setup();
    await Promise.all(['a', 'b', 'c'].map((u) => sendText(adapter, u, 'hi')));
    expect(api.sent('gettoken')).toHaveLength(1);
    api.failNext('message/send', 40014, 'invalid access_token');
    await sendText(adapter, 'a', 'again');
    expect(api.sent('gettoken')).toHaveLength(2);
  });

  it('fails clearly on a wrong secret, without quoting it', async () => {
    const secrets = testSecrets();
    const api = await startFakeWecomApi({ corpId: secrets.corpId, secret: 'the-real-secret', agentId: secrets.agentId });
    cleanups.push(() => api.close());
    const client = new WecomApi({ baseUrl: api.url, corpId: secrets.corpId, secret: 'a-wrong-secret', timeoutMs: 2_000, log: pino({ level: 'silent' }) });
    const err = await client.sendMessage({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ method: 'gettoken', code: 40001, retryAfterMs: undefined, unreachable: false });
    expect(String((err as Error).message)).not.toContain('a-wrong-secret');
  });

  it('keeps credentials out of network errors', async () => {
    const client = new WecomApi({ baseUrl: 'http://127.0.0.1:9', corpId: 'ww1', secret: 'super-secret-value', timeoutMs: 2_000, log: pino({ level: 'silent' }) });
    const err = (await client.accessToken().catch((e: unknown) => e)) as PlatformError;
    expect(err).toMatchObject({ name: 'WecomApiError', code: 'network' });
    expect(`${err.message} ${String(err.cause)}`).not.toContain('super-secret-value');
  });
});

describe('WeCom API client: errcodes', () => {
  it('maps 45009 and friends to a rate limit whose backoff grows, and resets after a success', async () => {
    const { api, adapter } = await setup();
    api.failNext('message/send', 45009, 'api freq out of limit');
    api.failNext('message/send', 45011, 'api minute-quota reached');
    const attempt = () => sendText(adapter, 'zhangsan', 'hello').catch((e: unknown) => e);
    expect(await attempt()).toMatchObject({ name: 'WecomApiError', platform: 'wecom', method: 'message/send', code: 45009, retryAfterMs: 2_000, unreachable: false });
    expect(await attempt()).toMatchObject({ code: 45011, retryAfterMs: 4_000 });
    expect(await attempt()).toMatchObject({ ok: true });
    api.failNext('message/send', 45033, 'concurrent');
    expect(await attempt()).toMatchObject({ code: 45033, retryAfterMs: 2_000 });
    api.failNext('message/send', -1, 'system busy');
    expect(await attempt()).toMatchObject({ code: -1, retryAfterMs: expect.any(Number) as unknown });
    api.failNext('message/send', 40008, 'invalid message type');
    expect(await attempt()).toMatchObject({ code: 40008, retryAfterMs: undefined, unreachable: false });
  });

  it('marks a member outside the app\'s visible range as unreachable', async () => {
    const { api, adapter } = await setup();
    api.unknownUsers.add('gone');
    expect(await sendText(adapter, 'gone', 'hi').catch((e: unknown) => e)).toMatchObject({ code: 81013, unreachable: true });
  });
});

describe('WeCom API client: media', () => {
  it('uploads a file once, then sends it by media_id', async () => {
    const { api, adapter } = await setup();
    api.files.set('manual.pdf', { mime: 'application/pdf', bytes: Buffer.from('%PDF-1.4 test') });
    const [payload] = adapter.render(member('zhangsan'), [{ type: 'file', src: `${api.url}/files/manual.pdf` }]);
    await adapter.send(payload!);
    await adapter.send(payload!);
    const uploads = api.sent('media/upload');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ query: { type: 'file' }, body: { filename: 'manual.pdf', size: 13, contentType: 'application/pdf' } });
    const sends = api.sent('message/send');
    expect(sends.map((c) => c.body.file)).toEqual([{ media_id: expect.stringMatching(/^media_/) as unknown }, sends[0]!.body.file]);
  });

  it('sends to an app group chat', async () => {
    const { api, adapter } = await setup();
    api.appChats.add('opsroom');
    const [payload] = adapter.render({ platform: 'wecom', botId: 'shop1', conversation: { id: 'opsroom', kind: 'group' } }, [{ type: 'text', text: 'Stock is low' }]);
    await adapter.send(payload!);
    expect(api.sent('appchat/send')[0]!.body).toEqual({ chatid: 'opsroom', msgtype: 'text', text: { content: 'Stock is low' } });
  });

  it('lists customer groups and reads one', async () => {
    const { api, adapter } = await setup();
    api.groupChats.set('wrA', { owner: 'zhangsan', name: 'VIP A', members: ['zhangsan', 'wmC1'] });
    api.groupChats.set('wrB', { owner: 'lisi', name: 'VIP B', members: ['lisi'] });
    expect((await adapter.api.listGroupChats()).group_chat_list.map((g) => g.chat_id)).toEqual(['wrA', 'wrB']);
    expect((await adapter.api.getGroupChat('wrA')).group_chat).toMatchObject({ chat_id: 'wrA', owner: 'zhangsan' });
    expect(api.sent('externalcontact/groupchat/list')[0]!.body).toEqual({ status_filter: 0, limit: 100 });
    expect(await adapter.api.getGroupChat('nope').catch((e: unknown) => e)).toMatchObject({ code: 40058 });
  });
});
