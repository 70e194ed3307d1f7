import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { createApp, type App, type AppOptions } from '../../core/app.js';
import { MemoryAdapter } from '../../core/channel/memory.js';
import type { Button, Element } from '../../core/model/elements.js';
import type { InboundEvent } from '../../core/model/event.js';
import type { TurnResult } from '../../core/pipeline/context.js';
import type { Customer } from '../../core/shop/types.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/**
 * Trained models are cached by a hash of their data, so every test run of this checkout shares them
 * (test/global-setup.ts trains them once before the files run).
 */
export const MODELS_DIR = join(tmpdir(), `shopmate-test-models-${createHash('sha1').update(ROOT).digest('hex').slice(0, 8)}`);

export function tempDir(prefix = 'shopmate-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestApp {
  app: App;
  adapter: () => MemoryAdapter;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The instant support hours are told against unless a test passes its own `now`: a Wednesday, 10:00 in Shanghai,
 * within the demo's hours, so a handoff does not say "back on Monday" because the tests ran on a weekend.
 */
export const TEST_NOW = new Date('2026-11-25T02:00:00Z');

/** The real app over the repo's bots/, flows/ and locales/, with an in-memory channel and a temp store. */
export async function openTestApp(options: Partial<AppOptions> & { dataDir?: string; keepData?: boolean } = {}): Promise<TestApp> {
  const dir = options.dataDir ? undefined : tempDir();
  const dataDir = options.dataDir ?? dir!.path;
  let adapter: MemoryAdapter | undefined;
  const app = await createApp({
    root: ROOT, dataDir, modelsDir: MODELS_DIR, bots: ['demo-shop'], channels: ['test'], now: () => TEST_NOW,
    adapters: { test: (ctx) => (adapter = new MemoryAdapter('test', ctx.botId)) },
    ...options,
  });
  await app.start();
  return {
    app, dataDir,
    adapter: () => adapter!,
    close: async () => {
      await app.stop();
      if (!options.keepData) dir?.remove();
    },
  };
}

/**
 * The demo bot with its bot file changed by `edit` (other policies, other settings), in a temporary project
 * whose flows, locales and shop data are the repo's.
 */
export async function openTestAppWithBotFile(edit: (yaml: string) => string, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const root = tempDir();
  mkdirSync(join(root.path, 'bots'));
  for (const d of ['flows', 'locales']) symlinkSync(join(ROOT, d), join(root.path, d));
  symlinkSync(join(ROOT, 'bots', 'demo-shop'), join(root.path, 'bots', 'demo-shop'));
  writeFileSync(join(root.path, 'bots', 'demo-shop.yaml'), edit(readFileSync(join(ROOT, 'bots', 'demo-shop.yaml'), 'utf8')));
  const t = await openTestApp({ ...options, root: root.path });
  return {
    ...t,
    close: async () => {
      await t.close();
      root.remove();
    },
  };
}

/** A chat that reads like one: `await chat.says('where is my order').expectReply(/order number/i)`. */
export class Chat {
  buttons: Button[] = [];
  last: TurnResult | undefined;

  constructor(
    readonly app: App,
    readonly user = `u-${randomUUID().slice(0, 8)}`,
    public locale?: string,
    readonly conversation: { id: string; kind: 'direct' | 'group' } = { id: `c-${user}`, kind: 'direct' },
  ) {}

  says(text: string, extra: Partial<InboundEvent> = {}): Expectation {
    return new Expectation(this, this.#send({ kind: 'message', content: [{ type: 'text', text }], ...extra }));
  }

  /** The shopper as the shop sees them (order lookups are per shopper: the demo shop keeps each one's changes apart). */
  async customer(): Promise<Customer> {
    const profile = await this.app.store.profiles.upsertByIdentity({ platform: 'test', botId: 'demo-shop', userId: this.user });
    return { profileId: profile.id, platform: 'test', userId: this.user };
  }

  /** Presses a button of the last reply by (part of) its label. */
  presses(label: string | RegExp, extra: Partial<InboundEvent> = {}): Expectation {
    const b = this.buttons.find((x) => (typeof label === 'string' ? x.label.includes(label) : label.test(x.label)));
    if (!b) throw new Error(`no button ${String(label)} in: ${this.buttons.map((x) => x.label).join(' | ')}`);
    return new Expectation(this, this.#send({ kind: 'action', content: [], action: { id: b.id, value: b.value ?? b.label }, ...extra }));
  }

  async #send(partial: Partial<InboundEvent>): Promise<TurnResult> {
    const event: InboundEvent = {
      id: randomUUID(), platform: 'test', botId: 'demo-shop', kind: 'message',
      conversation: this.conversation, sender: { id: this.user }, content: [], mentionsBot: true, timestamp: Date.now(), raw: null,
      ...(this.locale ? { chosenLocale: this.locale } : {}),
      ...partial,
    };
    const result = await this.app.engine.handle(event);
    this.last = result;
    this.buttons = result.replies.flat().flatMap((e) => (e.type === 'buttons' ? e.buttons : e.type === 'product' ? (e.buttons ?? []) : []));
    return result;
  }
}

export const texts = (r: TurnResult): string[] => r.replies.flat().filter((e): e is Extract<Element, { type: 'text' }> => e.type === 'text').map((e) => e.text);
export const products = (r: TurnResult): string[] => r.replies.flat().filter((e): e is Extract<Element, { type: 'product' }> => e.type === 'product').map((e) => e.productId);

export class Expectation implements PromiseLike<TurnResult> {
  constructor(
    readonly chat: Chat,
    readonly result: Promise<TurnResult>,
  ) {}

  then<A = TurnResult, B = never>(ok?: ((v: TurnResult) => A | PromiseLike<A>) | null, fail?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
    return this.result.then(ok, fail);
  }

  /** Some reply text matches. */
  async expectReply(pattern: RegExp | string): Promise<TurnResult> {
    const r = await this.result;
    const all = texts(r).join('\n');
    if (typeof pattern === 'string') expect(all).toContain(pattern);
    else expect(all).toMatch(pattern);
    return r;
  }

  async expectFlow(flow: string | null, pattern?: RegExp | string): Promise<TurnResult> {
    const r = pattern === undefined ? await this.result : await this.expectReply(pattern);
    expect({ flow: r.flow, intent: r.intent, text: texts(r).join(' | ') }).toMatchObject({ flow });
    return r;
  }

  async expectNoReply(): Promise<TurnResult> {
    const r = await this.result;
    expect(r.replies).toEqual([]);
    return r;
  }
}
