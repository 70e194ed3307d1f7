/**
 * Interests a shopper names for someone, or for themselves: "a gift for my mom, she likes cooking", "送给喜欢跑步的男朋友",
 * "für meinen Vater, er wandert gern", "등산 좋아하는 아빠 선물", "regalo para alguien que ama el café". An interest maps to
 * catalog tags (`INTEREST_TAGS`): the gift ranking prefers products with them (core/shop/ranking.ts).
 *
 * `affinity` tells whether the message says someone likes it ("likes", "喜欢", "gern", "좋아하는") or names the person
 * by it ("runner", "gamer", "tea lover"): "running shoes" names an interest's word without one.
 */
import { INTEREST_TAGS, INTEREST_WORDS, AFFINITY_WORDS, INTERESTS, type Interest } from './entities-interest-words.js';
import { languageOf } from './tokenize.js';
import { AR_PREFIX, UNSPACED } from './word-patterns.js';

export { INTEREST_TAGS, INTERESTS, type Interest } from './entities-interest-words.js';

export interface InterestReading {
  /** Interests named, in the order the message names them. */
  interests: Interest[];
  /** The message says someone likes them, or names the person who does. */
  affinity: boolean;
}

const EDGE = '[\\p{L}\\p{M}\\p{N}]';

/** A pattern list as one regex: word edges in spaced languages, `~` for a word's endings. */
function compile(source: string, lang: string): RegExp {
  const body = source.replace(/~/g, '[\\p{L}\\p{M}]*').replace(/ /g, '[\\s-]*');
  if (UNSPACED.has(lang)) return new RegExp(`(?:${body})`, 'giu');
  // Arabic writes "and", "for", "the" onto the word: للمطبخ is "for the kitchen".
  const prefix = lang === 'ar' ? AR_PREFIX : '';
  return new RegExp(`(?<!${EDGE})${prefix}(?:${body})(?!${EDGE})`, 'giu');
}

const compiled = new Map<string, { interests: [Interest, RegExp][]; affinity: RegExp | undefined }>();

function patternsFor(lang: string) {
  let c = compiled.get(lang);
  if (!c) {
    const words = INTEREST_WORDS[lang];
    c = {
      interests: words ? INTERESTS.map((i) => [i, compile(words[i], lang)] as [Interest, RegExp]) : [],
      affinity: AFFINITY_WORDS[lang] ? compile(AFFINITY_WORDS[lang], lang) : undefined,
    };
    compiled.set(lang, c);
  }
  return c;
}

/** The interests `text` names and whether it says someone likes them; English words count in every language. */
export function readInterests(text: string, locale: string): InterestReading {
  const lower = text.toLowerCase();
  const found: { interest: Interest; at: number }[] = [];
  let affinity = false;
  for (const lang of new Set([languageOf(locale), 'en'])) {
    const c = patternsFor(lang);
    for (const [interest, re] of c.interests) {
      for (const m of lower.matchAll(re)) found.push({ interest, at: m.index });
    }
    if (c.affinity) affinity ||= new RegExp(c.affinity.source, 'iu').test(lower);
  }
  const interests = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.interest))];
  return { interests, affinity: affinity && interests.length > 0 };
}

/** Whether product `p` (its tags and category) is for one of `interests`. */
export function suitsInterest(p: { tags: readonly string[]; category: string }, interests: readonly Interest[]): boolean {
  const own = new Set([...p.tags, p.category]);
  return interests.some((i) => INTEREST_TAGS[i].some((t) => own.has(t)));
}
