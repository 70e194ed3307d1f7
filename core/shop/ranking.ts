/**
 * `shop.rank`: products ranked the way the message asks, within one kind of product.
 *
 * - "the cheapest speaker", "最轻的耳机", "en iyi kulaklık": the products of the kind named, by price, rating, weight
 *   or battery life (attributes found as product questions find them, `weight_g`, `battery_hours`…, in one unit);
 *   with no kind named, the products just shown ("which is the cheapest?"), else the whole catalog.
 * - "a cheaper one?" after a product: cheaper products of the same kind, in stock, closest in price first; none
 *   is none (a cheaper one out of stock is said so), never another kind of the same category (earbuds, not a cable).
 * - "a gift for my dad under $50": products that make sense as gifts within the budget (`giftScore`).
 * - "a gift for my mom, she likes cooking", "送给喜欢跑步的男朋友": gifts for the interest named (products tagged for it,
 *   core/nlu/entities-interest.ts), said back ("For someone who likes cooking: …"); so are picks for an interest
 *   without a gift ("für meinen Vater, er wandert gern"), and, when the flow passes `interests: true`, any interest named
 *   ("recommend something for running").
 *
 * A kind is a product with its kin in the same category (kinds.ts). Registering the ranking also registers what
 * narrows a search the same way: sizes and counts (size-search.ts).
 */
import type { ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { attributeKeysFor, type AttributeConcept } from '../nlu/entities-attribute.js';
import { asksCheaper } from '../nlu/entities-budget.js';
import { asksGift, asksSuperlative, type Superlative } from '../nlu/entities-budget-rank.js';
import { readInterests, suitsInterest, type Interest } from '../nlu/entities-interest.js';
import { languageOf } from '../nlu/tokenize.js';
import { localize, type BudgetedProduct, type LocalProduct } from './actions.js';
import { DEFAULT_RATES, shopperBudget, type ShopperBudget } from './budget.js';
import { kindClosure, ofKind, sameKind, saidKind } from './kinds.js';
import { registerSizeSearchActions } from './size-search.js';
import type { CurrencyRates, Product, Shop } from './types.js';

export { kindClosure, ofKind, sameKind, saidKind } from './kinds.js';

/**
 * What a message asks to rank; `kind` is a kind of product with a budget and no other ranking ("耳机 300以内"),
 * `interest` picks for an interest without a gift ("I like hiking, any ideas?"), `theme` a search for what goes with one
 * ("busco cosas de cocina", "kitchen stuff", "厨房用品") when the flow passes `themes: true`.
 */
export type RankAsk = Superlative | 'cheaper' | 'gift' | 'kind' | 'interest' | 'theme';

/** An interest as the reply names it, in the shopper's language (`product.interest_<id>`: "cooking", "跑步"). */
export class InterestName implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly interest: Interest) {}

  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
    return i18n.t(locale, `product.interest_${this.interest}`);
  }

  toString(): string {
    return this.interest;
  }

  toJSON(): string {
    return this.interest;
  }
}

/** What `shop.rank` returns; `ask: null` when the message asks for no ranking (the flow goes on as before). */
export interface Ranked {
  ask: RankAsk | null;
  /** What was ranked: the kind of product named, the products just shown, or the whole catalog. */
  scope: 'kind' | 'shown' | 'all';
  /** The kind in the shopper's words as the catalog's keywords write it ("speaker", "音箱"); '' with no kind. */
  kind: string;
  /** The first product ranked; for `cheaper`, the product the shopper wants something cheaper than. */
  product: LocalProduct | null;
  products: BudgetedProduct[];
  /** The first product's rating, written in the shopper's locale ("4,7"); '' without one. */
  rating: string;
  /** The attribute ranked by, as the first product has it (`{ weight_g: 48 }`), for the reply; null for price and rating. */
  value: Record<string, string | number | boolean> | null;
  /** Ranked by an attribute none of the products lists (no weights given): they are shown unranked, and the reply says so. */
  unknown: boolean;
  /** For `cheaper`: cheaper products of the kind that are out of stock. */
  unavailable: LocalProduct[];
  /** For `gift` and `interest`: the interest the picks are for, when the message names one that products have; else null. */
  interest: InterestName | null;
}

export interface RankingOptions {
  /** The shop's currency, when flows do not pass `shop_currency`. */
  currency?: string;
  /** Exchange rates budgets are converted with (`shop.currency_rates`). */
  rates?: CurrencyRates;
}

/** Products a ranking may choose among: enough for a demo-sized catalog category, one request to an HTTP shop. */
const POOL = 200;

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const ids = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).map(str).filter(Boolean);

