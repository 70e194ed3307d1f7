import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import { MIGRATIONS } from '../../../core/store/sqlite/schema.js';
import { tempDir } from '../../helpers/chat.js';
import { storeContract } from './contract.js';

const dir = tempDir();
afterAll(() => dir.remove());
let n = 0;

storeContract('sqlite', (clock) => Promise.resolve(openSqliteStore({ file: join(dir.path, `s${n++}.db`), now: clock })));

describe('sqlite store', () => {
  it('keeps data across a reopen of the same file', async () => {
    const file = join(dir.path, 'durable.db');
    const a = openSqliteStore({ file });
    const p = await a.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'u' });
    await a.profiles.update(p.id, { locale: 'ja', localeSource: 'chosen' });
    await a.close();
    const b = openSqliteStore({ file });
    expect(await b.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'u' })).toMatchObject({ id: p.id, locale: 'ja' });
    await b.close();
  });

  it('migrates a database from before time zone sources, keeping every row', async () => {
    const file = join(dir.path, 'v1.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    const profile = old.prepare('INSERT INTO profiles (id, data, created_at, last_active_at) VALUES (?, ?, ?, ?)');
    profile.run('p-web', JSON.stringify({ tags: ['vip'], attributes: { a: 1 }, unreachable: [], locale: 'de', localeSource: 'chosen', timezone: 'Europe/Berlin' }), 1, 2);
    profile.run('p-tg', JSON.stringify({ tags: [], attributes: {}, unreachable: [], name: 'Ana' }), 3, 4);
    old.prepare('INSERT INTO identities (platform, bot_id, user_id, profile_id) VALUES (?, ?, ?, ?)').run('webchat', 'b', 'u1', 'p-web');
    old.prepare('INSERT INTO identities (platform, bot_id, user_id, profile_id) VALUES (?, ?, ?, ?)').run('telegram', 'b', '42', 'p-tg');
    old.prepare("INSERT INTO conversations (id, bot_id, platform, platform_conversation_id, kind, updated_at) VALUES ('c1', 'b', 'webchat', 'x', 'direct', 5)").run();
    old.prepare("INSERT INTO transcript (conversation_id, direction, sender_id, text, at) VALUES ('c1', 'in', 'u1', 'hallo', 6)").run();
    old.close();

    const store = openSqliteStore({ file });
    expect(await store.profiles.get('p-web')).toEqual({
      id: 'p-web', tags: ['vip'], attributes: { a: 1 }, unreachable: [], locale: 'de', localeSource: 'chosen',
      timezone: 'Europe/Berlin', timezoneSource: 'reported', createdAt: 1, lastActiveAt: 2,
    });
    expect(await store.profiles.get('p-tg')).toEqual({ id: 'p-tg', tags: [], attributes: {}, unreachable: [], name: 'Ana', createdAt: 3, lastActiveAt: 4 });
    expect((await store.profiles.upsertByIdentity({ platform: 'telegram', botId: 'b', userId: '42' })).id).toBe('p-tg');
    expect((await store.conversations.transcript('c1', 10)).map((e) => e.text)).toEqual(['hallo']);
    await store.close();
    const reopened = new Database(file, { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    reopened.close();
  });
});
