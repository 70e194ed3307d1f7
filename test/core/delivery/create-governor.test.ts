import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createGovernor } from '../../../core/delivery/index.js';
import type { ChannelAdapter, Payload, SendResult } from '../../../core/model/adapter.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `shopmate-test-${randomUUID().slice(0, 8)}`;
const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
afterAll(async () => {
  const keys = await admin.keys(`${prefix}:*`);
  if (keys.length) await admin.del(...keys);
  await admin.quit();
});

const adapter: ChannelAdapter = {
  platform: 'fakechat', botId: 'b', capabilities: new Set(), limits: { perBot: [], perChat: [{ max: 5, perMs: 60_000 }], perGroup: [] },
  start: () => Promise.resolve(), stop: () => Promise.resolve(), render: () => [],
  send: (): Promise<SendResult> => Promise.resolve({ ok: true }),
};
const payload: Payload = { target: { platform: 'fakechat', botId: 'b', conversation: { id: 'c1', kind: 'direct' } }, method: 'send', body: null };

describe('createGovernor', () => {
  it('keeps buckets in process without REDIS_URL', async () => {
    const governor = await createGovernor({});
    await expect(governor.send(adapter, payload)).resolves.toEqual({ ok: true });
    await governor.close?.();
  });

  it('keeps buckets in Redis under SHOPMATE_REDIS_PREFIX with REDIS_URL, and closes its client', async () => {
    const governor = await createGovernor({ REDIS_URL, SHOPMATE_REDIS_PREFIX: prefix });
    await governor.send(adapter, payload);
    expect(await admin.keys(`${prefix}:rate:*`)).toEqual([`${prefix}:rate:fakechat:b:chat:c1:5/60000`]);
    await governor.close?.();
  });

  it('opens no connection until a rate-limited send needs one', async () => {
    const governor = await createGovernor({ REDIS_URL: 'redis://127.0.0.1:1', SHOPMATE_REDIS_PREFIX: prefix });
    const unlimited = { ...adapter, limits: { perBot: [], perChat: [], perGroup: [] } };
    await expect(governor.send(unlimited, payload)).resolves.toEqual({ ok: true });
    await governor.close?.();
  });
});
