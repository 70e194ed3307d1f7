import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createNodeWebSocket } from '@hono/node-ws';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createApp, type App, type AppOptions } from '../app.js';
import { productSvg } from './media.js';
import { adminRoutes } from './admin.js';

export interface Server {
  app: App;
  http: Hono;
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions extends Omit<AppOptions, 'http' | 'upgradeWebSocket'> {
  port?: number;
  host?: string;
}

/** Builds the app, mounts every route, starts the channels, and listens. */
export async function startServer(options: ServerOptions): Promise<Server> {
  const http = new Hono();
  const nodeWs = createNodeWebSocket({ app: http });
  const { upgradeWebSocket } = nodeWs;
  const app = await createApp({ ...options, http, upgradeWebSocket });
  const env = options.env ?? process.env;

  // Liveness: the process answers. Readiness (/healthz): MongoDB, Redis, the job queue and the channels are up.
  http.get('/healthz/live', (c) => c.json({ ok: true, role: app.backends.role }));
  http.get('/healthz', async (c) => {
    const [store, scale] = await Promise.all([
      app.store.health().catch((err: unknown) => ({ ok: false, detail: (err as Error).message })),
      app.backends.health(),
    ]);
    // A worker builds the channels to send through them but takes no traffic: their transports are not its health.
    const channels = scale.role === 'worker' ? [] : [...app.engine.bots.values()].flatMap((b) =>
      [...b.adapters.values()].map((a) => ({ bot: b.id, platform: a.platform, ...(a.health?.() ?? { ok: true }) })));
    const ok = store.ok && scale.ok && channels.every((ch) => ch.ok);
    return c.json({
      ok, role: scale.role, mode: app.backends.mode, store: { kind: app.store.kind, ...store },
      ...(scale.mongo ? { mongodb: scale.mongo } : {}), ...(scale.redis ? { redis: scale.redis } : {}), queue: scale.queue, channels,
    }, ok ? 200 : 503);
  });
  http.get('/metrics', async (c) => c.text(await app.metrics.registry.metrics(), 200, { 'content-type': app.metrics.registry.contentType }));
  http.get('/media/products/:botId/:file', async (c) => {
    const bot = app.engine.bots.get(c.req.param('botId'));
    const id = c.req.param('file').replace(/\.svg$/, '');
    const product = bot ? await bot.shop.getProduct(id) : null;
    if (!product) return c.json({ error: 'unknown product' }, 404);
    const locale = c.req.query('locale') ?? 'en';
    return c.body(productSvg(product.name[locale] ?? product.name.en ?? id, id), 200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
  });
  http.route('/api', adminRoutes(app, env.SHOPMATE_ADMIN_TOKEN));
  http.get('/', (c) => c.redirect(`/chat/${[...app.engine.bots.keys()][0] ?? ''}`));
  // Known bots' channel routes were mounted by their adapters; anything else under these prefixes is an unknown bot.
  http.all('/chat/:botId/*', (c) => c.json({ error: `unknown bot "${c.req.param('botId')}"` }, 404));
  http.all('/chat/:botId', (c) => c.json({ error: `unknown bot "${c.req.param('botId')}"` }, 404));
  http.all('/channels/:platform/:botId', (c) => c.json({ error: `no ${c.req.param('platform')} channel for bot "${c.req.param('botId')}"` }, 404));
  http.notFound((c) => c.json({ error: 'not found' }, 404));
  http.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    app.log.error({ err, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });

  await app.start();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: http.fetch, port: options.port ?? 3000, hostname: options.host ?? '0.0.0.0' }, () => resolve(s));
  });
  nodeWs.injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  app.log.info({ port }, 'shopmate listening');
  return {
    app, http, port, url: `http://127.0.0.1:${port}`,
    close: async () => {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closing;
      await app.stop();
    },
  };
}
