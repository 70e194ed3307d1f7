/**
 * The `pt` replies are Brazilian Portuguese, like the demo catalog and the shoppers who write to it.
 * This guards against European-only wording creeping back into locales/pt/*.json. The list is kept
 * short on purpose: only forms a Brazilian shopper would not write, and that have a plain Brazilian
 * equivalent. Forms both varieties use ("o seu pedido", "a sua conta", "e-mail") are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'locales', 'pt');

const EUROPEAN: readonly { name: string; pattern: RegExp; why: string }[] = [
  // An online order is a "pedido" in Brazil; "encomenda" reads as Portugal (in Brazil it is a parcel at the post office).
  { name: 'encomenda', pattern: /\bencomend/iu, why: 'use "pedido"' },
  // Portugal's word for a mobile phone; Brazil says "celular", as the catalog does.
  { name: 'telemóvel', pattern: /\btelem[óo]ve(?:l|is)\b/iu, why: 'use "celular"' },
  // "consigo" as "with you" ("procura-o consigo") is European; Brazil says "com você". "Não consigo acessar"
  // (I can't) is fine in both, so only a "consigo" that ends a clause is flagged: "I can" is followed by a verb.
  { name: 'consigo (with you)', pattern: /\bconsigo(?=\s*(?:[.,;:!?…)—–]|$))/iu, why: 'use "com você"' },
  // "Pretende cancelá-la?" is the European polite "do you want"; in Brazil "pretender" means to plan and reads stiff.
  { name: 'pretende', pattern: /\bpretend(?:e|es|em)\b/iu, why: 'use "quer" / "gostaria de"' },
  // The European progressive "estar a + infinitive" ("está a demorar"); Brazil uses the gerund ("está demorando").
  // Only a following word ending in -r is flagged, so "está a caminho" (on its way) passes.
  { name: 'estar a + infinitive', pattern: /\b(?:estou|está|estás|estamos|estão|esteja|estar|estava)\s+a\s+\p{L}+r\b/iu, why: 'use the gerund' },
  // Guillemets are European typography; Brazilian texts quote with “ ” (as the other pt strings and button mentions do).
  { name: '« »', pattern: /[«»]/u, why: 'quote with “ ”' },
];

function strings(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof node === 'string') out.push([path, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

function offending(texts: readonly [string, string][]): string[] {
  return texts.flatMap(([key, text]) => EUROPEAN.filter((f) => f.pattern.test(text)).map((f) => `${key}: ${f.name} (${f.why}) in "${text}"`));
}

describe('pt reads as Brazilian Portuguese', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  const texts = files.flatMap((f) => strings(JSON.parse(readFileSync(join(DIR, f), 'utf8')), f.replace(/\.json$/, ''), []));

  it('reads every namespace', () => {
    expect(files).toEqual(expect.arrayContaining(['core.json', 'order.json', 'menu.json', 'product.json']));
    expect(texts.length).toBeGreaterThan(100);
  });

  it('has no European-only forms', () => {
    expect(offending(texts)).toEqual([]);
  });

  it('catches the European forms and lets the Brazilian ones through (the check can fail)', () => {
    const european = [
      'Qual é o número da encomenda?',
      'Deixe o seu número de telemóvel.',
      'Um colega procura-o consigo.',
      'Pretende cancelá-la?',
      'Isto está a demorar mais do que devia.',
      'Toque em «Falar com uma pessoa».',
    ];
    expect(european.map((t) => offending([['x', t]]).length)).toEqual(european.map(() => 1));
    const brazilian = [
      'Qual é o número do seu pedido?',
      'Não consigo acessar nosso sistema agora.',
      'O pedido SM123456 está a caminho.',
      'Isso está demorando mais do que deveria.',
      'Toque em “Falar com uma pessoa” e alguém procura com você.',
      'Capinha para celular de 6,1 polegadas',
    ];
    expect(brazilian.flatMap((t) => offending([['x', t]]))).toEqual([]);
  });
});
