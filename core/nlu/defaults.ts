import type { Entity, LanguageGuess } from './types.js';
import type { EntityOptions } from './service.js';
import type { Product } from '../shop/types.js';

/** Wires the NLU parts a bot uses by default. */
export function defaultEntityExtractor(options: { products: Product[]; orderPatterns?: string[] | undefined }): (text: string, o: EntityOptions) => Entity[] {
  const patterns = (options.orderPatterns ?? ['\\bSM-?\\d{6}\\b', '(?<![\\d])\\d{6}(?![\\d])']).map((p) => new RegExp(p, 'gi'));
  return (text) => {
    const out: Entity[] = [];
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        out.push({ type: 'order_id', value: `SM${m[0].replace(/\D/g, '')}`, text: m[0], start: m.index, end: m.index + m[0].length, score: 1 });
      }
    }
    return out;
  };
}

export function defaultLanguageDetector(): ((text: string, o: { candidates: string[]; hint?: string }) => LanguageGuess) | undefined {
  return undefined;
}
