import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../core/store/ports.js';

/**
 * The contract every Store implementation passes (SQLite here; MongoDB and Redis-backed parts in
 * scale mode). `open` must return an empty store; `clock` lets expiry be tested without waiting.
 */
export function storeContract(name: string, open: (clock: () => number) => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let now = 1_000_000;
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
      now += 1001;
      expect(await store.sessions.get('s')).toBeUndefined();
      await store.sessions.set('s', { a: 2 }, 1000);
      await store.sessions.delete('s');
      expect(await store.sessions.get('s')).toBeUndefined();
    });

    it('claims a dedupe key once until it expires', async () => {
      expect(await store.dedupe.claim('k', 1000)).toBe(true);
      expect(await store.dedupe.claim('k', 1000)).toBe(false);
      now += 1001;
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

    it('reports health', async () => {
      expect((await store.health()).ok).toBe(true);
    });
  });
}
