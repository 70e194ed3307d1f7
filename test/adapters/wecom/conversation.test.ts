import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAppAdapter } from '../../../adapters/wecom/index.js';
import { buttonKey } from '../../../adapters/wecom/render.js';
import { openTestApp, type TestApp } from '../../helpers/chat.js';
import { startFakeWecomApi, type FakeWecomApi, type RecordedCall } from '../../fakes/wecom/api-server.js';
import { externalChatMembers, signCallback, testSecrets, textMessage, xml, type AppSecrets } from '../../fakes/wecom/callback.js';
import { appEnv } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'wecom');
const SECRET = 'app-secret-for-tests';

/** The demo bot with the WeCom channel pointed at a fake API. */
async function open(secrets: AppSecrets, now?: () => number): Promise<{ t: TestApp; api: FakeWecomApi; adapter: () => WecomAppAdapter; post: (cb: { query: string; body: string }) => Promise<Response> }> {
  const api = await startFakeWecomApi({ corpId: secrets.corpId, secret: SECRET, agentId: secrets.agentId });
  const t = await openTestApp({
    channels: ['wecom'], env: appEnv(secrets, SECRET), channelConfig: { wecom: { api_base: api.url } },
    ...(now ? { adapters: { wecom: (ctx) => createWecomAdapter(ctx, { now }) } } : {}),
  });
  const adapter = () => t.app.engine.bot('demo-shop').adapters.get('wecom') as WecomAppAdapter;
  const post = async (cb: { query: string; body: string }) => {
    const res = await t.app.http.request(`/channels/wecom/demo-shop${cb.query}`, { method: 'POST', body: cb.body });
    await adapter().settled();
    return res;
  };
  return { t, api, adapter, post };
}

/** What the shopper sees of a message/send call. */
const shown = (c: RecordedCall): string => {
  const type = String(c.body.msgtype);
  const content = c.body[type] as Record<string, unknown>;
  if (type === 'template_card') {
    const card = content as { main_title?: { title?: string }; sub_title_text?: string; button_list?: { text: string }[] };
    return [card.main_title?.title, card.sub_title_text, ...(card.button_list ?? []).map((b) => `[${b.text}]`)].filter(Boolean).join(' ');
  }
  return typeof content.content === 'string' ? content.content : JSON.stringify(content);
};