const UNITS: Partial<Record<AttributeConcept, Record<string, number>>> = {
  weight: { mg: 0.001, g: 1, kg: 1000, oz: 28.35, lb: 453.6, lbs: 453.6 },
  battery: { min: 1 / 60, mins: 1 / 60, minutes: 1 / 60, h: 1, hrs: 1, hours: 1, days: 24, weeks: 168 },
};

/** `p`'s weight in grams or battery life in hours, with the key it was read from; undefined when not listed as a number. */
export function measure(p: Product, concept: 'weight' | 'battery'): { key: string; value: number } | undefined {
  for (const { key, primary } of attributeKeysFor(concept, p.attributes)) {
    const raw = p.attributes[key];
    if (!primary || typeof raw !== 'number') continue;
    const unit = /_([a-z]+)$/.exec(key.toLowerCase())?.[1] ?? '';
    return { key, value: raw * (UNITS[concept]?.[unit] ?? 1) };
  }
  return undefined;
}

const bestseller = (p: Product): number => Number(p.tags.includes('bestseller'));

/** `list` ranked by `by`, best first; for an attribute, only the products that list it. */
export function rankBy(list: readonly Product[], by: Superlative): Product[] {
  const rating = (p: Product) => p.rating ?? 0;
  switch (by) {
    case 'cheapest': return [...list].sort((a, b) => a.price - b.price || rating(b) - rating(a));
    case 'dearest': return [...list].sort((a, b) => b.price - a.price || rating(b) - rating(a));
    case 'best': return [...list].sort((a, b) => rating(b) - rating(a) || bestseller(b) - bestseller(a) || a.price - b.price);
    case 'lightest':
    case 'battery': {
      const concept = by === 'lightest' ? 'weight' : 'battery';
      const sign = by === 'lightest' ? 1 : -1;
      const known = list.map((p) => ({ p, m: measure(p, concept) })).filter((x) => x.m !== undefined);
      return known.sort((a, b) => sign * (a.m!.value - b.m!.value) || a.p.price - b.p.price).map((x) => x.p);
    }
    default: {
      const never: never = by;
      return never;
    }
  }
}

/** What one `shop.rank` call works with. */
interface Request {
  shop: Shop;
  locale: string;
  signal: AbortSignal;
  limit: number;
  budget: ShopperBudget | undefined;
  /** The products the message names (`entities.products`): the kind ranked. */
  seeds: Product[];
  /** The kind in the shopper's words, when the message says one of the seeds' keywords. */
  said: string | undefined;
}

const NONE: Ranked = { ask: null, scope: 'all', kind: '', product: null, products: [], rating: '', value: null, unknown: false, unavailable: [], interest: null };

function fits(req: Request, p: Product): boolean {
  const b = req.budget;
  return b?.maxPrice === undefined || (b.currency !== undefined && b.currency !== p.currency) || p.price <= b.maxPrice;
}

function show(req: Request, list: readonly Product[]): BudgetedProduct[] {
  return list.map((p) => ({ ...localize(p, req.locale), overBudget: !fits(req, p) }));
}

/** What the reply calls the kind: the word said, else the first seed's first keyword. */
const kindName = (req: Request): string => req.said ?? req.seeds[0]?.keywords[req.locale]?.[0] ?? '';

/** Products in stock: of the seeds' kind when there are seeds, else the whole catalog. */
async function pool(req: Request): Promise<Product[]> {
  const { shop, seeds, signal } = req;
  const categories = [...new Set(seeds.map((s) => s.category))];
  if (categories.length === 0) return shop.recommend({ limit: POOL }, signal);
  const [all, similar] = await Promise.all([
    Promise.all(categories.map((category) => shop.recommend({ category, limit: POOL }, signal))),
    Promise.all(seeds.map((seed) => shop.related(seed.id, 'similar_to', 20, signal))),
  ]);
  return ofKind(all.flat(), seeds, req.said, req.locale, similar.flat());
}

/**
 * The best gifts (or, for `interest`, picks) of the kind named or of the whole catalog within the budget; the cheapest
 * over it when none fits. With interests, only the products for them, when there are any.
 */
async function gifts(req: Request, ask: 'gift' | 'interest' | 'theme', interests: readonly Interest[]): Promise<Ranked> {
  const all = await pool(req);
  const suited = interests.length ? all.filter((p) => suitsInterest(p, interests)) : [];
  const candidates = suited.length ? suited : all;
  const within = candidates.filter((p) => fits(req, p));
  const picks = within.length > 0 ? giftPicks(within, req.budget, req.limit) : rankBy(candidates, 'cheapest').slice(0, req.limit);
  const interest = suited.length && interests[0] ? new InterestName(interests[0]) : null;
  return {
    ...NONE, ask: interest || ask === 'gift' ? ask : null, scope: req.seeds.length ? 'kind' : 'all', kind: kindName(req), interest,
    product: picks[0] ? localize(picks[0], req.locale) : null, products: show(req, picks),
  };
}

