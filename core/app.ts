import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import type { AdapterFactory, ChannelAdapter } from './model/adapter.js';
import { ConfigError } from './model/errors.js';
import { loadFlows } from './flow/loader.js';
import type { CompiledFlow } from './flow/compile.js';
import { ActionRegistry } from './flow/actions.js';
import { loadBots, type LoadedBot } from './bot/loader.js';
import { createI18n, readLocaleDir, type I18n } from './i18n/index.js';
import { readFormalDir } from './i18n/register.js';
import { loadBotModels } from './nlu/bot-models.js';
import { createNluService, type NluService } from './nlu/service.js';
import { defaultEntityExtractor } from './nlu/defaults.js';
import { CatalogIndex } from './nlu/catalog-index.js';
import { detectLanguage } from './nlu/langid.js';
import { createRemoteClassifier } from './nlu/remote.js';
import { createBotShop } from './shop/index.js';
import { registerShopActions } from './shop/actions.js';
import { registerDeliveryActions } from './shop/delivery.js';
import { registerPaymentActions } from './shop/payment.js';
import { registerPromotionActions } from './shop/promotions.js';
import { registerSupportHoursActions } from './shop/support-hours.js';
import { registerCompareActions } from './shop/compare.js';
import { registerBudgetActions } from './shop/budget.js';
import { registerRankingActions } from './shop/ranking.js';
import { registerTotalsActions } from './shop/totals.js';
import { registerProfileActions } from './profile-actions.js';
import type { Shop } from './shop/types.js';
import type { Store } from './store/ports.js';
import { createGovernor, type DeliveryGovernor } from './delivery/index.js';
import { createMetrics, type Metrics } from './metrics/index.js';
import { openBackends, type Backends } from './scale/backends.js';
import type { Role } from './scale/config.js';
import { createLogger, type Logger } from './util/log.js';
import { Engine } from './pipeline/engine.js';
import type { BotRuntime, Serializer } from './pipeline/context.js';

/** Everything on disk that defines a deployment: flows, bots and locales, validated together. */
export interface Project {
  root: string;
  flows: Map<string, CompiledFlow>;
  bots: Map<string, LoadedBot>;
  locales: ReturnType<typeof readLocaleDir>;
  /** Formal versions of strings, per locale that has them (locales/<lng>/formal/). */
  formal: ReturnType<typeof readFormalDir>;
}

export function loadProject(root: string): Project {
  const flows = loadFlows(join(root, 'flows'));
  const bots = loadBots(join(root, 'bots'), flows);
  const locales = readLocaleDir(join(root, 'locales'));
  return { root, flows, bots, locales, formal: readFormalDir(join(root, 'locales')) };
}

export interface AppOptions {
  root: string;
  /** Where the SQLite file and trained models live (default `<root>/data`). */
  dataDir?: string;
  /** Where trained NLU models are cached (default `<dataDir>/models`); safe to share, entries are keyed by a hash of the training data. */
  modelsDir?: string;
  store?: Store;
  env?: Readonly<Record<string, string | undefined>>;
  log?: Logger;
  publicUrl?: string;
  /** Only these bots (default: all in bots/). */
  bots?: string[];
  /** Adapters by platform, instead of importing `adapters/<platform>/index.ts` (tests, the terminal chat). */
  adapters?: Record<string, AdapterFactory>;
  /** Start only these channels (default: every channel enabled in the bot's YAML). */
  channels?: string[];
  /** Channel settings that replace the bot YAML's (and enable the channel): tests and embedding. */
  channelConfig?: Record<string, Record<string, unknown>>;
  governor?: DeliveryGovernor;
  serializer?: Serializer;
  upgradeWebSocket?: UpgradeWebSocket<unknown>;
  /** The HTTP app to mount channel routes on (the server passes its own, with WebSocket support). */
  http?: Hono;
  metrics?: Metrics;
  /** `web` starts the channels, `worker` runs jobs, `all` (default) both. */
  role?: Role;
  /** The time answers that depend on the hour are told against (support hours; default: the system clock). Tests pin it. */
  now?: () => Date;
}

