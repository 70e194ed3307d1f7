import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { UpgradeWebSocket } from 'hono/ws';
import { expect } from 'vitest';
import create, { type TelegramAdapter } from '../../../adapters/telegram/index.js';
import { createApp, type App, type AppOptions } from '../../../core/app.js';
import type { AdapterContext } from '../../../core/model/adapter.js';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import { createLogger } from '../../../core/util/log.js';
import { MODELS_DIR, ROOT, tempDir } from '../../helpers/chat.js';
import { parseHtml } from '../../fakes/telegram/checks.js';
import { FakeTelegram, type FakeCall, type FakeUpdate } from '../../fakes/telegram/server.js';
import { callback, message, type TgChat, type TgUser } from './updates.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';

export const TOKEN = '123456789:AAE-test_token_for_the_fake';
export const SECRET = 'test-webhook-secret_1';

export interface TelegramTestApp {
  app: App;
  adapter: TelegramAdapter;
  fake: FakeTelegram;
  mode: 'webhook' | 'polling';
  close(): Promise<void>;
}

/**
 * The real app with the demo bot and its Telegram channel pointed at a fake Bot API, behind a real
 * HTTP server (the fake posts webhooks to it). Polling backs off in milliseconds here.
 */
export async function openTelegramApp(options: { mode?: 'webhook' | 'polling'; config?: Record<string, unknown>; app?: Partial<AppOptions> } = {}): Promise<TelegramTestApp> {
  const mode = options.mode ?? 'webhook';
  const fake = await FakeTelegram.start({ token: TOKEN });
  const http = new Hono();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = tempDir();
  const app = await createApp({
    root: ROOT, dataDir: dir.path, modelsDir: MODELS_DIR, bots: ['demo-shop'], channels: ['telegram'], http,
    env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET },
    channelConfig: {
      telegram: {
        mode, api_root: fake.url, webhook_url: `${url}/channels/telegram/demo-shop`,
        polling: { timeout_s: 1, retry_min_ms: 20, retry_max_ms: 200 }, ...options.config,
      },
    },
    ...options.app,
  });
  await app.start();
  const adapter = app.engine.bots.get('demo-shop')!.adapters.get('telegram') as TelegramAdapter;
  let closed = false;
  return {
    app, adapter, fake, mode,
    close: async () => {
      if (closed) return;
      closed = true;
      await app.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      dir.remove();
    },
  };
}

/** The adapter alone, as the app would build it, with an in-memory store: for tests below the pipeline. */
export async function openAdapter(options: { config?: Record<string, unknown>; env?: Record<string, string | undefined>; publicUrl?: string } = {}): Promise<{ adapter: TelegramAdapter; ctx: AdapterContext; close: () => Promise<void> }> {
  const ctx: AdapterContext = {
    botId: 'demo-shop', config: options.config ?? {}, env: options.env ?? { TELEGRAM_BOT_TOKEN: TOKEN },
    log: createLogger({ level: 'silent' }), store: openSqliteStore({ file: ':memory:' }), http: new Hono(),
    upgradeWebSocket: (() => () => new Response(null, { status: 426 })) as unknown as UpgradeWebSocket<unknown>,
    publicUrl: options.publicUrl, bot: { name: 'Demo Shop', locales: ['en'], defaultLocale: 'en' }, t: (_locale, key) => key,
    governor: new RateGovernor(),
  };
  try {
    const adapter = (await create(ctx)) as TelegramAdapter;
    return { adapter, ctx, close: () => ctx.store.close() };
  } catch (err) {
    await ctx.store.close();
    throw err;
  }
}

/** The text a shopper sees in a sent message (HTML parsed, as Telegram does). */
export function shown(call: FakeCall): string {
  const value = call.params.text ?? call.params.caption;
  const html = typeof value === 'string' ? value : '';
  const parsed = call.params.parse_mode === 'HTML' ? parseHtml(html) : { text: html };
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
}

export interface KeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export const keyboard = (call: FakeCall): KeyboardButton[] =>
  ((call.params.reply_markup as { inline_keyboard?: KeyboardButton[][] } | undefined)?.inline_keyboard ?? []).flat();

/** A shopper in one Telegram chat, reading like a chat: `await chat.says('hi').expectReply(/Welcome/)`. */
export class TelegramChat {
  replies: FakeCall[] = [];
  lastUpdate: FakeUpdate | undefined;

  constructor(
    readonly t: TelegramTestApp,
    readonly chat: TgChat,
    readonly from: TgUser,
  ) {}

  says(text: string, extra: Record<string, unknown> = {}): Replies {
    return new Replies(this.send(message(this.chat, this.from, text, extra)));
  }

  /** Presses a button of the bot's last replies by (part of) its label. */
  presses(label: string | RegExp): Replies {
    for (const reply of [...this.replies].reverse()) {
      const button = keyboard(reply).find((b) => (typeof label === 'string' ? b.text.includes(label) : label.test(b.text)));
      if (button?.callback_data) return new Replies(this.send(callback(this.chat, this.from, button.callback_data, 1)));
    }
    throw new Error(`no button ${String(label)} in the last replies`);
  }

  /** Delivers an update the way the app's transport receives it, waits until it is handled, returns what the bot sent here. */
  async send(update: Omit<FakeUpdate, 'update_id'>): Promise<FakeCall[]> {
    const { fake, adapter } = this.t;
    const before = fake.calls.length;
    const full = (this.lastUpdate = { ...update, update_id: fake.nextUpdateId() } as FakeUpdate);
    if (this.t.mode === 'webhook') {
      expect((await fake.deliver(full)).status).toBe(200);
    } else {
      fake.push(full);
      await fake.confirmedPast(full.update_id);
    }
    await adapter.idle();
    this.replies = fake.calls.slice(before).filter((c) => c.method.startsWith('send') && c.method !== 'sendChatAction' && c.status === 200 && String(c.params.chat_id) === String(this.chat.id));
    return this.replies;
  }
}

export class Replies implements PromiseLike<FakeCall[]> {
  constructor(readonly result: Promise<FakeCall[]>) {}

  then<A = FakeCall[], B = never>(ok?: ((v: FakeCall[]) => A | PromiseLike<A>) | null, fail?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
    return this.result.then(ok, fail);
  }

  async expectReply(pattern: RegExp | string): Promise<FakeCall[]> {
    const calls = await this.result;
    const all = calls.map(shown).join('\n');
    if (typeof pattern === 'string') expect(all).toContain(pattern);
    else expect(all).toMatch(pattern);
    return calls;
  }

  async expectNoReply(): Promise<FakeCall[]> {
    const calls = await this.result;
    expect(calls.map(shown)).toEqual([]);
    return calls;
  }
}
