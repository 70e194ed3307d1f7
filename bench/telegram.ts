/**
 * bench/telegram: Telegram updates per second through `bot.handleUpdate` into the full pipeline
 * (telegraf → decode → dedupe, NLU, flows, SQLite store → render → Bot API call), against a bare
 * telegraf echo bot answering the same updates, both talking to the same local fake Bot API in the
 * same run. Rate limits are not part of this measurement: the fake does not enforce them and the
 * pipeline's governor passes sends straight through.
 * Run: npx tsx bench/telegram.ts [--updates 2000] [--concurrency 16]
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Telegraf } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Update } from 'telegraf/types';
import type { TelegramAdapter } from '../adapters/telegram/index.js';
import { createApp } from '../core/app.js';
import type { DeliveryGovernor } from '../core/delivery/governor.js';
import { createLogger } from '../core/util/log.js';
import { FakeTelegram } from '../test/fakes/telegram/server.js';
import { runLoad, type LoadResult } from './load.js';

const { values } = parseArgs({ options: { updates: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '16' } } });
const N = Number(values.updates);
const C = Number(values.concurrency);
const ROOT = resolve(import.meta.dirname, '..');
const TOKEN = '123456789:AAE-bench_token_for_the_fake';
const TEXTS = ['hi', "where's my order?", 'SM100234', 'do you have wireless headphones', 'is it waterproof?', 'how much is shipping?', 'thanks', 'bye'];

let nextUpdateId = 1;
/** A private-chat text update from one of 200 shoppers, as Telegram sends it. */
function update(i: number): Update {
  const shopper = 10_000 + (i % 200);
  const from = { id: shopper, is_bot: false, first_name: `Shopper ${shopper}`, language_code: 'en' };
  return {
    update_id: nextUpdateId++,
    message: { message_id: i + 1, date: Math.floor(Date.now() / 1000), chat: { id: shopper, type: 'private', first_name: from.first_name }, from, text: TEXTS[Math.floor(i / 200) % TEXTS.length]! },
  };
}

function measure(name: string, bot: Telegraf): Promise<LoadResult> {
  return runLoad(name, { total: N, concurrency: C }, (i) => bot.handleUpdate(update(i)));
}

const fake = await FakeTelegram.start({ token: TOKEN });
const dataDir = join(tmpdir(), `shopmate-bench-telegram-${process.pid}`);
const passThrough: DeliveryGovernor = { send: (adapter, payload) => adapter.send(payload) };
const app = await createApp({
  root: ROOT, dataDir, modelsDir: join(tmpdir(), 'shopmate-bench-models'), bots: ['demo-shop'], channels: ['telegram'],
  env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: 'bench-secret' },
  channelConfig: { telegram: { mode: 'webhook', register_webhook: false, api_root: fake.url } },
  governor: passThrough, log: createLogger({ level: 'silent' }),
});
await app.start();
const adapter = app.engine.bots.get('demo-shop')!.adapters.get('telegram') as TelegramAdapter;

const echo = new Telegraf(TOKEN, { telegram: { apiRoot: fake.url } });
echo.botInfo = fake.bot;
echo.on(message('text'), (ctx) => ctx.reply(ctx.message.text));

try {
  const baseline = await measure('bare telegraf echo bot', echo);
  const sentBefore = fake.sent.length;
  const full = await measure('shopmate full pipeline', adapter.bot);
  const rows = [baseline, full].map((r) => ({ ...r, perSecond: Math.round(r.perSecond), p50: +r.p50.toFixed(3), p99: +r.p99.toFixed(3) }));
  console.log(`${N} updates, concurrency ${C}, 200 shoppers, fake Bot API at ${fake.url}, SQLite store at ${dataDir}`);
  console.table(rows);
  console.log(JSON.stringify({
    updates: N, concurrency: C, baseline: rows[0], pipeline: rows[1],
    pipelineSendsPerUpdate: +((fake.sent.length - sentBefore) / (N + 50)).toFixed(2),
    throughputRatio: +(full.perSecond / baseline.perSecond).toFixed(4),
    p50Ratio: +(full.p50 / baseline.p50).toFixed(2),
    p99Ratio: +(full.p99 / baseline.p99).toFixed(2),
  }));
} finally {
  await app.stop();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
}
