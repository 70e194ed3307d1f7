import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type {
  ChannelIdentity, Conversation, ConversationKey, ConversationRepo, ConversationStatus, DedupeRepo, Profile,
  ProfilePatch, ProfileRepo, ReferenceRepo, SessionRepo, Store, TranscriptEntry,
} from '../ports.js';
import { MIGRATIONS } from './schema.js';

type Db = Database.Database;

export interface SqliteStoreOptions {
  /** File path, or `:memory:`. The folder is created. */
  file: string;
  /** Clock, for tests of expiry. */
  now?: () => number;
}

/** The embedded store: one SQLite file in WAL mode, safe to share between processes on one host. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  const now = options.now ?? Date.now;
  return {
    kind: 'sqlite',
    profiles: profileRepo(db, now),
    conversations: conversationRepo(db, now),
    sessions: sessionRepo(db, now),
    dedupe: dedupeRepo(db, now),
    references: referenceRepo(db, now),
    health: () => {
      db.prepare('SELECT 1').get();
      return Promise.resolve({ ok: true, detail: options.file });
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] ?? '');
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

interface ProfileRow { id: string; data: string; created_at: number; last_active_at: number }

function rowToProfile(row: ProfileRow): Profile {
  const data = JSON.parse(row.data) as Omit<Profile, 'id' | 'createdAt' | 'lastActiveAt'>;
  return { ...data, id: row.id, createdAt: row.created_at, lastActiveAt: row.last_active_at };
}

function profileRepo(db: Db, now: () => number): ProfileRepo {
  const byIdentity = db.prepare<[string, string, string], ProfileRow>(
    `SELECT p.* FROM identities i JOIN profiles p ON p.id = i.profile_id WHERE i.platform = ? AND i.bot_id = ? AND i.user_id = ?`,
  );
  const byId = db.prepare<[string], ProfileRow>('SELECT * FROM profiles WHERE id = ?');
  const insertProfile = db.prepare('INSERT INTO profiles (id, data, created_at, last_active_at) VALUES (?, ?, ?, ?)');
  const insertIdentity = db.prepare('INSERT OR IGNORE INTO identities (platform, bot_id, user_id, profile_id) VALUES (?, ?, ?, ?)');
  const touch = db.prepare('UPDATE profiles SET last_active_at = ? WHERE id = ?');
  const write = db.prepare('UPDATE profiles SET data = ?, last_active_at = ? WHERE id = ?');

  const update = db.transaction((id: string, patch: ProfilePatch): Profile => {
    const row = byId.get(id);
    if (!row) throw new Error(`no profile ${id}`);
    const current = rowToProfile(row);
    // A field patched to undefined is removed (JSON drops it; the returned profile must not hold it either).
    const next = Object.fromEntries(Object.entries({ ...current, ...patch, id, createdAt: current.createdAt }).filter(([, v]) => v !== undefined)) as unknown as Profile;
    const { id: _i, createdAt: _c, lastActiveAt, ...data } = next;
    write.run(JSON.stringify(data), lastActiveAt, id);
    return next;
  });

  const upsert = db.transaction((identity: ChannelIdentity, seed: { name?: string }): Profile => {
    const t = now();
    const found = byIdentity.get(identity.platform, identity.botId, identity.userId);
    if (found) {
      touch.run(t, found.id);
      return { ...rowToProfile(found), lastActiveAt: t };
    }
    const id = randomUUID();
    const data = { tags: [], attributes: {}, unreachable: [], ...(seed.name ? { name: seed.name } : {}) };
    insertProfile.run(id, JSON.stringify(data), t, t);
    insertIdentity.run(identity.platform, identity.botId, identity.userId, id);
    return { ...data, id, createdAt: t, lastActiveAt: t };
  });

  return {
    // IMMEDIATE: read-then-write transactions take the write lock first, so processes sharing the file never hit SQLITE_BUSY_SNAPSHOT.
    upsertByIdentity: (identity, seed = {}) => Promise.resolve(upsert.immediate(identity, seed)),
    get: (id) => {
      const row = byId.get(id);
      return Promise.resolve(row ? rowToProfile(row) : undefined);
    },
    update: (id, patch: ProfilePatch) => {
      try {
        return Promise.resolve(update.immediate(id, patch));
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      }
    },
    identities: (profileId) =>
      Promise.resolve(
        db.prepare<[string], { platform: string; bot_id: string; user_id: string }>(
          'SELECT platform, bot_id, user_id FROM identities WHERE profile_id = ?',
        ).all(profileId).map((r) => ({ platform: r.platform, botId: r.bot_id, userId: r.user_id })),
      ),
    link: (profileId, identity) => {
      db.prepare('INSERT OR REPLACE INTO identities (platform, bot_id, user_id, profile_id) VALUES (?, ?, ?, ?)')
        .run(identity.platform, identity.botId, identity.userId, profileId);
      return Promise.resolve();
    },
  };
}

interface ConversationRow {
  id: string; bot_id: string; platform: string; platform_conversation_id: string; kind: 'direct' | 'group';
  title: string | null; status: ConversationStatus; handoff_reason: string | null; agent_id: string | null;
  profile_id: string | null; updated_at: number;
}

function rowToConversation(r: ConversationRow): Conversation {
  return {
    id: r.id, botId: r.bot_id, platform: r.platform, platformConversationId: r.platform_conversation_id,
    kind: r.kind, status: r.status, updatedAt: r.updated_at,
    ...(r.title !== null ? { title: r.title } : {}),
    ...(r.handoff_reason !== null ? { handoffReason: r.handoff_reason } : {}),
    ...(r.agent_id !== null ? { agentId: r.agent_id } : {}),
    ...(r.profile_id !== null ? { profileId: r.profile_id } : {}),
  };
}

function conversationRepo(db: Db, now: () => number): ConversationRepo {
  const byKey = db.prepare<[string, string, string], ConversationRow>(
    'SELECT * FROM conversations WHERE bot_id = ? AND platform = ? AND platform_conversation_id = ?',
  );
  const byId = db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?');
  const get = (id: string): Conversation => {
    const row = byId.get(id);
    if (!row) throw new Error(`no conversation ${id}`);
    return rowToConversation(row);
  };
  const upsert = db.transaction((key: ConversationKey, init: { kind: 'direct' | 'group'; title?: string; profileId?: string }) => {
    const t = now();
    const found = byKey.get(key.botId, key.platform, key.platformConversationId);
    if (found) {
      db.prepare('UPDATE conversations SET updated_at = ?, title = COALESCE(?, title), profile_id = COALESCE(?, profile_id) WHERE id = ?')
        .run(t, init.title ?? null, init.profileId ?? null, found.id);
      return get(found.id);
    }
    const id = randomUUID();
    db.prepare(
      `INSERT INTO conversations (id, bot_id, platform, platform_conversation_id, kind, title, status, profile_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'bot', ?, ?)`,
    ).run(id, key.botId, key.platform, key.platformConversationId, init.kind, init.title ?? null, init.profileId ?? null, t);
    return get(id);
  });
  return {
    upsert: (key, init) => Promise.resolve(upsert.immediate(key, init)),
    get: (id) => {
      const row = byId.get(id);
      return Promise.resolve(row ? rowToConversation(row) : undefined);
    },
    setStatus: (id, status, extra = {}) => {
      const info = db.prepare('UPDATE conversations SET status = ?, handoff_reason = ?, agent_id = ?, updated_at = ? WHERE id = ?')
        .run(status, status === 'bot' ? null : (extra.reason ?? null), extra.agentId ?? null, now(), id);
      if (info.changes === 0) return Promise.reject(new Error(`no conversation ${id}`));
      return Promise.resolve(get(id));
    },
    listByStatus: (botId, statuses, limit = 100) => {
      const marks = statuses.map(() => '?').join(',');
      const rows = botId
        ? db.prepare<unknown[], ConversationRow>(`SELECT * FROM conversations WHERE bot_id = ? AND status IN (${marks}) ORDER BY updated_at LIMIT ?`).all(botId, ...statuses, limit)
        : db.prepare<unknown[], ConversationRow>(`SELECT * FROM conversations WHERE status IN (${marks}) ORDER BY updated_at LIMIT ?`).all(...statuses, limit);
      return Promise.resolve(rows.map(rowToConversation));
    },
    append: (e: TranscriptEntry) => {
      db.prepare('INSERT INTO transcript (conversation_id, direction, sender_id, text, elements, intent, confidence, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(e.conversationId, e.direction, e.senderId, e.text, e.elements === undefined ? null : JSON.stringify(e.elements), e.intent ?? null, e.confidence ?? null, e.at);
      return Promise.resolve();
    },
    transcript: (conversationId, limit) => {
      const rows = db.prepare<[string, number], { direction: 'in' | 'out'; sender_id: string; text: string; elements: string | null; intent: string | null; confidence: number | null; at: number }>(
        'SELECT * FROM (SELECT * FROM transcript WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq ASC',
      ).all(conversationId, limit);
      return Promise.resolve(rows.map((r) => ({
        conversationId, direction: r.direction, senderId: r.sender_id, text: r.text, at: r.at,
        ...(r.elements !== null ? { elements: JSON.parse(r.elements) as unknown } : {}),
        ...(r.intent !== null ? { intent: r.intent } : {}),
        ...(r.confidence !== null ? { confidence: r.confidence } : {}),
      })));
    },
  };
}

function sessionRepo(db: Db, now: () => number): SessionRepo {
  const read = db.prepare<[string, number], { value: string }>('SELECT value FROM sessions WHERE key = ? AND expires_at > ?');
  const write = db.prepare('INSERT INTO sessions (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at');
  const del = db.prepare('DELETE FROM sessions WHERE key = ?');
  return {
    get: <T>(key: string) => {
      const row = read.get(key, now());
      return Promise.resolve(row ? (JSON.parse(row.value) as T) : undefined);
    },
    set: (key, value, ttlMs) => {
      write.run(key, JSON.stringify(value), now() + ttlMs);
      return Promise.resolve();
    },
    delete: (key) => {
      del.run(key);
      return Promise.resolve();
    },
  };
}

function dedupeRepo(db: Db, now: () => number): DedupeRepo {
  const purge = db.prepare('DELETE FROM dedupe WHERE expires_at <= ?');
  const insert = db.prepare('INSERT OR IGNORE INTO dedupe (key, expires_at) VALUES (?, ?)');
  let claims = 0;
  const claim = db.transaction((key: string, ttlMs: number): boolean => {
    const t = now();
    // An expired key may be claimed again; purge in passing, not on every call.
    if (++claims % 500 === 0) purge.run(t);
    else db.prepare('DELETE FROM dedupe WHERE key = ? AND expires_at <= ?').run(key, t);
    return insert.run(key, t + ttlMs).changes === 1;
  });
  return { claim: (key, ttlMs) => Promise.resolve(claim.immediate(key, ttlMs)) };
}

function referenceRepo(db: Db, now: () => number): ReferenceRepo {
  return {
    put: (platform, botId, key, value) => {
      db.prepare('INSERT INTO refs (platform, bot_id, key, value, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(platform, bot_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
        .run(platform, botId, key, JSON.stringify(value), now());
      return Promise.resolve();
    },
    get: <T>(platform: string, botId: string, key: string) => {
      const row = db.prepare<[string, string, string], { value: string }>('SELECT value FROM refs WHERE platform = ? AND bot_id = ? AND key = ?').get(platform, botId, key);
      return Promise.resolve(row ? (JSON.parse(row.value) as T) : undefined);
    },
    list: <T>(platform: string, botId: string, limit = 1000) => {
      const rows = db.prepare<[string, string, number], { key: string; value: string }>('SELECT key, value FROM refs WHERE platform = ? AND bot_id = ? ORDER BY updated_at DESC LIMIT ?').all(platform, botId, limit);
      return Promise.resolve(rows.map((r) => ({ key: r.key, value: JSON.parse(r.value) as T })));
    },
  };
}