/** "耳机 300以内", "Kopfhörer unter 50": the kind named within the budget (not the speakers of its category), the cheapest over it when none fits. */
async function kindWithin(req: Request): Promise<Ranked> {
  const candidates = await pool(req);
  const within = candidates.filter((p) => fits(req, p));
  const picks = within.length > 0 ? within.slice(0, req.limit) : rankBy(candidates, 'cheapest').slice(0, req.limit);
  return { ...NONE, ask: 'kind', scope: 'kind', kind: kindName(req), product: picks[0] ? localize(picks[0], req.locale) : null, products: show(req, picks) };
}

/** The kind named, else the products just shown (two or more), else the catalog, ranked `by`; within the budget when any fits it. */
async function superlative(req: Request, by: Superlative, shown: readonly Product[]): Promise<Ranked> {
  const scope = req.seeds.length ? 'kind' : shown.length > 1 ? 'shown' : 'all';
  const candidates = scope === 'shown' ? shown : await pool(req);
  const ranked = rankBy(candidates, by);
  const unknown = ranked.length === 0 && candidates.length > 0;
  const within = (unknown ? candidates : ranked).filter((p) => fits(req, p));
  const picks = (within.length > 0 ? within : rankBy(unknown ? candidates : ranked, 'cheapest')).slice(0, req.limit);
  const top = picks[0];
  const concept = by === 'lightest' ? 'weight' : by === 'battery' ? 'battery' : undefined;
  const m = top && concept && !unknown ? measure(top, concept) : undefined;
  return {
    ...NONE, ask: by, scope, kind: scope === 'kind' ? kindName(req) : '', unknown,
    product: top ? localize(top, req.locale) : null, products: show(req, picks), value: m && top ? { [m.key]: top.attributes[m.key]! } : null,
    rating: top?.rating === undefined ? '' : new Intl.NumberFormat(req.locale, { maximumFractionDigits: 1 }).format(top.rating),
  };
}

/**
 * Registers `shop.rank` (see the top of this file): `{ query, product, products, last, shown, max_price, currency,
 * bound, shop_currency, limit }` → Ranked. `last` is the product talked about (`memory.product`), `shown` the
 * products of the last list (recent ones only: the flow decides how recent).
 */
export function registerRankingActions(registry: ActionRegistry, shop: Shop, options: RankingOptions = {}): void {
  const rates = options.rates ?? DEFAULT_RATES;
  registerSizeSearchActions(registry, shop);
  registry.register('shop.rank', async (a, ctx): Promise<Ranked> => {
    const text = str(a.query);
    const lang = languageOf(ctx.locale);
    const get = async (list: string[]) => (await Promise.all(list.map((id) => shop.getProduct(id, ctx.signal)))).filter((p): p is Product => p !== null);
    const seeds = await get([...new Set([...ids(a.products), ...ids(a.product)])]);
    const req: Request = {
      shop, locale: ctx.locale, signal: ctx.signal, limit: Math.max(1, Number(a.limit) || 3), seeds, said: saidKind(seeds, text, ctx.locale),
      budget: shopperBudget(a, str(a.shop_currency).trim().toUpperCase() || options.currency, rates),
    };
    const by = asksSuperlative(text, lang);
    // The products just shown, with the one talked about (a search shows it above its similar ones).
    const recent = ids(a.shown);
    const shown = async () => (seeds.length || recent.length === 0 ? [] : get([...new Set([...ids(a.last), ...recent])]));

    // "A cheaper one?": cheaper than the product named, or the one talked about; after a list it heads (not a
    // search's one product and its similar ones), than the cheapest of the list. A budget ("cheaper than $30") is
    // no such question.
    const last = seeds[0] ?? (str(a.last) ? await shop.getProduct(str(a.last), ctx.signal) : null);
    if (!by && !req.budget && last && asksCheaper(text, lang)) {
      const list = !seeds.length && recent.includes(last.id) ? await shown() : [];
      return { ...NONE, ...(await cheaper(shop, last, list, req.limit, ctx.signal, ctx.locale)) };
    }
    // An interest counts when the message says someone likes it, asks for a gift, or the flow asks for any ("recommend something for running").
    const gift = asksGift(text, lang);
    const reading = readInterests(text, ctx.locale);
    const interests = gift || reading.affinity || a.interests === true ? reading.interests : [];
    if ((gift || interests.length) && (!by || by === 'best')) {
      const ranked = await gifts(req, gift ? 'gift' : 'interest', interests);
      if (ranked.ask) return ranked;
    }
    // "busco cosas de cocina": no product named, but what it is for; a few of those, not one product and its like.
    if (!by && a.themes === true && seeds.length === 0 && reading.interests.length) {
      const ranked = await gifts({ ...req, limit: Math.max(req.limit, 3) }, 'theme', reading.interests);
      if (ranked.interest) return ranked;
    }
    if (by) return superlative(req, by, await shown());
    if (seeds.length > 0 && req.budget?.maxPrice !== undefined) return kindWithin(req);
    return NONE;
  });
}

