/**
 * Off-topic messages against the demo bot: how many everyday requests that are not about shopping
 * (MASSIVE test utterances: weather, alarms, music, news, smart home, ...) the bot's intent model
 * accepts at the bot's threshold, with and without shopmate's off-topic class (core/nlu/background.ts),
 * trained in the same run; and what the class costs on the demo bot's development sets.
 *
 *   npx tsx bench/nlu-offtopic.ts [--locales en,es] [--split test|dev] [--min 0.5,0.6] [--data <massive dir>]
 *
 * `--split dev` takes the off-topic utterances from MASSIVE dev (for tuning), `--min` tries other
 * shares the off-topic class needs to take a message (classifier.ts OFF_TOPIC_MIN).
 *
 * MASSIVE intents a shop bot may rightly answer (food orders, currency, greetings, jokes and
 * chit-chat, complaints, recommendations, lists, "mute") are left out of the off-topic set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { backgroundExamples } from '../core/nlu/background.js';
import { OFF_TOPIC_MIN, trainIntentModel } from '../core/nlu/classifier.js';
import { readJsonl, readNluFile } from '../core/nlu/training-data.js';

const MASSIVE: Record<string, string> = {
  en: 'en-US', 'zh-CN': 'zh-CN', ja: 'ja-JP', ko: 'ko-KR', es: 'es-ES', fr: 'fr-FR', de: 'de-DE', ru: 'ru-RU', pt: 'pt-PT', it: 'it-IT',
  th: 'th-TH', vi: 'vi-VN', id: 'id-ID', ar: 'ar-SA', tr: 'tr-TR',
};
const SHOP_LIKE = /^(takeaway_|qa_currency|general_greet|general_joke|general_quirky|social_complaint|recommendation_|lists_|audio_volume_mute)/;
const ROOT = join(import.meta.dirname, '..');

const { values } = parseArgs({ options: { locales: { type: 'string' }, split: { type: 'string', default: 'test' }, min: { type: 'string', default: String(OFF_TOPIC_MIN) }, data: { type: 'string', default: join(ROOT, '..', 'shared', 'data', 'massive') } } });
const dir = values.data;
if (!existsSync(dir)) {
  console.log(`bench/nlu-offtopic: ${dir} not found (MASSIVE is not part of the repository); skipping.`);
  process.exit(0);
}
const bot = parse(readFileSync(join(ROOT, 'bots', 'demo-shop.yaml'), 'utf8')) as { nlu: { threshold: number } };
const threshold = bot.nlu.threshold;
const locales = values.locales ? values.locales.split(',') : Object.keys(MASSIVE);

const pct = (x: number | undefined): string => (x === undefined ? '-' : (x * 100).toFixed(1));

const mins = values.min.split(',').map(Number);

/**
 * Per model (without the class, then with it at each min): the share of off-topic utterances accepted;
 * on the dev sets, the top intent right (accuracy), and right at the bot's threshold (handled: what a
 * shopper sees answered).
 */
interface Row { locale: string; accepted: number[]; dev: number[]; handled: number[] }
const rows: Row[] = [];
for (const locale of locales) {
  const own = await readNluFile(join(ROOT, 'bots', 'demo-shop', 'nlu', `${locale}.yaml`));
  const background = await backgroundExamples(locale);
  const offTopic = readFileSync(join(dir, `${MASSIVE[locale]}.${values.split}.jsonl`), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; intent: string }).filter((e) => !SHOP_LIKE.test(e.intent));
  const devFile = join(ROOT, 'test', 'fixtures', 'nlu', 'dev', `${locale}.jsonl`);
  const dev = existsSync(devFile) ? await readJsonl(devFile) : [];
  const row: Row = { locale, accepted: [], dev: [], handled: [] };
  const without = trainIntentModel(own, { locale });
  const withClass = trainIntentModel([...own, ...background], { locale });
  for (const [model, offTopicMin] of [[without, 1], ...mins.map((m) => [withClass, m] as const)] as const) {
    const accepted = offTopic.filter((e) => {
      const p = model.predict(e.text, { offTopicMin });
      return p.intent !== null && p.confidence >= threshold;
    }).length;
    const predictions = dev.map((e) => ({ e, p: model.predict(e.text, { offTopicMin }) }));
    const right = predictions.filter(({ e, p }) => !p.offTopic && p.ranking[0]?.intent === e.intent).length;
    const handled = predictions.filter(({ e, p }) => p.intent === e.intent && p.confidence >= threshold).length;
    row.handled.push(dev.length ? handled / dev.length : NaN);
    row.accepted.push(accepted / offTopic.length);
    row.dev.push(dev.length ? right / dev.length : NaN);
  }
  rows.push(row);
  console.error(`${locale}: off-topic accepted ${row.accepted.map(pct).join(' / ')}% (${background.length} background examples)`);
}

const cols = ['without', ...mins.map((m) => `with, min ${m}`)];
console.log(`\nOff-topic MASSIVE ${values.split} utterances the demo bot accepts at its threshold ${threshold} (%); on its dev sets, top intent right and right at the threshold (%)`);
const maybe = (d: number) => (Number.isNaN(d) ? '-' : pct(d));
console.log(`locale | ${cols.map((c) => `accepted ${c}`).join(' | ')} | ${cols.map((c) => `dev ${c}`).join(' | ')} | ${cols.map((c) => `handled ${c}`).join(' | ')}`);
for (const r of rows) console.log(`${r.locale.padEnd(6)} | ${r.accepted.map(pct).join(' | ')} | ${r.dev.map(maybe).join(' | ')} | ${r.handled.map(maybe).join(' | ')}`);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
cols.forEach((c, i) => {
  const d = rows.filter((r) => !Number.isNaN(r.dev[i]));
  console.log(`${c.padEnd(16)}: accepted ${pct(mean(rows.map((r) => r.accepted[i] ?? 0)))}%, dev accuracy ${pct(mean(d.map((r) => r.dev[i] ?? 0)))}%, handled at the threshold ${pct(mean(d.map((r) => r.handled[i] ?? 0)))}% (${d.length} locales with dev sets)`);
});
