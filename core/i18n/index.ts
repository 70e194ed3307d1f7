import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { ConfigError } from '../model/errors.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export interface I18n {
  readonly locales: readonly string[];
  readonly fallback: string;
  /** `key` is `<namespace>.<path>`, e.g. `order.ask_id` → locales/<lng>/order.json → `ask_id`. */
  t(locale: string, key: string, vars?: Record<string, unknown>): string;
  has(locale: string, key: string): boolean;
  translator(locale: string): Translate;
  /** Every `<ns>.<path>` key of one locale, for parity checks. */
  keys(locale: string): string[];
}

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** Reads `locales/<lng>/<namespace>.json`. A file that is not valid JSON is a ConfigError naming it. */
export function readLocaleDir(dir: string): Resources {
  const out: Resources = {};
  if (!existsSync(dir)) throw new ConfigError('locales folder not found', dir);
  for (const lng of readdirSync(dir)) {
    const lngDir = join(dir, lng);
    out[lng] = {};
    for (const file of readdirSync(lngDir).filter((f) => f.endsWith('.json'))) {
      const path = join(lngDir, file);
      const text = readFileSync(path, 'utf8');
      try {
        out[lng][basename(file, '.json')] = JSON.parse(text) as Record<string, unknown>;
      } catch (err) {
        const m = /position (\d+)/.exec(String(err));
        const pos = m ? lineCol(text, Number(m[1])) : undefined;
        throw new ConfigError(`invalid JSON: ${(err as Error).message}`, path, pos?.line, pos?.column);
      }
    }
  }
  return out;
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function flatten(obj: Record<string, unknown>, prefix: string, out: string[]): void {
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}.${k}`;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out.push(key);
  }
}

/** An i18next instance over the resources; money and dates format with Intl in the shopper's locale. */
export async function createI18n(resources: Resources, options: { fallback?: string } = {}): Promise<I18n> {
  const fallback = options.fallback ?? 'en';
  const instance: I18nInstance = i18next.createInstance();
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  await instance.init({
    resources,
    ns: namespaces,
    fallbackLng: fallback,
    supportedLngs: Object.keys(resources),
    load: 'currentOnly',
    nsSeparator: false,
    keySeparator: '.',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  const split = (key: string): { ns: string; path: string } => {
    const i = key.indexOf('.');
    return i < 0 ? { ns: 'common', path: key } : { ns: key.slice(0, i), path: key.slice(i + 1) };
  };
  const api: I18n = {
    locales: Object.keys(resources),
    fallback,
    t: (locale, key, vars = {}) => {
      const { ns, path } = split(key);
      return instance.t(path, { ...vars, lng: locale, ns });
    },
    has: (locale, key) => {
      const { ns, path } = split(key);
      return instance.exists(path, { lng: locale, ns, fallbackLng: false } as never);
    },
    translator: (locale) => (key, vars) => api.t(locale, key, vars),
    keys: (locale) => {
      const out: string[] = [];
      for (const [ns, tree] of Object.entries(resources[locale] ?? {})) flatten(tree, ns, out);
      return out.sort();
    },
  };
  return api;
}
