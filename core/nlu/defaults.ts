import type { Entity, LanguageGuess } from './types.js';
import type { EntityOptions } from './service.js';
import type { Product } from '../shop/types.js';
import { buildProductIndex, extractEntities } from './entities.js';
import { detectLanguage } from './langid.js';

/** Entities of a bot: the built-in extractors plus fuzzy matching of the bot's catalog product names. */
export function defaultEntityExtractor(options: { products: Product[]; orderPatterns?: string[] | undefined; minProductScore?: number }): (text: string, o: EntityOptions) => Entity[] {
  const catalog = options.products.length ? buildProductIndex(options.products) : undefined;
  return (text, o) => extractEntities(text, {
    locale: o.locale, timezone: o.timezone, now: o.now, catalog, minProductScore: options.minProductScore,
    ...(options.orderPatterns ? { orderPatterns: options.orderPatterns } : {}),
  });
}

/** Script detection, then a character n-gram model; very short messages keep the shopper's language. */
export function defaultLanguageDetector(): (text: string, o: { candidates: string[]; hint?: string; history?: string[] }) => LanguageGuess {
  return detectLanguage;
}
