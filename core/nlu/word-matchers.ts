/**
 * Word lists (word-patterns.ts) compiled for a language and run over a message: `plain` patterns over the text
 * without accents where shoppers often leave them out, `marked` ones (alternatives starting with `=`) over the
 * text as written; what is found can be blanked so that no later pattern reads it again. Shared by the readers
 * of payments (entities-payment.ts), defects (entities-defect.ts) and remedies (entities-remedy.ts).
 */
import { marksAreOptional, normalizeText, stripMarks } from './tokenize.js';
import { alternative, alternatives, type AlternativeOptions } from './word-patterns.js';

/** `plain` matches the text without accents; `marked` (alternatives starting with `=`) the text as written. */
export interface Matcher {
  plain?: RegExp;
  marked?: RegExp;
}

/** The text as patterns see it, normalized (`marked`) and without accents (`plain`), one character for one. */
export interface Prepared {
  marked: string;
  plain: string;
}

export interface Span {
  index: number;
  end: number;
}

export function matcher(sources: readonly string[], lang: string, options: AlternativeOptions = {}): Matcher {
  const all = sources.flatMap(alternatives);
  const build = (list: string[], strip: boolean): RegExp | undefined => {
    if (list.length === 0) return undefined;
    const res = list.map((a) => {
      const norm = normalizeText(a, lang);
      return alternative(strip && marksAreOptional(lang) ? stripMarks(norm) : norm, lang, options);
    });
    return new RegExp(res.join('|'), 'gu');
  };
  const plain = build(all.filter((a) => !a.startsWith('=')), true);
  const marked = build(all.filter((a) => a.startsWith('=')).map((a) => a.slice(1)), false);
  return { ...(plain ? { plain } : {}), ...(marked ? { marked } : {}) };
}

/**
 * A reader's word table (per language, each entry a list of alternatives per kind of word) compiled once per
 * language into one matcher per kind, the language's own words with the English ones after them: shoppers mix
 * English words into every language.
 */
export function wordTable<K extends string>(words: Readonly<Record<string, Partial<Record<K, string>>>>, kinds: readonly K[]): (lang: string) => Record<K, Matcher> {
  const compiled = new Map<string, Record<K, Matcher>>();
  return (lang) => {
    const cached = compiled.get(lang);
    if (cached) return cached;
    const sets = lang !== 'en' && words[lang] ? [words[lang], words.en] : [words.en];
    const pick = (kind: K) => sets.map((w) => w?.[kind]).filter((s): s is string => Boolean(s));
    const c = Object.fromEntries(kinds.map((kind) => [kind, matcher(pick(kind), lang)])) as Record<K, Matcher>;
    compiled.set(lang, c);
    return c;
  };
}

export function joinMatchers(list: readonly Matcher[]): Matcher {
  const join = (res: (RegExp | undefined)[]): RegExp | undefined => {
    const present = res.filter((r): r is RegExp => r !== undefined);
    return present.length ? new RegExp(present.map((r) => r.source).join('|'), 'gu') : undefined;
  };
  const plain = join(list.map((m) => m.plain));
  const marked = join(list.map((m) => m.marked));
  return { ...(plain ? { plain } : {}), ...(marked ? { marked } : {}) };
}

/** One character for one, so that a phrase found in either form is blanked in both. */
export function prepare(text: string, lang: string): Prepared {
  const marked = normalizeText(text, lang);
  if (!marksAreOptional(lang)) return { marked, plain: marked };
  const plain = Array.from(marked, (ch) => {
    const s = stripMarks(ch);
    return s.length === ch.length ? s : ch;
  }).join('');
  return { marked, plain };
}

export function spans(text: Prepared, m: Matcher): Span[] {
  const out: Span[] = [];
  for (const [re, s] of [[m.plain, text.plain], [m.marked, text.marked]] as const) {
    if (!re) continue;
    for (const hit of s.matchAll(re)) if (hit[0].length > 0) out.push({ index: hit.index, end: hit.index + hit[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Masked text is filled with a mark that is neither a letter nor a space, so no pattern spans it. */
export function blank(text: Prepared, found: readonly Span[]): Prepared {
  let { marked, plain } = text;
  for (const { index, end } of found) {
    const fill = '\u00b7'.repeat(end - index);
    marked = marked.slice(0, index) + fill + marked.slice(end);
    plain = plain.slice(0, index) + fill + plain.slice(end);
  }
  return { marked, plain };
}
