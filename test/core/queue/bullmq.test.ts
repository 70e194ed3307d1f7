import { afterAll } from 'vitest';
import { BullmqQueue, fromBullId, toBullId } from '../../../core/queue/bullmq.js';
import { connect, dropPrefix, uniquePrefix } from '../scale/redis.js';
import { queueContract } from './contract.js';
import { describe, expect, it } from 'vitest';

const admin = connect();
afterAll(() => admin.quit());

queueContract('BullMQ (Redis)', () => {
  const prefix = uniquePrefix('bull');
  const opened: BullmqQueue[] = [];
  return Promise.resolve({
    open: () => {
      const q = new BullmqQueue({ connection: connect({ maxRetriesPerRequest: null }), ownsConnection: true, prefix, name: 'jobs', lockMs: 2_000, stalledIntervalMs: 1_000 });
      opened.push(q);
      return Promise.resolve(q);
    },
    close: async () => {
      for (const q of opened) await q.close();
      await dropPrefix(admin, prefix);
    },
  });
});

describe('BullMQ job ids', () => {
  it('maps any id to one BullMQ accepts, and back', () => {
    for (const id of ['inbound:telegram:b:42', '42', '-7', '%3A', 'a%b:c', 'plain-id', '%42']) {
      const bull = toBullId(id);
      expect(bull.includes(':')).toBe(false);
      expect(/^-?\d+$/.test(bull)).toBe(false);
      expect(fromBullId(bull)).toBe(id);
    }
    expect(new Set(['42', '%42', '%2542'].map(toBullId)).size).toBe(3);
  });
});
