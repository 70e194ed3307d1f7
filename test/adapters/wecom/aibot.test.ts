import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAibotAdapter } from '../../../adapters/wecom/index.js';
import { openTestApp, type TestApp } from '../../helpers/chat.js';
import { startFakeAibotGateway, type FakeAibotGateway, type Frame } from '../../fakes/wecom/aibot-server.js';
import { adapterContext } from './helpers.js';

const BOT = { botId: 'aibAbCdEf123', secret: 'aibot-secret-for-tests' };
const env = { WECOM_BOT_ID: BOT.botId, WECOM_BOT_SECRET: BOT.secret };

interface StreamBody {
  msgtype: string;
  stream?: { id: string; finish: boolean; content: string };
  template_card?: { main_title: { title: string }; button_list: { text: string; key: string }[]; task_id: string };
  markdown?: { content: string };
  chatid?: string;
}
const body = (f: Frame) => f.body as unknown as StreamBody;

describe('WeCom intelligent robot over the long connection', () => {
  let gw: FakeAibotGateway;
  let t: TestApp;
  let n = 0;
  const en = (key: string) => t.app.i18n.t('en', key);
  const message = (from: string, text: string, chat?: string) => ({
    msgid: `msg${++n}`, aibotid: BOT.botId, chattype: chat ? 'group' : 'single', ...(chat ? { chatid: chat } : {}),
    from: { userid: from }, create_time: Math.floor(Date.now() / 1000), msgtype: 'text', text: { content: text },
  });
  /** Pushes a message and returns the reply frames once the stream is finished. */
  const ask = async (payload: Record<string, unknown>): Promise<Frame[]> => {
    const reqId = gw.pushMessage(payload);
    await gw.waitFor((frames) => frames.some((f) => f.headers.req_id === reqId && body(f).stream?.finish === true));
    return gw.received.filter((f) => f.headers.req_id === reqId);
  };

  beforeAll(async () => {
    gw = await startFakeAibotGateway(BOT);
    t = await openTestApp({ channels: ['wecom'], env, channelConfig: { wecom: { mode: 'aibot', ws_url: gw.url, bot_name: 'ShopBot' } } });
  });
  afterAll(async () => {
    await t.close();
    await gw.close();
  });

  it('subscribes with the bot id and secret and reports healthy', () => {
    expect(gw.subscribed).toBe(true);
    const adapter = t.app.engine.bot('demo-shop').adapters.get('wecom') as WecomAibotAdapter;
    expect(adapter.health()).toEqual({ ok: true, detail: 'long connection subscribed' });
    expect(adapter.capabilities.has('streaming')).toBe(true);
  });

  it('holds a conversation in a group, each answer a streamed reply', async () => {
    const first = await ask(message('lisi', "@ShopBot where's my order?", 'wrkGroupA'));
    expect(first.every((f) => f.cmd === 'aibot_respond_msg')).toBe(true);
    const streams = first.map((f) => body(f).stream!);
    expect(new Set(streams.map((s) => s.id)).size).toBe(1);
    expect(streams.map((s) => s.finish)).toEqual([...streams.slice(1).map(() => false), true]);
    expect(streams.at(-1)!.content).toContain(en('order.ask_id'));

    const second = await ask(message('lisi', '@ShopBot SM100234', 'wrkGroupA'));
    const final = body(second.at(-1)!).stream!;
    expect(final.finish).toBe(true);
    expect(final.content).toContain('SF1234567890');
    expect(body(second[0]!).stream!.id).not.toBe(streams[0]!.id);
  });

  it('streams a multi-message turn and attaches its buttons as a card', async () => {
    const frames = await ask(message('wangwu', 'hello'));
    const withCard = frames.find((f) => body(f).msgtype === 'stream_with_template_card');
    expect(withCard).toBeDefined();
    const card = body(withCard!).template_card!;
    expect(card.main_title.title).toBe('Demo Shop');
    expect(card.task_id).toBeTruthy();
    expect(card.button_list.map((b) => b.text)).toContain(en('menu.track_order'));
    expect(body(frames.at(-1)!).stream!.content).toContain(t.app.i18n.t('en', 'smalltalk.greeting', { shop: 'Demo Shop' }));

    // Pressing a button comes back as a card event; the answer is sent proactively to the chat.
    const key = card.button_list.find((b) => b.text === en('menu.track_order'))!.key;
    const before = gw.replies().length;
    gw.pushEvent({ msgid: `ev${++n}`, aibotid: BOT.botId, chattype: 'single', from: { userid: 'wangwu' }, create_time: Math.floor(Date.now() / 1000), msgtype: 'event', event: { eventtype: 'template_card_event', template_card_event: { card_type: 'button_interaction', event_key: key, task_id: card.task_id } } });
    await gw.waitFor(() => gw.replies().length > before);
    const sent = gw.replies().slice(before);
    expect(sent[0]).toMatchObject({ cmd: 'aibot_send_msg', body: { chatid: 'wangwu', msgtype: 'markdown' } });
    expect(body(sent[0]!).markdown!.content).toContain(en('order.ask_id'));
  });

  it('welcomes a user entering the chat with a welcome card', async () => {
    const reqId = gw.pushEvent({ msgid: `ev${++n}`, aibotid: BOT.botId, chattype: 'single', from: { userid: 'zhaoliu' }, create_time: Math.floor(Date.now() / 1000), msgtype: 'event', event: { eventtype: 'enter_chat' } });
    await gw.waitFor((frames) => frames.some((f) => f.headers.req_id === reqId));
    const [welcome] = gw.received.filter((f) => f.headers.req_id === reqId);
    expect(welcome).toMatchObject({ cmd: 'aibot_respond_welcome_msg', body: { msgtype: 'template_card' } });
    expect(body(welcome!).template_card!.button_list.length).toBeGreaterThan(0);
  });

  it('sends proactively (an agent, a campaign) with aibot_send_msg', async () => {
    const adapter = t.app.engine.bot('demo-shop').adapters.get('wecom') as WecomAibotAdapter;
    const before = gw.replies().length;
    const [payload] = adapter.render({ platform: 'wecom', botId: 'demo-shop', conversation: { id: 'wrkGroupA', kind: 'group' } }, [{ type: 'text', text: 'Flash sale at 8pm' }]);
    await adapter.send(payload!);
    expect(gw.replies().slice(before)).toMatchObject([{ cmd: 'aibot_send_msg', body: { chatid: 'wrkGroupA', msgtype: 'markdown', markdown: { content: 'Flash sale at 8pm' } } }]);
    gw.failNext('aibot_send_msg', 45009);
    expect(await adapter.send(payload!).catch((e: unknown) => e)).toMatchObject({ code: 45009, retryAfterMs: 2_000 });
  });
});

describe('WeCom intelligent robot: start-up', () => {
  it('fails to start with a wrong secret', async () => {
    const gw = await startFakeAibotGateway(BOT);
    const { ctx, close } = adapterContext({ env: { ...env, WECOM_BOT_SECRET: 'wrong' }, config: { mode: 'aibot', ws_url: gw.url } });
    try {
      const adapter = createWecomAdapter(ctx);
      await expect(adapter.start(() => Promise.resolve())).rejects.toMatchObject({ name: 'PlatformError', method: 'aibot_subscribe' });
      await adapter.stop();
    } finally {
      await close();
      await gw.close();
    }
  });
});
