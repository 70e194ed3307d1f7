import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readLocaleFile, type Register, type Resources } from './index.js';

/** The folder inside `locales/<lng>/` that holds a locale's formal strings, one file per namespace. */
export const FORMAL_DIR = 'formal';

/**
 * Reads `locales/<lng>/formal/<namespace>.json` for every locale that has them: the formal version of
 * each string that addresses the shopper ("deine Bestellnummer" → "Ihre Bestellnummer"), at the same
 * key as in `locales/<lng>/<namespace>.json`. Locales without the folder are left out.
 */
export function readFormalDir(localesDir: string): Resources {
  const out: Resources = {};
  if (!existsSync(localesDir)) return out;
  for (const lng of readdirSync(localesDir)) {
    const dir = join(localesDir, lng, FORMAL_DIR);
    if (!existsSync(dir)) continue;
    const namespaces: Resources[string] = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) namespaces[basename(file, '.json')] = readLocaleFile(join(dir, file));
    out[lng] = namespaces;
  }
  return out;
}

/**
 * How replies in `locale` address this shopper: as the shopper's own messages showed (`Profile.register`,
 * kept until a message clearly shows the other one), else the bot's default for the language
 * (`locales.formal` lists the languages addressed formally by default).
 */
export function replyRegister(remembered: Register | undefined, locale: string, formalByDefault: readonly string[]): Register {
  return remembered ?? (formalByDefault.includes(locale) ? 'formal' : 'informal');
}
