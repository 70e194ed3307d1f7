import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { runOnClock, VirtualClock } from '../../core/delivery/virtual-clock.js';
import { groupText, singleText } from '../../fakes/dingtalk/messages.js';
import { buttonsOf, openDingtalkApp, pressed, sentTo, textOf, type DingtalkTestApp } from './support.js';

describe('DingTalk channel, through the real app and SDK', () => {
  let t: DingtalkTestApp;
  beforeAll(async () => {
    t = await openDingtalkApp();
  });
  afterAll(() => t.close());

  const say = async (input: Parameters<typeof t.fake.pushRobotMessage>[0]) => {
    const before = t.fake.sent.length;
    const { message, acked } = t.fake.pushRobotMessage(input);
    await acked; // the adapter acknowledges once the turn has run, so its replies are out
    return { message, replies: t.fake.sent.slice(before) };
  };

  it('runs a single-chat flow over several turns, with an actionCard whose button posts back', async () => {
    const shopper = { staffId: 'staff-flow-1', nick: '王小明' };
    const hello = await say(singleText('hello', shopper));
    expect(hello.replies).toHaveLength(1);
    const card = hello.replies[0]!;
    expect(card).toMatchObject({ via: 'webhook', body: { msgtype: 'actionCard' } });
    expect(textOf(card)).toContain(t.app.i18n.t('en', 'smalltalk.greeting', { shop: 'Demo Shop' }));
    const track = buttonsOf(card).find((b) => b.title === t.app.i18n.t('en', 'menu.track_order'))!;
    expect(track.actionURL).toMatch(/^dtmd:\/\/dingtalkclient\/sendMessage\?content=/);

    // Pressing the button makes the DingTalk client send its text; the adapter decodes it as the press.
    const handle = vi.spyOn(t.app.engine, 'handle');
    const ask = await say(singleText(pressed(track.actionURL), shopper));
    expect(handle.mock.calls[0]![0]).toMatchObject({ kind: 'action', action: { value: 'intent:order_status' }, conversation: { kind: 'direct' }, mentionsBot: true });
    handle.mockRestore();
    expect(ask.replies.map(textOf).join('\n')).toBe(t.app.i18n.t('en', 'order.ask_id'));

    const answer = await say(singleText('SM100234', shopper));
    expect(answer.replies.map(textOf).join('\n')).toMatch(/SM100234[\s\S]*SF1234567890/);
    expect(answer.replies.every((r) => r.via === 'webhook' && r.conversationId === hello.message.conversationId)).toBe(true);
  });

  it('answers in a group only when @mentioned', async () => {
    const group = { id: 'cidGroupMentions==', title: '老客户群' };
    const member = { staffId: 'staff-group-1' };
    const chatter = await say(groupText("where's my order?", member, group, false));
    expect(chatter.replies).toEqual([]);
    const addressed = await say(groupText("where's my order?", member, group, true));
    expect(addressed.replies.map(textOf).join('\n')).toBe(t.app.i18n.t('en', 'order.ask_id'));
    expect(addressed.replies[0]).toMatchObject({ via: 'webhook', conversationId: group.id });
  });

  it('in a group, maps a button label sent with an @mention to that button', async () => {
    const group = { id: 'cidGroupButtons==' };
    const member = { staffId: 'staff-group-2' };
    const card = (await say(groupText('hello', member, group))).replies[0]!;
    const label = buttonsOf(card).find((b) => b.title === t.app.i18n.t('en', 'menu.track_order'))!.title;
    const handle = vi.spyOn(t.app.engine, 'handle');
    const ask = await say(groupText(label, { staffId: 'staff-group-3' }, group));
    expect(handle.mock.calls[0]![0]).toMatchObject({ kind: 'action', action: { value: 'intent:order_status' }, conversation: { kind: 'group' }, mentionsBot: true });
    handle.mockRestore();
    expect(ask.replies.map(textOf).join('\n')).toBe(t.app.i18n.t('en', 'order.ask_id'));
  });

  it('answers a redelivered frame once', async () => {
    const first = await say(singleText('hello', { staffId: 'staff-redeliver' }));
    expect(first.replies).toHaveLength(1);
    const before = t.fake.sent.length;
    const ack = await t.fake.redeliver(first.message);
    expect(JSON.parse(ack.data)).toEqual({ response: null });
    expect(t.fake.sent.length).toBe(before);
  });

  it('falls back to the robot API once the sessionWebhook has expired', async () => {
    const shopper = { staffId: 'staff-expired' };
    const direct = await say({ ...singleText('hello', shopper), sessionTtlMs: 30_000 });
    expect(direct.replies[0]).toMatchObject({ via: 'users', userIds: [shopper.staffId], body: { msgKey: 'sampleActionCard4' } });
    const group = { id: 'cidGroupExpired==' };
    const inGroup = await say({ ...groupText('hello', shopper, group), sessionTtlMs: 0 });
    expect(inGroup.replies[0]).toMatchObject({ via: 'group', conversationId: group.id, body: { msgKey: 'sampleActionCard4' } });
    expect(t.fake.tokensIssued).toBe(1); // one cached access token for both
  });

  it('pushes proactively to users and to a group through the governor', async () => {
    const governor = t.app.engine.deps.governor;
    const users = Array.from({ length: 23 }, (_, i) => `staff-push-${i}`);
    const before = t.fake.sent.length;
    await t.adapter.sendProactive({ userIds: users }, [{ type: 'text', text: 'Flash sale starts at 8pm' }], { governor });
    const batches = t.fake.sent.slice(before);
    expect(batches.map((b) => b.userIds?.length)).toEqual([20, 3]);
    expect(batches[0]!.body).toEqual({ msgKey: 'sampleText', msgParam: { content: 'Flash sale starts at 8pm' } });

    await t.adapter.sendProactive({ openConversationId: 'cidProactive==' }, [{ type: 'text', text: 'New arrivals' }, { type: 'buttons', buttons: [{ id: 'shop', label: 'Shop now', url: 'https://shop.example/new' }] }], { governor });
    expect(sentTo(t.fake, 'cidProactive==')[0]!.body).toEqual({ msgKey: 'sampleActionCard', msgParam: { title: 'New arrivals', text: 'New arrivals', singleTitle: 'Shop now', singleURL: 'https://shop.example/new' } });
  });

  it('takes operator pushes through the engine (users and groups)', async () => {
    const before = t.fake.sent.length;
    await t.app.engine.push('demo-shop', 'dingtalk', { userIds: ['staff-op-1', 'staff-op-2'] }, [{ type: 'text', text: 'Restock alert' }]);
    await t.app.engine.push('demo-shop', 'dingtalk', { conversationId: 'cidOperator==' }, [{ type: 'text', text: 'Group deal' }]);
    const sent = t.fake.sent.slice(before);
    expect(sent[0]).toMatchObject({ userIds: ['staff-op-1', 'staff-op-2'], body: { msgKey: 'sampleText', msgParam: { content: 'Restock alert' } } });
    expect(sentTo(t.fake, 'cidOperator==')[0]!.body).toEqual({ msgKey: 'sampleText', msgParam: { content: 'Group deal' } });
  });

  it('retries only the users DingTalk flow-controlled, and marks unreachable ones', async () => {
    t.fake.flowControlOnce.add('staff-held');
    t.fake.invalidStaff.add('staff-gone');
    const before = t.fake.sent.length;
    const clock = new VirtualClock(Date.now());
    const governor = new RateGovernor({ clock });
    const [result] = await runOnClock(clock, [() => t.adapter.sendProactive({ userIds: ['staff-ok', 'staff-held'] }, [{ type: 'text', text: 'Your coupon' }], { governor })]);
    expect(result!.status).toBe('fulfilled');
    expect(t.fake.sent.slice(before).map((s) => s.userIds)).toEqual([['staff-ok'], ['staff-held']]);
    await expect(t.adapter.sendProactive({ userIds: ['staff-gone'] }, [{ type: 'text', text: 'hi' }])).rejects.toMatchObject({ name: 'PlatformError', unreachable: true });
  });

  it('acknowledges events and turns group membership changes into join events', async () => {
    const handle = vi.spyOn(t.app.engine, 'handle');
    const ack = await t.fake.pushEvent('chat_add_member', { openConversationId: 'cidJoin==', userId: ['staff-new-1', 'staff-new-2'] });
    expect(JSON.parse(ack.data)).toMatchObject({ status: 'SUCCESS' });
    const ignored = await t.fake.pushEvent('user_add_org', { userId: ['015xxxx227'] });
    expect(JSON.parse(ignored.data)).toMatchObject({ status: 'SUCCESS' });
    await vi.waitFor(() => expect(handle).toHaveBeenCalledTimes(2));
    expect(handle.mock.calls.map(([e]) => [e.kind, e.conversation, e.sender.id])).toEqual([
      ['join', { id: 'cidJoin==', kind: 'group' }, 'staff-new-1'],
      ['join', { id: 'cidJoin==', kind: 'group' }, 'staff-new-2'],
    ]);
    handle.mockRestore();
  });

  it('sends only well-formed acknowledgements', () => {
    expect(t.fake.malformedAcks).toEqual([]);
    expect(t.fake.unacked).toBe(0);
  });
});
