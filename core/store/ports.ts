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

/**
 * Where a profile's time zone came from: the shopper's own choice wins over what a client reports, and both
 * over a guess from the shopper's language (`ja` → Asia/Tokyo), made while the client reports none.
 */
export type TimezoneSource = 'chosen' | 'reported' | 'language';

export interface Profile {
  id: string;
  name?: string;
  locale?: string;
  localeSource?: LocaleSource;
  /**
   * The language the shopper's client last asked for (the web chat page's menu, sent with every
   * message): only a change of it is a new choice, so a page that keeps sending it does not undo a
   * language chosen in the chat.
   */
  clientLocale?: string;
  timezone?: string;
  timezoneSource?: TimezoneSource;
  country?: string;
  /** How the shopper's messages address the shop ("Sie" or "du"), once one showed it: replies answer in kind. */
  register?: 'formal' | 'informal';
  tags: string[];
  attributes: Record<string, unknown>;
  /** Set when a platform says the shopper cannot be reached (blocked the bot). */
  unreachable: string[];
  createdAt: number;
  lastActiveAt: number;
}

type RemovableProfileField = 'name' | 'locale' | 'localeSource' | 'clientLocale' | 'timezone' | 'timezoneSource' | 'country';
/** Fields to change; an optional field given as `undefined` is removed (`{ timezone: undefined }`). */
export type ProfilePatch = Partial<Omit<Profile, 'id' | 'createdAt' | RemovableProfileField>> & { [K in RemovableProfileField]?: Profile[K] | undefined };

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

/** A job as the embedded job queue keeps it (core/queue/embedded.ts). Times are epoch ms. */
export interface StoredJob {
  queue: string;
  id: string;
  name: string;
  data: unknown;
  state: 'waiting' | 'active' | 'completed' | 'failed';
  /** When a waiting job may run: now, after a delay, or after a retry's backoff. */
  runAt: number;
  attempts: number;
  maxAttempts: number;
  backoffMs: number;
  /** The runner holding an active job, until when. A runner that dies stops renewing; another takes the job over. */
  lease?: { token: string; until: number };
  error?: string;
  createdAt: number;
  finishedAt?: number;
}

export type StoredJobOutcome =
  | { state: 'completed' }
  | { state: 'failed'; error: string }
  | { state: 'waiting'; error: string; runAt: number };

/** Durable jobs for the in-process queue of the embedded mode; scale mode uses BullMQ instead. */
export interface JobStore {
  /** Inserts the jobs whose id is new in their queue; says, per job, whether it was inserted. */
  insert(jobs: readonly Pick<StoredJob, 'queue' | 'id' | 'name' | 'data' | 'runAt' | 'maxAttempts' | 'backoffMs' | 'createdAt'>[]): Promise<boolean[]>;
  /**
   * Leases the next due job: waiting and due, or active with an expired lease (its runner died).
   * A job whose runner died on its last attempt is failed instead.
   */
  lease(queue: string, now: number, token: string, leaseMs: number): Promise<StoredJob | undefined>;
  renew(queue: string, id: string, token: string, until: number): Promise<boolean>;
  /** Ends a leased run; false when the lease was lost meanwhile. */
  settle(queue: string, id: string, token: string, outcome: StoredJobOutcome, now: number): Promise<boolean>;
  /** Removes a waiting job. */
  remove(queue: string, id: string): Promise<boolean>;
  /** Moves a waiting job's run time. */
  reschedule(queue: string, id: string, runAt: number): Promise<boolean>;
  get(queue: string, id: string): Promise<StoredJob | undefined>;
  /** Waiting jobs not yet due count as `delayed`. */
  counts(queue: string, now: number): Promise<Record<StoredJob['state'] | 'delayed', number>>;
  /** The earliest time a job may need running (a waiting job's run time or an active job's lease end). */
  nextDue(queue: string): Promise<number | undefined>;
  getStep(queue: string, jobId: string, step: string): Promise<{ value: unknown } | undefined>;
  putStep(queue: string, jobId: string, step: string, value: unknown): Promise<void>;
  /** Deletes jobs finished before `before`, with their steps. */
  purge(queue: string, before: number): Promise<number>;
  close(): Promise<void>;
}
