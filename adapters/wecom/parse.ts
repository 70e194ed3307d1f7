import { XMLParser } from 'fast-xml-parser';
import { CallbackRejected } from './crypto.js';

/** A parsed callback document: element names to strings, nested records, or lists (`Item`). */
export type Fields = Record<string, unknown>;

// Values stay strings: MsgId is a 64-bit integer that a JS number would round.
const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (tagName) => tagName === 'Item',
});

const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `<xml>...</xml>` → its fields. Refuses DTDs: nothing WeCom sends has one, and entities are an expansion attack. */
export function parseXml(text: string): Fields {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new CallbackRejected('malformed', 'XML with a DTD');
  let doc: unknown;
  try {
    doc = xml.parse(text);
  } catch (err) {
    throw new CallbackRejected('malformed', `not XML: ${(err as Error).message}`);
  }
  const root = isRecord(doc) ? doc.xml : undefined;
  if (!isRecord(root)) throw new CallbackRejected('malformed', 'no <xml> root element');
  return root;
}

/**
 * JSON.parse that keeps integers beyond 2^53 exact, as strings (WeCom's JSON MsgId is a bare
 * 64-bit number). Only digits outside string literals are touched.
 */
export function parseJsonLossless(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (/[-\d]/.test(ch)) {
      const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (m) {
        const lit = m[0];
        out += /^-?\d{16,}$/.test(lit) ? `"${lit}"` : lit;
        i += lit.length - 1;
        continue;
      }
    }
    out += ch;
  }
  try {
    return JSON.parse(out) as unknown;
  } catch (err) {
    throw new CallbackRejected('malformed', `not JSON: ${(err as Error).message}`);
  }
}

/** A decrypted callback: XML for apps, JSON for the JSON envelope and intelligent robots. */
export function parsePlaintext(text: string): Fields {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) return parseXml(trimmed);
  const doc = parseJsonLossless(trimmed);
  if (!isRecord(doc)) throw new CallbackRejected('malformed', 'JSON callback is not an object');
  return doc;
}

/** The encrypted envelope of a POST: `<xml><Encrypt>` or `{"encrypt"}`. */
export function envelopeCiphertext(body: string): string {
  const trimmed = body.trimStart();
  const doc = trimmed.startsWith('<') ? parseXml(trimmed) : parseJsonLossless(trimmed);
  const enc = isRecord(doc) ? (doc.Encrypt ?? doc.encrypt) : undefined;
  if (typeof enc !== 'string' || enc.length === 0) throw new CallbackRejected('malformed', 'no Encrypt field in the body');
  return enc;
}

/** A string field, or undefined (numbers from JSON become strings). */
export function str(fields: Fields, ...names: string[]): string | undefined {
  for (const name of names) {
    const v = fields[name];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}

/** The `<Item>` strings of a list element such as `<MemChangeList>`. */
export function items(fields: Fields, name: string): string[] {
  const v = fields[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  if (isRecord(v)) return items(v, 'Item');
  return typeof v === 'string' && v ? [v] : [];
}

export { isRecord };
