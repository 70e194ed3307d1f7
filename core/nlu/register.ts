import type { Register } from '../i18n/index.js';

/**
 * How a message addresses the shop, where its language has a formal and an informal "you": `formal`
 * ("Können Sie mir sagen …?"), `informal` ("kannst du mir sagen …?"), or undefined when the message
 * does not show it clearly (no "you" at all, or both). Only German is read so far; other languages
 * return undefined, and their replies follow the bot's default register.
 */
export function detectRegister(text: string, locale: string): Register | undefined {
  const detect = DETECTORS[locale.split('-')[0]!];
  return detect ? detect(text) : undefined;
}

const DETECTORS: Readonly<Record<string, (text: string) => Register | undefined>> = { de: germanRegister };

const L = '(?<!\\p{L})';
const R = '(?!\\p{L})';
const words = (list: string) => new RegExp(`${L}(?:${list})${R}`, 'iu');

/** du-forms: the pronouns, "ihr"/"euch" for several people, 2nd-person-singular verbs and their spoken clitics ("kannste"). */
const DU_PRONOUNS = words('du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures');
const DU_VERBS = words('kannst|hast|bist|willst|möchtest|könntest|würdest|hättest|musst|sollst|darfst|weißt|weisst|wirst|kannste|haste|biste|weißte|weisste|willste|siehste');
/** Verbs that only go with "ihr" (you, several people): "habt ihr …?", "ihr seid …". */
const IHR_VERBS = 'habt|seid|könnt|wollt|sollt|dürft|müsst|wisst|möchtet|würdet|hättet|wärt|werdet';
const IHR_VERB = words(IHR_VERBS);
const IHR_PLURAL = new RegExp(`${L}(?:(?:${IHR_VERBS})\\s+ihr|ihr\\s+(?:${IHR_VERBS}))${R}`, 'iu');

/** What only the shop has, so "Ihre Hotline", "ihr shop" is "your" even at a sentence's start or in lowercase (not "her"). */
const SHOP_SIDE = 'shop|onlineshop|laden|website|webseite|homepage|team|service|kundenservice|kundendienst|hotline|support|'
  + 'mitarbeiter\\p{L}*|kolleg\\p{L}*|rücksendeadresse|rückgabebedingungen|agb|versandkosten|lieferzeiten|chatbot|bot';

/**
 * Sie-forms that hold in lowercase too, where "sie" could otherwise be "she"/"they": a request to us
 * ("können sie mir …", "würden sie bitte …"), thanks to us, "Ihre Hotline", and the formulas of a formal letter.
 */
const SIE_PHRASES = [
  new RegExp(`${L}(?:können|könnten|würden|hätten)\\s+sie\\s+(?:mir|mich|uns|bitte)${R}`, 'iu'),
  new RegExp(`${L}(?:danke|dankeschön|vielen dank)\\s+ihnen${R}`, 'iu'),
  new RegExp(`(?<!(?:${IHR_VERBS})\\s+)${L}ihr(?:e|em|en|er|es)?\\s+(?:${SHOP_SIDE})${R}`, 'iu'),
  words('sehr geehrte[rn]?|mit freundlichen grüßen|mfg'),
];

/** A sentence's first word is capitalised whatever it means, so "Sie" there may be "she" or "they". */
const SENTENCE_END = /[.!?…:;\n]+/u;
const POSSESSIVE = /^Ihr(?:e|em|en|er|es)?$/u;

function germanRegister(text: string): Register | undefined {
  const formal = SIE_PHRASES.some((re) => re.test(text)) || capitalisedSie(text);
  const informal = DU_PRONOUNS.test(text) || DU_VERBS.test(text) || IHR_PLURAL.test(text);
  if (formal === informal) return undefined;
  return formal ? 'formal' : 'informal';
}

/**
 * "Sie", "Ihnen", "Ihr(e)" capitalised inside a sentence: German writes them so only for the polite
 * "you". Not read in a message without lowercase letters (all caps), nor "Ihr" as the plural
 * "you" ("Habt Ihr …?"): as "your" it stands before a noun ("ist Ihr Shop …").
 */
function capitalisedSie(text: string): boolean {
  if (!/\p{Ll}/u.test(text)) return false;
  for (const sentence of text.split(SENTENCE_END)) {
    const tokens = sentence.match(/\p{L}+/gu) ?? [];
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i]!;
      if (word === 'Sie' || word === 'Ihnen') return true;
      if (!POSSESSIVE.test(word)) continue;
      if (word !== 'Ihr') return true;
      const before = tokens[i - 1]!;
      const after = tokens[i + 1];
      if (after && /^\p{Lu}/u.test(after) && !IHR_VERB.test(before)) return true;
    }
  }
  return false;
}
