import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeButtonKey, decodeCallback, type Decoded } from '../../../adapters/wecom/decode.js';
import { decodeAibot } from '../../../adapters/wecom/decode-aibot.js';
import { parsePlaintext } from '../../../adapters/wecom/parse.js';
import { buttonKey } from '../../../adapters/wecom/render.js';
import { xml } from '../../fakes/wecom/callback.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'wecom');
const decodeFile = (name: string): Decoded => decodeCallback('bot1', parsePlaintext(readFileSync(join(FIXTURES, name), 'utf8')));
const eventsOf = (d: Decoded) => (d.kind === 'events' ? d.events : []);

describe('WeCom callback decoding: the samples', () => {
  it('decodes the official plaintexts (XML and JSON) into the same text message, MsgId exact', () => {
    for (const file of ['encrypted-callback.expected-plaintext.xml', 'encrypted-callback-json.expected-plaintext.json']) {
      const [e] = eventsOf(decodeFile(file));
      expect(e).toMatchObject({
        id: '4561255354251345929', platform: 'wecom', botId: 'bot1', kind: 'message',
        conversation: { id: 'mycreate', kind: 'direct' }, sender: { id: 'mycreate' }, content: [{ type: 'text', text: 'hello' }],
        mentionsBot: true, timestamp: 1409659813000,
      });
    }
  });

  it('decodes the text message sample', () => {
    const [e] = eventsOf(decodeFile('message-text.decrypted.xml'));
    expect(e).toMatchObject({ id: '1234567890123456', kind: 'message', sender: { id: 'fromUser' }, content: [{ type: 'text', text: 'this is a test' }] });
  });

  it('decodes a customer adding an employee, with the welcome code for the reply', () => {
    const d = decodeFile('event-change_external_contact-add.3rdparty.xml');
    const [e] = eventsOf(d);
    expect(e).toMatchObject({
      kind: 'install', conversation: { id: 'customer:woAJ2GCAAAXtWyujaWJHDDGi0mACH71w', kind: 'direct' },
      sender: { id: 'woAJ2GCAAAXtWyujaWJHDDGi0mACH71w' }, raw: { hint: { welcomeCode: 'WELCOMECODE' } },
    });
    expect(d.facts).toEqual([{ kind: 'customer', externalUserId: 'woAJ2GCAAAXtWyujaWJHDDGi0mACH71w', followUser: 'zhangsan', state: 'added' }]);
  });

  it('decodes customer group creation, member joins and dismissal', () => {
    expect(eventsOf(decodeFile('event-change_external_chat-create.3rdparty.xml'))).toMatchObject([{ kind: 'install', conversation: { id: 'customer-group:CHAT_ID', kind: 'group' } }]);
    const joins = eventsOf(decodeFile('event-change_external_chat-update.3rdparty.xml'));
    expect(joins.map((e) => [e.kind, e.sender.id, e.conversation.id, e.mentionsBot])).toEqual([
      ['join', 'Jack', 'customer-group:CHAT_ID', false], ['join', 'Rose', 'customer-group:CHAT_ID', false],
    ]);
    expect(new Set(joins.map((e) => e.id)).size).toBe(2);
    expect(eventsOf(decodeFile('event-change_external_chat-dismiss.3rdparty.xml'))).toMatchObject([{ kind: 'uninstall' }]);
  });

  it.each(readdirSync(FIXTURES).filter((f) => /(decrypted|3rdparty|expected-plaintext|kf_msg_or_event)/.test(f)))('decodes %s', (file) => {
    const d = decodeFile(file);
    expect(d.type).not.toBe('unknown');
    expect(d.kind === 'events' ? d.events.length : d.reason.length).toBeGreaterThan(0);
  });

  it('recognizes a WeChat customer service notification and leaves it alone', () => {
    expect(decodeFile('event-kf_msg_or_event.xml')).toMatchObject({ kind: 'ignored', type: 'kf_msg_or_event' });
  });
});

