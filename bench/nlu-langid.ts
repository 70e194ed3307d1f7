/**
 * Language-id accuracy on MASSIVE utterances, ours against franc (restricted to the same 15
 * languages) in the same run, plus per-message latency.
 *
 *   npx tsx bench/nlu-langid.ts [--split test|dev] [--dir /work/shared/data/massive]
 *
 * Tune on dev; the number to report is test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { franc } from 'franc';
import { detectLanguage, loadLanguageModel } from '../core/nlu/langid.js';
import { LOCALES } from '../core/util/locales.js';

/** Our locale → MASSIVE file locale and franc's ISO 639-3 code. */
const DATA: Record<string, { massive: string; iso3: string }> = {
  'zh-CN': { massive: 'zh-CN', iso3: 'cmn' }, en: { massive: 'en-US', iso3: 'eng' }, ja: { massive: 'ja-JP', iso3: 'jpn' },
  ko: { massive: 'ko-KR', iso3: 'kor' }, es: { massive: 'es-ES', iso3: 'spa' }, fr: { massive: 'fr-FR', iso3: 'fra' },
  de: { massive: 'de-DE', iso3: 'deu' }, ru: { massive: 'ru-RU', iso3: 'rus' }, pt: { massive: 'pt-PT', iso3: 'por' },
  it: { massive: 'it-IT', iso3: 'ita' }, th: { massive: 'th-TH', iso3: 'tha' }, vi: { massive: 'vi-VN', iso3: 'vie' },
  id: { massive: 'id-ID', iso3: 'ind' }, ar: { massive: 'ar-SA', iso3: 'arb' }, tr: { massive: 'tr-TR', iso3: 'tur' },
};
const FRANC_ONLY = Object.values(DATA).map((d) => d.iso3);
const FROM_ISO3 = new Map(Object.entries(DATA).map(([loc, d]) => [d.iso3, loc]));

interface Tally { ok: number; n: number; micros: number }
const tally = (): Tally => ({ ok: 0, n: 0, micros: 0 });
const pct = (t: Tally) => (t.n === 0 ? 0 : (100 * t.ok) / t.n);

function readSplit(dir: string, locale: string, split: string): string[] {
  return readFileSync(join(dir, `${DATA[locale]?.massive ?? locale}.${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function timed(t: Tally, truth: string, guess: () => string | undefined): string | undefined {
  const t0 = performance.now();
  const g = guess();
  t.micros += (performance.now() - t0) * 1000;
  t.n++;
  if (g === truth) t.ok++;
  return g;
}

function main(): void {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'test' }, dir: { type: 'string', default: '/work/shared/data/massive' } } });
  const dir = values.dir;
  if (!existsSync(dir)) {
    console.log(`MASSIVE data not found at ${dir}; nothing to measure.`);
    return;
  }
  const t0 = performance.now();
  loadLanguageModel();
  console.log(`model load: ${(performance.now() - t0).toFixed(0)} ms; split: ${values.split}\n`);

  const candidates = [...LOCALES];
  // Warm the JIT for both detectors so the first locale's latency is not the compiler's.
  for (const text of candidates.flatMap((l) => readSplit(dir, l, 'train').slice(0, 200))) {
    detectLanguage(text, { candidates });
    franc(text, { only: FRANC_ONLY, minLength: 1 });
  }
  const names = ['ours', 'ours+hist', 'ours+switch', 'franc'] as const;
  const total = Object.fromEntries(names.map((k) => [k, tally()])) as Record<(typeof names)[number], Tally>;
  const confusions = new Map<string, number>();
  const rows: string[][] = [];
  for (const [i, locale] of candidates.entries()) {
    const per = Object.fromEntries(names.map((k) => [k, tally()])) as Record<(typeof names)[number], Tally>;
    const other = candidates[(i + 1) % candidates.length] as string;
    for (const text of readSplit(dir, locale, values.split)) {
      const g = timed(per.ours, locale, () => detectLanguage(text, { candidates }).locale);
      if (g !== locale) confusions.set(`${locale}→${g}`, (confusions.get(`${locale}→${g}`) ?? 0) + 1);
      timed(per['ours+hist'], locale, () => detectLanguage(text, { candidates, history: [locale] }).locale);
      timed(per['ours+switch'], locale, () => detectLanguage(text, { candidates, history: [other] }).locale);
      timed(per.franc, locale, () => FROM_ISO3.get(franc(text, { only: FRANC_ONLY, minLength: 1 })));
    }
    for (const k of names) {
      total[k].ok += per[k].ok; total[k].n += per[k].n; total[k].micros += per[k].micros;
    }
    rows.push([locale, ...names.map((k) => pct(per[k]).toFixed(2))]);
  }
  rows.push(['ALL', ...names.map((k) => pct(total[k]).toFixed(2))]);
  rows.push(['µs/msg', ...names.map((k) => (total[k].micros / total[k].n).toFixed(1))]);
  const head = ['locale', ...names];
  console.log([head, ...rows].map((r) => r.map((c, j) => (j === 0 ? c.padEnd(8) : c.padStart(12))).join('')).join('\n'));

  const errOurs = total.ours.n - total.ours.ok;
  const errFranc = total.franc.n - total.franc.ok;
  console.log(`\nerrors: ours ${errOurs}, franc ${errFranc} (ours/franc = ${(errOurs / errFranc).toFixed(3)}); ` +
    `speed franc/ours = ${(total.franc.micros / total.ours.micros).toFixed(2)}x`);
  console.log('ours+hist: history = [the true locale] (a shopper continuing in their language); ' +
    'ours+switch: history = [another locale] (the shopper just switched).');
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`top confusions (ours): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

main();
