/**
 * Off-topic chat ("will it rain tomorrow", "set an alarm for 7") that every bot model also learns, as one
 * extra class, so that messages about other things land there instead of on the nearest shop intent.
 * The class is never reported: a message it wins gets `intent: null`, which sends the turn to the
 * fallback path. The messages are shopmate's own (`background/<locale>.txt`, one per line; see
 * background/README.md), not from any dataset.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baseLanguage } from './langid.js';
import type { TrainingExample } from './types.js';

/** The class name of off-topic messages; bots cannot have an intent of that name. */
export const BACKGROUND_INTENT = '__background__';

const DIR = join(import.meta.dirname, 'background');

/** The off-topic examples of `locale` (or of its base language), or none when we have no file for it. */
export async function backgroundExamples(locale: string, dir = DIR): Promise<TrainingExample[]> {
  const file = [join(dir, `${locale}.txt`), join(dir, `${baseLanguage(locale)}.txt`)].find((f) => existsSync(f));
  if (!file) return [];
  const lines = (await readFile(file, 'utf8')).split('\n').map((l) => l.trim());
  return lines.filter((l) => l !== '' && !l.startsWith('#')).map((text) => ({ text, intent: BACKGROUND_INTENT, locale }));
}
