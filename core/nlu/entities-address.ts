/**
 * A delivery address to be changed, in the 15 languages as shoppers write it: "I need to change my shipping address
 * for SM100236", "地址填错了能改吗", "住所を変更したい", "Adresse ändern", "배송지 변경", "cambiar la dirección de envío",
 * "поменять адрес доставки", "ganti alamat", "teslimat adresini değiştirmek". The `address_change` entity, `{ address }`:
 * the new address when the message gives one ("… to 5 Main St, Springfield 12345", "改成上海市浦东新区世纪大道100号",
 * "住所を東京都渋谷区1-2-3に変更", "new address: …"), else none. The demo's order flows read it to send the shopper to
 * flows/address_change.yaml, which says whether the address can still be changed.
 *
 * An address word and a word that changes it (or says it was wrong) in one sentence. Not a change: an address that
 * is not where an order goes (e-mail, billing, return, the shop's), and a wrong address with a cancel word and no
 * change word ("地址写错了 取消重拍", "cancel dong min salah alamat"): that shopper asks to cancel.
 *
 * Pattern syntax as in entities-defect.ts: `|` separates alternatives, `~` stands for the rest of a word, a space for
 * optional white space; `=` needs the accents. English words count in every language.
 */
import { makeEntity, type ScanInput } from './entities-text.js';
import { blank, matcher, prepare, spans, type Matcher, type Span } from './word-matchers.js';
import { ADDRESS_WORDS, ANNOUNCED_ADDRESS, PLACED_ADDRESS, type AddressWords } from './entities-address-words.js';
import type { Entity } from './types.js';

interface Compiled {
  address: Matcher;
  change: Matcher;
  wrong: Matcher;
  cancel: Matcher;
  notDelivery: Matcher;
}

const compiled = new Map<string, Compiled>();
/** Languages written without spaces: their words are closer together. */
const UNSPACED = new Set(['zh', 'ja', 'th']);
/** How far apart (in characters) the address and the change may be. */
const REACH = { spaced: 40, unspaced: 16 };
/** A sentence ends here; commas do not end one ("地址写错了，可以改吗"). */
const SENTENCE_END = /[.!?。！？\n]/u;

function compiledFor(lang: string): Compiled {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const sets = lang !== 'en' && ADDRESS_WORDS[lang] ? [ADDRESS_WORDS[lang], ADDRESS_WORDS.en!] : [ADDRESS_WORDS.en!];
  const pick = (f: (w: AddressWords) => string | undefined) => sets.map(f).filter((s): s is string => Boolean(s));
  const c: Compiled = {
    address: matcher(pick((w) => w.address), lang),
    change: matcher(pick((w) => w.change), lang),
    wrong: matcher(pick((w) => w.wrong), lang),
    cancel: matcher(pick((w) => w.cancel), lang),
    notDelivery: matcher(pick((w) => w.notDelivery), lang),
  };
  compiled.set(lang, c);
  return c;
}

/**
 * Two spans within `reach` characters of each other, with no sentence end between them; the new address between
 * them ("住所を東京都渋谷区1-2-3に変更", "Adresse auf Hauptstr. 5, 10115 Berlin ändern") counts for nothing.
 */
function near(a: Span, b: Span, reach: number, text: string, given: Span | undefined): boolean {
  const [from, to] = a.end <= b.index ? [a.end, b.index] : b.end <= a.index ? [b.end, a.index] : [0, 0];
  const gaps = given && given.index < to && given.end > from ? [[from, given.index], [given.end, to]] : [[from, to]];
  const length = gaps.reduce((n, [x = 0, y = 0]) => n + Math.max(0, y - x), 0);
  return length <= reach && !gaps.some(([x = 0, y = 0]) => SENTENCE_END.test(text.slice(x, y)));
}

