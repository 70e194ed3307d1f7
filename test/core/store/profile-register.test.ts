/** The profile remembers how the shopper addresses the shop (`register`), in both stores. */
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModels, type MongoModels } from '../../../core/store/mongo/schemas.js';
import * as q from '../../../core/store/mongo/queries.js';

let conn: mongoose.Connection;
let models: MongoModels;
beforeAll(() => {
  conn = mongoose.createConnection();
  models = createModels(conn, 'register_');
});
afterAll(() => conn.close());

const NOW = Date.UTC(2025, 5, 18, 12);

describe('the MongoDB profile schema', () => {
  it('takes a register, only formal or informal', () => {
    expect(new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, register: 'formal' }).validateSync()).toBeUndefined();
    expect(new models.profiles({ _id: 'p1', createdAt: NOW, lastActiveAt: NOW, register: 'casual' }).validateSync()?.errors).toHaveProperty('register');
  });

  it('casts an update that sets it', () => {
    const { update } = q.updateProfile('p1', { register: 'informal' });
    expect(models.profiles.castObject((update as { $set: Record<string, unknown> }).$set)).toEqual({ register: 'informal' });
  });
});
