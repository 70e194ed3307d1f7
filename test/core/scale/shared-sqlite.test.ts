import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedSqlite } from '../../../core/scale/shared-sqlite.js';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
import { tempDir } from '../../helpers/chat.js';

const dir = tempDir();
afterAll(() => dir.remove());

const busy = (code: string) => Object.assign(new Error('database is locked'), { code });

describe('sharedSqlite', () => {
  it('runs a call again when another process overtook its transaction, and only then', async () => {
    const base = openSqliteStore({ file: join(dir.path, 'shared.db') });
    let failures = 2;
    const upsert = base.profiles.upsertByIdentity.bind(base.profiles);
    base.profiles.upsertByIdentity = (...args) => (failures-- > 0 ? Promise.reject(busy(failures ? 'SQLITE_BUSY_SNAPSHOT' : 'SQLITE_BUSY')) : upsert(...args));
    base.conversations.get = () => Promise.reject(Object.assign(new Error('no such table'), { code: 'SQLITE_ERROR' }));
    const store = sharedSqlite(base);
    const p = await store.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: 'u' });
    expect(p.id).toBeTruthy();
    expect(failures).toBe(-1);
    await expect(store.conversations.get('x')).rejects.toThrow('no such table');
    await store.close();
  });

  it('lets several connections to one file upsert the same shopper at once', async () => {
    const file = join(dir.path, 'many.db');
    const stores = Array.from({ length: 4 }, () => sharedSqlite(openSqliteStore({ file })));
    const ids = await Promise.all(stores.flatMap((s) => Array.from({ length: 10 }, (_, i) => s.profiles.upsertByIdentity({ platform: 'web', botId: 'b', userId: `u${i}` }))));
    expect(new Set(ids.map((p) => p.id)).size).toBe(10);
    for (const s of stores) await s.close();
  });
});