/** Where the message asks to change a delivery address (the address word), or `undefined`. `given`: where the new address is. */
export function findAddressChange(text: string, lang: string, given?: Span): Span | undefined {
  const words = compiledFor(ADDRESS_WORDS[lang] ? lang : 'en');
  const prepared = prepare(text, lang);
  const kept = blank(prepared, spans(prepared, words.notDelivery));
  const reach = UNSPACED.has(lang) ? REACH.unspaced : REACH.spaced;
  const addresses = spans(kept, words.address);
  if (addresses.length === 0) return undefined;
  const changes = spans(kept, words.change);
  // "wrong address, cancel it" asks to cancel; "wrong address, can you change it" to change.
  const wrongs = spans(kept, words.cancel).length > 0 ? [] : spans(kept, words.wrong);
  return addresses.find((a) => [...changes, ...wrongs].some((c) => near(a, c, reach, kept.marked, given)));
}

/** With `d`: where the `address` group is. */
const withIndices = (rules: Record<string, readonly RegExp[]>) =>
  new Map(Object.entries(rules).map(([lang, list]) => [lang, list.map((r) => new RegExp(r.source, `${r.flags}d`))]));
const ANNOUNCED = withIndices(ANNOUNCED_ADDRESS);
const PLACED = withIndices(PLACED_ADDRESS);

interface NewAddress extends Span {
  value: string;
  /** "New address: …": a change asked for by announcing the address, without a word that changes it. */
  announced: boolean;
}

/** The new address the message gives, and where: announced, after a word that introduces it, or where a language puts it. */
function newAddress(input: ScanInput, orders: readonly Span[]): NewAddress | undefined {
  // Order numbers are no part of an address: the same length of spaces keeps the offsets.
  let text = input.norm;
  for (const o of orders) text = text.slice(0, o.index) + ' '.repeat(o.end - o.index) + text.slice(o.end);
  const of = (rules: Map<string, RegExp[]>) => [...(rules.get(input.lang) ?? []), ...(input.lang === 'en' ? [] : (rules.get('en') ?? []))];
  for (const [rule, announced] of [...of(ANNOUNCED).map((r) => [r, true] as const), ...of(PLACED).map((r) => [r, false] as const)]) {
    const m = rule.exec(text);
    const at = m?.indices?.groups?.address;
    const value = m?.groups?.address ? tidy(m.groups.address) : undefined;
    if (value && at) return { value, index: at[0], end: at[1], announced };
  }
  return undefined;
}

/** Trailing "please", "谢谢", "bitte ändern" and punctuation off; an address has a number in it (house, postcode). */
function tidy(raw: string): string | undefined {
  const s = raw.replace(/\s+/gu, ' ').replace(/^[\s:：,，、-]+/u, '').replace(TAIL, '').replace(/[\s.,，。!！?？;；:：~～-]+$/u, '').trim();
  return s.length >= 6 && /\d/u.test(s) ? s : undefined;
}

const TAIL = new RegExp(
  String.raw`(?:[\s,，。.!！]*(?:please|pls|plz|thanks?|thank you|thx|ty|bitte|danke|ändern|aendern|korrigieren|por favor|porfa|porfis|plis|gracias|obrigad[oa]|per favore|grazie|s'il vous pla[iî]t|svp|merci|пожалуйста|спасибо|lütfen|lutfen|teşekkürler|tesekkurler|ya|dong|kak|nhé|nhe|ạ|nha|من فضلك|لو سمحت|شكرا|ค่ะ|ครับ|คะ|นะคะ|นะครับ|ありがとう(?:ございます)?|お願いします|おねがいします|부탁(?:드려요|드립니다|해요|합니다)|감사합니다|谢谢|謝謝|麻烦了|麻煩了|olarak değiştir\p{L}*|olarak degistir\p{L}*))+[\s.!！。]*$`,
  'iu',
);

/** The `address_change` entity: `{ address }` when the message gives the new address, else `{}`. */
export function extractAddressChanges(input: ScanInput, orders: readonly Span[] = []): Entity[] {
  const given = newAddress(input, orders);
  const found = findAddressChange(input.norm, input.lang, given) ?? (given?.announced ? given : undefined);
  if (!found) return [];
  const sameLength = prepare(input.norm, input.lang).marked.length === input.text.length;
  // An object, so that a flow reads `entities.address_change.address` alike from a button's "address_change=1".
  const value = given ? { address: given.value } : {};
  return [sameLength ? makeEntity('address_change', value, input, found.index, found.end) : makeEntity('address_change', value, input, 0, input.text.length)];
}
