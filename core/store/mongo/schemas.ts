import { Schema, type Connection, type Model } from 'mongoose';
import type { ConversationStatus, LocaleSource, TimezoneSource } from '../ports.js';

/** Documents as stored. Times are Dates (TTL indexes need them); the ports speak epoch ms. */
export interface ProfileDoc {
  _id: string;
  name?: string;
  locale?: string;
  localeSource?: LocaleSource;
  clientLocale?: string;
  timezone?: string;
  timezoneSource?: TimezoneSource;
  country?: string;
  register?: 'formal' | 'informal';
  tags: string[];
  attributes: Record<string, unknown>;
  unreachable: string[];
  createdAt: Date;
  lastActiveAt: Date;
}

/** `_id` is `platform:botId:userId` (each part URI-encoded): one document per channel identity. */
export interface IdentityDoc {
  _id: string;
  platform: string;
  botId: string;
  userId: string;
  profileId: string;
}

/** `_id` is derived from (botId, platform, platformConversationId): the upsert key is the shard key. */
export interface ConversationDoc {
  _id: string;
  botId: string;
  platform: string;
  platformConversationId: string;
  kind: 'direct' | 'group';
  title?: string;
  status: ConversationStatus;
  handoffReason?: string;
  agentId?: string;
  profileId?: string;
  updatedAt: Date;
}

export interface TranscriptDoc {
  conversationId: string;
  direction: 'in' | 'out';
  senderId: string;
  text: string;
  elements?: unknown;
  intent?: string;
  confidence?: number;
  at: Date;
}

/** Values are JSON text: opaque to queries, and free of Mongo's rules on `$` and `.` in keys. */
export interface SessionDoc {
  _id: string;
  value: string;
  expiresAt: Date;
}

export interface DedupeDoc {
  _id: string;
  expiresAt: Date;
}

export interface ReferenceDoc {
  _id: string;
  platform: string;
  botId: string;
  key: string;
  value: string;
  updatedAt: Date;
}

const options = { versionKey: false, minimize: false, strict: 'throw', autoIndex: false, autoCreate: false } as const;
const requiredString = { type: String, required: true } as const;

/**
 * Shard keys, for `sh.shardCollection` (README, "Running at scale"): the shopper (profile and identity ids),
 * the conversation (its transcript), the key (sessions, dedupe, references). Every query of the
 * hot path carries its shard key, so it goes to one shard.
 */
export const SHARD_KEYS = {
  profiles: { _id: 'hashed' },
  identities: { _id: 'hashed' },
  conversations: { _id: 'hashed' },
  transcript: { conversationId: 'hashed' },
  sessions: { _id: 'hashed' },
  dedupe: { _id: 'hashed' },
  references: { _id: 'hashed' },
} as const;

export const profileSchema = new Schema<ProfileDoc>({
  _id: requiredString,
  name: String,
  locale: String,
  localeSource: { type: String, enum: ['chosen', 'detected', 'hint', 'default'] },
  clientLocale: String,
  timezone: String,
  timezoneSource: { type: String, enum: ['chosen', 'reported', 'language'] },
  country: String,
  register: { type: String, enum: ['formal', 'informal'] },
  tags: { type: [String], default: [] },
  attributes: { type: Schema.Types.Mixed, default: {} },
  unreachable: { type: [String], default: [] },
  createdAt: { type: Date, required: true },
  lastActiveAt: { type: Date, required: true },
}, { ...options, shardKey: { _id: 1 } });
// Segments (campaigns) select by activity and tags.
profileSchema.index({ lastActiveAt: -1 });
profileSchema.index({ tags: 1 });

export const identitySchema = new Schema<IdentityDoc>({
  _id: requiredString,
  platform: requiredString,
  botId: requiredString,
  userId: requiredString,
  profileId: requiredString,
}, { ...options, shardKey: { _id: 1 } });
identitySchema.index({ profileId: 1 });

export const conversationSchema = new Schema<ConversationDoc>({
  _id: requiredString,
  botId: requiredString,
  platform: requiredString,
  platformConversationId: requiredString,
  kind: { type: String, enum: ['direct', 'group'], required: true },
  title: String,
  status: { type: String, enum: ['bot', 'waiting_agent', 'with_agent'], required: true, default: 'bot' },
  handoffReason: String,
  agentId: String,
  profileId: String,
  updatedAt: { type: Date, required: true },
}, { ...options, shardKey: { _id: 1 } });
// The handoff inbox: by status, oldest first, optionally per bot.
conversationSchema.index({ status: 1, updatedAt: 1 });
conversationSchema.index({ botId: 1, status: 1, updatedAt: 1 });

export const transcriptSchema = new Schema<TranscriptDoc>({
  conversationId: requiredString,
  direction: { type: String, enum: ['in', 'out'], required: true },
  senderId: requiredString,
  // Empty text is a valid entry (a button press, a join): required would refuse ''.
  text: { type: String, default: '', validate: { validator: (v: unknown) => typeof v === 'string', message: 'text must be a string' } },
  elements: Schema.Types.Mixed,
  intent: String,
  confidence: Number,
  at: { type: Date, required: true },
}, { ...options, shardKey: { conversationId: 1 } });
// The newest entries of one conversation; `_id` (ObjectId) breaks ties in insertion order.
transcriptSchema.index({ conversationId: 1, at: -1, _id: -1 });

export const sessionSchema = new Schema<SessionDoc>({
  _id: requiredString,
  value: requiredString,
  expiresAt: { type: Date, required: true },
}, { ...options, shardKey: { _id: 1 } });
// MongoDB deletes expired documents about once a minute; reads also filter on expiresAt.
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const dedupeSchema = new Schema<DedupeDoc>({
  _id: requiredString,
  expiresAt: { type: Date, required: true },
}, { ...options, shardKey: { _id: 1 } });
dedupeSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const referenceSchema = new Schema<ReferenceDoc>({
  _id: requiredString,
  platform: requiredString,
  botId: requiredString,
  key: requiredString,
  value: requiredString,
  updatedAt: { type: Date, required: true },
}, { ...options, shardKey: { _id: 1 } });
referenceSchema.index({ platform: 1, botId: 1, updatedAt: -1 });

export interface MongoModels {
  profiles: Model<ProfileDoc>;
  identities: Model<IdentityDoc>;
  conversations: Model<ConversationDoc>;
  transcript: Model<TranscriptDoc>;
  sessions: Model<SessionDoc>;
  dedupe: Model<DedupeDoc>;
  references: Model<ReferenceDoc>;
}

/** Binds the schemas to a connection; `prefix` is prepended to every collection name. */
export function createModels(conn: Connection, prefix = ''): MongoModels {
  const model = <T>(name: string, schema: Schema<T>) => conn.model<T>(`${prefix}${name}`, schema, `${prefix}${name}`);
  return {
    profiles: model('profiles', profileSchema),
    identities: model('identities', identitySchema),
    conversations: model('conversations', conversationSchema),
    transcript: model('transcript', transcriptSchema),
    sessions: model('sessions', sessionSchema),
    dedupe: model('dedupe', dedupeSchema),
    references: model('references', referenceSchema),
  };
}
