import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { BucketStore, BucketWindow } from '../../../core/delivery/buckets.js';

/** Every bucket store (in process, Redis) passes this suite. */
export function bucketStoreContract(name: string, open: () => Promise<BucketStore>): void {
  describe(`bucket store contract: ${name}`, () => {
    const opened: BucketStore[] = [];
    const store = async () => {
      const s = await open();
      opened.push(s);
      return s;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });
    const w = (key: string, max: number, spanMs: number): BucketWindow => ({ key, max, spanMs });
    const reserve = (s: BucketStore, windows: BucketWindow[], now = 0, pauseKeys: string[] = [], id = randomUUID()) =>
      s.reserve({ windows, pauseKeys, now, id });

    it('lets a burst of max go at once, then one more per returned token', async () => {
      const s = await store();
      const k = [w('burst', 3, 1000)];
      const times = [];
      for (let i = 0; i < 7; i++) times.push(await reserve(s, k));
      expect(times).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    });

    it('never puts more than max reservations in any span-long stretch, whatever the order of arrivals', async () => {
      const s = await store();
      const windows = [w('prop:bot', 5, 1000), w('prop:chat', 2, 300)];
      let seed = 42;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const times: number[] = [];
      let now = 0;
      for (let i = 0; i < 120; i++) {
        now += Math.floor(rand() * 150);
        const at = await reserve(s, windows, now);
        expect(at).toBeGreaterThanOrEqual(now);
        times.push(at);
      }
      times.sort((a, b) => a - b);
      for (const { max, spanMs } of windows) {
        for (let i = 0; i + max < times.length; i++) expect(times[i + max]! - times[i]!).toBeGreaterThanOrEqual(spanMs);
      }
    });

    it('waits for the slowest of several windows', async () => {
      const s = await store();
      const windows = [w('tg:bot', 30, 1000), w('tg:chat:g', 1, 1000), w('tg:group:g', 20, 60_000)];
      const times = [];
      for (let i = 0; i < 23; i++) times.push(await reserve(s, windows));
      expect(times.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i * 1000));
      expect(times.slice(20)).toEqual([60_000, 61_000, 62_000]);
    });

    it('does not let a far-future reservation hold back the present', async () => {
      const s = await store();
      const bot = w('shared:bot', 2, 1000);
      await s.pause(['busy-chat'], 50_000, 0);
      expect(await reserve(s, [bot], 0, ['busy-chat'])).toBe(50_000);
      expect(await reserve(s, [bot], 0)).toBe(0);
      expect(await reserve(s, [bot], 0)).toBe(0);
      expect(await reserve(s, [bot], 0)).toBe(1000);
    });

    it('holds reservations until a pause ends; a shorter pause does not shorten it', async () => {
      const s = await store();
      await s.pause(['p'], 5000, 0);
      await s.pause(['p'], 3000, 0);
      expect(await reserve(s, [w('paused', 10, 1000)], 100, ['p'])).toBe(5000);
      expect(await reserve(s, [w('paused', 10, 1000)], 6000, ['p'])).toBe(6000);
    });

    it('gives a released reservation back', async () => {
      const s = await store();
      const k = [w('release', 1, 1000)];
      expect(await reserve(s, k)).toBe(0);
      const id = randomUUID();
      expect(await reserve(s, k, 0, [], id)).toBe(1000);
      await s.release(k, id);
      expect(await reserve(s, k)).toBe(1000);
    });

    it('keeps keys independent and forgets reservations older than their window', async () => {
      const s = await store();
      expect(await reserve(s, [w('a', 1, 1000)])).toBe(0);
      expect(await reserve(s, [w('b', 1, 1000)])).toBe(0);
      expect(await reserve(s, [w('a', 1, 1000)], 5000)).toBe(5000);
    });
  });
}
