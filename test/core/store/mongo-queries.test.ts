import mongoose, { type Query } from 'mongoose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createModels, type MongoModels } from '../../../core/store/mongo/schemas.js';
import { mongoRepos, docToProfile } from '../../../core/store/mongo/index.js';
import * as q from '../../../core/store/mongo/queries.js';

/**
 * The mongoose layer without a server: schemas validate and cast, and each repository method sends
 * the filter, update and options it should (Query.exec is intercepted; nothing reaches a network).
 */
let conn: mongoose.Connection;
let models: MongoModels;
beforeAll(() => {
  conn = mongoose.createConnection();
  models = createModels(conn, 'unit_');
});
afterAll(() => conn.close());

interface Sent { model: string; op: string | undefined; filter: unknown; update: unknown; options: Record<string, unknown> }

/** Records every query a repository method runs and answers with `reply(sent)`. */
function intercept(reply: (sent: Sent) => unknown = () => null): Sent[] {
  const sent: Sent[] = [];
  vi.spyOn(mongoose.Query.prototype, 'exec').mockImplementation(function (this: Query<unknown, unknown>) {
    const model = this.model;
    const entry: Sent = { model: model.modelName, op: (this as unknown as { op?: string }).op, filter: this.getFilter(), update: this.getUpdate(), options: this.getOptions() };
    // Casting must succeed as it would before the driver call.
    this.cast(model);
    const update = entry.update as Record<string, Record<string, unknown>> | null;
    for (const op of ['$set', '$setOnInsert'] as const) if (update?.[op]) model.castObject(update[op]);
    sent.push(entry);
    return Promise.resolve(reply(entry));
  });
  return sent;
}
afterEach(() => vi.restoreAllMocks());

const NOW = Date.UTC(2025, 5, 18, 12);

describe('mongoose schemas', () => {
  it('validate required fields and enums, and refuse unknown fields', () => {
    const ok = new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW });
    expect(ok.validateSync()).toBeUndefined();
    expect(ok.toObject()).toMatchObject({ tags: [], attributes: {}, unreachable: [] });
    expect(new models.profiles({ _id: 'p1' }).validateSync()?.errors).toHaveProperty('createdAt');
    expect(new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, localeSource: 'guessed' }).validateSync()?.errors).toHaveProperty('localeSource');
    expect(new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, timezoneSource: 'guessed' }).validateSync()?.errors).toHaveProperty('timezoneSource');
    expect(new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, timezone: 'Asia/Jakarta', timezoneSource: 'chosen' }).validateSync()).toBeUndefined();
    expect(() => new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, bogus: 1 })).toThrow(/bogus/);
    expect(new models.conversations({ _id: 'c', botId: 'b', platform: 'web', platformConversationId: 'x', kind: 'channel', updatedAt: NOW }).validateSync()?.errors).toHaveProperty('kind');
    expect(new models.transcript({ conversationId: 'c', direction: 'in', senderId: 's', text: '', at: NOW }).validateSync()).toBeUndefined();
    expect(new models.transcript({ conversationId: 'c', direction: 'sideways', senderId: 's', at: NOW }).validateSync()?.errors).toHaveProperty('direction');
  });

  it('cast numbers to Dates and strings where the schema says so', () => {
    expect(models.sessions.castObject({ _id: 'k', value: '{}', expiresAt: NOW })).toEqual({ _id: 'k', value: '{}', expiresAt: new Date(NOW) });
    expect(models.profiles.castObject({ tags: ['vip', 3], lastActiveAt: String(NOW) })).toEqual({ tags: ['vip', '3'], lastActiveAt: new Date(NOW) });
    expect(() => models.transcript.castObject({ confidence: 'high' })).toThrow(/confidence/);
  });

  it('declare TTL indexes on expiry and the indexes the hot paths need', () => {
    const indexes = (m: mongoose.Model<never>) => m.schema.indexes();
    expect(indexes(models.sessions as never)).toContainEqual([{ expiresAt: 1 }, expect.objectContaining({ expireAfterSeconds: 0 })]);
    expect(indexes(models.dedupe as never)).toContainEqual([{ expiresAt: 1 }, expect.objectContaining({ expireAfterSeconds: 0 })]);
    expect(indexes(models.transcript as never).map(([k]) => k)).toContainEqual({ conversationId: 1, at: -1, _id: -1 });
    expect(indexes(models.identities as never).map(([k]) => k)).toContainEqual({ profileId: 1 });
    expect(indexes(models.conversations as never).map(([k]) => k)).toContainEqual({ botId: 1, status: 1, updatedAt: 1 });
    expect(indexes(models.references as never).map(([k]) => k)).toContainEqual({ platform: 1, botId: 1, updatedAt: -1 });
    expect(models.profiles.collection.collectionName).toBe('unit_profiles');
  });
});

