/**
 * A local stand-in for a Hugging Face inference endpoint, speaking what `@huggingface/inference`
 * sends with `endpointUrl` set: `POST <endpointUrl>` with a JSON body
 *   zero-shot:  { inputs, parameters: { candidate_labels, multi_label?, hypothesis_template? } }
 *               → { sequence, labels, scores } (the transformers pipeline shape, labels best first)
 *   text class: { inputs } → [[{ label, score }, …]]
 * and the service's failures: 503 `{ error, estimated_time }` while a model loads, a hang, garbage.
 *
 * Its "model" is deterministic: a label scores by the words it shares with the input.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeMode = 'ok' | 'hang' | 'loading' | 'garbage' | 'html';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeHuggingFace {
  /** Use as `endpointUrl`. */
  url: string;
  requests: RecordedRequest[];
  mode: FakeMode;
  /** Labels for text-classification requests (a fine-tuned model's own label set). */
  textLabels: string[];
  close(): Promise<void>;
}

export async function startFakeHuggingFace(): Promise<FakeHuggingFace> {
  const sockets = new Set<Socket>();
  const fake: FakeHuggingFace = {
    url: '',
    requests: [],
    mode: 'ok',
    textLabels: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    void handle(fake, req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/endpoint`;
  return fake;
}

async function handle(fake: FakeHuggingFace, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json(res, 400, { error: 'Body is not valid JSON' });
  }
  fake.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
  if (req.method !== 'POST') return json(res, 405, { error: 'Method not allowed' });
  switch (fake.mode) {
    case 'hang':
      return; // never answers; the socket is destroyed on close()
    case 'loading':
      return json(res, 503, { error: 'Model MoritzLaurer/mDeBERTa-v3-base-mnli-xnli is currently loading', estimated_time: 20.0 });
    case 'garbage':
      return json(res, 200, { generated_text: 'I am not a classifier' });
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
      return;
    case 'ok':
      return answer(fake, body, res);
    default: {
      const never: never = fake.mode;
      throw new Error(`unknown fake mode ${String(never)}`);
    }
  }
}

function answer(fake: FakeHuggingFace, body: unknown, res: ServerResponse): void {
  const b = body as { inputs?: unknown; parameters?: { candidate_labels?: unknown } };
  if (typeof b.inputs !== 'string') return json(res, 400, { error: 'inputs must be a string' });
  const labels = b.parameters?.candidate_labels;
  if (labels !== undefined) {
    if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string')) {
      return json(res, 400, { error: 'candidate_labels must be a list of strings' });
    }
    const ranked = score(b.inputs, labels as string[]);
    return json(res, 200, { sequence: b.inputs, labels: ranked.map((r) => r.label), scores: ranked.map((r) => r.score) });
  }
  return json(res, 200, [score(b.inputs, fake.textLabels)]);
}

/** Softmax over shared-word counts, best first. */
function score(text: string, labels: string[]): { label: string; score: number }[] {
  const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const raw = labels.map((label) => label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => words.has(w)).length);
  const exp = raw.map((r) => Math.exp(2 * r));
  const sum = exp.reduce((a, b) => a + b, 0);
  return labels.map((label, i) => ({ label, score: (exp[i] ?? 0) / sum })).sort((a, b) => b.score - a.score);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `fake-${Date.now()}` }).end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
