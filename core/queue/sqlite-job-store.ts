import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { JobStore, StoredJob, StoredJobOutcome } from '../store/ports.js';

/**
 * The embedded queue's tables, kept in the same SQLite file as the store (its own connection; WAL
 * lets several processes on one host share the file). `IF NOT EXISTS` so it is idempotent;
 * a later change to these tables adds a numbered step here.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_jobs (
  queue TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  data TEXT NOT NULL,
  state TEXT NOT NULL,
  run_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  backoff_ms INTEGER NOT NULL,
  lease_token TEXT,
  lease_until INTEGER,
  error TEXT,
  created_at INTEGER NOT NULL,
  finished_at INTEGER,
  PRIMARY KEY (queue, id)
);
CREATE INDEX IF NOT EXISTS queue_jobs_due ON queue_jobs(queue, state, run_at);
CREATE INDEX IF NOT EXISTS queue_jobs_lease ON queue_jobs(queue, state, lease_until);
CREATE TABLE IF NOT EXISTS queue_steps (
  queue TEXT NOT NULL,
  job_id TEXT NOT NULL,
  step TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (queue, job_id, step)
);`;

interface JobRow {
  queue: string; id: string; name: string; data: string; state: StoredJob['state']; run_at: number; attempts: number;
  max_attempts: number; backoff_ms: number; lease_token: string | null; lease_until: number | null; error: string | null;
  created_at: number; finished_at: number | null;
}

function rowToJob(r: JobRow): StoredJob {
  return {
    queue: r.queue, id: r.id, name: r.name, data: JSON.parse(r.data) as unknown, state: r.state, runAt: r.run_at,
    attempts: r.attempts, maxAttempts: r.max_attempts, backoffMs: r.backoff_ms, createdAt: r.created_at,
    ...(r.lease_token !== null && r.lease_until !== null ? { lease: { token: r.lease_token, until: r.lease_until } } : {}),
    ...(r.error !== null ? { error: r.error } : {}),
    ...(r.finished_at !== null ? { finishedAt: r.finished_at } : {}),
  };
}

/** Opens the embedded queue's job store in `file` (the embedded store's SQLite file). */
export function openSqliteJobStore(options: { file: string }): JobStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const insert = db.prepare(`INSERT OR IGNORE INTO queue_jobs (queue, id, name, data, state, run_at, max_attempts, backoff_ms, created_at)
    VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?, ?)`);
  const failStalled = db.prepare(`UPDATE queue_jobs SET state = 'failed', error = 'stalled: its worker stopped on the last attempt',
    finished_at = ?, lease_token = NULL, lease_until = NULL
    WHERE queue = ? AND state = 'active' AND lease_until <= ? AND attempts >= max_attempts`);
  const due = db.prepare<[string, number, number], JobRow>(`SELECT * FROM queue_jobs WHERE queue = ?
    AND ((state = 'waiting' AND run_at <= ?) OR (state = 'active' AND lease_until <= ?)) ORDER BY run_at LIMIT 1`);
  const take = db.prepare(`UPDATE queue_jobs SET state = 'active', attempts = attempts + 1, lease_token = ?, lease_until = ? WHERE queue = ? AND id = ?`);
  const byId = db.prepare<[string, string], JobRow>('SELECT * FROM queue_jobs WHERE queue = ? AND id = ?');

  const insertMany = db.transaction((jobs: Parameters<JobStore['insert']>[0]) =>
    jobs.map((j) => insert.run(j.queue, j.id, j.name, JSON.stringify(j.data ?? null), j.runAt, j.maxAttempts, j.backoffMs, j.createdAt).changes === 1));
  const lease = db.transaction((queue: string, now: number, token: string, leaseMs: number): StoredJob | undefined => {
    failStalled.run(now, queue, now);
    const row = due.get(queue, now, now);
    if (!row) return undefined;
    take.run(token, now + leaseMs, queue, row.id);
    return rowToJob(byId.get(queue, row.id)!);
  });

  return {
    insert: (jobs) => Promise.resolve(insertMany.immediate(jobs)),
    lease: (queue, now, token, leaseMs) => Promise.resolve(lease.immediate(queue, now, token, leaseMs)),
    renew: (queue, id, token, until) => Promise.resolve(
      db.prepare(`UPDATE queue_jobs SET lease_until = ? WHERE queue = ? AND id = ? AND state = 'active' AND lease_token = ?`).run(until, queue, id, token).changes === 1,
    ),
    settle: (queue, id, token, outcome: StoredJobOutcome, now) => {
      const where = `WHERE queue = ? AND id = ? AND state = 'active' AND lease_token = ?`;
      const info = outcome.state === 'completed'
        ? db.prepare(`UPDATE queue_jobs SET state = 'completed', error = NULL, finished_at = ?, lease_token = NULL, lease_until = NULL ${where}`).run(now, queue, id, token)
        : outcome.state === 'failed'
          ? db.prepare(`UPDATE queue_jobs SET state = 'failed', error = ?, finished_at = ?, lease_token = NULL, lease_until = NULL ${where}`).run(outcome.error, now, queue, id, token)
          : db.prepare(`UPDATE queue_jobs SET state = 'waiting', error = ?, run_at = ?, lease_token = NULL, lease_until = NULL ${where}`).run(outcome.error, outcome.runAt, queue, id, token);
      return Promise.resolve(info.changes === 1);
    },
    remove: (queue, id) => Promise.resolve(db.prepare(`DELETE FROM queue_jobs WHERE queue = ? AND id = ? AND state = 'waiting'`).run(queue, id).changes === 1),
    reschedule: (queue, id, runAt) => Promise.resolve(
      db.prepare(`UPDATE queue_jobs SET run_at = ? WHERE queue = ? AND id = ? AND state = 'waiting'`).run(runAt, queue, id).changes === 1,
    ),
    get: (queue, id) => {
      const row = byId.get(queue, id);
      return Promise.resolve(row ? rowToJob(row) : undefined);
    },
    counts: (queue, now) => {
      const rows = db.prepare<[number, string], { state: StoredJob['state'] | 'delayed'; n: number }>(
        `SELECT CASE WHEN state = 'waiting' AND run_at > ? THEN 'delayed' ELSE state END AS state, COUNT(*) AS n FROM queue_jobs WHERE queue = ? GROUP BY 1`,
      ).all(now, queue);
      const counts = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
      for (const r of rows) counts[r.state] = r.n;
      return Promise.resolve(counts);
    },
    nextDue: (queue) => {
      const row = db.prepare<[string], { at: number | null }>(
        `SELECT MIN(CASE WHEN state = 'waiting' THEN run_at ELSE lease_until END) AS at FROM queue_jobs WHERE queue = ? AND state IN ('waiting', 'active')`,
      ).get(queue);
      return Promise.resolve(row?.at ?? undefined);
    },
    getStep: (queue, jobId, step) => {
      const row = db.prepare<[string, string, string], { value: string }>('SELECT value FROM queue_steps WHERE queue = ? AND job_id = ? AND step = ?').get(queue, jobId, step);
      return Promise.resolve(row ? { value: JSON.parse(row.value) as unknown } : undefined);
    },
    putStep: (queue, jobId, step, value) => {
      db.prepare('INSERT OR REPLACE INTO queue_steps (queue, job_id, step, value) VALUES (?, ?, ?, ?)').run(queue, jobId, step, JSON.stringify(value ?? null));
      return Promise.resolve();
    },
    purge: (queue, before) => {
      const run = db.transaction(() => {
        db.prepare(`DELETE FROM queue_steps WHERE queue = ? AND job_id IN (SELECT id FROM queue_jobs WHERE queue = ? AND state IN ('completed', 'failed') AND finished_at < ?)`).run(queue, queue, before);
        return db.prepare(`DELETE FROM queue_jobs WHERE queue = ? AND state IN ('completed', 'failed') AND finished_at < ?`).run(queue, before).changes;
      });
      return Promise.resolve(run.immediate());
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}