export interface App {
  engine: Engine;
  store: Store;
  /** The store, serializer and job queue chosen from the environment (MONGODB_URI, REDIS_URL). */
  backends: Backends;
  i18n: I18n;
  metrics: Metrics;
  http: Hono;
  project: Project;
  log: Logger;
  /** Starts every adapter: from here on, platforms' traffic flows into the engine. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const ADAPTERS_DIR = resolve(import.meta.dirname, '..', 'adapters');

/** Imports `adapters/<platform>/index.(ts|js)`: a new channel is a new folder and nothing else. */
async function importAdapter(platform: string): Promise<AdapterFactory> {
  const candidates = ['index.js', 'index.ts'].map((f) => join(ADAPTERS_DIR, platform, f));
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new ConfigError(`no adapter for channel "${platform}" (expected adapters/${platform}/index.ts)`, 'bots/');
  const mod = (await import(pathToFileURL(file).href)) as { default?: AdapterFactory };
  if (typeof mod.default !== 'function') throw new ConfigError(`adapters/${platform}/index does not default-export a factory`, file);
  return mod.default;
}

/** The bot's product index; the first build happens here, and a shop that is down leaves it empty until the next refresh. */
async function createCatalog(bot: LoadedBot, shop: Shop, log: Logger): Promise<CatalogIndex> {
  const s = bot.config.shop;
  const catalog = new CatalogIndex({ fetch: () => shop.catalog(), log, refreshMs: s.driver === 'http' ? s.catalog_refresh_minutes * 60_000 : 0 });
  try {
    await catalog.refresh();
  } catch (err) {
    log.warn({ err }, 'could not fetch the shop catalog; product names are not matched until a refresh succeeds');
  }
  return catalog;
}

async function createNlu(bot: LoadedBot, catalog: CatalogIndex, modelsDir: string, log: Logger, env: AppOptions['env']): Promise<NluService> {
  const models = await loadBotModels(bot.dir, {
    cacheDir: join(modelsDir, bot.config.id),
    locales: bot.config.locales.supported,
    background: bot.config.nlu.off_topic,
    log,
  });
  const extractEntities = defaultEntityExtractor({
    catalog, orderPatterns: bot.config.nlu.order_patterns, minProductScore: bot.config.nlu.product_min_score,
  });
  const remote = bot.config.nlu.remote;
  const endpointUrl = remote ? env?.[remote.endpoint_url_env] : undefined;
  if (remote && !endpointUrl) log.warn({ variable: remote.endpoint_url_env }, 'remote NLU configured but its endpoint variable is not set; running without it');
  return createNluService({
    models,
    fallbackLocale: bot.config.locales.default,
    extractEntities,
    detectLanguage,
    threshold: bot.config.nlu.threshold,
    ...(remote && endpointUrl ? {
      remote: createRemoteClassifier({
        endpointUrl, token: remote.token_env ? env?.[remote.token_env] : undefined, model: remote.model,
        timeoutMs: remote.timeout_ms, labels: [...new Set(models.values().next().value?.intents ?? [])], logger: log,
      }),
    } : {}),
  });
}

export async function createApp(options: AppOptions): Promise<App> {
  const root = resolve(options.root);
  const env = options.env ?? process.env;
  const log = options.log ?? createLogger();
  const dataDir = options.dataDir ?? join(root, 'data');
  const project = loadProject(root);
  const i18n = await createI18n(project.locales, { fallback: 'en', formal: project.formal });
  const role = options.role ?? 'all';
  const backends = await openBackends({
    env, dataDir, log, role,
    ...(options.store ? { store: options.store } : {}), ...(options.serializer ? { serializer: options.serializer } : {}),
  });
  const store = backends.store;
  const metrics = options.metrics ?? createMetrics();
  const http = options.http ?? new Hono();
  const upgradeWebSocket = options.upgradeWebSocket ?? ((() => () => new Response('WebSocket unavailable', { status: 426 })) as unknown as UpgradeWebSocket<unknown>);
  const publicUrl = options.publicUrl ?? env.SHOPMATE_PUBLIC_URL;
  const runtimes = new Map<string, BotRuntime>();

  // The governor this app created (not one passed in) is closed with the app: it may hold a Redis client.
  const ownGovernor = options.governor ? undefined : await createGovernor(env);
  const governor = backends.governor(options.governor ?? ownGovernor!);

  for (const bot of project.bots.values()) {
    if (options.bots && !options.bots.includes(bot.config.id)) continue;
    const shop = createBotShop(bot.config, bot.dir, bot.file, env);
    const actions = new ActionRegistry();
    const backendUrl = bot.config.backend ? env[bot.config.backend.base_url_env] : undefined;
    const backendToken = bot.config.backend?.token_env ? env[bot.config.backend.token_env] : undefined;
    registerShopActions(actions, shop, {
      currency: bot.config.currency,
      ...(bot.config.shop.currency_rates ? { rates: bot.config.shop.currency_rates } : {}),
      ...(backendUrl ? { backendUrl } : {}),
      ...(backendToken ? { backendToken } : {}),
    });
    registerDeliveryActions(actions);
    registerPaymentActions(actions);
    registerPromotionActions(actions);
    registerSupportHoursActions(actions, { timezone: bot.config.timezone, ...(options.now ? { now: options.now } : {}) });
    registerCompareActions(actions, shop);
    const money = { currency: bot.config.currency, ...(bot.config.shop.currency_rates ? { rates: bot.config.shop.currency_rates } : {}) };
    registerBudgetActions(actions, money);
    registerRankingActions(actions, shop, money);
    registerTotalsActions(actions, shop);
    registerProfileActions(actions, store);
    const flows = new Map(bot.config.flows.map((id) => [id, project.flows.get(id)!]));
    for (const f of flows.values()) {
      for (const op of f.ops) {
        if (op.op === 'call' && !actions.has(op.action)) {
          throw new ConfigError(`unknown action "${op.action}" (known: ${actions.names().join(', ')})`, op.at.file, op.at.line, op.at.column);
        }
        if (op.op === 'goto' && !flows.has(op.flow)) {
          throw new ConfigError(`goto "${op.flow}": that flow is not in bot ${bot.config.id}'s flows`, op.at.file, op.at.line, op.at.column);
        }
      }
    }
    const adapters = new Map<string, ChannelAdapter>();
    const adapterContext = (platform: string, config: Record<string, unknown>) => ({
      botId: bot.config.id, config, env, log: log.child({ botId: bot.config.id, platform }), store, http, upgradeWebSocket, publicUrl,
      bot: { name: bot.config.name, locales: bot.config.locales.supported, defaultLocale: bot.config.locales.default },
      t: (locale: string, key: string, vars?: Record<string, unknown>) => i18n.t(locale, key, vars),
      governor,
    });
    const botLog = log.child({ botId: bot.config.id });
    const catalog = await createCatalog(bot, shop, botLog);
    runtimes.set(bot.config.id, {
      id: bot.config.id, config: bot.config, flows, actions, shop, adapters, publicUrl, catalog,
      nlu: await createNlu(bot, catalog, options.modelsDir ?? join(dataDir, 'models'), botLog, env),
    });
    const channels = { ...bot.config.channels };
    for (const [platform, config] of Object.entries(options.channelConfig ?? {})) channels[platform] = { ...config, enabled: true };
    for (const [platform, channel] of Object.entries(channels)) {
      if (!channel.enabled || (options.channels && !options.channels.includes(platform))) continue;
      const factory = options.adapters?.[platform] ?? (await importAdapter(platform));
      const { enabled: _e, ...config } = channel;
      adapters.set(platform, await factory(adapterContext(platform, config)));
    }
    for (const [platform, factory] of Object.entries(options.adapters ?? {})) {
      if (!adapters.has(platform) && (!options.channels || options.channels.includes(platform))) {
        adapters.set(platform, await factory(adapterContext(platform, {})));
      }
    }
  }

  const engine = new Engine(runtimes, {
    store, i18n, metrics, log,
    governor,
    serializer: backends.serializer,
    events: new EventEmitter(),
    dedupeTtlMs: 24 * 3_600_000,
  });

  const allAdapters = (): ChannelAdapter[] => [...runtimes.values()].flatMap((b) => [...b.adapters.values()]);
  return {
    engine, store, backends, i18n, metrics, http, project, log,
    async start() {
      for (const runtime of runtimes.values()) runtime.catalog.start();
      const run = (event: Parameters<Engine['handle']>[0]) => engine.handle(event);
      // A worker builds the adapters (it sends through them) but takes no traffic.
      if (role !== 'worker') {
        for (const adapter of allAdapters()) {
          await adapter.start(backends.sink(run));
          log.info({ botId: adapter.botId, platform: adapter.platform }, 'channel started');
        }
      }
      if (role !== 'web') await backends.work(run);
    },
    async stop() {
      for (const runtime of runtimes.values()) runtime.catalog.stop();
      for (const adapter of allAdapters()) await adapter.stop();
      await ownGovernor?.close?.();
      await backends.close();
    },
  };
}
