import { randomUUID } from 'node:crypto';
import mongoose, { type Connection } from 'mongoose';
import type {
  ChannelIdentity, Conversation, ConversationRepo, DedupeRepo, Profile, ProfileRepo, ReferenceRepo, SessionRepo, Store, TranscriptEntry,
} from '../ports.js';
import { createModels, type ConversationDoc, type IdentityDoc, type MongoModels, type ProfileDoc, type TranscriptDoc } from './schemas.js';
import * as q from './queries.js';

export { createModels, SHARD_KEYS } from './schemas.js';

export interface MongoStoreOptions {
  /** `mongodb://…/shopmate?replicaSet=rs0` (the database is the URI's path). */
  uri: string;
  /** Prepended to collection names. */
  collectionPrefix?: string;
  /** Overrides the URI's database (tests use one database each). */
  dbName?: string;
  /** Clock, for tests of expiry. */
  now?: () => number;
  /** Build the indexes at start-up (default true; idempotent, so every replica may). */
  createIndexes?: boolean;
  serverSelectionTimeoutMS?: number;
}

const upserted = { upsert: true, returnDocument: 'after', lean: true } as const;
const isDuplicateKey = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 11000;

/** Drops undefined and null fields, so documents map to ports' optional properties. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export function docToProfile(d: ProfileDoc): Profile {
  const { _id, createdAt, lastActiveAt, ...rest } = d;
  return defined({ ...rest, tags: rest.tags ?? [], attributes: rest.attributes ?? {}, unreachable: rest.unreachable ?? [], id: _id, createdAt: createdAt.getTime(), lastActiveAt: lastActiveAt.getTime() });
}

export function docToConversation(d: ConversationDoc): Conversation {
  const { _id, updatedAt, ...rest } = d;
  return defined({ ...rest, id: _id, updatedAt: updatedAt.getTime() });
}

export function docToEntry(d: TranscriptDoc & { _id?: unknown }): TranscriptEntry {
  const { _id, at, ...rest } = d;
  return defined({ ...rest, at: at.getTime() });
}

/**
 * The scale-mode store: MongoDB through mongoose, for a replica set (majority writes, retryable
 * writes) and for sharding by shopper and conversation (SHARD_KEYS). No operation needs a
 * multi-document transaction: every write is a single-document upsert keyed by its shard key.
 */
export async function openMongoStore(options: MongoStoreOptions): Promise<Store & { readonly connection: Connection; readonly models: MongoModels }> {
  const conn = mongoose.createConnection(options.uri, {
    autoIndex: false,
    autoCreate: false,
    retryWrites: true,
    w: 'majority',
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
    ...(options.dbName ? { dbName: options.dbName } : {}),
  });
  await conn.asPromise();
  const models = createModels(conn, options.collectionPrefix);
  if (options.createIndexes !== false) {
    for (const model of Object.values(models) as mongoose.Model<unknown>[]) {
      await model.createCollection();
      await model.createIndexes();
    }
  }
  return {
    kind: 'mongo',
    connection: conn,
    models,
    ...mongoRepos(models, options.now ?? Date.now),
    async health() {
      const hello = (await conn.db!.admin().command({ hello: 1 })) as { setName?: string; isWritablePrimary?: boolean; msg?: string };
      const role = hello.setName ? `replica set ${hello.setName}` : hello.msg === 'isdbgrid' ? 'mongos' : 'standalone';
      return { ok: hello.isWritablePrimary !== false, detail: `${role}, ${hello.isWritablePrimary ? 'primary reachable' : 'no writable primary'}` };
    },
    close: () => conn.close(),
  };
}

/** The repositories over bound models (separate from connecting, so their queries can be tested without a server). */
export function mongoRepos(models: MongoModels, now: () => number): Pick<Store, 'profiles' | 'conversations' | 'sessions' | 'dedupe' | 'references'> {
  return {
    profiles: profileRepo(models, now),
    conversations: conversationRepo(models, now),
    sessions: sessionRepo(models, now),
    dedupe: dedupeRepo(models, now),
    references: referenceRepo(models, now),
  };
}

