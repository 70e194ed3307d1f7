/**
 * The formal register: every German string that says "du" (or tells the shopper to do something in the
 * du-form: "tippe", "schick mir") has a formal version in locales/de/formal/, and i18n lays those over
 * the usual strings for shoppers addressed formally.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, readLocaleDir } from '../../../core/i18n/index.js';
import { readFormalDir } from '../../../core/i18n/register.js';
import { ROOT } from '../../helpers/chat.js';
import { flat, placeholders } from '../../helpers/locale-strings.js';

const resources = readLocaleDir(join(ROOT, 'locales'));
const formal = readFormalDir(join(ROOT, 'locales'));


const L = '(?<!\\p{L})';
const R = '(?!\\p{L})';
const DU_WORDS = new RegExp(
  `${L}(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures|kannst|hast|bist|willst|möchtest|` +
    `musst|sollst|darfst|wirst|könntest|würdest|hättest|brauchst|bekommst|findest|zahlst|entscheidest|kriegst|weißt|siehst|gibst|nimmst|wählst)${R}`,
  'giu',
);
/** du-imperatives; "-e" forms are also "ich"-forms ("dann schicke ich"), told apart by the "ich" beside them. */
const IMPERATIVES = new Set(
  ('entschuldige versuch versuche prüf prüfe schick schicke tipp tippe wähl wähle nenn nenne schreib schreibe frag leg lege schließ ' +
    'schließe schau gib sag melde meld klick klicke bleib bleibe probier probiere komm lies sieh nimm hol hole warte antworte ruf öffne ' +
    'kopier kopiere füg füge lass geh gehe denk check guck achte beachte').split(' '),
);

/** The du-forms a German text addresses its reader with. */
function duForms(raw: string): string[] {
  // Placeholders are not words of the text ("{{check}}" is not the imperative "check").
  const text = raw.replace(/\{\{[^}]*\}\}/g, ' ');
  const found = [...text.matchAll(DU_WORDS)].map((m) => m[0]);
  for (const sentence of text.split(/[.!?…:;\n–]+/u)) {
    const words = sentence.match(/\p{L}+/gu) ?? [];
    words.forEach((word, i) => {
      const lower = word.toLowerCase();
      if (!IMPERATIVES.has(lower)) return;
      // Capitalised inside a sentence it is a noun ("ein neuer Versuch", "ein Tipp").
      if (word !== lower && i > 0) return;
      if (words[i - 1]?.toLowerCase() === 'ich' || words[i + 1]?.toLowerCase() === 'ich' || words[i + 1] === 'Sie') return;
      found.push(word);
    });
  }
  return found;
}

describe('the du-form finder', () => {
  it('finds pronouns, verbs and imperatives of "du" (the check can fail)', () => {
    expect(duForms('Wie lautet deine Bestellnummer?')).toEqual(['deine']);
    expect(duForms('Bitte prüf die Nummer und schick sie noch einmal.')).toEqual(['prüf', 'schick']);
    expect(duForms('Tippe auf „Mit einer Person sprechen“.')).toEqual(['Tippe']);
    expect(duForms('Kannst du es anders formulieren?')).toEqual(['Kannst', 'du']);
    expect(duForms('{{check}}\nCheck den Code.')).toEqual(['Check']);
  });

  it('lets Sie-forms, nouns and "ich"-forms pass', () => {
    expect(duForms('Tippen Sie auf „Mit einer Person sprechen“. Wie lautet Ihre Bestellnummer?')).toEqual([]);
    expect(duForms('Ein neuer Versuch, ein Tipp: dann schicke ich sie. Ich schaue nach.')).toEqual([]);
  });
});

describe('German formal strings', () => {
  const de = new Map([...Object.entries(resources.de ?? {})].flatMap(([ns, tree]) => [...flat(tree, `${ns}.`)]));
  const deFormal = new Map([...Object.entries(formal.de ?? {})].flatMap(([ns, tree]) => [...flat(tree, `${ns}.`)]));

  it('exist for every string that addresses the shopper with "du"', () => {
    const missing = [...de].filter(([key, text]) => duForms(text).length > 0 && !deFormal.has(key)).map(([key, text]) => `${key}: ${text}`);
    expect(missing).toEqual([]);
  });

  it('say "Sie", never "du"', () => {
    const informal = [...deFormal].filter(([, text]) => duForms(text).length > 0).map(([key, text]) => `${key}: ${duForms(text).join(', ')}`);
    expect(informal).toEqual([]);
  });
});

describe.each(Object.keys(formal))('%s formal strings', (locale) => {
  const base = new Map([...Object.entries(resources[locale] ?? {})].flatMap(([ns, tree]) => [...flat(tree, `${ns}.`)]));
  const over = new Map([...Object.entries(formal[locale] ?? {})].flatMap(([ns, tree]) => [...flat(tree, `${ns}.`)]));

  it('replace strings the locale has (none left over from a renamed key)', () => {
    expect([...over.keys()].filter((k) => !base.has(k))).toEqual([]);
  });

  it('keep the placeholders of the string they replace', () => {
    const mismatched = [...over].filter(([k, v]) => base.has(k) && JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(base.get(k)!)));
    expect(mismatched).toEqual([]);
  });
});

describe('i18n in a register', () => {
  it('takes the formal version where there is one, and the usual string elsewhere', async () => {
    const i18n = await createI18n(resources, { formal });
    const sie = i18n.inRegister('formal');
    expect(sie.t('de', 'order.ask_id')).toContain('Ihre Bestellnummer');
    expect(i18n.t('de', 'order.ask_id')).toContain('deine Bestellnummer');
    expect(sie.inRegister('informal').t('de', 'order.ask_id')).toBe(i18n.t('de', 'order.ask_id'));
    // A string that does not address the shopper, and a context variant, are the usual ones.
    expect(sie.t('de', 'order.cannot_cancel', { id: 'SM1' })).toBe(i18n.t('de', 'order.cannot_cancel', { id: 'SM1' }));
    const shipped = { context: 'shipped', id: 'SM1', carrier: 'DHL', eta: 'morgen', tracking: 'T1' };
    expect(sie.t('de', 'order.status', shipped)).toBe(i18n.t('de', 'order.status', shipped));
    expect(sie.t('de', 'order.status', { context: 'delivered', id: 'SM1' })).toContain('Nicht bei Ihnen angekommen?');
    // A locale without formal strings is as it is; keys list only the locale's own.
    expect(sie.t('es', 'order.ask_id')).toBe(i18n.t('es', 'order.ask_id'));
    expect(sie.keys('de')).toEqual(i18n.keys('de'));
  });

  it('without formal strings, every register is the usual one', async () => {
    const i18n = await createI18n(resources);
    expect(i18n.inRegister('formal').t('de', 'order.ask_id')).toBe(i18n.t('de', 'order.ask_id'));
  });

  it('reads formal strings only for locales that have them', () => {
    expect(Object.keys(formal.de ?? {})).toContain('order');
    expect(formal.en).toBeUndefined();
  });
});
