import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRemoteClassifier, type RemoteClassifierOptions } from '../../../core/nlu/remote.js';
import { startFakeHuggingFace, type FakeHuggingFace } from '../../fakes/huggingface/server.js';

const LABELS = { order_status: 'order status and delivery', refund: 'refund or return money', greeting: 'hello greeting' };

/** A real pino logger writing into an array, to check what the classifier says when it gives up. */
function capturingLogger(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

describe('remote classifier against a fake inference endpoint', () => {
  let hf: FakeHuggingFace;
  let log: ReturnType<typeof capturingLogger>;
  let clock: number;
  const make = (extra: Partial<RemoteClassifierOptions> = {}) =>
    createRemoteClassifier({
      endpointUrl: hf.url, token: 'hf_test_token', labels: LABELS, timeoutMs: 5_000, logger: log.logger, now: () => clock, ...extra,
    });

  beforeEach(async () => {
    hf = await startFakeHuggingFace();
    log = capturingLogger();
    clock = 1_000_000;
  });
  afterEach(async () => {
    await hf.close();
  });

  it('asks zero-shot with the label texts and maps the answer back to intents', async () => {
    const p = await make().classify('what is the status of my order delivery');
    expect(p?.intent).toBe('order_status');
    expect(p?.ranking.map((r) => r.intent).sort()).toEqual(['greeting', 'order_status', 'refund']);
    expect(p?.confidence).toBeGreaterThan(0.5);
    const [req] = hf.requests;
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe('/endpoint');
    expect(req?.headers.authorization).toBe('Bearer hf_test_token');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.body).toMatchObject({
      inputs: 'what is the status of my order delivery',
      parameters: { candidate_labels: Object.values(LABELS), multi_label: false },
    });
  });

  it('answers a repeated question from the cache', async () => {
    const remote = make();
    const first = await remote.classify('I want a refund of my money');
    const second = await remote.classify('I want a refund of my money');
    expect(second).toEqual(first);
    expect(hf.requests).toHaveLength(1);
  });

  it('shares one request between concurrent identical questions', async () => {
    const remote = make();
    const [a, b] = await Promise.all([remote.classify('hello'), remote.classify('hello')]);
    expect(a).toEqual(b);
    expect(hf.requests).toHaveLength(1);
  });

  it('gives up on a slow endpoint without throwing', async () => {
    hf.mode = 'hang';
    await expect(make({ timeoutMs: 50 }).classify('where is my order')).resolves.toBeUndefined();
    expect(hf.requests).toHaveLength(1);
    expect(log.lines.at(-1)).toMatchObject({ level: 40, reason: 'timeout' });
  });

  it('does not retry a 503 (the SDK would loop) and says why', async () => {
    hf.mode = 'loading';
    await expect(make().classify('where is my order')).resolves.toBeUndefined();
    expect(hf.requests).toHaveLength(1);
    expect(log.lines.at(-1)).toMatchObject({ reason: 'http', status: 503 });
  });

  it.each(['garbage', 'html'] as const)('rejects a %s answer', async (mode) => {
    hf.mode = mode;
    await expect(make().classify('where is my order')).resolves.toBeUndefined();
    expect(log.lines.at(-1)).toMatchObject({ reason: 'malformed' });
  });

  it('survives an endpoint that is not there', async () => {
    const url = hf.url;
    await hf.close();
    const remote = createRemoteClassifier({ endpointUrl: url, labels: LABELS, logger: log.logger });
    await expect(remote.classify('where is my order')).resolves.toBeUndefined();
    expect(log.lines.at(-1)).toMatchObject({ reason: 'network' });
    hf = await startFakeHuggingFace(); // for afterEach
  });

  it('stops calling a failing endpoint for a while, then tries again', async () => {
    hf.mode = 'loading';
    const remote = make({ breaker: { failures: 2, cooldownMs: 10_000 } });
    await remote.classify('one');
    await remote.classify('two');
    await remote.classify('three');
    expect(hf.requests).toHaveLength(2);
    expect(log.lines.at(-1)).toMatchObject({ reason: 'circuit-open' });
    clock += 10_001;
    hf.mode = 'ok';
    expect((await remote.classify('hello greeting'))?.intent).toBe('greeting');
    expect(hf.requests).toHaveLength(3);
  });

  it('does not count a caller abort against the endpoint', async () => {
    hf.mode = 'hang';
    const remote = make({ timeoutMs: 5_000, breaker: { failures: 1, cooldownMs: 10_000 } });
    const ac = new AbortController();
    const pending = remote.classify('where is my order', { signal: ac.signal });
    ac.abort();
    await expect(pending).resolves.toBeUndefined();
    expect(log.lines.at(-1)).toMatchObject({ reason: 'aborted' });
    hf.mode = 'ok';
    expect((await remote.classify('hello'))?.intent).toBe('greeting');
  });

  it('maps a fine-tuned text-classification model onto the intents it knows', async () => {
    hf.textLabels = ['order_status', 'refund', 'LABEL_7'];
    const remote = make({ task: 'text-classification', labels: ['order_status', 'refund'] });
    const p = await remote.classify('refund please');
    expect(p?.intent).toBe('refund');
    expect(p?.ranking.map((r) => r.intent)).not.toContain('LABEL_7');
    expect(hf.requests[0]?.body).toEqual({ inputs: 'refund please' });
  });
});
