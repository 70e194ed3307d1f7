import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n, readLocaleDir, type I18n } from '../../../core/i18n/index.js';
import { humanizeKey, splitUnit } from '../../../core/i18n/attributes.js';
import { Attributes, compileTemplate, isLocalizedValue, stringify } from '../../../core/flow/expressions.js';
import { LOCALES } from '../../../core/util/locales.js';
import { ROOT } from '../../helpers/chat.js';

/** What the `attrs` transform gives a flow, worded as the render stage words it. */
const attrs = (attributes: Record<string, unknown>) => compileTemplate('{{ p.attributes|attrs }}').render({ p: { attributes } });

describe('attrs transform', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await createI18n(readLocaleDir(join(ROOT, 'locales')));
  });
  const words = (locale: string, attributes: Record<string, unknown>) => {
    const v = attrs(attributes);
    expect(isLocalizedValue(v)).toBe(true);
    return (v as Attributes).localize(locale, i18n);
  };
  const headphones = { color: 'black', battery_hours: 30, noise_cancelling: true, foldable: false, weight_g: 250 };

  it('reads the catalog keys as words with units, yes/no and colours in English', () => {
    expect(words('en', headphones)).toBe('Colour: black · Battery life: 30 hours · Noise cancelling: yes · Foldable: no · Weight: 250 g');
  });

  it.each([
    ['zh-CN', ['颜色：黑色', '续航：30小时', '主动降噪：是', '重量：250 g']],
    ['ru', ['Цвет: чёрный', 'Время работы: 30 часов', 'Шумоподавление: да', 'Вес: 250 г']],
    ['de', ['Farbe: schwarz', 'Akkulaufzeit: 30 Stunden', 'Geräuschunterdrückung: ja', 'Gewicht: 250 g']],
    ['ar', ['اللون: أسود', 'إلغاء الضوضاء: نعم', 'الوزن: 250 غرام']],
  ])('in %s: translated names and values, no raw keys', (locale, parts) => {
    const text = words(locale, headphones);
    for (const p of parts) expect(text).toContain(p);
    expect(text).not.toMatch(/_|true|false|\b(color|black|weight|battery)\b/);
  });

  it('translates materials and writes sizes with their unit', () => {
    expect(words('de', { sizes: 'EU 36-45', sole: 'rubber' })).toBe('Größen: EU 36-45 · Sohle: Gummi');
    expect(words('en', { size_cm: '183x61', screen_in: 1.43, capacity_mah: 20000 })).toBe('Size: 183x61 cm · Screen: 1.43 in · Capacity: 20,000 mAh');
    expect(words('zh-CN', { screen_in: 1.43, battery_days: 10, waterproof: '5ATM' })).toBe('屏幕：1.43英寸 · 续航：10天 · 防水：5ATM');
  });

  it('humanizes a key the locale files do not know, and keeps its value as the catalog gives it', () => {
    expect(words('en', { gift_box: true, strapMaterial: 'titanium mesh', warranty_years: 2 })).toBe('Gift box: yes · Strap material: titanium mesh · Warranty: 2 years');
    expect(words('ru', { gift_box: 'Deluxe' })).toBe('Gift box: Deluxe');
  });

  it('has a name for every attribute key of the demo catalog in every locale', async () => {
    const { loadCatalog } = await import('../../../core/shop/demo.js');
    const keys = new Set(loadCatalog(join(ROOT, 'bots/demo-shop/shop/catalog.yaml')).products.flatMap((p) => Object.keys(p.attributes)));
    for (const locale of LOCALES) {
      const unnamed = [...keys].filter((k) => !i18n.has(locale, `attributes.keys.${k}`) && !i18n.has(locale, `attributes.keys.${splitUnit(k)?.base ?? k}`));
      expect(unnamed.map((k) => `${locale}:${k}`)).toEqual([]);
    }
  });

  it('prints as text without a locale, and leaves non-objects empty', () => {
    expect(stringify(attrs({ weight_g: 250 }))).toBe('Weight: 250 g');
    expect(attrs(null as unknown as Record<string, unknown>)).toBe('');
    expect(humanizeKey('water_resistant')).toBe('Water resistant');
    expect(splitUnit('keys')).toBeUndefined();
  });
});
