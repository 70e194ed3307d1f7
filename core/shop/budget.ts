/**
 * A shopper's budget in the shop's currency: "2000円以下" in a USD shop is "at most $13.33" (`shopperBudget`, for the
 * searches), and `shop.budget`, the budget as a reply says it back: "¥2,000 (about $13.33)", never yen as dollars.
 */
import type { ActionRegistry } from '../flow/actions.js';
import type { Bound } from '../nlu/entities-budget.js';
import type { Budget, CurrencyRates } from './types.js';

/**
 * Rough rates per US dollar (late 2025), for the demo and for bots that set no `shop.currency_rates`.
 * Only budgets are converted with them, never prices charged; a bot selling for real sets its own.
 */
export const DEFAULT_RATES: CurrencyRates = {
  USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, KRW: 1350, THB: 35, VND: 25_000, IDR: 15_700, BRL: 5.4,
  TRY: 34, RUB: 92, SAR: 3.75, AED: 3.67, INR: 84, HKD: 7.8, TWD: 32, SGD: 1.34, MYR: 4.5, AUD: 1.52,
  CAD: 1.37, MXN: 18.5, CHF: 0.88, PHP: 57,
};

/** `amount` of `from` in `to`, or undefined when either currency has no rate. */
export function convert(amount: number, from: string, to: string, rates: CurrencyRates): number | undefined {
  if (from === to) return amount;
  const a = rates[from];
  const b = rates[to];
  if (!a || !b) return undefined;
  return Math.round((amount / a) * b * 100) / 100;
}

/** What the shopper asked for, and what it is in the shop's currency. */
export interface ShopperBudget extends Budget {
  /** The amount as the shopper said it, in their currency (shown back to them). */
  asked: { amount: number; currency: string };
}

/**
 * The budget of an action's `max_price`, `currency` and `bound` arguments, converted into `shopCurrency`.
 * Blank or non-positive amounts and floors ("over $50") are no budget; a currency without a rate keeps
 * its own currency (the shop then cannot compare it).
 */
export function shopperBudget(a: Record<string, unknown>, shopCurrency: string | undefined, rates: CurrencyRates): ShopperBudget | undefined {
  const max = typeof a.max_price === 'number' ? a.max_price : Number(typeof a.max_price === 'string' ? a.max_price : NaN);
  if (!(max > 0) || a.bound === 'min') return undefined;
  const raw = typeof a.currency === 'string' ? a.currency.trim().toUpperCase() : '';
  const currency = /^[A-Z]{3}$/.test(raw) ? raw : shopCurrency;
  const asked = { amount: max, currency: currency ?? '' };
  if (!currency) return { maxPrice: max, asked };
  if (!shopCurrency) return { maxPrice: max, currency, asked };
  const converted = convert(max, currency, shopCurrency, { ...rates, [shopCurrency]: rates[shopCurrency] ?? 1 });
  return converted === undefined ? { maxPrice: max, currency, asked } : { maxPrice: converted, currency: shopCurrency, asked };
}

/** Currencies whose shoppers drop the thousands: "dưới 500" in Vietnamese is 500 000 ₫, "di bawah 300" in Indonesian 300 000 Rp. */
const THOUSANDS_UNSAID = new Set(['VND', 'IDR']);

/**
 * A budget as a flow says it back and passes on (`shop.budget`): the amount in the currency it is read in, and
 * that amount in the shop's currency when they differ, so a reply can say "¥300 (about US$41.67)" beside prices
 * in dollars instead of labelling a yuan budget next to dollar prices.
 */
export interface BudgetView {
  /** The amount and currency the budget is read in: what `max_price` and `currency` of the other actions take. */
  amount: number;
  currency: string;
  bound: Bound;
  /** The amount in the shop's currency, when it is another one and the bot has a rate for it. */
  converted: { amount: number; currency: string } | null;
  /** False when the budget's currency has no rate: the shop cannot tell what fits, and the flow says so. */
  convertible: boolean;
  /**
   * How the currency was chosen: named by the shopper (`stated`), the one the message's language usually means
   * by a bare amount ("300以内" in Chinese, `local`; only when the bot has a rate for it), or the shop's (`shop`).
   */
  reading: 'stated' | 'local' | 'shop';
}

/** A money entity as flows pass it on: `{ max_price, currency, bound, local }` (entities-money.ts `Money`). */
export function readBudget(a: Record<string, unknown>, shopCurrency: string, rates: CurrencyRates): BudgetView | undefined {
  const raw = typeof a.max_price === 'number' ? a.max_price : Number(typeof a.max_price === 'string' ? a.max_price : NaN);
  if (!(raw > 0)) return undefined;
  const code = (v: unknown): string => (typeof v === 'string' && /^[A-Za-z]{3}$/.test(v.trim()) ? v.trim().toUpperCase() : '');
  const all = { ...rates, [shopCurrency]: rates[shopCurrency] ?? 1 };
  const stated = code(a.currency);
  const local = code(a.local);
  const reading = stated ? 'stated' : local && local !== shopCurrency && all[local] ? 'local' : 'shop';
  const currency = reading === 'stated' ? stated : reading === 'local' ? local : shopCurrency;
  const amount = reading !== 'stated' && THOUSANDS_UNSAID.has(currency) && raw < 1000 ? raw * 1000 : raw;
  const inShop = currency === shopCurrency ? amount : convert(amount, currency, shopCurrency, all);
  return {
    amount, currency, bound: a.bound === 'min' ? 'min' : 'max', reading,
    converted: inShop !== undefined && currency !== shopCurrency ? { amount: inShop, currency: shopCurrency } : null,
    convertible: inShop !== undefined,
  };
}

/** Options of `shop.budget`: the bot's currency and exchange rates (as for the other `shop.*` actions). */
export interface BudgetActionOptions {
  currency?: string;
  rates?: CurrencyRates;
}

/**
 * Registers `shop.budget` (`{ max_price, currency, bound, local, shop_currency }` → BudgetView or null): the
 * shopper's budget read once per turn, for the flow to say back and to pass to the searches.
 */
export function registerBudgetActions(registry: ActionRegistry, options: BudgetActionOptions = {}): void {
  const rates = options.rates ?? DEFAULT_RATES;
  registry.register('shop.budget', (a) => {
    const shopCurrency = (typeof a.shop_currency === 'string' && a.shop_currency.trim().toUpperCase()) || options.currency || 'USD';
    return Promise.resolve(readBudget(a, shopCurrency, rates) ?? null);
  });
}