describe('WeCom app: a shopper in a direct chat', () => {
  const secrets = testSecrets();
  let s: Awaited<ReturnType<typeof open>>;
  const en = (key: string) => s.t.app.i18n.t('en', key);
  /** Sends a text as `user` and returns what the app answered (message/send calls). */
  const say = async (user: string, text: string) => {
    const before = s.api.sent('message/send').length;
    expect((await s.post(signCallback(secrets, textMessage(secrets, user, text)))).status).toBe(200);
    return s.api.sent('message/send').slice(before);
  };

  beforeAll(async () => {
    s = await open(secrets);
  });
  afterAll(async () => {
    await s.t.close();
    await s.api.close();
  });

  it('goes through a multi-turn flow: asks for the order number, then answers with the tracking number', async () => {
    const first = await say('zhangsan', "where's my order?");
    expect(first.map(shown).join('\n')).toContain(en('order.ask_id'));
    expect(first.every((c) => c.body.touser === 'zhangsan' && c.body.agentid === secrets.agentId)).toBe(true);
    const second = await say('zhangsan', 'SM100234');
    expect(second.map(shown).join('\n')).toContain('SF1234567890');
  });

  it('recovers when the access token expires mid-conversation', async () => {
    await say('lisi', "where's my order?");
    const tokens = s.api.tokensIssued.length;
    s.api.expireTokens();
    const answer = await say('lisi', 'SM100234');
    expect(answer.map(shown).join('\n')).toContain('SF1234567890');
    expect(s.api.tokensIssued.length).toBe(tokens + 1);
    // The first try with the old token was refused (42001), the second went through with the new one.
    const attempts = s.api.sent('message/send').slice(-answer.length - 1);
    expect(attempts[0]!.token).not.toBe(attempts.at(-1)!.token);
  });

  it('answers a message WeCom re-sends (a retry after 5 s, freshly signed) only once', async () => {
    const msg = textMessage(secrets, 'wangwu', 'how much is shipping?');
    const before = s.api.sent('message/send').length;
    await s.post(signCallback(secrets, msg));
    const once = s.api.sent('message/send').length - before;
    expect(once).toBeGreaterThan(0);
    const [a, b] = await Promise.all([s.post(signCallback(secrets, msg)), s.post(signCallback(secrets, msg))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(s.api.sent('message/send').length - before).toBe(once);
  });

  it('shows buttons as a template card whose clicks come back as actions', async () => {
    const greeting = await say('zhaoliu', 'hello');
    const card = greeting.find((c) => c.body.msgtype === 'template_card')!;
    const tc = card.body.template_card as { task_id: string; button_list: { text: string; key: string }[] };
    expect(tc.task_id).toMatch(/^sm_[0-9a-f]{32}$/);
    const track = tc.button_list.find((b) => b.text.startsWith(en('menu.track_order').slice(0, 5)))!;
    expect(track.key).toBe(buttonKey({ id: 'b0', label: en('menu.track_order'), value: 'intent:order_status' }));
    const before = s.api.sent('message/send').length;
    const click = xml({ ToUserName: secrets.corpId, FromUserName: 'zhaoliu', CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'template_card_event', EventKey: track.key, TaskId: tc.task_id, CardType: 'button_interaction', ResponseCode: 'rc', AgentID: secrets.agentId });
    await s.post(signCallback(secrets, click));
    expect(s.api.sent('message/send').slice(before).map(shown).join('\n')).toContain(en('order.ask_id'));
  });
});

describe('WeCom app: the official callback vector end to end', () => {
  it('answers "hello" from the official sample through the pipeline', async () => {
    const v = JSON.parse(readFileSync(join(FIXTURES, 'crypto-official-vectors.json'), 'utf8')) as {
      token: string; encodingAESKey: string; receiveId_corpId: string; xml_message_callback: { msg_signature: string; timestamp: string; nonce: string };
    };
    const secrets: AppSecrets = { corpId: v.receiveId_corpId, agentId: 218, token: v.token, encodingAesKey: v.encodingAESKey };
    const cb = v.xml_message_callback;
    const s = await open(secrets, () => Number(cb.timestamp) * 1000 + 1_000);
    try {
      const res = await s.post({ query: `?msg_signature=${cb.msg_signature}&timestamp=${cb.timestamp}&nonce=${cb.nonce}`, body: readFileSync(join(FIXTURES, 'encrypted-callback.post-body.xml'), 'utf8') });
      expect(res.status).toBe(200);
      const replies = s.api.sent('message/send');
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((c) => c.body.touser === 'mycreate' && c.body.agentid === 218)).toBe(true);
    } finally {
      await s.t.close();
      await s.api.close();
    }
  });
});

describe('WeCom app: customers and customer groups', () => {
  const secrets = testSecrets();
  let s: Awaited<ReturnType<typeof open>>;
  const now = () => Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    s = await open(secrets);
  });
  afterAll(async () => {
    await s.t.close();
    await s.api.close();
  });

  it('greets a new customer with the event\'s welcome code (no confirmation needed)', async () => {
    const added = xml({
      ToUserName: secrets.corpId, FromUserName: 'sys', CreateTime: now(), MsgType: 'event', Event: 'change_external_contact',
      ChangeType: 'add_external_contact', UserID: 'zhangsan', ExternalUserID: 'wmCustomer1', State: 'qr-campaign', WelcomeCode: 'WELCOME-1',
    });
    await s.post(signCallback(secrets, added));
    const [welcome] = s.api.sent('externalcontact/send_welcome_msg');
    expect(welcome!.body).toMatchObject({ welcome_code: 'WELCOME-1', text: { content: expect.stringContaining('Demo Shop') as unknown } });
    expect(s.api.sent('externalcontact/add_msg_template')).toEqual([]);
    expect(await s.t.app.store.references.get('wecom', 'demo-shop', 'customer:wmCustomer1')).toEqual({ followUser: 'zhangsan' });
  });

  it('records a customer joining a customer group in that group\'s conversation', async () => {
    await s.post(signCallback(secrets, externalChatMembers(secrets, 'wrGroup9', 'add_member', ['wmCustomer2'])));
    const conv = await s.t.app.store.conversations.upsert({ botId: 'demo-shop', platform: 'wecom', platformConversationId: 'customer-group:wrGroup9' }, { kind: 'group' });
    const entries = await s.t.app.store.conversations.transcript(conv.id, 10);
    expect(entries).toMatchObject([{ direction: 'in', senderId: 'wmCustomer2', text: '[join]' }]);
  });

  it('greets a new customer group with a mass send the owner must confirm, once a day', async () => {
    s.api.groupChats.set('wrGroup7', { owner: 'lisi', name: 'VIP', members: ['lisi', 'wmCustomer1'] });
    const created = xml({ ToUserName: secrets.corpId, FromUserName: 'sys', CreateTime: now(), MsgType: 'event', Event: 'change_external_chat', ChatId: 'wrGroup7', ChangeType: 'create' });
    await s.post(signCallback(secrets, created));
    const [task] = s.api.sent('externalcontact/add_msg_template');
    expect(task!.body).toMatchObject({ chat_type: 'group', chat_id_list: ['wrGroup7'], sender: 'lisi' });
    const msgid = [...s.api.massSends.keys()][0]!;
    expect(await s.adapter().massSends.get(msgid)).toMatchObject({ status: 'awaiting_confirmation', recipient: 'wrGroup7', sender: 'lisi' });
    expect((await s.adapter().massSends.refresh(msgid)).status).toBe('awaiting_confirmation');
    s.api.confirmMassSend(msgid);
    expect(await s.adapter().massSends.refresh(msgid)).toMatchObject({ status: 'sent', results: { wrGroup7: 'sent' } });

    // A second message to the same group today is refused here, not dropped by WeCom.
    const [payload] = s.adapter().render({ platform: 'wecom', botId: 'demo-shop', conversation: { id: 'customer-group:wrGroup7', kind: 'group' } }, [{ type: 'text', text: 'Flash sale!' }]);
    const err = await s.adapter().send(payload!).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'PlatformError', code: 'daily_limit', retryAfterMs: expect.any(Number) as unknown });
    expect(s.api.sent('externalcontact/add_msg_template')).toHaveLength(1);
  });

  it('stops writing to a customer who removed the employee', async () => {
    const removed = xml({ ToUserName: secrets.corpId, FromUserName: 'sys', CreateTime: now(), MsgType: 'event', Event: 'change_external_contact', ChangeType: 'del_follow_user', UserID: 'zhangsan', ExternalUserID: 'wmCustomer1' });
    await s.post(signCallback(secrets, removed));
    const [payload] = s.adapter().render({ platform: 'wecom', botId: 'demo-shop', conversation: { id: 'customer:wmCustomer1', kind: 'direct' } }, [{ type: 'text', text: 'We miss you' }]);
    expect(await s.adapter().send(payload!).catch((e: unknown) => e)).toMatchObject({ code: 'gone', unreachable: true });
  });
});
