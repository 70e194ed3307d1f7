/** The shop a bot is configured with: the demo driver's YAML files, or the shop's HTTP API. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BotConfig } from '../bot/schema.js';
import { ConfigError } from '../model/errors.js';
import { createDemoShop, loadCatalog, loadOrders } from './demo.js';
import { createHttpShop } from './http.js';
import type { Shop } from './types.js';

/**
 * Opens `config.shop`: `driver: demo` reads `<botDir>/shop/catalog.yaml` (and `orders.yaml` when present),
 * `driver: http` talks to the URL in the environment variable `base_url_env` of `env`.
 */
export function createBotShop(config: Pick<BotConfig, 'shop'>, botDir: string, botFile: string, env: Readonly<Record<string, string | undefined>> = {}): Shop {
  const s = config.shop;
  if (s.driver === 'demo') {
    const catalog = loadCatalog(join(botDir, 'shop', 'catalog.yaml'));
    const ordersFile = join(botDir, 'shop', 'orders.yaml');
    return createDemoShop(catalog, existsSync(ordersFile) ? loadOrders(ordersFile) : []);
  }
  const baseUrl = env[s.base_url_env];
  if (!baseUrl) throw new ConfigError(`shop.base_url_env: environment variable ${s.base_url_env} is not set`, botFile);
  const token = s.token_env ? env[s.token_env] : undefined;
  return createHttpShop({ baseUrl, timeoutMs: s.timeout_ms, catalogTimeoutMs: s.catalog_timeout_ms, ...(token ? { token } : {}) });
}
