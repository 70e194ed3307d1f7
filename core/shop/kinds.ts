/**
 * Kinds of product: a product with its kin in the same category, those the catalog lists as `similar_to` either way,
 * or that share at least two keywords (in any language), so "speaker" is both speakers, "headphones" the headphones,
 * headset and earbuds, and a charger is not a power bank for sharing one word ("充電器"). Rankings (ranking.ts) and
 * size searches (size-search.ts) choose within a kind.
 */
import { languageOf } from '../nlu/tokenize.js';
import type { Product } from './types.js';

function keywords(p: Product): Set<string> {
  return new Set(Object.values(p.keywords).flat().map((k) => k.toLowerCase()));
}

/** True when `p` and `q` are the same kind of product: same category, and similar by the catalog or by two keywords. */
export function sameKind(p: Product, q: Product): boolean {
  if (p.id === q.id) return true;
  if (p.category !== q.category) return false;
  if (p.similar_to.includes(q.id) || q.similar_to.includes(p.id)) return true;
  const kp = keywords(p);
  let shared = 0;
  for (const k of keywords(q)) if (kp.has(k) && ++shared >= 2) return true;
  return false;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unspaced = (locale: string): boolean => ['zh', 'ja', 'th'].includes(languageOf(locale));

/** The keyword of `seeds` the text says (the longest; "speakers" says "speaker"), if any: the kind in the shopper's words. */
export function saidKind(seeds: readonly Product[], text: string, locale: string): string | undefined {
  const lower = text.toLowerCase();
  const said = seeds.flatMap((p) => p.keywords[locale] ?? []).filter((k) => {
    const w = k.toLowerCase();
    return unspaced(locale) ? lower.includes(w) : new RegExp(`(?<![\\p{L}])${escape(w)}`, 'u').test(lower);
  });
  return said.sort((a, b) => b.length - a.length)[0];
}

/** True when one of `p`'s keywords in `locale` has the word `kind` ("wireless earbuds" has "earbuds"; "charger cable" has "charger"). */
export function hasKindWord(p: Product, kind: string, locale: string): boolean {
  const w = kind.toLowerCase();
  const re = new RegExp(`(?<![\\p{L}])${escape(w)}(?![\\p{L}])`, 'u');
  return (p.keywords[locale] ?? []).some((k) => (unspaced(locale) ? k.toLowerCase().includes(w) : re.test(k.toLowerCase())));
}

/**
 * The products of `pool` (in stock) of the seeds' kind: their kin (kindClosure) and, when the message says the kind in
 * a word of their keywords ("best earbuds"), only those whose keywords have that word too (the earbuds, not the
 * over-ear headphones they are similar to). The word narrows only when two or more products of the kind (`known`,
 * out of stock ones too) have it: products of one kind are not always given the same words ("altoparlante" is the
 * big speaker's keyword, "cassa" both's).
 */
export function ofKind(pool: readonly Product[], seeds: readonly Product[], said: string | undefined, locale: string, known: readonly Product[] = []): Product[] {
  const kin = kindClosure(seeds, pool);
  if (!said) return kin;
  const named = kindClosure(seeds, [...pool, ...known]).filter((p) => hasKindWord(p, said, locale));
  return named.length >= 2 ? kin.filter((p) => hasKindWord(p, said, locale)) : kin;
}

/**
 * The products of `pool` linked to `seeds` by sameKind, step by step: the gaming headset is the earbuds' kind
 * through the headphones both are similar to, while chargers and power banks stay apart.
 */
export function kindClosure(seeds: readonly Product[], pool: readonly Product[]): Product[] {
  const all = [...new Map([...seeds, ...pool].map((p) => [p.id, p])).values()];
  const inKind = new Set(seeds.map((s) => s.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!inKind.has(p.id) && all.some((q) => inKind.has(q.id) && sameKind(q, p))) {
        inKind.add(p.id);
        grew = true;
      }
    }
  }
  return pool.filter((p) => inKind.has(p.id));
}

