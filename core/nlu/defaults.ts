import type { Entity } from './types.js';
import type { EntityOptions } from './service.js';
import type { Product } from '../shop/types.js';
import { buildProductIndex, extractEntities } from './entities.js';

/** Entities of a bot: the built-in extractors plus fuzzy matching of the bot's catalog product names. */
export function defaultEntityExtractor(options: { products: Product[]; orderPatterns?: string[] | undefined; minProductScore?: number }): (text: string, o: EntityOptions) => Entity[] {
  const catalog = options.products.length ? buildProductIndex(options.products) : undefined;
  return (text, o) => extractEntities(text, {
    locale: o.locale, timezone: o.timezone, now: o.now, catalog, minProductScore: options.minProductScore,
    ...(options.orderPatterns ? { orderPatterns: options.orderPatterns } : {}),
  });
}
