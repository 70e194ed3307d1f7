/**
 * Several orders cancelled from one message ("cancel SM100236 and SM100244"): `shop.cancellable { ids }` sorts them
 * into those that can still be cancelled, with a line each for the one confirmation, and those that cannot, with
 * why; `shop.cancelOrders { ids }` cancels the confirmed ones and says how each went. Every lookup passes the shopper
 * (`Customer`), so someone else's order reads as not found, as it does one at a time.
 */
import type { ActionContext, ActionRegistry } from '../flow/actions.js';
import { LOCALIZED, type LocalizedValue } from '../flow/expressions.js';
import type { I18n } from '../i18n/index.js';
import { formatMoney } from '../i18n/money.js';
import type { Order, Shop } from './types.js';

/** Orders one message may name, at most (flows/order_status.yaml answers as many). */
export const MAX_ORDERS = 5;

/** An order one line speaks of, and how it stands: `unpaid`, `paid`, or why it cannot be cancelled. */
interface OrderLine {
  id: string;
  order: Order | null;
  /** Why it cannot be (or was not) cancelled, a `cannot_cancel_<reason>` key: `shipped`, `delivered`, `not_found`…; '' when it can be. */
  reason: string;
  /** Never paid: cancelling it costs nothing and refunds nothing. */
  unpaid: boolean;
}

const itemCount = (o: Order): number => o.items.reduce((n, i) => n + i.qty, 0);
const cancellable = (o: Order): boolean => o.status === 'pending' || o.status === 'paid';

/**
 * One line per order, worded when the reply is rendered: `order.<key>` (context `unpaid` for an order never paid), or
 * `order.cannot_cancel` with the reason as context, with `id`, `items` and `total` in the shopper's language.
 */
export class OrderLines implements LocalizedValue {
  readonly [LOCALIZED] = true;
  constructor(readonly key: string, readonly lines: readonly OrderLine[]) {}

  localize(locale: string, i18n: Pick<I18n, 't' | 'has'>): string {
    return this.lines.map((l) => {
      const total = l.order ? formatMoney(l.order.total, l.order.currency, locale) : '';
      const vars = { id: l.id, items: l.order ? itemCount(l.order) : 0, total };
      if (l.reason) return i18n.t(locale, 'order.cannot_cancel', { ...vars, context: l.reason });
      return i18n.t(locale, `order.${this.key}`, { ...vars, context: l.unpaid ? 'unpaid' : '' });
    }).join('\n');
  }

  toString(): string {
    return this.lines.map((l) => l.id).join(', ');
  }

  toJSON(): string[] {
    return this.lines.map((l) => l.id);
  }
}

/** The ids asked for, each once, at most MAX_ORDERS. */
function idsOf(v: unknown): string[] {
  return Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string' && x !== ''))].slice(0, MAX_ORDERS) : [];
}

/** "SM100236 and SM100238", "SM100236和SM100238": ids as a list is written in the shopper's language. */
function listOf(ids: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(ids);
  } catch (err) {
    if (err instanceof RangeError) return ids.join(', '); // a locale tag Intl does not take
    throw err;
  }
}

async function lookUp(shop: Shop, ids: readonly string[], ctx: ActionContext): Promise<OrderLine[]> {
  const orders = await Promise.all(ids.map((id) => shop.getOrder(id, ctx.signal, ctx.customer)));
  return ids.map((id, i) => {
    const order = orders[i] ?? null;
    const reason = order === null ? 'not_found' : cancellable(order) ? '' : order.status;
    return { id: order?.id ?? id, order, reason, unpaid: order?.status === 'pending' };
  });
}

/** Cancels one after the other: a shop may lock an account's orders while it changes one. */
async function cancelEach(shop: Shop, ids: readonly string[], ctx: ActionContext): Promise<OrderLine[]> {
  const out: OrderLine[] = [];
  for (const id of ids) {
    const before = await shop.getOrder(id, ctx.signal, ctx.customer);
    const r = await shop.cancelOrder(id, ctx.signal, ctx.customer);
    const order = r.order ?? before;
    // An order not paid before costs nothing: its line says so instead of promising a refund.
    out.push({ id: order?.id ?? id, order, reason: r.ok ? '' : (r.reason ?? 'not_found'), unpaid: before?.status === 'pending' });
  }
  return out;
}

export function registerSeveralOrderActions(registry: ActionRegistry, shop: Shop): void {
  /**
   * `{ ids }` → `{ ids, orders, list, lines, refused, refusedCount }`: the cancellable ones (their ids, orders, the ids
   * as a list in words, a confirmation line each) and a line for each of the others, or null when there are none.
   */
  registry.register('shop.cancellable', async (a, ctx) => {
    const all = await lookUp(shop, idsOf(a.ids), ctx);
    const ok = all.filter((l) => l.reason === '');
    const refused = all.filter((l) => l.reason !== '');
    return {
      ids: ok.map((l) => l.id),
      orders: ok.map((l) => ({ ...l.order, itemCount: l.order ? itemCount(l.order) : 0 })),
      list: listOf(ok.map((l) => l.id), ctx.locale),
      lines: new OrderLines('cancel_line', ok),
      refused: refused.length ? new OrderLines('cancel_line', refused) : null,
      refusedCount: refused.length,
    };
  });
  /** `{ ids }` → `{ lines, cancelled, failed }`: a line per order saying how its cancellation went. */
  registry.register('shop.cancelOrders', async (a, ctx) => {
    const done = await cancelEach(shop, idsOf(a.ids), ctx);
    return {
      lines: new OrderLines('cancelled_line', done),
      cancelled: done.filter((l) => l.reason === '').map((l) => l.id),
      failed: done.filter((l) => l.reason !== '').length,
    };
  });
}