/**
 * Cheaper products of `last`'s kind, in stock and closest in price first, and those out of stock; its category when
 * it has no kin. After a `list` of its kind, cheaper than the cheapest of the list.
 */
async function cheaper(shop: Shop, last: Product, list: readonly Product[], limit: number, signal: AbortSignal, locale: string): Promise<Partial<Ranked>> {
  const [category, similar] = await Promise.all([
    shop.recommend({ category: last.category, limit: POOL }, signal),
    shop.related(last.id, 'similar_to', 20, signal),
  ]);
  const related = [...new Map([...category, ...similar, ...list].map((p) => [p.id, p])).values()];
  const kind = kindClosure([last], related);
  const anchor = list.length > 1 && list.every((p) => kind.includes(p)) ? rankBy(list, 'cheapest')[0] ?? last : last;
  // Its own similar products, out of stock ones too, to say that a cheaper one is sold out.
  const own = anchor.id === last.id ? [] : await shop.related(anchor.id, 'similar_to', 20, signal);
  const all = [...related, ...own.filter((p) => !related.some((q) => q.id === p.id))].filter((p) => p.id !== anchor.id);
  const kin = kindClosure([anchor], all);
  const pool = (kin.length > 0 ? kin : all.filter((p) => p.category === anchor.category)).filter((p) => p.price < anchor.price);
  const byPrice = (xs: Product[]) => xs.sort((a, b) => b.price - a.price);
  return {
    ask: 'cheaper', scope: 'kind', product: localize(anchor, locale),
    products: byPrice(pool.filter((p) => p.stock > 0)).slice(0, limit).map((p) => ({ ...localize(p, locale), overBudget: false })),
    unavailable: byPrice(pool.filter((p) => p.stock <= 0)).slice(0, 1).map((p) => localize(p, locale)),
  };
}

/** Tags of things bought for a device one already has, or used up (a cable, a charger, a screen protector): rarely what "a gift" means. */
const NOT_GIFTS: ReadonlySet<string> = new Set(['cable', 'charger', 'adapter', 'screen-protector', 'refill', 'replacement', 'spare-part']);

/**
 * How well `p` does as a gift, higher is better: tagged as one (`gift`, or a `gift_box` attribute), priced like a
 * gift (at `reference` or more; cheaper ones count for less), well rated, a best seller; an accessory or spare
 * (NOT_GIFTS) counts against it.
 */
export function giftScore(p: Product, reference: number): number {
  const gift = p.tags.includes('gift') || p.attributes.gift_box === true ? 2 : 0;
  const fit = 1.5 * Math.min(1, reference > 0 ? p.price / reference : 1);
  const rating = Math.max(0, Math.min(1, (p.rating ?? 4) - 4));
  const utility = p.tags.some((t) => NOT_GIFTS.has(t)) ? 2 : 0;
  return gift + fit + rating + 0.3 * bestseller(p) - utility;
}

/** The best gifts first, one per kind while there are other kinds to show. */
function giftPicks(list: readonly Product[], budget: ShopperBudget | undefined, limit: number): Product[] {
  const prices = list.map((p) => p.price).sort((x, y) => x - y);
  // A gift is priced like one: from 60% of the budget, or without a budget from the dearest quarter of the catalog.
  const reference = budget?.maxPrice !== undefined ? 0.6 * budget.maxPrice : prices[Math.floor(prices.length * 0.75)] ?? 0;
  const ranked = [...list].sort((a, b) => giftScore(b, reference) - giftScore(a, reference) || (b.rating ?? 0) - (a.rating ?? 0));
  const picks: Product[] = [];
  for (const p of ranked) if (picks.length < limit && !picks.some((q) => sameKind(p, q))) picks.push(p);
  for (const p of ranked) if (picks.length < limit && !picks.includes(p)) picks.push(p);
  return picks;
}
