/** Phone numbers (libphonenumber-js, full metadata) and e-mail addresses. */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { makeEntity, type ScanInput } from './entities-text.js';
import type { Entity } from './types.js';

/** The country a national number is read in when the locale tag has no region. */
const DEFAULT_REGION: Record<string, CountryCode> = {
  zh: 'CN', en: 'US', ja: 'JP', ko: 'KR', es: 'ES', fr: 'FR', de: 'DE', ru: 'RU', pt: 'BR', it: 'IT',
  th: 'TH', vi: 'VN', id: 'ID', ar: 'SA', tr: 'TR',
};

/** `pt-BR` → BR; `ja` → JP; an explicit `region` wins. */
export function phoneRegion(input: ScanInput, region?: string): CountryCode | undefined {
  const fromTag = input.locale.split(/[-_]/)[1];
  const candidate = (region ?? (fromTag && /^[A-Za-z]{2}$/.test(fromTag) ? fromTag : undefined))?.toUpperCase();
  return (candidate as CountryCode | undefined) ?? DEFAULT_REGION[input.lang];
}

/** Values are E.164 (`+8613800138000`). Numbers in international format are found in any locale. */
export function extractPhones(input: ScanInput, region?: string): Entity[] {
  const defaultCountry = phoneRegion(input, region);
  const found = findPhoneNumbersInText(input.norm, defaultCountry ? { defaultCountry } : undefined);
  return found.map((f) => makeEntity('phone', f.number.number, input, f.startsAt, f.endsAt));
}

/** Latin-script addresses; the TLD stops at the first non-Latin character ("a@b.com这是"). */
const EMAIL = /(?<![\p{Script=Latin}\d._%+-])[\p{Script=Latin}\d._%+-]+@[\p{Script=Latin}\d-]+(?:\.[\p{Script=Latin}\d-]+)*\.\p{Script=Latin}{2,}/gu;

/** Values are lower-cased. */
export function extractEmails(input: ScanInput): Entity[] {
  return [...input.norm.matchAll(EMAIL)].map((m) =>
    makeEntity('email', m[0].toLowerCase(), input, m.index, m.index + m[0].length),
  );
}
