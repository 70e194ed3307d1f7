import { Writable } from 'node:stream';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import { pino, type Logger } from 'pino';
import type { AdapterContext } from '../../../core/model/adapter.js';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import type { Store } from '../../../core/store/ports.js';
import { tempDir } from '../../helpers/chat.js';
import type { AppSecrets } from '../../fakes/wecom/callback.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';

/** A logger whose JSON lines the test can read (to check that rejections are logged, and that no secret is). */
export function captureLog(level = 'debug'): { log: Logger; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = pino({ level }, stream);
  const text = () => chunks.join('');
  return { log, text, lines: () => text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** The environment a bot's `channels.wecom` (default `*_env` names) reads. */
export function appEnv(secrets: AppSecrets, secret: string): Record<string, string> {
  return {
    WECOM_CORP_ID: secrets.corpId, WECOM_AGENT_ID: String(secrets.agentId), WECOM_SECRET: secret,
    WECOM_TOKEN: secrets.token, WECOM_ENCODING_AES_KEY: secrets.encodingAesKey,
  };
}

/** An AdapterContext over a Hono app and a temp SQLite store, for driving an adapter without the engine. */
export function adapterContext(options: { env: Record<string, string>; config: Record<string, unknown>; log?: Logger; botId?: string }): { ctx: AdapterContext; store: Store; close: () => Promise<void> } {
  const dir = tempDir('shopmate-wecom-');
  const store = openSqliteStore({ file: join(dir.path, 'db.sqlite') });
  const ctx: AdapterContext = {
    botId: options.botId ?? 'shop1', config: options.config, env: options.env,
    log: options.log ?? pino({ level: 'silent' }), store, http: new Hono(),
    upgradeWebSocket: (() => () => new Response('no websockets', { status: 426 })) as unknown as UpgradeWebSocket<unknown>,
    publicUrl: 'https://shop.example', bot: { name: 'Shop', locales: ['en', 'zh-CN'], defaultLocale: 'en' }, t: (_l, key) => key,
    governor: new RateGovernor(),
  };
  return {
    ctx, store,
    close: async () => {
      await store.close();
      dir.remove();
    },
  };
}
