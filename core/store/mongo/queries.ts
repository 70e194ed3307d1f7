import { createHash } from 'node:crypto';
import type { ChannelIdentity, ConversationKey, ConversationStatus, ProfilePatch } from '../ports.js';
import type { ConversationDoc } from './schemas.js';

/**
 * Every filter and update the MongoDB store sends, built by pure functions so the mongoose layer
 * can be tested without a server (test/core/store/mongo-queries.test.ts).
 */

type Filter = Record<string, unknown>;
type Update = Record<string, Record<string, unknown>>;

const part = (s: string): string => encodeURIComponent(s);

export const identityId = (i: ChannelIdentity): string => `${part(i.platform)}:${part(i.botId)}:${part(i.userId)}`;
export const referenceId = (platform: string, botId: string, key: string): string => `${part(platform)}:${part(botId)}:${part(key)}`;

/** A conversation's id is a hash of its key, so the upsert filters on `_id` (the shard key) and replicas agree on it. */
export function conversationId(key: ConversationKey): string {
  const h = createHash('sha256').update(JSON.stringify([key.botId, key.platform, key.platformConversationId])).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** First sight of an identity links it to a new profile id; later sights return the existing link. */
export function upsertIdentity(identity: ChannelIdentity, newProfileId: string): { filter: Filter; update: Update } {
  return {
    filter: { _id: identityId(identity) },
    update: { $setOnInsert: { platform: identity.platform, botId: identity.botId, userId: identity.userId, profileId: newProfileId } },
  };
}

/** Creates the profile if the identity was new (both racers upsert the same id), and marks it active. */
export function touchProfile(profileId: string, now: number, seed: { name?: string }): { filter: Filter; update: Update } {
  return {
    filter: { _id: profileId },
    update: {
      $setOnInsert: { tags: [], attributes: {}, unreachable: [], createdAt: new Date(now), ...(seed.name ? { name: seed.name } : {}) },
      $set: { lastActiveAt: new Date(now) },
    },
  };
}

/** A patch key given as undefined removes the field (`{ timezone: undefined }`), as in the SQLite store. */
export function updateProfile(id: string, patch: ProfilePatch): { filter: Filter; update: Update } {
  const { lastActiveAt, ...rest } = patch;
  const set: Record<string, unknown> = lastActiveAt !== undefined ? { lastActiveAt: new Date(lastActiveAt) } : {};
  const unset: Record<string, ''> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) unset[key] = '';
    else set[key] = value;
  }
  return { filter: { _id: id }, update: { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) } };
}

export function linkIdentity(profileId: string, identity: ChannelIdentity): { filter: Filter; update: Update } {
  return {
    filter: { _id: identityId(identity) },
    update: { $set: { platform: identity.platform, botId: identity.botId, userId: identity.userId, profileId } },
  };
}

export function upsertConversation(
  key: ConversationKey, init: { kind: 'direct' | 'group'; title?: string; profileId?: string }, now: number,
): { filter: Filter; update: Update } {
  return {
    filter: { _id: conversationId(key) },
    update: {
      $setOnInsert: { botId: key.botId, platform: key.platform, platformConversationId: key.platformConversationId, kind: init.kind, status: 'bot' },
      $set: {
        updatedAt: new Date(now),
        ...(init.title !== undefined ? { title: init.title } : {}),
        ...(init.profileId !== undefined ? { profileId: init.profileId } : {}),
      },
    },
  };
}

/** Back to the bot clears the reason; the agent is whoever `extra` names, or nobody. */
export function setStatus(
  id: string, status: ConversationStatus, extra: { reason?: string; agentId?: string }, now: number,
): { filter: Filter; update: Update } {
  const set: Partial<ConversationDoc> = { status, updatedAt: new Date(now) };
  const unset: Record<string, 1> = {};
  if (status !== 'bot' && extra.reason !== undefined) set.handoffReason = extra.reason;
  else unset.handoffReason = 1;
  if (extra.agentId !== undefined) set.agentId = extra.agentId;
  else unset.agentId = 1;
  return { filter: { _id: id }, update: { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}) } };
}

export function listByStatus(botId: string | undefined, statuses: readonly ConversationStatus[]): { filter: Filter; sort: Record<string, 1 | -1> } {
  return { filter: { ...(botId !== undefined ? { botId } : {}), status: { $in: [...statuses] } }, sort: { updatedAt: 1 } };
}

export function transcript(conversationId: string): { filter: Filter; sort: Record<string, 1 | -1> } {
  return { filter: { conversationId }, sort: { at: -1, _id: -1 } };
}

/** Expired documents may linger until MongoDB's TTL monitor runs, so reads filter on expiry too. */
export function liveSession(key: string, now: number): Filter {
  return { _id: key, expiresAt: { $gt: new Date(now) } };
}

export function setSession(key: string, value: unknown, ttlMs: number, now: number): { filter: Filter; update: Update } {
  return { filter: { _id: key }, update: { $set: { value: JSON.stringify(value), expiresAt: new Date(now + ttlMs) } } };
}

/**
 * Claims a key with one atomic upsert: an expired document matches and is renewed; a live one does
 * not match, so the upsert tries to insert the same `_id` and fails with a duplicate-key error
 * (11000), which means "already claimed"; no document at all is inserted.
 */
export function claimDedupe(key: string, ttlMs: number, now: number): { filter: Filter; update: Update } {
  return { filter: { _id: key, expiresAt: { $lte: new Date(now) } }, update: { $set: { expiresAt: new Date(now + ttlMs) } } };
}

export function putReference(platform: string, botId: string, key: string, value: unknown, now: number): { filter: Filter; update: Update } {
  return {
    filter: { _id: referenceId(platform, botId, key) },
    update: { $set: { platform, botId, key, value: JSON.stringify(value), updatedAt: new Date(now) } },
  };
}

export function listReferences(platform: string, botId: string): { filter: Filter; sort: Record<string, 1 | -1> } {
  return { filter: { platform, botId }, sort: { updatedAt: -1 } };
}
