import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../model/errors.js';

/** A parsed YAML file that can say where any path in it is. */
export interface YamlFile {
  path: string;
  data: unknown;
  /** 1-based line and column of the node at `keyPath` (or its nearest existing parent). */
  position(keyPath: readonly (string | number)[]): { line: number; column: number };
  error(message: string, keyPath: readonly (string | number)[]): ConfigError;
}

export function readYamlFile(path: string, text = readFileSync(path, 'utf8')): YamlFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`YAML syntax: ${first.message.split('\n')[0] ?? ''}`, path, pos.line, pos.col);
  }
  const position = (keyPath: readonly (string | number)[]): { line: number; column: number } => {
    for (let n = keyPath.length; n >= 0; n--) {
      const node: unknown = doc.getIn(keyPath.slice(0, n), true);
      if (isNode(node) && node.range) {
        const p = lineCounter.linePos(node.range[0]);
        return { line: p.line, column: p.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return {
    path,
    data: doc.toJS() as unknown,
    position,
    error: (message, keyPath) => {
      const p = position(keyPath);
      return new ConfigError(message, path, p.line, p.column);
    },
  };
}

/** Validates with zod; the first issue becomes a ConfigError at its YAML position. */
export function parseWith<T>(file: YamlFile, schema: z.ZodType<T>, data: unknown = file.data, basePath: readonly (string | number)[] = []): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const where = at.length ? ` at ${at.join('.')}` : '';
  throw file.error(`${issue.message}${where}`, at);
}
