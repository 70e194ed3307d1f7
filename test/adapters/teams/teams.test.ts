import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformError } from '../../../core/model/errors.js';
import { RateGovernor } from '../../../core/delivery/rate-governor.js';
import { runOnClock, VirtualClock } from '../../core/delivery/virtual-clock.js';
import { tempDir } from '../../helpers/chat.js';
import { cardButtons, postActivity, teamsUser, textOf } from '../../fakes/teams/teams-client.js';
import { BOT, openTeams, type TeamsHarness } from './harness.js';

/** An oversized body is refused before it is read, and the server then closes the socket: keep that socket out of fetch's pool. */
function postOnNewSocket(url: string, body: object): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const dirs: { remove(): void }[] = [];
afterAll(() => dirs.forEach((d) => d.remove()));
const newDir = () => {
  const d = tempDir('shopmate-teams-');
  dirs.push(d);
  return d.path;
};

describe('Teams channel', () => {
  let h: TeamsHarness;
  let t: (key: string, vars?: Record<string, unknown>) => string;
  beforeAll(async () => {
    h = await openTeams({ dataDir: newDir() });
    t = (key, vars) => h.server.app.i18n.t('en', key, vars);
  });
  afterAll(() => h.close());

  it('runs a multi-turn flow in a personal chat, with an Adaptive Card button', async () => {
    const alex = h.personalChat('Alex');
    const hello = await alex.says('hi there');
    expect(hello).toHaveLength(1);
    const greeting = hello[0]!;
    // Answered in the shopper's turn: a reply to their message, from the bot, to them.
    expect(greeting).toMatchObject({ operation: 'replyToActivity', authorization: undefined });
    expect(greeting.activity).toMatchObject({ type: 'message', from: { id: BOT.id }, recipient: { id: alex.user.id }, conversation: { id: alex.conversation.id } });
    expect(textOf(hello)).toContain(t('smalltalk.greeting', { shop: 'Demo Shop' }));
    expect(cardButtons(hello).map((b) => b.title)).toEqual([t('menu.track_order'), t('menu.products'), t('menu.returns'), t('menu.human')]);
    // "typing…" went out before the answer.
    expect(h.connector.to(alex.conversation.id, { typing: true })[0]!.activity.type).toBe('typing');

    const ask = await alex.presses(t('menu.track_order'));
    expect(textOf(ask)).toContain(t('order.ask_id'));
    const status = await alex.says('SM100234');
    expect(textOf(status)).toContain('SF1234567890');
    expect(status[0]!.activity.textFormat).toBe('xml');
  });

  it('in a channel, answers only when @mentioned, in the post\'s thread, without the mention in what it understood', async () => {
    const bo = teamsUser('Bo');
    const channel = h.build.channel();
    const plain = h.build.message(bo, channel, "where's my order?");
    expect((await postActivity(h.endpoint, plain)).status).toBe(200);
    const plainThread = (plain.conversation as { id: string }).id;
    expect(h.connector.to(plainThread, { typing: true })).toEqual([]);

    const mentioned = h.build.message(bo, channel, "where's my order?", { mention: true });
    expect((await postActivity(h.endpoint, mentioned)).status).toBe(200);
    const thread = (mentioned.conversation as { id: string }).id;
    expect(thread).toMatch(/;messageid=/);
    const replies = h.connector.to(thread);
    expect(textOf(replies)).toContain(t('order.ask_id'));
    expect(replies[0]).toMatchObject({ operation: 'replyToActivity', replyToId: mentioned.id });
  });

  it('welcomes a user who installs the bot, and a team it is added to', async () => {
    const chat = h.personalChat('Cy');
    const res = await chat.post(h.build.botAdded(chat.user, chat.conversation));
    expect(res.status).toBe(200);
    const welcome = chat.newReplies();
    expect(textOf(welcome)).toContain(t('smalltalk.greeting', { shop: 'Demo Shop' }));
    // Not a reply to the conversationUpdate: a new message in the chat.
    expect(welcome[0]!.operation).toBe('sendToConversation');

    const team = h.build.channel();
    expect((await postActivity(h.endpoint, h.build.botAdded(teamsUser('Dee'), team))).status).toBe(200);
    expect(textOf(h.connector.to(team.id))).toContain(t('smalltalk.greeting', { shop: 'Demo Shop' }));
  });

  it('takes Action.Execute presses: acknowledges the invoke, then answers', async () => {
    const chat = h.personalChat('Eve');
    await chat.says('hi');
    const track = cardButtons(chat.connector.to(chat.conversation.id)).find((b) => b.title === t('menu.track_order'))!;
    const res = await chat.post(h.build.execute(chat.user, chat.conversation, 'track', track.data, track.messageId));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: '' });
    const all = await h.connector.waitFor(chat.conversation.id, 2);
    expect(textOf(all.slice(1))).toContain(t('order.ask_id'));
  });

  it('refuses what Teams would never send, and invokes it does not handle', async () => {
    const bad = await fetch(h.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    const chat = h.personalChat('Fay');
    const noServiceUrl = { ...h.build.message(chat.user, chat.conversation, 'hi'), serviceUrl: 'javascript:alert(1)' };
    const res = await postActivity(h.endpoint, noServiceUrl);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^serviceUrl/);
    expect(await postOnNewSocket(h.endpoint, h.build.message(chat.user, chat.conversation, 'a'.repeat(140_000)))).toBe(413);
    const taskFetch = { ...h.build.execute(chat.user, chat.conversation, 'x', {}, '1'), name: 'task/fetch', value: { data: {} } };
    expect((await postActivity(h.endpoint, taskFetch)).status).toBe(501);
  });

  it('answers a redelivered activity once', async () => {
    const chat = h.personalChat('Gus');
    const activity = h.build.message(chat.user, chat.conversation, 'hi');
    await chat.post(activity);
    await chat.post(activity);
    expect(chat.newReplies()).toHaveLength(1);
  });

  it('takes operator pushes through the engine, to users and to a stored conversation', async () => {
    const chat = h.personalChat('Op');
    await chat.says('hi');
    chat.newReplies();
    await h.server.app.engine.push('demo-shop', 'teams', { userIds: [chat.user.id] }, [{ type: 'text', text: 'Pushed by an operator.' }]);
    expect(chat.newReplies().map((r) => r.activity.text)).toEqual(['Pushed by an operator.']);
    const reference = await h.server.app.store.references.get<{ conversation: { id: string } }>('teams', 'demo-shop', `user:${chat.user.id}`);
    await h.server.app.engine.push('demo-shop', 'teams', { conversationId: reference!.conversation.id }, [{ type: 'text', text: 'To the conversation.' }]);
    expect(chat.newReplies().map((r) => r.activity.text)).toEqual(['To the conversation.']);
    await expect(h.server.app.engine.push('demo-shop', 'teams', { conversationId: 'never-seen' }, [{ type: 'text', text: 'x' }]))
      .rejects.toMatchObject({ name: 'PlatformError', code: 'no_reference' });
  });

  it('honours 429 Retry-After through the governor, without the SDK sleeping on its own', async () => {
    const chat = h.personalChat('Hal');
    await chat.says('hi');
    chat.newReplies();
    const adapter = h.adapter();
    h.connector.throttle(1, 3);
    const target = await adapter.proactiveTarget(chat.user.id);
    const [payload] = adapter.render(target, [{ type: 'text', text: 'Your parcel is out for delivery.' }]);
    await expect(adapter.send(payload!)).rejects.toMatchObject({ name: 'PlatformError', status: 429, retryAfterMs: 3_000, code: 'TooManyRequests', method: 'sendToConversation' });
    expect(chat.newReplies()).toEqual([]);

    h.connector.throttle(1, 2);
    const waitsBefore = h.waits.length;
    const refusedBefore = h.connector.refused;
    await adapter.sendProactive(chat.user.id, [{ type: 'text', text: 'Your parcel is out for delivery.' }], { governor: h.server.app.engine.deps.governor });
    // The governor held the retry for the Retry-After (less the milliseconds that passed since the 429).
    expect(h.waits.slice(waitsBefore).some((ms) => ms > 1_500 && ms <= 2_000)).toBe(true);
    expect(h.connector.refused - refusedBefore).toBe(1); // the SDK did not retry on its own
    const sent = chat.newReplies();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.activity.text).toBe('Your parcel is out for delivery.');
  });

  it('keeps a burst to one conversation within Teams\' per-conversation limits (7/1 s, 8/2 s)', async () => {
    const chat = h.personalChat('Lu');
    await chat.says('hi');
    chat.newReplies();
    const clock = new VirtualClock(Date.now());
    h.connector.now = () => clock.now();
    try {
      const governor = new RateGovernor({ clock });
      const results = await runOnClock(clock, Array.from({ length: 12 }, (_, i) => () =>
        h.adapter().sendProactive(chat.user.id, [{ type: 'text', text: `Flash deal #${i}` }], { governor })));
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      const times = chat.newReplies().map((s) => s.at).sort((a, b) => a - b);
      expect(times).toHaveLength(12);
      for (const t0 of times) {
        expect(times.filter((t) => t >= t0 && t < t0 + 1_000).length).toBeLessThanOrEqual(7);
        expect(times.filter((t) => t >= t0 && t < t0 + 2_000).length).toBeLessThanOrEqual(8);
      }
      expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(2_000);
    } finally {
      h.connector.now = Date.now;
    }
  });

  it('reports a shopper who blocked the bot as unreachable', async () => {
    const chat = h.personalChat('Ida');
    await chat.says('hi');
    h.connector.block(chat.conversation.id);
    const err = await h.adapter().sendProactive(chat.user.id, [{ type: 'text', text: 'News!' }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect(err).toMatchObject({ status: 403, unreachable: true, code: 'ConversationBlockedByUser' });
  });

  it('opens a personal chat to message someone the bot only met in a channel', async () => {
    const jo = teamsUser('Jo');
    const channel = h.build.channel();
    await postActivity(h.endpoint, h.build.message(jo, channel, 'hello', { mention: true }));
    await h.adapter().sendProactive(jo.id, [{ type: 'text', text: 'Thanks for asking — here is your coupon.' }]);
    const created = h.connector.created.at(-1)!;
    expect(created.parameters).toMatchObject({ isGroup: false, bot: { id: BOT.id }, members: [{ id: jo.id }], tenantId: h.build.tenantId });
    expect(h.connector.to(created.id)[0]!.activity.text).toBe('Thanks for asking — here is your coupon.');
    // The new chat is remembered: the next message goes straight there.
    await h.adapter().sendProactive(jo.id, [{ type: 'text', text: 'One more thing.' }]);
    expect(h.connector.created.filter((c) => c.parameters.members?.[0]?.id === jo.id)).toHaveLength(1);
    expect(h.connector.to(created.id)).toHaveLength(2);
  });
});