function profileRepo(m: MongoModels, now: () => number): ProfileRepo {
  return {
    async upsertByIdentity(identity: ChannelIdentity, seed = {}) {
      const link = q.upsertIdentity(identity, randomUUID());
      const ident = await upsertRetrying(() => m.identities.findOneAndUpdate(link.filter, link.update, upserted).lean<IdentityDoc>());
      const touch = q.touchProfile(ident.profileId, now(), seed);
      return docToProfile(await upsertRetrying(() => m.profiles.findOneAndUpdate(touch.filter, touch.update, upserted).lean<ProfileDoc>()));
    },
    async get(id) {
      const d = await m.profiles.findById(id).lean<ProfileDoc>();
      return d ? docToProfile(d) : undefined;
    },
    async update(id, patch) {
      const u = q.updateProfile(id, patch);
      const d = await m.profiles.findOneAndUpdate(u.filter, u.update, { returnDocument: 'after', lean: true }).lean<ProfileDoc>();
      if (!d) throw new Error(`no profile ${id}`);
      return docToProfile(d);
    },
    async identities(profileId) {
      const docs = await m.identities.find({ profileId }).lean<IdentityDoc[]>();
      return docs.map((d) => ({ platform: d.platform, botId: d.botId, userId: d.userId }));
    },
    async link(profileId, identity) {
      const u = q.linkIdentity(profileId, identity);
      await m.identities.updateOne(u.filter, u.update, { upsert: true });
    },
  };
}

/** Two first sights racing on one `_id`: the loser's upsert hits a duplicate key; once more finds the winner's document. */
async function upsertRetrying<T>(run: () => Promise<T | null>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const doc = await run();
      if (!doc) throw new Error('upsert returned no document');
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err) || attempt >= 2) throw err;
    }
  }
}

function conversationRepo(m: MongoModels, now: () => number): ConversationRepo {
  return {
    async upsert(key, init) {
      const u = q.upsertConversation(key, init, now());
      return docToConversation(await upsertRetrying(() => m.conversations.findOneAndUpdate(u.filter, u.update, upserted).lean<ConversationDoc>()));
    },
    async get(id) {
      const d = await m.conversations.findById(id).lean<ConversationDoc>();
      return d ? docToConversation(d) : undefined;
    },
    async setStatus(id, status, extra = {}) {
      const u = q.setStatus(id, status, extra, now());
      const d = await m.conversations.findOneAndUpdate(u.filter, u.update, { returnDocument: 'after', lean: true }).lean<ConversationDoc>();
      if (!d) throw new Error(`no conversation ${id}`);
      return docToConversation(d);
    },
    async listByStatus(botId, statuses, limit = 100) {
      const f = q.listByStatus(botId, statuses);
      return (await m.conversations.find(f.filter).sort(f.sort).limit(limit).lean<ConversationDoc[]>()).map(docToConversation);
    },
    async append(e) {
      const { at, ...rest } = e;
      await m.transcript.create({ ...rest, at: new Date(at) });
    },
    async transcript(conversationId, limit) {
      const f = q.transcript(conversationId);
      const docs = await m.transcript.find(f.filter).sort(f.sort).limit(limit).lean<TranscriptDoc[]>();
      return docs.reverse().map(docToEntry);
    },
  };
}

function sessionRepo(m: MongoModels, now: () => number): SessionRepo {
  return {
    async get<T>(key: string) {
      const d = await m.sessions.findOne(q.liveSession(key, now())).lean<{ value: string }>();
      return d ? (JSON.parse(d.value) as T) : undefined;
    },
    async set(key, value, ttlMs) {
      const u = q.setSession(key, value, ttlMs, now());
      await m.sessions.updateOne(u.filter, u.update, { upsert: true });
    },
    async delete(key) {
      await m.sessions.deleteOne({ _id: key });
    },
  };
}

function dedupeRepo(m: MongoModels, now: () => number): DedupeRepo {
  return {
    async claim(key, ttlMs) {
      const u = q.claimDedupe(key, ttlMs, now());
      try {
        await m.dedupe.updateOne(u.filter, u.update, { upsert: true });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) return false;
        throw err;
      }
    },
  };
}

function referenceRepo(m: MongoModels, now: () => number): ReferenceRepo {
  return {
    async put(platform, botId, key, value) {
      const u = q.putReference(platform, botId, key, value, now());
      await m.references.updateOne(u.filter, u.update, { upsert: true });
    },
    async get<T>(platform: string, botId: string, key: string) {
      const d = await m.references.findById(q.referenceId(platform, botId, key)).lean<{ value: string }>();
      return d ? (JSON.parse(d.value) as T) : undefined;
    },
    async list<T>(platform: string, botId: string, limit = 1000) {
      const f = q.listReferences(platform, botId);
      const docs = await m.references.find(f.filter).sort(f.sort).limit(limit).lean<{ key: string; value: string }[]>();
      return docs.map((d) => ({ key: d.key, value: JSON.parse(d.value) as T }));
    },
  };
}
