import { ConfigError } from '../model/errors.js';
import { loadProject } from '../app.js';
import { flowKeys } from '../flow/loader.js';
import { createI18n } from '../i18n/index.js';

export interface ValidationReport {
  errors: string[];
  summary: { bots: number; flows: number; locales: number; keys: number };
}

/**
 * Checks bots/, flows/ and locales/ together: files validate, every key a bot's flows say exists in
 * every locale the bot supports (directly or as context variants), and all locales carry the same keys.
 */
export async function validateProject(root: string): Promise<ValidationReport> {
  const errors: string[] = [];
  let project;
  try {
    project = loadProject(root);
  } catch (err) {
    if (err instanceof ConfigError) return { errors: [err.message], summary: { bots: 0, flows: 0, locales: 0, keys: 0 } };
    throw err;
  }
  const i18n = await createI18n(project.locales, { fallback: 'en' });
  const reference = i18n.keys('en');
  const keysOf = new Map(i18n.locales.map((l) => [l, i18n.keys(l)]));
  // A key is present directly or as i18next context variants (`status_shipped`).
  const hasKey = (locale: string, key: string): boolean =>
    (keysOf.get(locale) ?? []).some((k) => k === key || k.startsWith(`${key}_`));
  for (const bot of project.bots.values()) {
    for (const flowId of bot.config.flows) {
      const flow = project.flows.get(flowId)!;
      for (const { key, at } of flowKeys(flow)) {
        for (const locale of bot.config.locales.supported) {
          if (!hasKey(locale, key)) errors.push(`${at.file}:${at.line}:${at.column}: key "${key}" is missing in locales/${locale}`);
        }
      }
    }
  }
  for (const locale of i18n.locales) {
    const have = new Set(keysOf.get(locale));
    const missing = reference.filter((k) => !have.has(k));
    if (missing.length) errors.push(`locales/${locale}: ${missing.length} keys missing (first: ${missing.slice(0, 3).join(', ')})`);
    const extra = [...have].filter((k) => !reference.includes(k));
    if (extra.length) errors.push(`locales/${locale}: keys not in locales/en: ${extra.slice(0, 3).join(', ')}`);
  }
  return {
    errors,
    summary: { bots: project.bots.size, flows: project.flows.size, locales: i18n.locales.length, keys: reference.length },
  };
}
