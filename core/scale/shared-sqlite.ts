import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/ports.js';

const isBusy = (err: unknown): boolean => typeof (err as { code?: unknown } | null)?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

/** Wraps every method of a repository so a call that met SQLITE_BUSY is run again. */
function retrying<T extends object>(repo: T, attempts: number): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(repo)) {
    if (typeof fn !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>).apply(repo, args);
        } catch (err) {
          if (!isBusy(err) || attempt >= attempts) throw err;
          await sleep(Math.min(200, 5 * 2 ** attempt) * (0.5 + Math.random()));
        }
      }
    };
  }
  return wrapped as T;
}

/**
 * The SQLite store shared by several processes on one host (scale mode without MongoDB). A
 * read-then-write transaction that another process's write overtook fails with SQLITE_BUSY or
 * SQLITE_BUSY_SNAPSHOT (WAL mode; the busy timeout does not cover a stale snapshot). The
 * transaction rolled back whole, so the call is simply run again.
 */
export function sharedSqlite(store: Store, attempts = 8): Store {
  return {
    kind: store.kind,
    profiles: retrying(store.profiles, attempts),
    conversations: retrying(store.conversations, attempts),
    sessions: retrying(store.sessions, attempts),
    dedupe: retrying(store.dedupe, attempts),
    references: retrying(store.references, attempts),
    health: () => store.health(),
    close: () => store.close(),
  };
}
