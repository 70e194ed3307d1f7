/**
 * Reads intent training data: a bot's `nlu/<locale>.yaml` files, and JSONL files of
 * `{ text, intent, locale? }` lines. Every error names the file (and line, when known).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../model/errors.js';
import type { TrainingExample } from './types.js';

const utterance = z.string().trim().min(1, 'an utterance is empty');

/** `bots/<id>/nlu/<locale>.yaml`. */
export const NluFileSchema = z.strictObject({
  locale: z.string().min(2),
  intents: z.record(z.string().regex(/^[a-z][a-z0-9_.-]*$/, 'intent names are lowercase snake_case'), z.array(utterance).min(1)),
});

const JsonlLineSchema = z.object({ text: utterance, intent: z.string().min(1), locale: z.string().min(2).optional() });

/** The locales that have a `nlu/<locale>.yaml` file in `botDir`, sorted. */
export async function listNluLocales(botDir: string): Promise<string[]> {
  const dir = join(botDir, 'nlu');
  const names = await readdir(dir).catch((err: unknown) => {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  });
  return names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
}

/**
 * Training examples of a bot, from `<botDir>/nlu/<locale>.yaml` for each of `locales`
 * (default: every file there), with `locale` set.
 */
export async function readBotTrainingData(botDir: string, locales?: readonly string[]): Promise<TrainingExample[]> {
  const wanted = locales ?? (await listNluLocales(botDir));
  const out: TrainingExample[] = [];
  for (const locale of wanted) out.push(...(await readNluFile(join(botDir, 'nlu', `${locale}.yaml`))));
  return out;
}

/** Examples of one `nlu/<locale>.yaml`; the file name must match its `locale:` field. */
export async function readNluFile(file: string): Promise<TrainingExample[]> {
  const source = await readFile(file, 'utf8').catch((err: unknown) => {
    throw withCause(new ConfigError(`cannot read NLU training data (${(err as Error).message})`, file), err);
  });
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    throw withCause(new ConfigError(`invalid YAML: ${yamlError.message.split('\n')[0] ?? ''}`, file, pos?.line, pos?.col), yamlError);
  }
  const parsed = NluFileSchema.safeParse(doc.toJS());
  if (!parsed.success) throw zodError(parsed.error, file, doc, lines);
  const { locale, intents } = parsed.data;
  const expected = basename(file, '.yaml');
  if (locale !== expected) throw new ConfigError(`locale "${locale}" does not match the file name (expected "${expected}")`, file);
  const examples = Object.entries(intents).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent, locale })));
  checkConflicts(examples, file);
  return examples;
}

/** The same utterance under two intents cannot be learnt: fail instead of guessing. */
function checkConflicts(examples: readonly TrainingExample[], file: string): void {
  const seen = new Map<string, string>();
  for (const { text, intent } of examples) {
    const key = text.trim().toLowerCase();
    const other = seen.get(key);
    if (other !== undefined && other !== intent) {
      throw new ConfigError(`utterance "${text}" is listed under both "${other}" and "${intent}"`, file);
    }
    seen.set(key, intent);
  }
}

function zodError(error: z.ZodError, file: string, doc: Document, lines: LineCounter): ConfigError {
  const issue = error.issues[0];
  const path = issue?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? [];
  const node = path.length > 0 ? doc.getIn(path, true) : undefined;
  const offset = isNode(node) ? node.range?.[0] : undefined;
  const pos = offset !== undefined ? lines.linePos(offset) : undefined;
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  return withCause(new ConfigError(`${issue?.message ?? 'invalid NLU training data'}${where}`, file, pos?.line, pos?.col), error);
}

/** Examples from a JSONL file of `{ "text", "intent", "locale"? }` lines (blank lines skipped), or from every `.jsonl` file of a folder. */
export async function readJsonl(file: string): Promise<TrainingExample[]> {
  const lines = await readJsonlWith(file, JsonlLineSchema);
  return lines.map(({ text, intent, locale }) => (locale === undefined ? { text, intent } : { text, intent, locale }));
}

/**
 * The lines of a JSONL file (blank lines skipped), or of every `.jsonl` file of a folder, each checked
 * against `schema`. Errors are ConfigErrors naming the file and line.
 */
export async function readJsonlWith<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>[]> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    const names = (await readdir(file)).filter((n) => n.endsWith('.jsonl')).sort();
    if (names.length === 0) throw new ConfigError('no .jsonl files in this folder', file);
    const all: z.output<S>[] = [];
    for (const name of names) all.push(...(await readJsonlWith(join(file, name), schema)));
    return all;
  }
  const source = await readFile(file, 'utf8').catch((err: unknown) => {
    throw withCause(new ConfigError(`cannot read JSONL (${(err as Error).message})`, file), err);
  });
  const out: z.output<S>[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw withCause(new ConfigError(`invalid JSON (${(err as Error).message})`, file, i + 1), err);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw withCause(new ConfigError(`${issue?.message ?? 'invalid line'} at ${issue?.path.join('.') ?? ''}`, file, i + 1), parsed.error);
    }
    out.push(parsed.data);
  });
  return out;
}

function withCause<E extends Error>(error: E, cause: unknown): E {
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false, writable: true, configurable: true });
  return error;
}
