import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { App } from '../app.js';
import { PlatformError } from '../model/errors.js';
import type { I18n } from '../i18n/index.js';
import { replyRegister } from '../i18n/register.js';

const bearer = (token: string | undefined): MiddlewareHandler => async (c, next) => {
  if (!token) return c.json({ error: 'the agent API is disabled: set SHOPMATE_ADMIN_TOKEN' }, 403);
  const given = Buffer.from((c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, ''));
  const want = Buffer.from(token);
  if (given.length !== want.length || !timingSafeEqual(given, want)) return c.json({ error: 'invalid or missing bearer token' }, 401);
  await next();
};

const Push = z.strictObject({
  platform: z.string().min(1),
  to: z.union([
    z.strictObject({ userIds: z.array(z.string().min(1).max(256)).min(1).max(1000) }),
    z.strictObject({ conversationId: z.string().min(1).max(512) }),
  ]),
  text: z.string().trim().min(1).max(4000),
});
const AgentMessage = z.strictObject({ text: z.string().trim().min(1).max(4000), agent: z.string().max(64).optional() });
const Accept = z.strictObject({ agent: z.string().min(1).max(64) });

/** The handoff inbox for human agents: list waiting conversations, take one, reply, give it back to the bot. */
export function adminRoutes(app: App, token: string | undefined): Hono {
  const api = new Hono();
  const { store } = app;
  api.use('*', bearer(token));
  const body = async <T>(c: { req: { json(): Promise<unknown> } }, schema: z.ZodType<T>): Promise<T | string> => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return 'malformed JSON';
    }
    const r = schema.safeParse(raw);
    return r.success ? r.data : `${r.error.issues[0]?.path.join('.') ?? ''}: ${r.error.issues[0]?.message ?? 'invalid'}`;
  };
  const conversation = async (id: string) => store.conversations.get(id);

  api.get('/handoffs', async (c) => {
    const list = await store.conversations.listByStatus(c.req.query('bot'), ['waiting_agent', 'with_agent']);
    return c.json({ conversations: await Promise.all(list.map(async (conv) => ({ ...conv, last: await store.conversations.transcript(conv.id, 5) }))) });
  });
  /** An operator's proactive message to users or a group on one channel, through the governor. */
  api.post('/bots/:botId/push', async (c) => {
    const b = await body(c, Push);
    if (typeof b === 'string') return c.json({ error: b }, 400);
    const bot = app.engine.bots.get(c.req.param('botId'));
    if (!bot) return c.json({ error: `unknown bot "${c.req.param('botId')}"` }, 404);
    if (!bot.adapters.has(b.platform)) return c.json({ error: `bot "${bot.id}" has no running ${b.platform} channel` }, 404);
    try {
      const sent = await app.engine.push(bot.id, b.platform, b.to, [{ type: 'text', text: b.text }]);
      return c.json({ sent: sent.length });
    } catch (err) {
      if (err instanceof PlatformError) {
        app.log.warn({ err, botId: bot.id, platform: b.platform }, 'operator push failed');
        return c.json({ error: err.message, code: err.code ?? null, unreachable: err.unreachable, retryAfterMs: err.retryAfterMs ?? null }, 502);
      }
      throw err;
    }
  });
  /** Index the shop's catalog again now (after a product launch), instead of waiting for the periodic refresh. */
  api.post('/bots/:botId/catalog/refresh', async (c) => {
    const bot = app.engine.bots.get(c.req.param('botId'));
    if (!bot) return c.json({ error: `unknown bot "${c.req.param('botId')}"` }, 404);
    try {
      return c.json(await bot.catalog.refresh());
    } catch (err) {
      app.log.warn({ err, botId: bot.id }, 'catalog refresh failed');
      return c.json({ error: `could not fetch the catalog: ${err instanceof Error ? err.message : String(err)}` }, 502);
    }
  });
  api.get('/conversations/:id/transcript', async (c) => {
    const conv = await conversation(c.req.param('id'));
    if (!conv) return c.json({ error: 'unknown conversation' }, 404);
    return c.json({ conversation: conv, transcript: await store.conversations.transcript(conv.id, Number(c.req.query('limit') ?? 100)) });
  });
  api.post('/handoffs/:id/accept', async (c) => {
    const conv = await conversation(c.req.param('id'));
    if (!conv) return c.json({ error: 'unknown conversation' }, 404);
    const b = await body(c, Accept);
    if (typeof b === 'string') return c.json({ error: b }, 400);
    const updated = await store.conversations.setStatus(conv.id, 'with_agent', { agentId: b.agent, ...(conv.handoffReason ? { reason: conv.handoffReason } : {}) });
    const { locale, i18n } = await shopperTexts(app, conv);
    await app.engine.sendTo(updated, [[{ type: 'text', text: i18n.t(locale, 'handoff.agent_joined', { agent: b.agent }) }]]);
    return c.json({ conversation: updated });
  });
  api.post('/handoffs/:id/messages', async (c) => {
    const conv = await conversation(c.req.param('id'));
    if (!conv) return c.json({ error: 'unknown conversation' }, 404);
    if (conv.status === 'bot') return c.json({ error: 'conversation is with the bot; accept it first' }, 409);
    const b = await body(c, AgentMessage);
    if (typeof b === 'string') return c.json({ error: b }, 400);
    await app.engine.sendTo(conv, [[{ type: 'text', text: b.text }]], `agent:${b.agent ?? conv.agentId ?? 'agent'}`);
    return c.json({ ok: true });
  });
  api.post('/handoffs/:id/release', async (c) => {
    const conv = await conversation(c.req.param('id'));
    if (!conv) return c.json({ error: 'unknown conversation' }, 404);
    const updated = await store.conversations.setStatus(conv.id, 'bot');
    const { locale, i18n } = await shopperTexts(app, conv);
    await app.engine.sendTo(updated, [[{ type: 'text', text: i18n.t(locale, 'handoff.released') }]]);
    return c.json({ conversation: updated });
  });
  return api;
}

/** The shopper's language, and the texts in the register they write in (formal "Sie" or not). */
async function shopperTexts(app: App, conv: { botId: string; profileId?: string | undefined }): Promise<{ locale: string; i18n: I18n }> {
  const profile = conv.profileId ? await app.store.profiles.get(conv.profileId) : undefined;
  const locale = profile?.locale ?? 'en';
  const formal = app.project.bots.get(conv.botId)?.config.locales.formal ?? [];
  return { locale, i18n: app.i18n.inRegister(replyRegister(profile?.register, locale, formal)) };
}
