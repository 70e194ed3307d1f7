/**
 * Builds `langid-model.json` from MASSIVE 1.1 train utterances plus our own chat phrases.
 *
 *   npx tsx core/nlu/langid-build.ts [/work/shared/data/massive]
 *
 * MASSIVE (FitzGerald et al., 2022; CC BY 4.0, © Amazon.com Inc. or its affiliates) is used for
 * training only, never its test split. See langid-model.README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRA_PHRASES } from './langid-extra.js';
import { trainNgramModel, type LangIdModelFile } from './langid-model.js';

/** Latin-script languages the letters model separates, with their MASSIVE locale. */
export const LATIN_SOURCES: Record<string, string> = {
  en: 'en-US', es: 'es-ES', fr: 'fr-FR', de: 'de-DE', pt: 'pt-PT', it: 'it-IT', vi: 'vi-VN', id: 'id-ID', tr: 'tr-TR',
};
/** Han-only text (no kana) is Chinese or Japanese. */
export const HAN_SOURCES: Record<string, string> = { zh: 'zh-CN', ja: 'ja-JP' };

/** Our phrases are few but chosen: each counts as this many utterances, enough to survive pruning. */
const EXTRA_WEIGHT = 12;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

const SOURCE_NOTE =
  'Trained on MASSIVE 1.1 train split (FitzGerald et al. 2022, CC BY 4.0, (c) Amazon.com Inc. or its affiliates; ' +
  'part derived from SLURP, CC BY 4.0) plus shopmate chat phrases (core/nlu/langid-extra.ts, MIT). Counts only, no text.';

function readTexts(dir: string, locale: string): string[] {
  return readFileSync(join(dir, `${locale}.train.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function samplesFor(dir: string, sources: Record<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [lang, locale] of Object.entries(sources)) {
    const extra = (EXTRA_PHRASES[lang] ?? []).flatMap((t) => new Array<string>(EXTRA_WEIGHT).fill(t));
    out.set(lang, [...readTexts(dir, locale), ...extra]);
  }
  return out;
}

/** Trains both models; the options were chosen on MASSIVE dev (`bench/nlu-langid.ts --split dev`). */
export function buildLangIdModel(massiveDir: string): LangIdModelFile {
  const latin = trainNgramModel(samplesFor(massiveDir, LATIN_SOURCES), {
    alphabet: 'letters', orders: [1, 5], words: true, alpha: 0.1, minCount: 12,
  });
  const hanSamples = samplesFor(massiveDir, HAN_SOURCES);
  const han = trainNgramModel(hanSamples, { alphabet: 'han', orders: [1, 2], words: false, alpha: 0.1, minCount: 2 });
  // Japanese is rarely written in Han alone: the prior is how often each language's lines are Han-only.
  han.prior = han.langs.map((l) => (hanSamples.get(l) ?? []).filter((t) => HAN.test(t) && !KANA.test(t)).length + 1);
  return { format: 1, source: SOURCE_NOTE, latin, han };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? '/work/shared/data/massive';
  const out = fileURLToPath(new URL('./langid-model.json', import.meta.url));
  const model = buildLangIdModel(dir);
  const json = JSON.stringify(model);
  writeFileSync(out, json);
  console.log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ` +
    `${Object.keys(model.latin.features).length} latin + ${Object.keys(model.han.features).length} han features`);
}
