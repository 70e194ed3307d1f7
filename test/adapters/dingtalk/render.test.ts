import { describe, expect, it } from 'vitest';
import { postbackKey } from '../../../adapters/dingtalk/decode.js';
import { render, sendMessageLink, type DingPayloadBody } from '../../../adapters/dingtalk/render.js';
import { toRobotTemplate } from '../../../adapters/dingtalk/templates.js';
import type { Element } from '../../../core/model/elements.js';
import type { Target } from '../../../core/model/event.js';

const target: Target = { platform: 'dingtalk', botId: 'demo-shop', conversation: { id: 'cid1', kind: 'direct' }, userId: 'staff-1' };
const bodies = (content: Element[]) => render(target, content).map((p) => p.body as DingPayloadBody);
const messages = (content: Element[]) => bodies(content).map((b) => b.message);

describe('DingTalk render', () => {
  it('plain text stays text; links, images and files make it markdown', () => {
    expect(messages([{ type: 'text', text: 'Hello' }])).toEqual([{ msgtype: 'text', text: { content: 'Hello' } }]);
    expect(messages([{ type: 'text', text: 'Track it' }, { type: 'link', href: 'https://t.example/SF1', text: 'here' }, { type: 'image', src: 'https://img.example/a.png' }])).toEqual([
      { msgtype: 'markdown', markdown: { title: 'Track it', text: 'Track it\n\n[here](https://t.example/SF1)\n\n![](https://img.example/a.png)' } },
    ]);
    expect(messages([{ type: 'file', src: 'https://files.example/invoice.pdf', name: 'invoice.pdf' }])[0]).toMatchObject({ msgtype: 'markdown', markdown: { text: '[invoice.pdf](https://files.example/invoice.pdf)' } });
    expect(render(target, [])).toEqual([]);
  });

  it('mentions are written inline and listed in `at`', () => {
    expect(messages([{ type: 'mention', userId: 'staff-9' }, { type: 'text', text: 'your parcel left' }])).toEqual([
      { msgtype: 'text', text: { content: '@staff-9\nyour parcel left' }, at: { atUserIds: ['staff-9'] } },
    ]);
    expect(messages([{ type: 'mention', all: true }, { type: 'text', text: 'sale!' }])[0]).toMatchObject({ at: { isAtAll: true } });
  });

  it('buttons make an actionCard whose postback buttons send their label, remembered for decoding', () => {
    const [body, ...rest] = bodies([
      { type: 'text', text: 'Hi! How can I help?\nPick one.' },
      { type: 'buttons', buttons: [{ id: 'b0', label: 'Track my order', value: 'intent:order_status' }, { id: 'site', label: 'Website', url: 'https://shop.example' }] },
    ]);
    expect(rest).toEqual([]);
    expect(body!.message).toEqual({
      msgtype: 'actionCard',
      actionCard: {
        title: 'Hi! How can I help?', text: 'Hi! How can I help?\nPick one.', btnOrientation: '0',
        btns: [{ title: 'Track my order', actionURL: 'dtmd://dingtalkclient/sendMessage?content=Track%20my%20order' }, { title: 'Website', actionURL: 'https://shop.example' }],
      },
    });
    expect(body!.postbacks).toEqual({ [postbackKey('Track my order')]: { id: 'b0', value: 'intent:order_status' } });
    expect(postbackKey(' TRACK  my order ')).toBe(postbackKey('Track my order'));
  });

  it('splits more than five buttons over several cards (the robot API takes five)', () => {
    const buttons = Array.from({ length: 7 }, (_, i) => ({ id: `b${i}`, label: `Option ${i}` }));
    const cards = messages([{ type: 'text', text: 'Choose' }, { type: 'buttons', buttons }]);
    expect(cards.map((c) => (c.msgtype === 'actionCard' ? c.actionCard.btns.length : 0))).toEqual([5, 2]);
  });

  it('products go out as one feedCard whose entries press the product\'s first button', () => {
    const product = (id: string, title: string): Element => ({
      type: 'product', productId: id, title, price: '$59.99', image: `https://shop.example/${id}.png`,
      buttons: [{ id: `details:${id}`, label: 'Details', value: `intent:product_question?product=${id}` }, { id: `similar:${id}`, label: 'Similar', value: `intent:recommendation?product=${id}` }],
    });
    const [intro, feed] = bodies([{ type: 'text', text: 'You may like:' }, product('P001', 'Earbuds'), product('P002', 'Speaker')]);
    expect(intro!.message).toEqual({ msgtype: 'text', text: { content: 'You may like:' } });
    expect(feed!.message).toEqual({
      msgtype: 'feedCard',
      feedCard: { links: [
        { title: 'Earbuds · $59.99', messageURL: sendMessageLink('Details · Earbuds'), picURL: 'https://shop.example/P001.png' },
        { title: 'Speaker · $59.99', messageURL: sendMessageLink('Details · Speaker'), picURL: 'https://shop.example/P002.png' },
      ] },
    });
    expect(feed!.postbacks[postbackKey('Details · Speaker')]).toEqual({ id: 'details:P002', value: 'intent:product_question?product=P002' });
  });

  it('cards, and DingTalk-specific platform messages; other platforms\' extras are dropped', () => {
    expect(messages([{ type: 'card', title: 'Coupon', text: '10% off', image: 'https://img.example/c.png' }])).toEqual([
      { msgtype: 'markdown', markdown: { title: 'Coupon', text: '![Coupon](https://img.example/c.png)\n\n**Coupon**\n\n10% off' } },
    ]);
    const raw = { msgtype: 'markdown', markdown: { title: 'x', text: '# x' } };
    expect(messages([{ type: 'platform', platform: 'dingtalk', name: 'message', data: raw }, { type: 'platform', platform: 'telegram', name: 'sticker', data: {} }])).toEqual([raw]);
  });
});

describe('robot API templates', () => {
  it('map every webhook message to a template the robot API knows', () => {
    expect(toRobotTemplate({ msgtype: 'text', text: { content: 'hi' } })).toEqual({ msgKey: 'sampleText', msgParam: { content: 'hi' } });
    expect(toRobotTemplate({ msgtype: 'markdown', markdown: { title: 't', text: '**b**' } })).toEqual({ msgKey: 'sampleMarkdown', msgParam: { title: 't', text: '**b**' } });
    const card = (n: number) => ({ msgtype: 'actionCard' as const, actionCard: { title: 'T', text: 'x', btnOrientation: '0' as const, btns: Array.from({ length: n }, (_, i) => ({ title: `b${i}`, actionURL: `https://x/${i}` })) } });
    expect(toRobotTemplate(card(1))).toEqual({ msgKey: 'sampleActionCard', msgParam: { title: 'T', text: 'x', singleTitle: 'b0', singleURL: 'https://x/0' } });
    expect(toRobotTemplate(card(3))).toEqual({ msgKey: 'sampleActionCard3', msgParam: { title: 'T', text: 'x', actionTitle1: 'b0', actionURL1: 'https://x/0', actionTitle2: 'b1', actionURL2: 'https://x/1', actionTitle3: 'b2', actionURL3: 'https://x/2' } });
    expect(toRobotTemplate(card(5)).msgKey).toBe('sampleActionCard5');
    expect(toRobotTemplate({ msgtype: 'feedCard', feedCard: { links: [{ title: 'Earbuds', messageURL: 'dtmd://x', picURL: 'https://p/1.png' }] } })).toEqual({
      msgKey: 'sampleMarkdown', msgParam: { title: 'Earbuds', text: '![](https://p/1.png)\n\n[Earbuds](dtmd://x)' },
    });
  });
});
