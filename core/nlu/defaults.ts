import type { Entity } from './types.js';
import type { EntityOptions } from './service.js';
import type { CatalogIndex } from './catalog-index.js';
import { extractEntities } from './entities.js';

/**
 * Entities of a bot: the built-in extractors plus fuzzy matching of product names against the catalog
 * index as it is at each call (it is swapped whole when the catalog changes).
 */
export function defaultEntityExtractor(options: { catalog?: Pick<CatalogIndex, 'current'> | undefined; orderPatterns?: string[] | undefined; minProductScore?: number }): (text: string, o: EntityOptions) => Entity[] {
  return (text, o) => extractEntities(text, {
    locale: o.locale, conversationLocale: o.conversationLocale, timezone: o.timezone, now: o.now, catalog: options.catalog?.current, minProductScore: options.minProductScore,
    ...(options.orderPatterns ? { orderPatterns: options.orderPatterns } : {}),
  });
}
