/** A shopper's budget in the shop's currency: "2000円以下" in a USD shop is "at most $13.33". */
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
