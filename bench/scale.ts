/**
 * bench/scale: what scale mode costs, measured in one run.
 *   1. Turns per second through the pipeline: embedded (SQLite sessions and dedupe, in-process
 *      mutex) vs the Redis path (sessions, dedupe and conversation locks in Redis), and the full
 *      scale sink (plus the inbound journal and the send ledger).
 *   2. Enqueue rate of our job port on BullMQ vs raw BullMQ `addBulk`, same Redis, same batches.
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379). Run:
 *   npx tsx bench/scale.ts [--turns 2000] [--concurrency 16] [--jobs 20000] [--batch 500]
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { createApp, type App } from '../core/app.js';
import { MemoryAdapter } from '../core/channel/memory.js';
import type { InboundEvent } from '../core/model/event.js';
import { BullmqQueue } from '../core/queue/bullmq.js';
import { createLogger } from '../core/util/log.js';

const { values } = parseArgs({
  options: {
    turns: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '16' },
    jobs: { type: 'string', default: '20000' }, batch: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' },
  },
});
const TURNS = Number(values.turns);
const C = Number(values.concurrency);
const JOBS = Number(values.jobs);
const BATCH = Number(values.batch);
const ROUNDS = Number(values.rounds);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = resolve(import.meta.dirname, '..');
const RUN = randomUUID().slice(0, 8);
const TEXTS = ['hi', "where's my order?", 'SM100234', 'do you have wireless headphones', 'is it waterproof?', 'how much is shipping?', 'thanks', 'bye'];
const log = createLogger({ level: 'silent' });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const event = (tag: string, i: number): InboundEvent => ({
  id: `${tag}-${i}`, platform: 'test', botId: 'demo-shop', kind: 'message',
  conversation: { id: `c-${i % 200}`, kind: 'direct' }, sender: { id: `bench-${i % 200}` },
  content: [{ type: 'text', text: TEXTS[Math.floor(i / 200) % TEXTS.length]! }], mentionsBot: true, chosenLocale: 'en', timestamp: Date.now(), raw: null,
});

async function turns(name: string, handle: (e: InboundEvent) => Promise<unknown>, tag: string): Promise<{ name: string; turnsPerSecond: number }> {
  for (let i = 0; i < 50; i++) await handle(event(`${tag}-warm`, i));
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: C }, async () => {
    while (next < TURNS) await handle(event(tag, next++));
  }));
  return { name, turnsPerSecond: TURNS / ((performance.now() - start) / 1000) };
}

async function openApp(dir: string, env: Record<string, string>): Promise<App> {
  const app = await createApp({
    root: ROOT, dataDir: dir, bots: ['demo-shop'], channels: ['test'], env, log,
    adapters: { test: (ctx) => new MemoryAdapter('test', ctx.botId) },
    governor: { send: () => Promise.resolve({ ok: true }) },
  });
  await app.start();
  return app;
}

async function pipelineBench(): Promise<Record<string, unknown>> {
  const embeddedDir = join(tmpdir(), `shopmate-bench-scale-e-${RUN}`);
  const redisDir = join(tmpdir(), `shopmate-bench-scale-r-${RUN}`);
  const prefix = `bench-${RUN}`;
  const embedded = await openApp(embeddedDir, {});
  const scaled = await openApp(redisDir, { REDIS_URL, SHOPMATE_REDIS_PREFIX: prefix });
  try {
    const rows = [];
    // Interleaved rounds, so load on the machine hits every variant alike; the median is reported.
    const results: Record<string, number[]> = { embedded: [], redis: [], journal: [] };
    for (let r = 0; r < ROUNDS; r++) {
      results.embedded!.push((await turns('embedded', (e) => embedded.engine.handle(e), `e${r}`)).turnsPerSecond);
      results.redis!.push((await turns('redis', (e) => scaled.engine.handle(e), `r${r}`)).turnsPerSecond);
      const sink = scaled.backends.sink((e) => scaled.engine.handle(e));
      results.journal!.push((await turns('journal', sink, `j${r}`)).turnsPerSecond);
    }
    const base = median(results.embedded!);
    for (const [name, label] of [['embedded', 'embedded: SQLite sessions/dedupe, in-process mutex'], ['redis', 'Redis sessions/dedupe/lock (SQLite records)'], ['journal', 'Redis + inbound journal + send ledger (web sink)']] as const) {
      const tps = median(results[name]!);
      rows.push({ path: label, turnsPerSecond: Math.round(tps), ratio: +(tps / base).toFixed(3) });
    }
    console.log(`\n1. pipeline: ${TURNS} turns x ${ROUNDS} rounds, concurrency ${C}, 200 shoppers (median of rounds)`);
    console.table(rows);
    return { turns: TURNS, concurrency: C, rows };
  } finally {
    await embedded.stop();
    await scaled.stop();
    rmSync(embeddedDir, { recursive: true, force: true });
    rmSync(redisDir, { recursive: true, force: true });
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    await redis.quit();
  }
}

async function enqueueBench(): Promise<Record<string, unknown>> {
  const prefix = `bench-${RUN}-q`;
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const ours = new BullmqQueue({ connection, prefix, name: 'ours' });
  const raw = new Queue('raw', { connection, prefix });
  const rawIds = new Queue('rawids', { connection, prefix });
  const data = (i: number) => ({ shopper: `s-${i % 1000}`, campaign: 'c-618', variant: i % 2 ? 'a' : 'b' });
  const timed = async (run: () => Promise<void>) => {
    const start = performance.now();
    await run();
    return JOBS / ((performance.now() - start) / 1000);
  };
  const batches = (add: (from: number) => Promise<unknown>) => async () => {
    for (let i = 0; i < JOBS; i += BATCH) await add(i);
  };
  const range = (from: number) => Array.from({ length: Math.min(BATCH, JOBS - from) }, (_, k) => from + k);
  const results: Record<string, number[]> = { ours: [], raw: [], rawIds: [] };
  const variants: Record<string, (r: number) => Promise<number>> = {
    raw: (r) => timed(batches((from) => raw.addBulk(range(from).map((i) => ({ name: 'push', data: data(i + r * JOBS) }))))),
    rawIds: (r) => timed(batches((from) => rawIds.addBulk(range(from).map((i) => ({ name: 'push', data: data(i), opts: { jobId: `r${r}-${i}` } }))))),
    ours: (r) => timed(batches((from) => ours.addBulk(range(from).map((i) => ({ name: 'push', data: data(i), options: { id: `push:r${r}:${i}` } }))))),
  };
  try {
    // Warm-up (scripts loaded, connections hot), then rounds in rotating order.
    await raw.addBulk([{ name: 'warm', data: {} }]);
    await rawIds.addBulk([{ name: 'warm', data: {}, opts: { jobId: 'warm' } }]);
    await ours.addBulk([{ name: 'warm', data: {}, options: { id: 'warm' } }]);
    const names = Object.keys(variants);
    for (let r = 0; r < ROUNDS; r++) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + r) % names.length]!;
        results[name]!.push(await variants[name]!(r));
      }
    }
    const base = median(results.raw!);
    const rows = [
      { enqueue: 'raw BullMQ addBulk (auto ids)', jobsPerSecond: Math.round(base), ratio: 1 },
      { enqueue: 'raw BullMQ addBulk (custom ids)', jobsPerSecond: Math.round(median(results.rawIds!)), ratio: +(median(results.rawIds!) / base).toFixed(3) },
      { enqueue: 'our JobQueue.addBulk on BullMQ (idempotency ids)', jobsPerSecond: Math.round(median(results.ours!)), ratio: +(median(results.ours!) / base).toFixed(3) },
    ];
    console.log(`\n2. enqueue: ${JOBS} jobs in batches of ${BATCH} x ${ROUNDS} rounds (median); target: ours >= 0.7x raw`);
    console.table(rows);
    return { jobs: JOBS, batch: BATCH, rows };
  } finally {
    for (const q of [raw, rawIds, ours.queue]) await q.obliterate({ force: true });
    await ours.close();
    await raw.close();
    await rawIds.close();
    await connection.quit();
  }
}

const pipeline = await pipelineBench();
const enqueue = await enqueueBench();
console.log(JSON.stringify({ pipeline, enqueue }));
