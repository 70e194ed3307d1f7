/**
 * Measures product-name matching on labelled shopper messages: JSONL lines
 * `{ "text", "locale", "products": ["P007"], "any"?: true }`. `products` lists the catalog products the
 * message mentions (`[]`: none); with `any`, it lists every product a generic mention ("do you sell
 * earbuds?") may fairly be taken for, and one of them is enough.
 */
import { z } from 'zod';
import { round } from './classifier-metrics.js';
import type { EntityOptions } from './service.js';
import { readJsonlWith } from './training-data.js';
import type { Entity } from './types.js';

export interface ProductExample {
  text: string;
  locale: string;
  products: string[];
  any: boolean;
}

const LineSchema = z.strictObject({
  text: z.string().trim().min(1, 'text is empty'),
  locale: z.string().min(2),
  products: z.array(z.string().min(1)),
  any: z.boolean().default(false),
});

/** Examples from a JSONL file, or from every `.jsonl` file of a folder; errors name the file and line. */
export function readProductExamples(path: string): Promise<ProductExample[]> {
  return readJsonlWith(path, LineSchema);
}

/** The products an entity extractor finds in a message, in the order flows see them (`entities.product` is the first). */
export function productsFound(extract: (text: string, o: EntityOptions) => Entity[]): (text: string, locale: string) => string[] {
  return (text, locale) => extract(text, { locale }).filter((e) => e.type === 'product').map((e) => String(e.value));
}

/** Scores of one group of examples. */
export interface ProductScores {
  /** Share of messages where the product a flow reads (`entities.product`, the first found) is right, and none is found when none is meant. */
  accuracy: number;
  /** Share of the meant products that were found (a generic mention counts once, found when any of its products is). */
  recall: number;
  /** Share of the products found that were meant. */
  precision: number;
  /** Messages meaning no product in which one was found anyway. */
  falsePositives: number;
  n: number;
}

/** One message gone wrong, for reading the misses. */
export interface ProductMiss {
  text: string;
  locale: string;
  expected: string[];
  found: string[];
}

export interface ProductEvaluation extends ProductScores {
  perLocale: Record<string, ProductScores>;
  misses: ProductMiss[];
}

/** Runs `find` (product ids in text order, as entities come) over `examples` and scores it, per locale and overall. */
export function evaluateProducts(examples: readonly ProductExample[], find: (text: string, locale: string) => string[]): ProductEvaluation {
  const tally = new Map<string, Tally>();
  const all = newTally();
  const misses: ProductMiss[] = [];
  for (const e of examples) {
    const found = find(e.text, e.locale);
    const t = tally.get(e.locale) ?? newTally();
    tally.set(e.locale, t);
    score(e, found, t);
    const right = score(e, found, all);
    if (!right) misses.push({ text: e.text, locale: e.locale, expected: e.products, found });
  }
  const perLocale: Record<string, ProductScores> = {};
  for (const locale of [...tally.keys()].sort()) perLocale[locale] = summary(tally.get(locale)!);
  return { ...summary(all), perLocale, misses };
}

interface Tally {
  n: number;
  right: number;
  meant: number;
  recalled: number;
  found: number;
  foundRight: number;
  falsePositives: number;
}

function newTally(): Tally {
  return { n: 0, right: 0, meant: 0, recalled: 0, found: 0, foundRight: 0, falsePositives: 0 };
}

/** Adds one message to `t`; true when the message came out right. */
function score(e: ProductExample, found: readonly string[], t: Tally): boolean {
  const expected = new Set(e.products);
  const unique = [...new Set(found)];
  t.n++;
  t.found += unique.length;
  t.foundRight += unique.filter((p) => expected.has(p)).length;
  let right: boolean;
  if (expected.size === 0) {
    right = unique.length === 0;
    if (!right) t.falsePositives++;
  } else if (e.any) {
    t.meant++;
    const hit = unique.some((p) => expected.has(p));
    if (hit) t.recalled++;
    right = found[0] !== undefined && expected.has(found[0]);
  } else {
    t.meant += expected.size;
    const hits = [...expected].filter((p) => unique.includes(p)).length;
    t.recalled += hits;
    right = hits === expected.size && found[0] !== undefined && expected.has(found[0]);
  }
  if (right) t.right++;
  return right;
}

function summary(t: Tally): ProductScores {
  return {
    accuracy: round(t.n ? t.right / t.n : 0),
    recall: round(t.meant ? t.recalled / t.meant : 1),
    precision: round(t.found ? t.foundRight / t.found : 1),
    falsePositives: t.falsePositives,
    n: t.n,
  };
}
