import { join } from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedQueue } from '../../../core/queue/embedded.js';
import { openSqliteJobStore } from '../../../core/queue/sqlite-job-store.js';
import type { JobQueue } from '../../../core/queue/port.js';
import { tempDir } from '../../helpers/chat.js';
import { queueContract } from './contract.js';

const dir = tempDir();
afterAll(() => dir.remove());
let n = 0;

queueContract('embedded (SQLite)', () => {
  const file = join(dir.path, `q${n++}.db`);
  const opened: JobQueue[] = [];
  return Promise.resolve({
    open: () => {
      // Each handle has its own connection to the file, as another process would.
      const q = new EmbeddedQueue({ store: openSqliteJobStore({ file }), ownsStore: true, pollMs: 20, leaseMs: 2_000 });
      opened.push(q);
      return Promise.resolve(q);
    },
    close: async () => {
      for (const q of opened) await q.close();
    },
  });
});
