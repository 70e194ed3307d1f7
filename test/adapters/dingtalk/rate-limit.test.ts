import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { runOnClock, VirtualClock } from '../../core/delivery/virtual-clock.js';
import { groupText } from '../../fakes/dingtalk/messages.js';
import { FakeDingtalk, type Sent } from '../../fakes/dingtalk/server.js';
import { openDingtalkApp, type DingtalkTestApp } from './support.js';

/** The most sends any 60-second stretch holds. */
function busiestMinute(sends: Sent[]): number {
  const times = sends.map((s) => s.at).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < times.length; j++) {
    while (times[j]! - times[i]! >= 60_000) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/**
 * Waits for `work` while moving virtual time to each send's slot whenever one is asleep on the clock.
 * Turns in one group run one at a time, so a send asleep on the clock means none is on the wire.
 */
async function runOnVirtualTime<T>(clock: VirtualClock, work: Promise<T>): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (clock.sleepers > 0) clock.advance();
  }
  return result;
}

describe('DingTalk group limit (20 messages a minute, then a 10-minute block)', () => {
  const clock = new VirtualClock(Date.now());
  let t: DingtalkTestApp;
  beforeAll(async () => {
    const fake = await FakeDingtalk.start({ now: () => clock.now() });
    t = await openDingtalkApp({ fake, app: { governor: new RateGovernor({ clock }) } });
  });
  afterAll(() => t.close());

  it('keeps a burst of group replies under 20 a minute through the app\'s governor', async () => {
    const group = { id: 'cidBurstGroup==', title: '秒杀群' };
    const start = clock.now();
    const pushes = Array.from({ length: 45 }, (_, i) => t.fake.pushRobotMessage(groupText('hello', { staffId: `staff-burst-${i}` }, group)));
    await runOnVirtualTime(clock, Promise.all(pushes.map((p) => p.acked)));

    const sends = t.fake.sent.filter((s) => s.conversationId === group.id);
    expect(sends).toHaveLength(45); // every shopper answered...
    expect(t.fake.throttled).toEqual([]); // ...without DingTalk ever refusing one
    expect(busiestMinute(sends)).toBeLessThanOrEqual(20);
    expect(Math.max(...sends.map((s) => s.at)) - start).toBeGreaterThanOrEqual(2 * 60_000); // 45 messages need three minutes' windows
  });

  it('paces proactive pushes to a group the same way', async () => {
    const groupId = 'cidBurstPush==';
    const governor = t.app.engine.deps.governor;
    // Concurrent pushes: time moves only while every unfinished one is asleep on the clock, none on the wire.
    const results = await runOnClock(clock, Array.from({ length: 25 }, (_, i) => () => t.adapter.sendProactive({ openConversationId: groupId }, [{ type: 'text', text: `Deal #${i}` }], { governor })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const sends = t.fake.sent.filter((s) => s.conversationId === groupId);
    expect(sends).toHaveLength(25);
    expect(t.fake.throttled).toEqual([]);
    expect(busiestMinute(sends)).toBeLessThanOrEqual(20);
  });
});
