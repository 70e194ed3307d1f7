import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryBucketStore } from '../../../core/delivery/memory-buckets.js';
import { bucketStoreContract } from './bucket-store.contract.js';

bucketStoreContract('memory', () => Promise.resolve(new MemoryBucketStore()));

describe('memory bucket store', () => {
  it('drops buckets no send has touched for a whole window', async () => {
    const store = new MemoryBucketStore();
    for (let i = 0; i < 5000; i++) {
      await store.reserve({ windows: [{ key: `chat:${i}`, max: 1, spanMs: 1000 }], pauseKeys: [], now: i * 10, id: randomUUID() });
    }
    // The sweep at the 4096th reservation kept the last second's ~100 chats; ~900 came after it.
    expect(store.size).toBeLessThan(1100);
  });
});
