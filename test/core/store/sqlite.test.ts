import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../core/store/sqlite/index.js';
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
});