describe('WeCom callback decoding: self-built app formats', () => {
  const base = { ToUserName: 'wwcorp', FromUserName: 'zhangsan', CreateTime: 1_700_000_000, AgentID: 1000002 };
  const decode = (fields: Record<string, string | number | string[]>) => decodeCallback('bot1', parsePlaintext(xml({ ...base, ...fields })));

  it.each([
    [{ MsgType: 'image', PicUrl: 'https://wework.qpic.cn/x.jpg', MediaId: 'M1', MsgId: '1' }, [{ type: 'image', src: 'https://wework.qpic.cn/x.jpg' }]],
    [{ MsgType: 'voice', MediaId: 'M2', Format: 'amr', MsgId: '2' }, [{ type: 'audio', src: 'wecom-media:M2', mime: 'audio/amr' }]],
    [{ MsgType: 'voice', MediaId: 'M2', Format: 'amr', Recognition: '我的订单到哪了', MsgId: '3' }, [{ type: 'text', text: '我的订单到哪了' }]],
    [{ MsgType: 'video', MediaId: 'M3', ThumbMediaId: 'T3', MsgId: '4' }, [{ type: 'video', src: 'wecom-media:M3' }]],
    [{ MsgType: 'file', MediaId: 'M4', FileName: 'invoice.pdf', MsgId: '5' }, [{ type: 'file', src: 'wecom-media:M4', name: 'invoice.pdf' }]],
    [{ MsgType: 'location', Location_X: '23.134', Location_Y: '113.358', Scale: '20', Label: '广州市海珠区', MsgId: '6' },
      [{ type: 'platform', platform: 'wecom', name: 'location', data: { latitude: 23.134, longitude: 113.358, scale: 20, label: '广州市海珠区' } }]],
    [{ MsgType: 'link', Title: 'Order page', Description: 'd', Url: 'https://shop.example/o/1', PicUrl: '', MsgId: '7' }, [{ type: 'link', href: 'https://shop.example/o/1', text: 'Order page' }]],
  ])('decodes %o', (fields, content) => {
    const [e] = eventsOf(decode(fields));
    expect(e).toMatchObject({ kind: 'message', conversation: { id: 'zhangsan', kind: 'direct' }, content });
  });

  it('decodes app events: subscribe, enter_agent (once a day), menu clicks and card buttons', () => {
    expect(eventsOf(decode({ MsgType: 'event', Event: 'subscribe' }))).toMatchObject([{ kind: 'install' }]);
    expect(eventsOf(decode({ MsgType: 'event', Event: 'unsubscribe' }))).toMatchObject([{ kind: 'uninstall' }]);
    const morning = eventsOf(decode({ MsgType: 'event', Event: 'enter_agent', EventKey: '' }))[0]!;
    const evening = eventsOf(decode({ MsgType: 'event', Event: 'enter_agent', CreateTime: 1_700_000_000 + 3600 }))[0]!;
    expect(morning.kind).toBe('install');
    expect(evening.id).toBe(morning.id);
    const key = buttonKey({ id: 'details:P001', label: 'Details', value: 'intent:product_question?product=P001' });
    const [card] = eventsOf(decode({ MsgType: 'event', Event: 'template_card_event', EventKey: key, TaskId: 'sm_1', CardType: 'button_interaction', ResponseCode: 'RC' }));
    expect(card).toMatchObject({ kind: 'action', action: { id: 'details:P001', value: 'intent:product_question?product=P001' } });
    expect(eventsOf(decode({ MsgType: 'event', Event: 'click', EventKey: 'menu_orders' }))).toMatchObject([{ kind: 'action', action: { id: 'menu_orders', value: 'menu_orders' } }]);
  });

  it('decodes the self-built variant of customer group member changes', () => {
    const d = decode({ FromUserName: 'sys', MsgType: 'event', Event: 'change_external_chat', ChatId: 'wrOgQhDgAA', ChangeType: 'update', UpdateDetail: 'del_member', QuitScene: 0, MemChangeList: ['wmCustomer1'], CurMemVer: 'v2' });
    expect(eventsOf(d)).toMatchObject([{ kind: 'leave', sender: { id: 'wmCustomer1' }, conversation: { id: 'customer-group:wrOgQhDgAA', kind: 'group' } }]);
    expect(decode({ FromUserName: 'sys', MsgType: 'event', Event: 'change_external_chat', ChatId: 'wr1', ChangeType: 'update', UpdateDetail: 'change_owner' }))
      .toMatchObject({ kind: 'ignored', facts: [{ kind: 'customer_group', chatId: 'wr1', state: 'owner_changed' }] });
  });

  it('decodes a customer removal and ignores a remark change', () => {
    const removed = decode({ FromUserName: 'sys', MsgType: 'event', Event: 'change_external_contact', ChangeType: 'del_follow_user', UserID: 'zhangsan', ExternalUserID: 'wmC' });
    expect(eventsOf(removed)).toMatchObject([{ kind: 'uninstall', conversation: { id: 'customer:wmC' } }]);
    expect(decode({ FromUserName: 'sys', MsgType: 'event', Event: 'change_external_contact', ChangeType: 'edit_external_contact', UserID: 'zhangsan', ExternalUserID: 'wmC' }).kind).toBe('ignored');
  });

  it('reads back only button keys it wrote', () => {
    expect(decodeButtonKey('["b0","intent:order_status"]')).toEqual({ id: 'b0', value: 'intent:order_status' });
    expect(decodeButtonKey('[not json')).toEqual({ id: '[not json', value: '[not json' });
  });
});

