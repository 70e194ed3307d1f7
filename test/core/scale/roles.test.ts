import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { openBackends } from '../../../core/scale/backends.js';
import { RedisLockSerializer } from '../../../core/scale/redis-lock.js';
import { SendLedger } from '../../../core/scale/send-ledger.js';
import { KeyedMutex } from '../../../core/util/keyed-mutex.js';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import { ConfigError } from '../../../core/model/errors.js';
import type { DeliveryGovernor } from '../../../core/delivery/governor.js';
import { startServer, type Server } from '../../../core/server/index.js';
import { buildProgram } from '../../../core/cli/main.js';
import { createLogger } from '../../../core/util/log.js';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';
import { REDIS_URL, redisScope } from './redis.js';

const log = createLogger({ level: 'silent' });
const { prefix: newPrefix } = redisScope();
const dirs: { remove(): void }[] = [];
afterAll(() => {
  for (const d of dirs) d.remove();
});
function dataDir(): string {
  const d = tempDir();
  dirs.push(d);
  return d.path;
}
function prefix(): string {
  const p = newPrefix('roles');
  return p;
}
const noGovernor: DeliveryGovernor = { send: () => Promise.resolve({ ok: true }) };

describe('backends chosen from the environment', () => {
  it('are embedded when neither MONGODB_URI nor REDIS_URL is set', async () => {
    const b = await openBackends({ env: {}, dataDir: dataDir(), log, role: 'all' });
    expect([b.mode, b.store.kind, b.queue.kind]).toEqual(['embedded', 'sqlite', 'embedded']);
    expect(b.serializer).toBeInstanceOf(KeyedMutex);
    expect(b.governor(noGovernor)).toBe(noGovernor);
    expect(await b.health()).toMatchObject({ ok: true, role: 'all', queue: { ok: true } });
    await b.close();
  });

  it('put sessions, dedupe, locks and jobs in Redis when REDIS_URL is set', async () => {
    const b = await openBackends({ env: { REDIS_URL, SHOPMATE_REDIS_PREFIX: prefix() }, dataDir: dataDir(), log, role: 'web' });
    expect([b.mode, b.store.kind, b.queue.kind]).toEqual(['redis', 'sqlite+redis', 'bullmq']);
    expect(b.serializer).toBeInstanceOf(RedisLockSerializer);
    expect(b.governor(noGovernor)).toBeInstanceOf(SendLedger);
    expect(await b.health()).toMatchObject({ ok: true, role: 'web', redis: { ok: true }, queue: { ok: true } });
    await b.close();
  });

  it('use an injected store and serializer as they are', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const serializer = new KeyedMutex();
    const b = await openBackends({ env: { REDIS_URL, SHOPMATE_REDIS_PREFIX: prefix() }, dataDir: dataDir(), log, role: 'all', store, serializer });
    expect(b.store).toBe(store);
    expect(b.serializer).toBe(serializer);
    await b.close();
  });

  it('refuse malformed settings, naming the variable', async () => {
    await expect(openBackends({ env: { REDIS_URL: 'localhost:6379' }, dataDir: dataDir(), log, role: 'all' })).rejects.toThrow(ConfigError);
    await expect(openBackends({ env: { REDIS_URL, SHOPMATE_LOCK_LEASE_MS: 'soon' }, dataDir: dataDir(), log, role: 'all' })).rejects.toThrow(/SHOPMATE_LOCK_LEASE_MS/);
    await expect(openBackends({ env: { MONGODB_URI: 'postgres://x' }, dataDir: dataDir(), log, role: 'all' })).rejects.toThrow(/MONGODB_URI/);
  });
});

describe('roles', () => {
  let web: Server;
  let worker: Server;
  beforeAll(async () => {
    const env = { REDIS_URL, SHOPMATE_REDIS_PREFIX: prefix() };
    const shared = dataDir();
    const common = { root: ROOT, modelsDir: MODELS_DIR, port: 0, host: '127.0.0.1', bots: ['demo-shop'], channels: ['webchat'], env, log };
    web = await startServer({ ...common, dataDir: shared, role: 'web' });
    worker = await startServer({ ...common, dataDir: shared, role: 'worker' });
  }, 60_000);
  afterAll(async () => {
    await web.close();
    await worker.close();
  });

  const say = (s: Server, text: string) => fetch(`${s.url}/chat/demo-shop/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'role-user', text, locale: 'en', messageId: `m-${text.length}` }),
  });

  it('web takes traffic, runs the turn, and leaves nothing in the journal', async () => {
    const res = await say(web, 'hello');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { replies: unknown[] }).replies.length).toBeGreaterThan(0);
    expect(await web.app.backends.queue.state('inbound:webchat:demo-shop:m-5')).toBe('unknown');
    const health = await fetch(`${web.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true, role: 'web', mode: 'redis', store: { kind: 'sqlite+redis', ok: true }, redis: { ok: true }, queue: { ok: true },
      channels: [{ bot: 'demo-shop', platform: 'webchat', ok: true }],
    });
  });

  it('worker takes no traffic, and is healthy without started channels', async () => {
    expect((await say(worker, 'hello there')).status).toBe(503);
    const health = await fetch(`${worker.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, role: 'worker', channels: [] });
    expect(await (await fetch(`${worker.url}/healthz/live`)).json()).toEqual({ ok: true, role: 'worker' });
  });

  it('refuses to start when Redis cannot be reached', async () => {
    await expect(openBackends({ env: { REDIS_URL: 'redis://127.0.0.1:1', SHOPMATE_REDIS_PREFIX: prefix() }, dataDir: dataDir(), log, role: 'web' }))
      .rejects.toThrow(/cannot reach Redis/);
  });
});

describe('shopmate start --role', () => {
  it('accepts web, worker and all only', async () => {
    const program = buildProgram();
    const start = program.commands.find((c) => c.name() === 'start')!;
    for (const c of [program, start] as Command[]) c.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    await expect(program.parseAsync(['node', 'shopmate', 'start', '--role', 'bogus'])).rejects.toThrow(/one of web, worker, all/);
  });
});