describe('Teams proactive messages', () => {
  it('reach a stored conversation reference after a restart', async () => {
    const dataDir = newDir();
    const first = await openTeams({ dataDir });
    const connector = first.connector;
    const kim = first.personalChat('Kim');
    await kim.says('hi');
    kim.newReplies();
    await first.server.close();

    const second = await openTeams({ dataDir, connector });
    try {
      const results = await second.adapter().sendProactive(kim.user.id, [
        { type: 'text', text: 'Your order SM100234 has shipped.' },
        { type: 'link', href: 'https://shop.example/track/SF1234567890', text: 'Track it' },
      ], { governor: second.server.app.engine.deps.governor });
      expect(results).toEqual([{ ok: true, messageId: expect.any(String) as string }]);
      const [sent] = kim.newReplies();
      expect(sent).toMatchObject({ operation: 'sendToConversation', conversationId: kim.conversation.id });
      expect(sent!.activity).toMatchObject({
        text: 'Your order SM100234 has shipped. <a href="https://shop.example/track/SF1234567890">Track it</a>',
        from: { id: BOT.id }, recipient: { id: kim.user.id },
      });
      // An agent's reply to the stored conversation goes the same way (no turn, no hint).
      const conversation = await second.server.app.store.conversations.upsert(
        { botId: 'demo-shop', platform: 'teams', platformConversationId: kim.conversation.id }, { kind: 'direct' });
      await second.server.app.engine.sendTo(conversation, [[{ type: 'text', text: 'Hi, this is Sam from the shop.' }]], 'agent:sam');
      expect(kim.newReplies()[0]!.activity.text).toBe('Hi, this is Sam from the shop.');
    } finally {
      await second.close();
    }
  });
});
