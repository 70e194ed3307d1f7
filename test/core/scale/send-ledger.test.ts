import { afterAll, describe, expect, it } from 'vitest';
import type { ChannelAdapter, Payload } from '../../../core/model/adapter.js';
import { NO_LIMITS } from '../../../core/model/adapter.js';
import type { DeliveryGovernor } from '../../../core/delivery/governor.js';
import { SendLedger } from '../../../core/scale/send-ledger.js';
import { TurnScope, turnScope } from '../../../core/scale/turn-scope.js';
import { connect, dropPrefix, uniquePrefix } from './redis.js';

const redis = connect();
const prefix = uniquePrefix('ledger');
afterAll(async () => {
  await dropPrefix(redis, prefix);
  await redis.quit();
});

const adapter = { platform: 'relay', botId: 'b', capabilities: new Set(), limits: NO_LIMITS } as unknown as ChannelAdapter;
const payload = (replyTo: string | undefined, text: string): Payload => ({
  target: { platform: 'relay', botId: 'b', conversation: { id: 'c', kind: 'direct' }, ...(replyTo ? { replyTo } : {}) }, method: 'send', body: text,
});

function recording(): { governor: DeliveryGovernor; sent: unknown[] } {
  const sent: unknown[] = [];
  return { sent, governor: { send: (_a, p) => { sent.push(p.body); return Promise.resolve({ ok: true, messageId: `id-${sent.length}` }); } } };
}

describe('SendLedger', () => {
  it('passes sends outside a turn through untouched', async () => {
    const { governor, sent } = recording();
    const ledger = new SendLedger(governor, redis, { prefix });
    await ledger.send(adapter, payload(undefined, 'agent reply'));
    await ledger.send(adapter, payload('e0', 'no scope'));
    expect(sent).toEqual(['agent reply', 'no scope']);
    expect(await redis.exists(ledger.key(adapter, 'e0', 0))).toBe(0);
  });

  it('lets a turn re-run after a crash skip the replies already sent', async () => {
    const first = recording();
    const ledger = new SendLedger(first.governor, redis, { prefix });
    // The first run sends two of three replies, then its replica dies.
    await turnScope.run(new TurnScope(), async () => {
      await ledger.send(adapter, payload('e1', 'one'));
      await ledger.send(adapter, payload('e1', 'two'));
    });
    const again = recording();
    const rerun = new SendLedger(again.governor, redis, { prefix });
    const scope = new TurnScope();
    scope.takeover = true;
    const results = await turnScope.run(scope, async () => [
      await rerun.send(adapter, payload('e1', 'one')),
      await rerun.send(adapter, payload('e1', 'two')),
      await rerun.send(adapter, payload('e1', 'three')),
    ]);
    expect(first.sent).toEqual(['one', 'two']);
    expect(again.sent).toEqual(['three']);
    expect(results.map((r) => r.messageId)).toEqual(['id-1', 'id-2', 'id-1']);
  });
});