describe('query builders', () => {
  it('derive stable, distinct ids from keys', () => {
    const key = { botId: 'b', platform: 'web', platformConversationId: 'c:1' };
    expect(q.conversationId(key)).toBe(q.conversationId({ ...key }));
    expect(q.conversationId(key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(q.conversationId({ ...key, platformConversationId: 'c:2' })).not.toBe(q.conversationId(key));
    // Parts are escaped: a ':' inside one part cannot shift the boundary between parts.
    expect(q.identityId({ platform: 'a', botId: 'b:c', userId: 'd' })).not.toBe(q.identityId({ platform: 'a:b', botId: 'c', userId: 'd' }));
  });

  it('claim a dedupe key only when it is absent or expired', () => {
    expect(q.claimDedupe('k', 1_000, NOW)).toEqual({
      filter: { _id: 'k', expiresAt: { $lte: new Date(NOW) } },
      update: { $set: { expiresAt: new Date(NOW + 1_000) } },
    });
  });

  it('clear the reason and agent when a conversation goes back to the bot', () => {
    expect(q.setStatus('c', 'bot', { reason: 'ignored' }, NOW).update).toEqual({ $set: { status: 'bot', updatedAt: new Date(NOW) }, $unset: { handoffReason: 1, agentId: 1 } });
    expect(q.setStatus('c', 'with_agent', { reason: 'asked', agentId: 'ann' }, NOW).update).toEqual({ $set: { status: 'with_agent', updatedAt: new Date(NOW), handoffReason: 'asked', agentId: 'ann' } });
  });
});

describe('MongoDB repositories (queries sent, without a server)', () => {
  it('upsert an identity, then its profile, both on their _id', async () => {
    const sent = intercept((s) => s.model === 'unit_identities'
      ? { _id: 'x', platform: 'telegram', botId: 'b', userId: '42', profileId: 'p-1' }
      : { _id: 'p-1', name: 'Ann', tags: [], attributes: {}, unreachable: [], createdAt: new Date(NOW), lastActiveAt: new Date(NOW) });
    const repos = mongoRepos(models, () => NOW);
    const profile = await repos.profiles.upsertByIdentity({ platform: 'telegram', botId: 'b', userId: '42' }, { name: 'Ann' });
    expect(profile).toEqual({ id: 'p-1', name: 'Ann', tags: [], attributes: {}, unreachable: [], createdAt: NOW, lastActiveAt: NOW });
    expect(sent.map((s) => [s.model, s.op])).toEqual([['unit_identities', 'findOneAndUpdate'], ['unit_profiles', 'findOneAndUpdate']]);
    expect(sent[0]!.filter).toEqual({ _id: 'telegram:b:42' });
    expect(sent[0]!.update).toMatchObject({ $setOnInsert: { platform: 'telegram', botId: 'b', userId: '42', profileId: expect.any(String) } });
    expect(sent[0]!.options).toMatchObject({ upsert: true, returnDocument: 'after' });
    expect(sent[1]!.filter).toEqual({ _id: 'p-1' });
    expect(sent[1]!.update).toEqual({
      $setOnInsert: { tags: [], attributes: {}, unreachable: [], createdAt: new Date(NOW), name: 'Ann' },
      $set: { lastActiveAt: new Date(NOW) },
    });
  });

  it('update a profile with $set, and report an unknown id', async () => {
    const sent = intercept(() => null);
    const repos = mongoRepos(models, () => NOW);
    await expect(repos.profiles.update('nope', { locale: 'ja', localeSource: 'chosen', lastActiveAt: NOW })).rejects.toThrow('no profile nope');
    expect(sent[0]).toMatchObject({ op: 'findOneAndUpdate', filter: { _id: 'nope' }, update: { $set: { locale: 'ja', localeSource: 'chosen', lastActiveAt: new Date(NOW) } } });
  });

  it('update a profile\'s time zone with its source, and read both back', async () => {
    const doc = { _id: 'p-2', tags: [], attributes: {}, unreachable: [], timezone: 'Asia/Jakarta', timezoneSource: 'chosen', createdAt: new Date(NOW), lastActiveAt: new Date(NOW) };
    const sent = intercept(() => doc);
    const repos = mongoRepos(models, () => NOW);
    expect(await repos.profiles.update('p-2', { timezone: 'Asia/Jakarta', timezoneSource: 'chosen' })).toMatchObject({ id: 'p-2', timezone: 'Asia/Jakarta', timezoneSource: 'chosen' });
    expect(sent[0]).toMatchObject({ op: 'findOneAndUpdate', filter: { _id: 'p-2' }, update: { $set: { timezone: 'Asia/Jakarta', timezoneSource: 'chosen' } } });
  });

  it('remove the profile fields a patch gives as undefined, with $unset', () => {
    expect(q.updateProfile('p-3', { timezone: undefined, timezoneSource: undefined, locale: 'id' }).update)
      .toEqual({ $set: { locale: 'id' }, $unset: { timezone: '', timezoneSource: '' } });
    expect(q.updateProfile('p-3', { locale: 'id' }).update).toEqual({ $set: { locale: 'id' } });
  });

  it('upsert a conversation by its derived id; list the inbox by status', async () => {
    const key = { botId: 'b', platform: 'web', platformConversationId: 'c1' };
    const sent = intercept((s) => s.op === 'find'
      ? []
      : { _id: q.conversationId(key), ...key, kind: 'direct', status: 'bot', profileId: 'p', updatedAt: new Date(NOW) });
    const repos = mongoRepos(models, () => NOW);
    expect(await repos.conversations.upsert(key, { kind: 'direct', profileId: 'p' })).toEqual({ id: q.conversationId(key), ...key, kind: 'direct', status: 'bot', profileId: 'p', updatedAt: NOW });
    expect(sent[0]).toMatchObject({
      filter: { _id: q.conversationId(key) },
      update: { $setOnInsert: { ...key, kind: 'direct', status: 'bot' }, $set: { updatedAt: new Date(NOW), profileId: 'p' } },
    });
    await repos.conversations.listByStatus('b', ['waiting_agent', 'with_agent'], 20);
    expect(sent[1]).toMatchObject({ op: 'find', filter: { botId: 'b', status: { $in: ['waiting_agent', 'with_agent'] } }, options: { sort: { updatedAt: 1 }, limit: 20 } });
  });

  it('read the newest transcript entries and return them oldest first', async () => {
    const sent = intercept(() => [
      { _id: 2, conversationId: 'c', direction: 'out', senderId: 'bot', text: 'b', at: new Date(NOW + 1) },
      { _id: 1, conversationId: 'c', direction: 'in', senderId: 's', text: 'a', intent: 'hi', confidence: 0.9, at: new Date(NOW) },
    ]);
    const entries = await mongoRepos(models, () => NOW).conversations.transcript('c', 2);
    expect(entries.map((e) => e.text)).toEqual(['a', 'b']);
    expect(entries[0]).toEqual({ conversationId: 'c', direction: 'in', senderId: 's', text: 'a', intent: 'hi', confidence: 0.9, at: NOW });
    expect(sent[0]).toMatchObject({ filter: { conversationId: 'c' }, options: { sort: { at: -1, _id: -1 }, limit: 2 } });
  });

  it('append transcript entries as validated documents', async () => {
    const create = vi.spyOn(models.transcript, 'create').mockResolvedValue([] as never);
    await mongoRepos(models, () => NOW).conversations.append({ conversationId: 'c', direction: 'in', senderId: 's', text: 'hi', at: NOW });
    expect(create).toHaveBeenCalledWith({ conversationId: 'c', direction: 'in', senderId: 's', text: 'hi', at: new Date(NOW) });
  });

  it('read sessions only while unexpired, and store them as JSON with an expiry', async () => {
    const sent = intercept((s) => (s.op === 'findOne' ? { value: '{"flow":"order"}' } : { acknowledged: true }));
    const repos = mongoRepos(models, () => NOW);
    expect(await repos.sessions.get('s')).toEqual({ flow: 'order' });
    await repos.sessions.set('s', { flow: 'order' }, 5_000);
    expect(sent[0]!.filter).toEqual({ _id: 's', expiresAt: { $gt: new Date(NOW) } });
    expect(sent[1]).toMatchObject({ op: 'updateOne', filter: { _id: 's' }, update: { $set: { value: '{"flow":"order"}', expiresAt: new Date(NOW + 5_000) } }, options: { upsert: true } });
  });

  it('claim dedupe keys with one upsert; a duplicate-key error means already claimed', async () => {
    let calls = 0;
    vi.spyOn(mongoose.Query.prototype, 'exec').mockImplementation(function (this: Query<unknown, unknown>) {
      expect(this.getFilter()).toEqual({ _id: 'k', expiresAt: { $lte: new Date(NOW) } });
      expect(this.getOptions()).toMatchObject({ upsert: true });
      return ++calls === 1 ? Promise.resolve({ upsertedCount: 1 }) : Promise.reject(Object.assign(new Error('E11000 duplicate key'), { code: 11000 }));
    });
    const dedupe = mongoRepos(models, () => NOW).dedupe;
    expect(await dedupe.claim('k', 1_000)).toBe(true);
    expect(await dedupe.claim('k', 1_000)).toBe(false);
  });

  it('keep references as JSON, newest first', async () => {
    const sent = intercept((s) => (s.op === 'find' ? [{ key: 'u1', value: '{"serviceUrl":"y"}' }] : { acknowledged: true }));
    const repos = mongoRepos(models, () => NOW);
    await repos.references.put('teams', 'b', 'u1', { serviceUrl: 'y' });
    expect(await repos.references.list('teams', 'b', 5)).toEqual([{ key: 'u1', value: { serviceUrl: 'y' } }]);
    expect(sent[0]).toMatchObject({ filter: { _id: 'teams:b:u1' }, update: { $set: { platform: 'teams', botId: 'b', key: 'u1', value: '{"serviceUrl":"y"}', updatedAt: new Date(NOW) } } });
    expect(sent[1]).toMatchObject({ filter: { platform: 'teams', botId: 'b' }, options: { sort: { updatedAt: -1 }, limit: 5 } });
  });

  it('map documents to ports without nulls', () => {
    expect(docToProfile({ _id: 'p', tags: ['a'], attributes: { x: 1 }, unreachable: [], createdAt: new Date(1), lastActiveAt: new Date(2), locale: undefined as never })).toEqual({ id: 'p', tags: ['a'], attributes: { x: 1 }, unreachable: [], createdAt: 1, lastActiveAt: 2 });
  });
});
