import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../../core/util/keyed-mutex.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedMutex', () => {
  it('runs tasks of one key one at a time, in arrival order', async () => {
    const m = new KeyedMutex();
    const order: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (name: string, ms: number) => m.run('k', async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await tick(ms);
      order.push(name);
      running--;
    });
    await Promise.all([task('first', 20), task('second', 1), task('third', 5)]);
    expect(order).toEqual(['first', 'second', 'third']);
    expect(maxRunning).toBe(1);
    expect(m.size).toBe(0);
  });

  it('runs different keys concurrently', async () => {
    const m = new KeyedMutex();
    const order: string[] = [];
    await Promise.all([
      m.run('a', async () => { await tick(20); order.push('a'); }),
      m.run('b', () => Promise.resolve(void order.push('b'))),
    ]);
    expect(order).toEqual(['b', 'a']);
  });

  it('keeps going after a task throws', async () => {
    const m = new KeyedMutex();
    await expect(m.run('k', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(m.run('k', () => Promise.resolve(42))).resolves.toBe(42);
  });
});
