import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleDir, createI18n } from '../../../core/i18n/index.js';
import { LOCALES } from '../../../core/util/locales.js';
import { ROOT } from '../../helpers/chat.js';
import { flat, placeholders } from '../../helpers/locale-strings.js';

const resources = readLocaleDir(join(ROOT, 'locales'));

const entries = (locale: string) => flat(resources[locale] ?? {});
/** What may legitimately stay the same as English: nothing but placeholders, codes, numbers and punctuation. */
const translatable = (s: string) => /\p{L}{3,}/u.test(s.replace(/\{\{[^}]*\}\}/g, '').replace(/\b(SM\d+|WELCOME10|PayPal|Alipay|WeChat Pay)\b/g, ''));

describe('locales', () => {
  const en = entries('en');

  it('has exactly the 15 shipped locales', () => {
    expect(Object.keys(resources).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key of en and no other', (locale) => {
    expect([...entries(locale).keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s keeps the placeholders of every string', (locale) => {
    const mismatched = [...entries(locale)].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(en.get(k) ?? '')));
    expect(mismatched).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is really translated (no English copies)', (locale) => {
    const copies = [...entries(locale)].filter(([k, v]) => v === en.get(k) && translatable(v)).map(([k]) => k);
    expect(copies).toEqual([]);
  });

  it('has no empty strings', () => {
    for (const locale of LOCALES) expect([...entries(locale)].filter(([, v]) => v.trim() === '').map(([k]) => `${locale}:${k}`)).toEqual([]);
  });

  it('resolves context variants and formats variables in every locale', async () => {
    const i18n = await createI18n(resources);
    for (const locale of LOCALES) {
      const shipped = i18n.t(locale, 'order.status', { context: 'shipped', id: 'SM100234', carrier: 'DHL', tracking: 'T1', eta: 'x' });
      expect(shipped).toContain('SM100234');
      expect(shipped).not.toBe(i18n.t(locale, 'order.status', { context: 'delivered', id: 'SM100234' }));
    }
  });

  it('catches an untranslated copy and a missing key (the check can fail)', () => {
    const fake = flat({ a: 'Hello there, friend', b: 'WELCOME10' });
    const copies = [...fake].filter(([k, v]) => v === fake.get(k) && translatable(v)).map(([k]) => k);
    expect(copies).toEqual(['a']);
  });
});
