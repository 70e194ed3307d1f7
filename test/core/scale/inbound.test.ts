import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InboundEvent } from '../../../core/model/event.js';
import { BullmqQueue } from '../../../core/queue/bullmq.js';
import { InboundJournal, journalId } from '../../../core/scale/inbound.js';
import { Liveness } from '../../../core/scale/liveness.js';
import { turnScope } from '../../../core/scale/turn-scope.js';
import { RedisDedupe } from '../../../core/store/redis/index.js';
import { connect, redisScope } from './redis.js';

const { redis, prefix: newPrefix } = redisScope();

const event = (id: string): InboundEvent => ({
  id, platform: 'relay', botId: 'b', kind: 'message', conversation: { id: 'c', kind: 'direct' }, sender: { id: 'u' },
  content: [{ type: 'text', text: 'hi' }], mentionsBot: true, timestamp: 1, raw: { hint: { webhook: 'x' } },
});

describe('InboundJournal', () => {
  let queue: BullmqQueue;
  let liveness: Liveness;
  let dedupe: RedisDedupe;
  let journal: InboundJournal;
  beforeEach(async () => {
    const prefix = newPrefix('journal');
    queue = new BullmqQueue({ connection: connect({ maxRetriesPerRequest: null }), ownsConnection: true, prefix });
    liveness = new Liveness(redis, { prefix, ttlMs: 1_000 });
    await liveness.start();
    dedupe = new RedisDedupe({ redis, prefix, liveness });
    journal = new InboundJournal({ queue, dedupe, takeoverMs: 60_000 });
  });
  afterEach(async () => {
    await queue.close();
    await liveness.stop();
  });

  it('journals the event while the web replica runs its turn, and drops the entry once answered', async () => {
    const states: string[] = [];
    const sink = journal.sink(async (e) => {
      states.push(await queue.state(journalId(e)));
      expect(await dedupe.claim(`k-${e.id}`, 60_000)).toBe(true); // the pipeline's dedupe stage
      return 'answered';
    });
    await sink(event('e1'));
    expect(states).toEqual(['delayed']);
    expect(await queue.state(journalId(event('e1')))).toBe('unknown');
    expect(await redis.get(dedupe.key('k-e1'))).toBe('d');
  });

  it('keeps the entry and releases the claim when the turn fails, so it is retried', async () => {
    const sink = journal.sink(async (e) => {
      await dedupe.claim(`k-${e.id}`, 60_000);
      throw new Error('store down');
    });
    await expect(sink(event('e2'))).rejects.toThrow('store down');
    expect(await queue.state(journalId(event('e2')))).toBe('delayed');
    expect(await redis.get(dedupe.key('k-e2'))).toBe('r');
  });

  it('lets a worker run an entry whose web replica is gone, in a turn scope, with the event intact', async () => {
    const ran: { event: InboundEvent; scoped: boolean }[] = [];
    journal.work((e) => {
      ran.push({ event: e, scoped: turnScope.current() !== undefined });
      return Promise.resolve();
    });
    await queue.work();
    // What a web replica leaves behind when it dies after journaling: an entry nobody postpones.
    await queue.add('shopmate.inbound', { event: event('e3') }, { id: journalId(event('e3')), delayMs: 10 });
    await vi.waitFor(async () => expect(await queue.state(journalId(event('e3')))).toBe('completed'), { timeout: 10_000, interval: 20 });
    expect(ran).toEqual([{ event: event('e3'), scoped: true }]);
  });
});
