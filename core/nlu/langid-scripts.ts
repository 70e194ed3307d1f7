/** Writing-system census of a message: the first, cheapest step of language identification. */

export type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'thai' | 'arabic' | 'cyrillic' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
];
const LETTER = /\p{L}/u;

/** Letters per script. */
export type ScriptCounts = Record<Script, number>;

export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, han: 0, kana: 0, hangul: 0, thai: 0, arabic: 0, cyrillic: 0, other: 0 };
  for (const ch of text) {
    if (!LETTER.test(ch) && ch !== 'ー') continue;
    const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
    counts[hit ? hit[0] : 'other']++;
  }
  return counts;
}

/**
 * Which languages a script can be written in, among ours. Kana means Japanese even with Han around;
 * Han alone is Chinese or Japanese.
 */
export const SCRIPT_LANGUAGES: Record<Exclude<Script, 'other'>, readonly string[]> = {
  latin: ['en', 'es', 'fr', 'de', 'pt', 'it', 'vi', 'id', 'tr'],
  han: ['zh', 'ja'],
  kana: ['ja'],
  hangul: ['ko'],
  thai: ['th'],
  arabic: ['ar'],
  cyrillic: ['ru'],
};

/**
 * The script that carries the message. Latin words inside other scripts are mostly names (brands,
 * songs, model numbers), so another script wins once it has a quarter of Latin's weight; an
 * ideograph or syllable block counts as 2.5 letters.
 */
export function dominantScript(counts: ScriptCounts): Exclude<Script, 'other'> | undefined {
  if (counts.kana > 0 && counts.kana + counts.han >= counts.hangul) return 'kana';
  const others: [Exclude<Script, 'other' | 'latin' | 'kana'>, number][] = [
    ['han', counts.han * 2.5],
    ['hangul', counts.hangul * 2.5],
    ['thai', counts.thai],
    ['arabic', counts.arabic],
    ['cyrillic', counts.cyrillic],
  ];
  let best: [Exclude<Script, 'other' | 'latin' | 'kana'>, number] | undefined;
  for (const entry of others) if (entry[1] > 0 && (!best || entry[1] > best[1])) best = entry;
  if (best && best[1] >= counts.latin * LATIN_SHARE) return best[0];
  return counts.latin > 0 ? 'latin' : best?.[0];
}

const LATIN_SHARE = 0.25;
