import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeEventFrame, decodeRobotMessage, mediaSrc } from '../../../adapters/dingtalk/decode.js';
import { parseFrame, RobotMessageSchema, TOPIC_ROBOT } from '../../../adapters/dingtalk/wire.js';
import { openDingtalkApp, type DingtalkTestApp } from './support.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'dingtalk');
const text = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const json = (file: string): unknown => JSON.parse(text(file));
const robot = (file: string) => RobotMessageSchema.parse(json(file));

describe('DingTalk published samples decode', () => {
  it('single-chat messages of every kind', () => {
    const decode = (file: string) => decodeRobotMessage('demo-shop', robot(file));
    const t = decode('robot-single-chat-text.json');
    expect(t).toMatchObject({
      id: 'msgY****Pw==', platform: 'dingtalk', kind: 'message', mentionsBot: true, timestamp: 1695283635765,
      conversation: { id: 'cide****4g=', kind: 'direct' }, sender: { id: '042***297', name: '张三' },
      content: [{ type: 'text', text: 'hello DingTalk!' }],
      raw: { hint: { sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=79b48****4d4b', expiresAt: 1695289035996, robotCode: 'ding****c6gk' } },
    });
    expect(decode('robot-single-chat-picture.json').content).toEqual([{ type: 'image', src: mediaSrc('mIof****JE0E') }]);
    expect(decode('robot-single-chat-audio.json').content).toEqual([
      { type: 'audio', src: mediaSrc('mIof****7g==') },
      { type: 'text', text: '钉钉PaaS开放中心，致力为企业……' },
    ]);
    expect(decode('robot-single-chat-video.json').content).toEqual([{ type: 'video', src: mediaSrc('mIof****SaqP'), mime: 'video/mp4' }]);
    expect(decode('robot-single-chat-file.json').content).toEqual([{ type: 'file', src: mediaSrc('LJYY****bw=='), name: 'foobar.zip' }]);
    expect(decode('robot-single-chat-richText.json').content).toEqual([
      { type: 'text', text: '这个问题示例图如下：' },
      { type: 'image', src: mediaSrc('mIof****7A==') },
      { type: 'text', text: '通过以上示意图可以明白完整的交互流程' },
    ]);
    // DingTalk's "unsupported message" placeholder is not the shopper's words.
    expect(decode('robot-single-chat-unknown.json')).toMatchObject({ kind: 'message', content: [] });
  });

  it('the group @mention, as written out of the CALLBACK frame (with the published `createA` typo)', () => {
    const frame = parseFrame(text('stream-frame-callback-bot-message.json'));
    expect(frame).toMatchObject({ specVersion: '1.0', type: 'CALLBACK', headers: { topic: TOPIC_ROBOT, messageId: '212ca9d7_974_1898c159aa6_1783b' } });
    expect(JSON.parse(frame.data)).toEqual(json('robot-group-chat-at.from-stream-frame.json'));
    const event = decodeRobotMessage('demo-shop', RobotMessageSchema.parse(JSON.parse(frame.data)), { frameTime: Number(frame.headers.time) });
    expect(event).toMatchObject({
      id: 'msgLICYe****HgY4JtMQw==', mentionsBot: true, timestamp: 1690362102194,
      conversation: { id: 'cidAsXSBLnA==', kind: 'group', title: '测试群' }, sender: { id: '16650***698', name: '用户' },
      content: [{ type: 'text', text: '测试数据' }],
    });
  });

  it('EVENT and SYSTEM frames, including the `header` spelling and the ping published with trailing commas', () => {
    const event = parseFrame(text('stream-frame-event.json'));
    expect(event).toMatchObject({ type: 'EVENT', headers: { eventType: 'user_add_org', messageId: '213d841d_972_1898bb26334_70a7' } });
    expect(decodeEventFrame('demo-shop', event)).toEqual([]); // an organization event, not a conversation
    expect(parseFrame(text('stream-frame-event-2.json'))).toMatchObject({ type: 'EVENT', headers: { topic: '*', eventType: 'user_add_org', eventId: 'c7c7120f2c07419**ebdba0318c8' } });
    expect(parseFrame(text('stream-frame-system-disconnect.json'))).toMatchObject({ type: 'SYSTEM', headers: { topic: 'disconnect' } });
    // The published ping is not strict JSON; the gateway's frames are, so it fails as published and parses without the trailing commas.
    expect(() => parseFrame(text('stream-frame-system-ping.jsonc'))).toThrow(SyntaxError);
    expect(parseFrame(text('stream-frame-system-ping.jsonc').replace(/,(\s*})/g, '$1'))).toMatchObject({ type: 'SYSTEM', headers: { topic: 'ping' }, data: '{"opaque" : "123-dsfs"}' });
  });
});

describe('DingTalk published frames through the SDK and the app', () => {
  let t: DingtalkTestApp;
  beforeAll(async () => {
    t = await openDingtalkApp();
  });
  afterAll(() => t.close());

  it('registers the connection with the published request body', () => {
    const published = text('stream-open-connection.request.http.txt');
    const body = JSON.parse(published.slice(published.indexOf('{'))) as { subscriptions: unknown };
    expect(t.fake.opens[0]!.subscriptions).toEqual(body.subscriptions);
    expect(t.fake.opens[0]).toMatchObject({ clientId: t.fake.clientId, ua: expect.any(String) as unknown });
  });

  it('acknowledges the published CALLBACK frame as published, and answers it (its sessionWebhook long expired: via the robot API)', async () => {
    const frame = text('stream-frame-callback-bot-message.json');
    const messageId = '212ca9d7_974_1898c159aa6_1783b';
    t.fake.sendRaw(frame);
    await vi.waitFor(() => expect(t.fake.acks.find((a) => a.headers.messageId === messageId)).toBeDefined(), { timeout: 10_000 });
    const ack = t.fake.acks.find((a) => a.headers.messageId === messageId)!;
    const published = json('stream-ack-callback.json') as { data: string; headers: Record<string, string> };
    expect({ ...ack, data: JSON.parse(ack.data) as unknown }).toEqual({ ...published, headers: { ...published.headers, messageId }, data: JSON.parse(published.data) as unknown });
    expect(t.fake.sent.filter((s) => s.conversationId === 'cidAsXSBLnA==')).toMatchObject([{ via: 'group' }]);
  });

  it('answers the published ping with the published pong, and the published EVENT with SUCCESS', async () => {
    const ping = text('stream-frame-system-ping.jsonc').replace(/,(\s*})/g, '$1');
    t.fake.sendRaw(ping);
    const pongShape = json('stream-ack-ping.json') as { data: string };
    await vi.waitFor(() => expect(t.fake.acks.some((a) => a.data === JSON.parse(ping).data)).toBe(true));
    const pong = t.fake.acks.find((a) => a.data === JSON.parse(ping).data)!;
    expect(pong).toMatchObject({ code: 200, message: 'OK', headers: { messageId: '213d841d_972_1898bb26334_70a7', contentType: 'application/json' } });
    expect(JSON.parse(pong.data)).toEqual(JSON.parse(pongShape.data));

    t.fake.sendRaw(text('stream-frame-event-2.json'));
    const status = json('stream-ack-event-status.json') as { data: string };
    await vi.waitFor(() => expect(t.fake.acks.filter((a) => a.headers.messageId === '213d841d_972_1898bb26334_70a7')).toHaveLength(2));
    const eventAck = t.fake.acks.filter((a) => a.headers.messageId === '213d841d_972_1898bb26334_70a7')[1]!;
    expect(JSON.parse(eventAck.data)).toMatchObject({ status: (JSON.parse(status.data) as { status: string }).status });
  });

  it('answers every published single-chat message kind (webhooks long expired: via the single-chat API)', async () => {
    for (const kind of ['text', 'picture', 'audio', 'video', 'file', 'richText', 'unknown']) {
      const before = t.fake.sent.length;
      const frame = json(`robot-single-chat-${kind}.json`) as { senderStaffId: string };
      await t.fake.pushCallback(frame);
      const replies = t.fake.sent.slice(before);
      // To the sender of that message (the published samples do not all have the same one).
      expect(replies.every((s) => s.via === 'users' && s.userIds?.[0] === frame.senderStaffId), kind).toBe(true);
      if (kind === 'text' || kind === 'audio') expect(replies.length, kind).toBeGreaterThan(0);
    }
  });
});
