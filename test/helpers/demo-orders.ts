/** The demo shop's orders (bots/demo-shop/shop/orders.yaml), for tests that name them by status. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './chat.js';

export interface DemoOrder {
  id: string;
  status: string;
  total: number;
  currency: string;
  carrier: string | null;
  tracking: string | null;
}

export const demoOrders: DemoOrder[] = (parse(readFileSync(join(ROOT, 'bots/demo-shop/shop/orders.yaml'), 'utf8')) as { orders: DemoOrder[] }).orders;

/** The `n`-th demo order with this status (0 = the first). */
export const demoOrderWith = (status: string, n = 0): DemoOrder => demoOrders.filter((o) => o.status === status)[n]!;