describe('intelligent robot decoding', () => {
  const body = (extra: Record<string, unknown>) => ({ msgid: 'm1', aibotid: 'AIBOT', from: { userid: 'lisi' }, create_time: 1_700_000_000, ...extra });

  it('decodes a group message that @mentions the robot, without the mention', () => {
    const d = decodeAibot('bot1', 'aibot_msg_callback', 'req1', body({ chattype: 'group', chatid: 'wrkGroup1', msgtype: 'text', text: { content: '@ShopBot where is my order' } }));
    expect(eventsOf(d)).toMatchObject([{
      id: 'm1', kind: 'message', conversation: { id: 'wrkGroup1', kind: 'group' }, sender: { id: 'lisi' }, mentionsBot: true,
      content: [{ type: 'text', text: 'where is my order' }], timestamp: 1_700_000_000_000, raw: { hint: { reqId: 'req1', reply: 'stream' } },
    }]);
    const named = decodeAibot('bot1', 'aibot_msg_callback', 'req2', body({ chattype: 'group', chatid: 'g', msgtype: 'text', text: { content: '@Shop Bot hi' } }), 'Shop Bot');
    expect(eventsOf(named)[0]!.content).toEqual([{ type: 'text', text: 'hi' }]);
  });

  it('decodes direct messages, mixed content, voice, and events', () => {
    expect(eventsOf(decodeAibot('b', 'aibot_msg_callback', 'r', body({ chattype: 'single', msgtype: 'voice', voice: { content: '退货' } }))))
      .toMatchObject([{ conversation: { id: 'lisi', kind: 'direct' }, content: [{ type: 'text', text: '退货' }] }]);
    expect(eventsOf(decodeAibot('b', 'aibot_msg_callback', 'r', body({ chattype: 'single', msgtype: 'mixed', mixed: { msg_item: [{ msgtype: 'text', text: { content: 'this one' } }, { msgtype: 'image', image: { url: 'https://x/y' } }] } }))))
      .toMatchObject([{ content: [{ type: 'text', text: 'this one' }, { type: 'image', src: 'https://x/y' }] }]);
    expect(eventsOf(decodeAibot('b', 'aibot_event_callback', 'r', body({ chattype: 'single', msgtype: 'event', event: { eventtype: 'enter_chat' } }))))
      .toMatchObject([{ kind: 'install', raw: { hint: { reply: 'welcome' } } }]);
    const click = decodeAibot('b', 'aibot_event_callback', 'r', body({ chattype: 'single', msgtype: 'event', event: { eventtype: 'template_card_event', template_card_event: { event_key: '["b1","intent:coupon"]', task_id: 't' } } }));
    expect(eventsOf(click)).toMatchObject([{ kind: 'action', action: { id: 'b1', value: 'intent:coupon' }, raw: { hint: { reply: 'proactive' } } }]);
  });
});
