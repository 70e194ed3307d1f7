/** A message with its budget taken out, for searching products by what is left ("auriculares por menos de 40 dolares" → "auriculares"). */
import { boundWords } from './entities-budget.js';
import { extractEntities } from './entities.js';
import { languageOf } from './tokenize.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` without its money amounts and the ceiling or floor words of `locale`, spaces tidied. */
export function withoutBudget(text: string, locale: string): string {
  const spans = extractEntities(text, { locale }).filter((e) => e.type === 'money').sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of spans) out = `${out.slice(0, e.start)} ${out.slice(e.end)}`;
  const lang = languageOf(locale);
  const words = boundWords(lang).sort((a, b) => b.length - a.length);
  // Chinese, Japanese and Thai run words together: there a ceiling word has no word boundary to look for.
  const [lead, tail] = ['zh', 'ja', 'th'].includes(lang) ? ['', ''] : ['(?<![\\p{L}])', '(?![\\p{L}])'];
  if (words.length) out = out.replace(new RegExp(`${lead}(?:${words.map(escape).join('|')})${tail}`, 'giu'), ' ');
  return out.replace(/\s+/g, ' ').trim();
}
