/** The shop interface flows call through `shop.*` actions. The demo driver reads YAML; the HTTP driver calls a real backend. */

export type Localized = Record<string, string>;

export interface Product {
  id: string;
  sku?: string;
  category: string;
  price: number;
  currency: string;
  stock: number;
  rating?: number;
  tags: string[];
  attributes: Record<string, string | number | boolean>;
  name: Localized;
  description: Localized;
  keywords: Record<string, string[]>;
  /** Locale → phrases in which the product's words mean something else ("watch out"): no product mention there. */
  excludes?: Record<string, string[]>;
  similar_to: string[];
  complementary_to: string[];
  image?: string;
}

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled' | 'returned';

export interface Order {
  id: string;
  status: OrderStatus;
  placed_at: string;
  carrier: string | null;
  tracking: string | null;
  eta: string | null;
  items: { product: string; qty: number; price: number }[];
  total: number;
  currency: string;
}

/** A shopper's budget ("under $50"): products priced above it are left out. */
export interface Budget {
  maxPrice?: number;
  /**
   * The budget's currency. The `shop.*` actions convert budgets into the shop's currency first
   * (`shop.currency_rates`); a price in a currency with no rate is not compared.
   */
  currency?: string;
}

/** Units of each ISO 4217 currency that one unit of the shop's currency buys (`{ CNY: 7.2 }` for a USD shop). */
export type CurrencyRates = Readonly<Record<string, number>>;

export interface ProductQuery extends Budget {
  text: string;
  locale: string;
  category?: string;
  limit?: number;
}

/**
 * Who asks about an order: the shopper's profile and the channel identity the message came from. Order
 * lookups pass it so that a shop can answer only about the shopper's own orders (a number alone is
 * guessable: SM + 6 digits).
 */
export interface Customer {
  profileId: string;
  platform: string;
  userId: string;
}

export interface Shop {
  /** The order, or null when there is none with that id or it is not `customer`'s (a shop may not tell the two apart). */
  getOrder(id: string, signal?: AbortSignal, customer?: Customer): Promise<Order | null>;
  /** Cancels when the order's state allows it; returns the order after the attempt. */
  cancelOrder(id: string, signal?: AbortSignal, customer?: Customer): Promise<{ ok: boolean; order: Order | null; reason?: string }>;
  getProduct(id: string, signal?: AbortSignal): Promise<Product | null>;
  searchProducts(query: ProductQuery, signal?: AbortSignal): Promise<Product[]>;
  /** Products related through the knowledge graph: `similar_to` or `complementary_to`. */
  related(id: string, relation: 'similar_to' | 'complementary_to', limit?: number, signal?: AbortSignal): Promise<Product[]>;
  /** Best sellers or curated picks, optionally within a category. */
  recommend(options: { category?: string; limit?: number } & Budget, signal?: AbortSignal): Promise<Product[]>;
  /** Products for the NLU product-name index (the demo driver knows its catalog; HTTP may return []). */
  catalog(): Promise<Product[]>;
}
