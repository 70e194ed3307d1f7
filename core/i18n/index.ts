import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import i18next, { type i18n as I18nInstance } from 'i18next';
import { ConfigError } from '../model/errors.js';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** How replies address the shopper: `formal` ("Sie", "vous", "您") where a locale has formal strings, else the locale's usual texts. */
export type Register = 'formal' | 'informal';

export interface I18n {
  readonly locales: readonly string[];
  readonly fallback: string;
  /** `key` is `<namespace>.<path>`, e.g. `order.ask_id` → locales/<lng>/order.json → `ask_id`. */
  t(locale: string, key: string, vars?: Record<string, unknown>): string;
  has(locale: string, key: string): boolean;
  translator(locale: string): Translate;
  /** Every `<ns>.<path>` key of one locale, for parity checks. */
  keys(locale: string): string[];
  /** The same texts in a register: `formal` takes a string's formal version (`locales/<lng>/formal/`) where it has one. */
  inRegister(register: Register): I18n;
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
      out[lng][basename(file, '.json')] = readLocaleFile(join(lngDir, file));
    }
  }
  return out;
}

/** One namespace file; invalid JSON is a ConfigError with the line and column. */
export function readLocaleFile(path: string): Record<string, unknown> {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    const m = /position (\d+)/.exec(String(err));
    const pos = m ? lineCol(text, Number(m[1])) : undefined;
    throw new ConfigError(`invalid JSON: ${(err as Error).message}`, path, pos?.line, pos?.column);
  }
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

/**
 * An i18next instance over the resources; money and dates format with Intl in the shopper's locale.
 * `formal`: per locale, formal versions of the strings that address the shopper (locales/<lng>/formal/),
 * laid over that locale's strings for `inRegister('formal')`; every other string stays as it is.
 */
export async function createI18n(resources: Resources, options: { fallback?: string; formal?: Resources } = {}): Promise<I18n> {
  const fallback = options.fallback ?? 'en';
  const informal = translations(await instanceOver(resources, fallback), resources, fallback);
  const overlays = Object.entries(options.formal ?? {}).filter(([lng, tree]) => lng in resources && Object.keys(tree).length > 0);
  if (!overlays.length) return informal;
  const merged: Resources = { ...resources };
  for (const [lng, tree] of overlays) merged[lng] = overlay(resources[lng] ?? {}, tree) as Resources[string];
  const formal = translations(await instanceOver(merged, fallback), resources, fallback);
  informal.inRegister = formal.inRegister = (register) => (register === 'formal' ? formal : informal);
  return informal;
}

async function instanceOver(resources: Resources, fallback: string): Promise<I18nInstance> {
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
  return instance;
}

/** `over`'s strings replace `base`'s at the same path; the rest of `base` is kept. */
function overlay(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const below = base[k];
    const nested = v && typeof v === 'object' && below && typeof below === 'object';
    out[k] = nested ? overlay(below as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

/** The API over one instance; `keys` always lists the locale's own keys (a register adds none). */
function translations(instance: I18nInstance, resources: Resources, fallback: string): I18n {
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
    inRegister: () => api,
  };
  return api;
}
