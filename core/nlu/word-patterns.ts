/**
 * Word lists written as patterns, shared by the readers of what a message asks (entities-attribute.ts,
 * entities-payment.ts): `|` separates alternatives, `~` stands for the rest of a word, a space also matches
 * no space (and, with `hyphens`, a hyphen). Each alternative gets word edges that suit its script.
 */

/** Languages written without spaces, where words have no edges to test (Korean endings stick to words too). */
export const UNSPACED: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'ko']);
export const LETTER = '[\\p{L}\\p{M}\\p{N}]';
/** Arabic prefixes (and, so, with, for, the) and possessive endings written onto the word. */
export const AR_PREFIX = '(?:[وفبلك]?(?:ال|لل)?)';
export const AR_SUFFIX = '(?:ه|ها|هم|هن|ك|ي|نا)?';

/** Splits `a|b(c|d)|e` at its top-level bars. */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out.filter((a) => a.length > 0);
}

export interface AlternativeOptions {
  /** What `~` matches: letters (default) or letters and marks. */
  rest?: string;
  /** Spaces also match hyphens ("apple-pay"). */
  hyphens?: boolean;
  /** Appended to the word, inside its edges (endings written onto brands: "paypal'la", "gopaynya"). */
  ending?: string;
  /** Arabic prefixes and endings only around alternatives in Arabic script (brands stay Latin). */
  arabicScriptOnly?: boolean;
}

/** One alternative as a regex source: edges per script, `~` for word endings, spaces optional. */
export function alternative(source: string, lang: string, options: AlternativeOptions = {}): string {
  const body = `${source.replace(/~/g, options.rest ?? '\\p{L}*').replace(/ /g, options.hyphens ? '[\\s\\-]*' : '\\s*')}${options.ending ?? ''}`;
  if (UNSPACED.has(lang)) {
    const lead = /^[a-z0-9]/.test(source) ? '(?<![a-z0-9])' : '';
    const tail = /[a-z0-9~]$/.test(source) ? '(?![a-z0-9])' : '';
    return `${lead}(?:${body})${tail}`;
  }
  const arabic = lang === 'ar' && (!options.arabicScriptOnly || /^[\u0600-\u06ff]/.test(source));
  if (arabic) return `(?<!${LETTER})${AR_PREFIX}(?:${body})${AR_SUFFIX}(?!${LETTER})`;
  return `(?<!${LETTER})(?:${body})(?!${LETTER})`;
}
