/**
 * Korean particles change with the last sound of the word before them (은/는, 이/가, 을/를, 으로/로), and a
 * product name, price or date put into a text can end in anything ("Boom 5", "US$59.99", "11월 27일 (금)").
 * So no `locales/ko` text writes a particle right after a variable, nor the "은(는)" fallback shoppers read as
 * broken; the texts put a noun in between ("{{name}} 상품은", "비용({{price}})이") or no particle at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'locales', 'ko');

function strings(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const ALL = readdirSync(DIR).filter((f) => f.endsWith('.json'))
  .flatMap((f) => strings(JSON.parse(readFileSync(join(DIR, f), 'utf8')), f.replace(/\.json$/, ''), []));

describe('Korean texts and particles', () => {
  it('has texts to check', () => {
    expect(ALL.length).toBeGreaterThan(100);
  });

  it('writes no particle right after a variable', () => {
    const bad = ALL.filter(([, text]) => /\}\}(?:은|는|이|가|을|를|와|과|으로|로)(?=[\s.,!?:)]|$)/u.test(text)).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('writes no "은(는)"-style fallback', () => {
    const bad = ALL.filter(([, text]) => /\((?:은|는|이|가|을|를|으)\)/u.test(text)).map(([key]) => key);
    expect(bad).toEqual([]);
  });
});
