import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingtalkApi } from '../../../adapters/dingtalk/api.js';
import { PlatformError } from '../../../core/model/errors.js';
import { groupText } from '../../fakes/dingtalk/messages.js';
import { FakeDingtalk } from '../../fakes/dingtalk/server.js';

describe('DingTalk API client', () => {
  let now = Date.now();
  let fake: FakeDingtalk;
  let api: DingtalkApi;
  const text = { msgKey: 'sampleText', msgParam: { content: 'hi' } };
  beforeAll(async () => {
    fake = await FakeDingtalk.start({ now: () => now });
    api = new DingtalkApi({ apiBase: fake.url, clientId: fake.clientId, clientSecret: fake.clientSecret, robotCode: fake.robotCode, timeoutMs: 2_000, now: () => now });
  });
  afterAll(() => fake.close());

  it('caches the access token, shares one request between concurrent callers, and refreshes it before it expires', async () => {
    await Promise.all([api.batchSend(['staff-a'], text), api.groupSend('cidApiGroup==', text), api.accessToken()]);
    expect(fake.tokensIssued).toBe(1);
    now += 114 * 60_000; // 1 h 54 min: still inside the token's life minus five minutes
    await api.batchSend(['staff-a'], text);
    expect(fake.tokensIssued).toBe(1);
    now += 2 * 60_000; // 1 h 56 min: refreshed ahead of DingTalk's 2 h expiry
    await api.batchSend(['staff-a'], text);
    expect(fake.tokensIssued).toBe(2);
  });

  it('refreshes a token DingTalk stopped accepting and retries the call once', async () => {
    fake.revokeTokens();
    const issued = fake.tokensIssued;
    await expect(api.groupSend('cidApiGroup==', text)).resolves.toHaveProperty('processQueryKey');
    expect(fake.tokensIssued).toBe(issued + 1);
  });

  it('reports wrong credentials, unknown templates and unreachable hosts as PlatformErrors', async () => {
    const wrong = new DingtalkApi({ apiBase: fake.url, clientId: fake.clientId, clientSecret: 'wrong', robotCode: fake.robotCode, timeoutMs: 2_000 });
    await expect(wrong.accessToken()).rejects.toMatchObject({ name: 'PlatformError', method: 'oauth2.accessToken', status: 400, code: 'invalidClientIdOrSecret' });
    await expect(api.groupSend('cidApiGroup==', { msgKey: 'sampleNothing', msgParam: {} })).rejects.toMatchObject({ status: 400, code: 'invalidParameter.msgKey', retryAfterMs: undefined });
    const down = new DingtalkApi({ apiBase: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', robotCode: 'x', timeoutMs: 2_000 });
    const err = await down.accessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ retryAfterMs: undefined });
  });

  it('turns a sessionWebhook "too fast" answer into a ten-minute retryAfter, and an expired session into an error', async () => {
    const group = { id: 'cidTooFast==' };
    const msg = fake.pushRobotMessage(groupText('hi', { staffId: 'staff-fast' }, group)).message;
    for (let i = 0; i < 20; i++) await api.sendBySession(msg.sessionWebhook, { msgtype: 'text', text: { content: `#${i}` } });
    const err = await api.sendBySession(msg.sessionWebhook, { msgtype: 'text', text: { content: '#21' } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PlatformError', method: 'sessionWebhook', code: 130101, retryAfterMs: 600_000 });
    now += msg.sessionWebhookExpiredTime - now + 1;
    await expect(api.sendBySession(msg.sessionWebhook, { msgtype: 'text', text: { content: 'late' } })).rejects.toMatchObject({ code: 300001, retryAfterMs: undefined });
  });

  it('exchanges a downloadCode for a download URL', async () => {
    await expect(api.downloadUrl('mIof****JE0E')).resolves.toBe(`${fake.url}/files/${encodeURIComponent('mIof****JE0E')}`);
  });
});
