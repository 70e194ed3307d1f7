/**
 * Model names. "is the boom 5 waterproof?", "X1 or Air 3?", "スマウォpro2": shoppers name a product by
 * its model alone, without the noun a partial mention otherwise needs (entities-product-head.ts). A
 * model name is a run of words a product's names share untranslated across languages (at least
 * {@link SHARED_SHARE} of them) that holds
 * - a code of letters then digits (X1, K7, G2), or
 * - a word followed by a number (Air 3, Boom 5, Pro 2), or
 * - one coined word of five letters or more found in no keyword and no other product (Pebble),
 * and that no other product of the catalog has. Measures (65W, 350ml, 20000mAh) are not model names:
 * "2m" or "50ml" alone says too little. A model name matches in every language, all its words next to
 * each other, written apart or together ("air 3", "air3"; "spf50", "spf 50").
 */
import { isDense, type Unit } from './entities-product-units.js';
import { addToSet } from '../util/maps.js';

/** Share of a product's names a word must appear in, spelled the same, to be part of a model name. */
const SHARED_SHARE = 0.6;
const CODE = /^\p{L}+\d+$/u;
const NUMBER = /^\d+$/u;
const COINED_MIN = 5;

/** A product's names and keywords, as the model names are found from. */
export interface ModelSource {
  id: string;
  name: Record<string, string>;
  keywords?: Record<string, string[]> | undefined;
}

/** Each product's model names (unit keys in order, with the joined or split spelling as another entry). */
export function modelNames(products: readonly ModelSource[], segment: (text: string) => readonly Unit[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const _ of findModelNames(products, segment, out));
  return out;
}

/** {@link modelNames} into `out`, yielding after each product (the index is built a slice at a time). */
export function* findModelNames(
  products: readonly ModelSource[], segment: (text: string) => readonly Unit[], out: Map<string, string[][]>,
): Generator<void, void, void> {
  const owners = new Map<string, Set<string>>();
  const inKeywords = new Set<string>();
  for (const p of products) {
    for (const text of [...Object.values(p.name), ...Object.values(p.keywords ?? {}).flat()]) {
      for (const u of segment(text)) if (!isDense(u.key)) addToSet(owners, u.key, p.id);
    }
    for (const text of Object.values(p.keywords ?? {}).flat()) for (const u of segment(text)) inKeywords.add(u.key);
    yield;
  }
  const found = new Map<string, string[][]>();
  const byKey = new Map<string, Set<string>>();
  const coined = (k: string) => !inKeywords.has(k) && owners.get(k)?.size === 1;
  for (const p of products) {
    const cores = new Map<string, string[]>();
    const names = Object.values(p.name);
    // "Lightning 1m", "Lightning 1 м": a number any name writes with a unit is a measure, not a model number.
    const measure = (n: string) => names.some((name) => new RegExp(`(?<![\\d.,])${n}\\s?\\p{L}{1,3}(?!\\p{L})`, 'u').test(name));
    for (const run of sharedRuns(p, segment)) {
      for (const core of modelCores(run, coined)) if (!(core.length === 2 && measure(core[1] ?? ''))) cores.set(core.join(' '), core);
    }
    found.set(p.id, [...cores.values()]);
    for (const key of cores.keys()) addToSet(byKey, key, p.id);
    yield;
  }
  for (const [id, cores] of found) {
    // A code another product's names or keywords also hold (SPF50 of two sunscreens) names neither.
    const unique = cores.filter((c) => byKey.get(c.join(' '))?.size === 1 && c.every((k) => !CODE.test(k) || owners.get(k)?.size === 1));
    if (unique.length > 0) out.set(id, unique.flatMap(spellings));
  }
}

/** The runs of consecutive words of each name that most of the product's names share. */
function sharedRuns(p: ModelSource, segment: (text: string) => readonly Unit[]): string[][] {
  // Unspaced text ("1 米", "ケーブル") is never shared: it ends a run.
  const names = Object.values(p.name).map((n) => segment(n).map((u) => (isDense(u.key) ? '' : u.key)));
  const count = new Map<string, number>();
  for (const keys of names) for (const k of new Set(keys)) count.set(k, (count.get(k) ?? 0) + 1);
  const min = Math.max(2, Math.ceil(SHARED_SHARE * names.length));
  const runs: string[][] = [];
  for (const keys of names) {
    let run: string[] = [];
    for (const k of [...keys, '']) {
      if (k !== '' && (count.get(k) ?? 0) >= min) run.push(k);
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
  }
  return runs;
}

/** The model names in a shared run: codes, words with their number, and a run that is one coined word. */
function modelCores(run: readonly string[], coined: (k: string) => boolean): string[][] {
  const cores: string[][] = [];
  run.forEach((k, i) => {
    const prev = run[i - 1];
    if (CODE.test(k)) cores.push([k]);
    else if (NUMBER.test(k) && prev !== undefined && /^\p{L}{2,}$/u.test(prev)) cores.push([prev, k]);
  });
  const only = run.length === 1 ? run[0] : undefined;
  if (only !== undefined && [...only].length >= COINED_MIN && /^\p{L}+$/u.test(only) && coined(only)) cores.push([only]);
  return cores;
}

/** A run as written, and with each word and its number joined ("air 3" → "air3") or a code split ("spf50" → "spf 50"). */
function spellings(run: string[]): string[][] {
  const out = [run];
  const joined: string[] = [];
  let changed = false;
  for (const k of run) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && NUMBER.test(k) && /^\p{L}{2,}$/u.test(prev)) {
      joined[joined.length - 1] = prev + k;
      changed = true;
    } else joined.push(k);
  }
  if (changed) out.push(joined);
  const split = run.flatMap((k) => {
    const m = /^(\p{L}{2,})(\d+)$/u.exec(k);
    return m ? [m[1] ?? '', m[2] ?? ''] : [k];
  });
  if (split.length !== run.length) out.push(split);
  return out;
}
