/** Migrations, applied in order and recorded in `user_version`. Append only. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_active_at INTEGER NOT NULL
  );
  CREATE TABLE identities (
    platform TEXT NOT NULL,
    bot_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    profile_id TEXT NOT NULL REFERENCES profiles(id),
    PRIMARY KEY (platform, bot_id, user_id)
  );
  CREATE INDEX identities_profile ON identities(profile_id);
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    bot_id TEXT NOT NULL,
    platform TEXT NOT NULL,
    platform_conversation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT,
    status TEXT NOT NULL DEFAULT 'bot',
    handoff_reason TEXT,
    agent_id TEXT,
    profile_id TEXT,
    updated_at INTEGER NOT NULL,
    UNIQUE (bot_id, platform, platform_conversation_id)
  );
  CREATE INDEX conversations_status ON conversations(status, updated_at);
  CREATE TABLE transcript (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL,
    direction TEXT NOT NULL,
    sender_id TEXT NOT NULL,
    text TEXT NOT NULL,
    elements TEXT,
    intent TEXT,
    confidence REAL,
    at INTEGER NOT NULL
  );
  CREATE INDEX transcript_conversation ON transcript(conversation_id, seq);
  CREATE TABLE sessions (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL);
  CREATE TABLE dedupe (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
  CREATE INDEX dedupe_expiry ON dedupe(expires_at);
  CREATE TABLE refs (
    platform TEXT NOT NULL, bot_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, updated_at INTEGER NOT NULL,
    PRIMARY KEY (platform, bot_id, key)
  );
  `,
  // Profiles are JSON documents, so new fields need no column; a zone stored before the shopper could
  // choose one came from their client: say so, rather than leave its source unknown.
  `
  UPDATE profiles SET data = json_set(data, '$.timezoneSource', 'reported')
  WHERE json_extract(data, '$.timezone') IS NOT NULL AND json_extract(data, '$.timezoneSource') IS NULL;
  `,
];
