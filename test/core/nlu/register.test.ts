/** How a German message addresses the shop: "Sie" (formal), "du"/"ihr" (informal), or not clearly either. */
import { describe, expect, it } from 'vitest';
import { detectRegister } from '../../../core/nlu/register.js';

describe('detectRegister (German)', () => {
  it.each([
    'Können Sie mir sagen, wo meine Bestellung ist?',
    'Haben Sie die Kopfhörer auch in Schwarz?',
    'Guten Tag, ich warte seit zwei Wochen. Würden Sie bitte nachsehen?',
    'Liefern Sie auch nach Österreich?',
    'Hallo, Sie haben mir die falsche Farbe geschickt',
    'Ich danke Ihnen!',
    'Wann ist Ihr Kundenservice erreichbar?',
    'Ihre Hotline ist nie erreichbar',
    'können sie mir sagen wo mein paket ist',
    'ihre website lädt nicht',
    'Sehr geehrte Damen und Herren, meine Lieferung fehlt.',
    'KÖNNEN SIE MIR HELFEN',
  ])('"%s" is formal', (text) => {
    expect(detectRegister(text, 'de')).toBe('formal');
  });

  it.each([
    'kannst du mir sagen wo meine bestellung ist',
    'Hast du das auch in Schwarz?',
    'habt ihr das auch in blau?',
    'Habt Ihr Kopfhörer?',
    'Danke dir!',
    'kannste mal nachschauen',
    'Wo ist eure Rücksendeadresse?',
    'bist du ein bot',
  ])('"%s" is informal', (text) => {
    expect(detectRegister(text, 'de')).toBe('informal');
  });

  it.each([
    ['she, at the start of a sentence', 'Sie ist kaputt angekommen.'],
    ['they, at the start of a sentence', 'Die Kopfhörer sind da. Sie sind aber kaputt.'],
    ['she, in lowercase', 'wann kommt sie an?'],
    ['her, before what is not the shop\'s', 'Meine Frau hat bestellt, aber ihre Bestellung ist nicht da'],
    ['no "you" at all', 'wo ist meine bestellung'],
    ['all caps, "SIE" may be anything', 'SIE SIND KAPUTT'],
    ['both at once', 'Können Sie mir helfen? Du bist doch ein Bot.'],
  ])('%s: "%s" shows neither', (_why, text) => {
    expect(detectRegister(text, 'de')).toBeUndefined();
  });

  it('reads German only: "du" in French and "vous" say nothing yet', () => {
    expect(detectRegister('je voudrais du café', 'fr')).toBeUndefined();
    expect(detectRegister('Pouvez-vous m’aider ?', 'fr')).toBeUndefined();
    expect(detectRegister('Können Sie mir helfen?', 'de-AT')).toBe('formal');
  });
});
