/**
 * Repository ports. The embedded store (SQLite) and the scale store (MongoDB) implement the same
 * interfaces and pass the same contract suite; nothing outside `core/store/<impl>` sees SQL or
 * Mongo queries.
 */

export interface ChannelIdentity {
  platform: string;
  botId: string;
  userId: string;
}

export type LocaleSource = 'chosen' | 'detected' | 'hint' | 'default';

export interface Profile {
  id: string;
  name?: string;
  locale?: string;
  localeSource?: LocaleSource;
  timezone?: string;
  country?: string;
  tags: string[];
  attributes: Record<string, unknown>;
  /** Set when a platform says the shopper cannot be reached (blocked the bot). */
  unreachable: string[];
  createdAt: number;
  lastActiveAt: number;
}

export type ProfilePatch = Partial<Omit<Profile, 'id' | 'createdAt'>>;

export interface ProfileRepo {
  /** Finds the profile linked to an identity, creating both when new. */
  upsertByIdentity(identity: ChannelIdentity, seed?: { name?: string }): Promise<Profile>;
  get(id: string): Promise<Profile | undefined>;
  update(id: string, patch: ProfilePatch): Promise<Profile>;
  identities(profileId: string): Promise<ChannelIdentity[]>;
  /** Links another channel identity to an existing profile (one shopper across channels). */
  link(profileId: string, identity: ChannelIdentity): Promise<void>;
}

export type ConversationStatus = 'bot' | 'waiting_agent' | 'with_agent';

export interface Conversation {
  id: string;
  botId: string;
  platform: string;
  platformConversationId: string;
  kind: 'direct' | 'group';
  title?: string;
  status: ConversationStatus;
  handoffReason?: string;
  agentId?: string;
  /** The last profile that spoke (for direct chats: the shopper). */
  profileId?: string;
  updatedAt: number;
}

export interface TranscriptEntry {
  conversationId: string;
  direction: 'in' | 'out';
  senderId: string;
  text: string;
  elements?: unknown;
  intent?: string;
  confidence?: number;
  at: number;
}

export interface ConversationKey {
  botId: string;
  platform: string;
  platformConversationId: string;
}

export interface ConversationRepo {
  upsert(key: ConversationKey, init: { kind: 'direct' | 'group'; title?: string; profileId?: string }): Promise<Conversation>;
  get(id: string): Promise<Conversation | undefined>;
  setStatus(id: string, status: ConversationStatus, extra?: { reason?: string; agentId?: string }): Promise<Conversation>;
  listByStatus(botId: string | undefined, statuses: ConversationStatus[], limit?: number): Promise<Conversation[]>;
  append(entry: TranscriptEntry): Promise<void>;
  /** The newest `limit` entries, oldest first. */
  transcript(conversationId: string, limit: number): Promise<TranscriptEntry[]>;
}

export interface SessionRepo {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface DedupeRepo {
  /** True the first time `key` is claimed within `ttlMs`; false for a redelivery. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** Opaque per-platform data kept for proactive sends (Teams conversation references, DingTalk ids...). */
export interface ReferenceRepo {
  put(platform: string, botId: string, key: string, value: unknown): Promise<void>;
  get<T>(platform: string, botId: string, key: string): Promise<T | undefined>;
  list<T>(platform: string, botId: string, limit?: number): Promise<{ key: string; value: T }[]>;
}

export interface Store {
  /** `sqlite`, `mongo`, ... */
  readonly kind: string;
  readonly profiles: ProfileRepo;
  readonly conversations: ConversationRepo;
  readonly sessions: SessionRepo;
  readonly dedupe: DedupeRepo;
  readonly references: ReferenceRepo;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}
