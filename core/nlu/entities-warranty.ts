/**
 * A question for the shop's warranty, in the 15 languages as shoppers write it: the warranty named ("is there a
 * warranty?", "保修多久", "garantisi var mı?", "AS 돼요?") or a defect supposed or asked about rather than reported
 * ("what if it breaks after two months?", "لو خربت بعد شهرين؟", "2ヶ月で壊れたらどうなりますか", "se rompe fácil?";
 * `readDefects(...).supposed`, core/nlu/entities-defect.ts). The `warranty_question` entity, value `warranty` or
 * `breakage`, which the demo's complaint, return, product-question and fallback flows answer with the shop's
 * `policies.warranty` and defective-item terms instead of an apology and a person.
 *
 * Pattern syntax as in entities-defect.ts. A message that reports a defect gets none: its return comes first.
 */
import { readDefects } from './entities-defect.js';
import { makeEntity, type ScanInput } from './entities-text.js';
import { languageOf, normalizeText } from './tokenize.js';
import type { Entity } from './types.js';
import { matcher, prepare, spans, type Matcher } from './word-matchers.js';

/** Per base language, lower case: words naming a warranty or after-sales repair. */
const WARRANTY: Record<string, string> = {
  en: 'warrant(?:y|ies)|waranty|warrenty|warrenties|guarantee|guarentee|garantee|after ?sales? (?:service|support)',
  zh: '保修|保固|质保|質保|售后保障|售後保障|三包|包换|包換|保换|保換',
  ja: '保証|補償|アフターサービス|アフターケア',
  ko: '보증|워런티|무상 ?수리|a ?/ ?s|as',
  es: 'garant[ií]as?',
  fr: 'garantie~|sav|service apr[eè]s vente',
  de: 'garantie~|gew[äa]hrleistung~',
  it: 'garanzi~',
  pt: 'garantia~',
  ru: 'гаранти~',
  ar: 'ضمان|الضمان|كفاله|الكفاله|مكفول',
  tr: 'garanti~',
  id: 'garansi~',
  vi: '=bảo hành|bao hanh|bh',
  th: 'ประกัน|รับประกัน|การันตี|เคลม',
};

const compiled = new Map<string, Matcher>();

function warrantyWords(lang: string): Matcher {
  let m = compiled.get(lang);
  if (!m) {
    m = matcher([WARRANTY[lang], lang === 'en' ? undefined : WARRANTY.en].filter((s): s is string => Boolean(s)), lang);
    compiled.set(lang, m);
  }
  return m;
}

export type WarrantyQuestion = 'warranty' | 'breakage';

/** What `text` asks of the warranty: `warranty` when it names one, `breakage` when it supposes a defect; else `undefined`. */
export function warrantyQuestion(text: string, locale: string): { kind: WarrantyQuestion; index: number; end: number } | undefined {
  const lang = languageOf(locale);
  const defects = readDefects(text, locale);
  if (defects.reported) return undefined;
  const named = spans(prepare(text, lang), warrantyWords(WARRANTY[lang] ? lang : 'en'))[0];
  if (named) return { kind: 'warranty', ...named };
  return defects.supposed ? { kind: 'breakage', ...defects.supposed } : undefined;
}

/** The `warranty_question` entity (`warranty` or `breakage`) when the message asks about the shop's warranty. */
export function extractWarrantyQuestions(input: ScanInput): Entity[] {
  const found = warrantyQuestion(input.norm, input.locale);
  if (!found) return [];
  const sameLength = normalizeText(input.norm, input.lang).length === input.text.length;
  return [makeEntity('warranty_question', found.kind, input, sameLength ? found.index : 0, sameLength ? found.end : input.text.length)];
}
