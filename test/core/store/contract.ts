import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../core/store/ports.js';

/** For implementations that keep expiry outside the clock (Redis TTLs): called whenever the test lets time pass. */
export interface StoreContractHooks {
  advance?(ms: number): Promise<void>;
}

/**
 * The contract every Store implementation passes (SQLite here; MongoDB and Redis-backed parts in
 * scale mode). `open` must return an empty store; `clock` lets expiry be tested without waiting.
 */
export function storeContract(name: string, open: (clock: () => number) => Promise<Store>, hooks: StoreContractHooks = {}): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let now = 1_000_000;
    const elapse = async (ms: number) => {
      now += ms;
      await hooks.advance?.(ms);
    };
    beforeEach(async () => {
      now = 1_000_000;
      store = await open(() => now);
    });
    afterEach(async () => store.close());

    it('upserts one profile per identity and links identities across channels', async () => {
      const id = { platform: 'telegram', botId: 'b', userId: '42' };
      const a = await store.profiles.upsertByIdentity(id, { name: 'Ann' });
      const b = await store.profiles.upsertByIdentity(id);
      expect(b.id).toBe(a.id);
      expect(b.name).toBe('Ann');
      expect(a.tags).toEqual([]);
      await store.profiles.link(a.id, { platform: 'wecom', botId: 'b', userId: 'wx-1' });
      const c = await store.profiles.upsertByIdentity({ platform: 'wecom', botId: 'b', userId: 'wx-1' });
      expect(c.id).toBe(a.id);
      expect((await store.profiles.identities(a.id)).map((i) => i.platform).sort()).toEqual(['telegram', 'wecom']);
    });

    it('updates profiles and keeps unknown ids an error', async () => {
      const p = await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'u' });
      const u = await store.profiles.update(p.id, { locale: 'es', localeSource: 'chosen', tags: ['vip'], attributes: { x: 1 } });
      expect(u).toMatchObject({ locale: 'es', localeSource: 'chosen', tags: ['vip'], attributes: { x: 1 } });
      expect(await store.profiles.get(p.id)).toMatchObject({ locale: 'es', tags: ['vip'] });
      await expect(store.profiles.update('nope', { locale: 'en' })).rejects.toThrow();
      expect(await store.profiles.get('nope')).toBeUndefined();
    });

    it('keeps where a profile\'s time zone came from', async () => {
      const p = await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'tz' });
      expect(p.timezoneSource).toBeUndefined();
      await store.profiles.update(p.id, { timezone: 'Asia/Kolkata', timezoneSource: 'reported' });
      expect(await store.profiles.get(p.id)).toMatchObject({ timezone: 'Asia/Kolkata', timezoneSource: 'reported' });
      await store.profiles.update(p.id, { timezone: 'Asia/Jakarta', timezoneSource: 'chosen' });
      expect(await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'tz' })).toMatchObject({ timezone: 'Asia/Jakarta', timezoneSource: 'chosen' });
      // Another field's update leaves it alone.
      expect(await store.profiles.update(p.id, { locale: 'id' })).toMatchObject({ timezoneSource: 'chosen', locale: 'id' });
      expect((await store.profiles.get(p.id))?.timezoneSource).toBe('chosen');
      // Given up: both fields are removed, the others kept.
      const cleared = await store.profiles.update(p.id, { timezone: undefined, timezoneSource: undefined });
      expect(cleared).not.toHaveProperty('timezone');
      expect(cleared).not.toHaveProperty('timezoneSource');
      const read = await store.profiles.get(p.id);
      expect(read).not.toHaveProperty('timezone');
      expect(read).not.toHaveProperty('timezoneSource');
      expect(read).toMatchObject({ locale: 'id' });
    });

    it('keeps how the shopper addresses the shop', async () => {
      const p = await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'register' });
      expect(p.register).toBeUndefined();
      await store.profiles.update(p.id, { register: 'formal' });
      expect(await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'register' })).toMatchObject({ register: 'formal' });
      expect(await store.profiles.update(p.id, { locale: 'de' })).toMatchObject({ register: 'formal', locale: 'de' });
      expect((await store.profiles.update(p.id, { register: 'informal' })).register).toBe('informal');
    });

    it('keeps conversations, their status and transcript', async () => {
      const key = { botId: 'b', platform: 'web', platformConversationId: 'c1' };
      const c = await store.conversations.upsert(key, { kind: 'direct' });
      expect(c.status).toBe('bot');
      expect((await store.conversations.upsert(key, { kind: 'direct', title: 'T' })).id).toBe(c.id);
      const h = await store.conversations.setStatus(c.id, 'waiting_agent', { reason: 'requested' });
      expect(h).toMatchObject({ status: 'waiting_agent', handoffReason: 'requested' });
      expect((await store.conversations.listByStatus('b', ['waiting_agent'])).map((x) => x.id)).toEqual([c.id]);
      expect(await store.conversations.listByStatus('other', ['waiting_agent'])).toEqual([]);
      for (let i = 0; i < 20; i++) {
        await store.conversations.append({ conversationId: c.id, direction: i % 2 ? 'out' : 'in', senderId: 's', text: `m${i}`, at: now + i });
      }
      const last = await store.conversations.transcript(c.id, 15);
      expect(last).toHaveLength(15);
      expect(last[0]!.text).toBe('m5');
      expect(last.at(-1)!.text).toBe('m19');
      expect((await store.conversations.setStatus(c.id, 'bot')).handoffReason).toBeUndefined();
    });

    it('expires sessions', async () => {
      await store.sessions.set('s', { a: 1 }, 1000);
      expect(await store.sessions.get('s')).toEqual({ a: 1 });
      await elapse(1001);
      expect(await store.sessions.get('s')).toBeUndefined();
      await store.sessions.set('s', { a: 2 }, 1000);
      await store.sessions.delete('s');
      expect(await store.sessions.get('s')).toBeUndefined();
    });

    it('claims a dedupe key once until it expires', async () => {
      expect(await store.dedupe.claim('k', 1000)).toBe(true);
      expect(await store.dedupe.claim('k', 1000)).toBe(false);
      await elapse(1001);
      expect(await store.dedupe.claim('k', 1000)).toBe(true);
    });

    it('answers concurrent claims of one key exactly once', async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => store.dedupe.claim('same', 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('stores references per platform and bot', async () => {
      await store.references.put('teams', 'b', 'u1', { serviceUrl: 'x' });
      await store.references.put('teams', 'b', 'u1', { serviceUrl: 'y' });
      expect(await store.references.get('teams', 'b', 'u1')).toEqual({ serviceUrl: 'y' });
      expect(await store.references.get('teams', 'other', 'u1')).toBeUndefined();
      expect(await store.references.list('teams', 'b')).toEqual([{ key: 'u1', value: { serviceUrl: 'y' } }]);
    });

    it('makes one profile when first sights of an identity race', async () => {
      const id = { platform: 'telegram', botId: 'b', userId: 'race' };
      const profiles = await Promise.all(Array.from({ length: 10 }, () => store.profiles.upsertByIdentity(id)));
      expect(new Set(profiles.map((p) => p.id)).size).toBe(1);
      expect(await store.profiles.identities(profiles[0]!.id)).toEqual([id]);
    });

    it('keeps one conversation per key, distinct across bots and platforms', async () => {
      const key = { botId: 'b', platform: 'web', platformConversationId: 'c' };
      const [a, b] = await Promise.all([store.conversations.upsert(key, { kind: 'group', title: 'G' }), store.conversations.upsert(key, { kind: 'group' })]);
      expect(a.id).toBe(b.id);
      expect((await store.conversations.get(a.id))).toMatchObject({ kind: 'group', title: 'G', platformConversationId: 'c' });
      const other = await store.conversations.upsert({ ...key, platform: 'telegram' }, { kind: 'group' });
      const otherBot = await store.conversations.upsert({ ...key, botId: 'b2' }, { kind: 'group' });
      expect(new Set([a.id, other.id, otherBot.id]).size).toBe(3);
      expect(await store.conversations.get('nope')).toBeUndefined();
      await expect(store.conversations.setStatus('nope', 'bot')).rejects.toThrow();
    });

    it('sets and clears the agent and reason with the status', async () => {
      const c = await store.conversations.upsert({ botId: 'b', platform: 'web', platformConversationId: 'h' }, { kind: 'direct' });
      expect(await store.conversations.setStatus(c.id, 'with_agent', { reason: 'asked', agentId: 'ann' })).toMatchObject({ status: 'with_agent', handoffReason: 'asked', agentId: 'ann' });
      const back = await store.conversations.setStatus(c.id, 'bot');
      expect(back.agentId).toBeUndefined();
      expect(back.handoffReason).toBeUndefined();
      expect((await store.conversations.listByStatus(undefined, ['bot'])).map((x) => x.id)).toContain(c.id);
    });

    it('keeps transcript entries of the same instant in the order they were appended', async () => {
      const c = await store.conversations.upsert({ botId: 'b', platform: 'web', platformConversationId: 't' }, { kind: 'direct' });
      for (const text of ['q', 'a1', 'a2', 'a3']) {
        await store.conversations.append({ conversationId: c.id, direction: text === 'q' ? 'in' : 'out', senderId: 's', text, at: now, ...(text === 'a1' ? { elements: [{ type: 'text', text }], intent: 'x', confidence: 0.5 } : {}) });
      }
      const entries = await store.conversations.transcript(c.id, 10);
      expect(entries.map((e) => e.text)).toEqual(['q', 'a1', 'a2', 'a3']);
      expect(entries[1]).toEqual({ conversationId: c.id, direction: 'out', senderId: 's', text: 'a1', elements: [{ type: 'text', text: 'a1' }], intent: 'x', confidence: 0.5, at: now });
    });

    it('round-trips session values whatever their keys', async () => {
      const value = { 'a.b': 1, $x: [1, { y: null, z: 'ü' }], nested: { deep: [true, 2.5] } };
      await store.sessions.set('odd', value, 60_000);
      expect(await store.sessions.get('odd')).toEqual(value);
    });

    it('lists references newest first, up to a limit', async () => {
      await store.references.put('teams', 'b', 'old', 1);
      await elapse(10);
      await store.references.put('teams', 'b', 'new', 2);
      expect((await store.references.list('teams', 'b')).map((r) => r.key)).toEqual(['new', 'old']);
      expect(await store.references.list('teams', 'b', 1)).toEqual([{ key: 'new', value: 2 }]);
    });

    it('reports health', async () => {
      expect((await store.health()).ok).toBe(true);
    });
  });
}
