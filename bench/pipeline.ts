/**
 * bench/pipeline: the full pipeline (web chat adapter in-process, NLU, flow engine, SQLite store)
 * against a bare echo handler behind the same HTTP framework, measured in the same run.
 * Run: npx tsx bench/pipeline.ts [--messages 3000] [--concurrency 16]
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Hono } from 'hono';
import { createApp } from '../core/app.js';
import { createLogger } from '../core/util/log.js';
import { runLoad, type LoadResult } from './load.js';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '3000' }, concurrency: { type: 'string', default: '16' } } });
const N = Number(values.messages);
const C = Number(values.concurrency);
const ROOT = resolve(import.meta.dirname, '..');
const TEXTS = ['hi', "where's my order?", 'SM100234', 'do you have wireless headphones', 'is it waterproof?', 'how much is shipping?', 'thanks', 'bye'];

type Send = (i: number) => Response | Promise<Response>;

function measure(name: string, send: Send): Promise<LoadResult> {
  return runLoad(name, { total: N, concurrency: C }, async (i) => {
    const res = await send(i);
    if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
}

const body = (i: number) => JSON.stringify({ userId: `bench-${i % 200}`, text: TEXTS[Math.floor(i / 200) % TEXTS.length], locale: 'en', messageId: `m${i}` });
const request = (app: Hono, i: number) => app.request('/chat/demo-shop/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) });

// Baseline: the same HTTP framework, JSON parse and a one-element reply, nothing else.
const echo = new Hono();
echo.post('/chat/:botId/messages', async (c) => {
  const b = await c.req.json<{ text: string }>();
  return c.json({ replies: [{ type: 'text', text: b.text }] });
});

const dataDir = join(tmpdir(), `shopmate-bench-${process.pid}`);
const app = await createApp({ root: ROOT, dataDir, bots: ['demo-shop'], channels: ['webchat'], log: createLogger({ level: 'silent' }) });
await app.start();
try {
  const baseline = await measure('bare echo handler', (i) => request(echo, i));
  const full = await measure('full pipeline', (i) => request(app.http, i));
  const rows = [baseline, full].map((r) => ({ ...r, perSecond: Math.round(r.perSecond), p50: +r.p50.toFixed(3), p99: +r.p99.toFixed(3) }));
  console.log(`${N} messages, concurrency ${C}, 200 shoppers, SQLite store at ${dataDir}`);
  console.table(rows);
  console.log(JSON.stringify({
    messages: N, concurrency: C, baseline: rows[0], pipeline: rows[1],
    throughputRatio: +(full.perSecond / baseline.perSecond).toFixed(4),
    p50Ratio: +(full.p50 / baseline.p50).toFixed(2),
    p99Ratio: +(full.p99 / baseline.p99).toFixed(2),
  }));
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
