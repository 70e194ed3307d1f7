import { describe, expect, it } from 'vitest';
import type { Element } from '../../../core/model/elements.js';
import type { Target } from '../../../core/model/event.js';
import { render, splitBytes, type WecomPayloadBody } from '../../../adapters/wecom/render.js';
import { renderAibot, type AibotPayloadBody } from '../../../adapters/wecom/render-aibot.js';

const options = { agentId: 1000002, cardTitle: 'Demo Shop', publicUrl: 'https://shop.example' };
const target = (id: string, kind: 'direct' | 'group' = 'direct', hint?: unknown): Target =>
  ({ platform: 'wecom', botId: 'b', conversation: { id, kind }, userId: 'u', ...(hint ? { hint } : {}) });
const bodies = (t: Target, content: Element[]) => render(t, content, options).map((p) => ({ method: p.method, ...(p.body as WecomPayloadBody) }));

const menu: Element = { type: 'buttons', buttons: [
  { id: 'b0', label: 'Track my order', value: 'intent:order_status' },
  { id: 'b1', label: 'Returns', value: 'intent:return_request' },
] };
const product = (id: string, title: string): Element => ({
  type: 'product', productId: id, title, text: `About ${title}`, price: '$59.99', image: `/media/products/b/${id}.svg`,
  buttons: [{ id: `details:${id}`, label: 'Details', value: `intent:product_question?product=${id}` }],
});

describe('WeCom render: app messages (message/send)', () => {
  it('sends text as text, addressed to the member with the agent id', () => {
    expect(bodies(target('zhangsan'), [{ type: 'text', text: 'Hello' }, { type: 'link', href: 'https://shop.example/o/1', text: 'your order' }])).toEqual([{
      method: 'message/send', route: { kind: 'app', userId: 'zhangsan' }, uploads: [],
      request: { touser: 'zhangsan', agentid: 1000002, msgtype: 'text', text: { content: 'Hello\n<a href="https://shop.example/o/1">your order</a>' } },
    }]);
  });

  it('puts buttons on a template card: short text as its title, longer text under the bot name, long text before it', () => {
    const [short] = bodies(target('u'), [{ type: 'text', text: 'Anything else?' }, menu]);
    expect(short).toMatchObject({ needsTaskId: true, request: { msgtype: 'template_card', template_card: {
      card_type: 'button_interaction', main_title: { title: 'Anything else?' },
      button_list: [{ text: 'Track my order', style: 1, key: '["b0","intent:order_status"]' }, { text: 'Returns', key: '["b1","intent:return_request"]' }],
    } } });
    const greeting = 'Hi! Welcome to Demo Shop. I can track orders and help with returns. How can I help?';
    const [medium] = bodies(target('u'), [{ type: 'text', text: greeting }, menu]);
    expect(medium!.request.template_card).toMatchObject({ main_title: { title: 'Demo Shop' }, sub_title_text: greeting });
    const long = `${'This is a long explanation. '.repeat(6)}Which one do you want?`;
    const out = bodies(target('u'), [{ type: 'text', text: long }, menu]);
    expect(out.map((b) => b.request.msgtype)).toEqual(['text', 'template_card']);
    expect(out[1]!.request.template_card).toMatchObject({ sub_title_text: 'Which one do you want?' });
  });

  it('sends one URL button as a textcard', () => {
    const [card] = bodies(target('u'), [{ type: 'text', text: 'Track it here' }, { type: 'buttons', buttons: [{ id: 'x', label: 'Open', url: 'https://t.example/SF1' }] }]).slice(1);
    expect(card!.request).toMatchObject({ msgtype: 'textcard', textcard: { title: 'Open', description: 'Track it here', url: 'https://t.example/SF1' } });
  });

  it('renders a product as a news article with an absolute picture, and its buttons on a card', () => {
    const out = bodies(target('u'), [{ type: 'text', text: "Here's one:" }, product('P001', 'Wireless Headphones X1')]);
    expect(out.map((b) => b.request.msgtype)).toEqual(['text', 'news', 'template_card']);
    expect(out[1]!.request.news).toEqual({ articles: [{
      title: 'Wireless Headphones X1 $59.99', description: 'About Wireless Headphones X1',
      url: 'https://shop.example/media/products/b/P001.svg', picurl: 'https://shop.example/media/products/b/P001.svg',
    }] });
    expect(out[2]!.request.template_card).toMatchObject({ main_title: { title: 'Wireless Headphones X1', desc: '$59.99' } });
  });

  it('numbers several products and shares one card of numbered buttons', () => {
    const out = bodies(target('u'), [product('P1', 'One'), product('P2', 'Two'), product('P3', 'Three')]);
    expect(out.map((b) => b.request.msgtype)).toEqual(['news', 'template_card']);
    expect((out[0]!.request.news as { articles: { title: string }[] }).articles.map((a) => a.title)).toEqual(['1. One $59.99', '2. Two $59.99', '3. Three $59.99']);
    expect((out[1]!.request.template_card as { button_list: { text: string }[] }).button_list.map((b) => b.text)).toEqual(['Details 1', 'Details 2', 'Details 3']);
  });

  it('uploads files before sending them, and passes WeCom-specific messages through', () => {
    const out = bodies(target('u'), [
      { type: 'file', src: 'https://shop.example/manuals/x1.pdf' },
      { type: 'platform', platform: 'wecom', name: 'miniprogram_notice', data: { appid: 'wx1', title: 'Order' } },
      { type: 'platform', platform: 'telegram', name: 'sticker', data: {} },
    ]);
    expect(out).toEqual([
      { method: 'message/send', route: { kind: 'app', userId: 'u' }, request: { touser: 'u', agentid: 1000002, msgtype: 'file', file: { media_id: '' } },
        uploads: [{ src: 'https://shop.example/manuals/x1.pdf', name: 'x1.pdf', mediaType: 'file', path: 'file.media_id' }] },
      { method: 'message/send', route: { kind: 'app', userId: 'u' }, request: { touser: 'u', agentid: 1000002, msgtype: 'miniprogram_notice', miniprogram_notice: { appid: 'wx1', title: 'Order' } }, uploads: [] },
    ]);
  });

  it('splits text over 2048 bytes without breaking characters', () => {
    const text = '订单'.repeat(700);
    const parts = splitBytes(text, 2048);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => Buffer.byteLength(p) <= 2048)).toBe(true);
    expect(bodies(target('u'), [{ type: 'text', text }])).toHaveLength(parts.length);
  });
});

describe('WeCom render: app group chats, customers and customer groups', () => {
  it('lists buttons in markdown for an app group chat (no template cards there)', () => {
    const [b] = bodies(target('ops_chat_1', 'group'), [{ type: 'text', text: 'Pick one' }, menu]);
    expect(b).toMatchObject({ method: 'appchat/send', request: { chatid: 'ops_chat_1', msgtype: 'markdown', markdown: { content: 'Pick one\n- Track my order\n- Returns' } } });
  });

  it('makes one mass-send message for a customer: text, numbered options, link attachments, uploads', () => {
    const [b] = bodies(target('customer:wmC1'), [{ type: 'text', text: 'New arrivals' }, menu, product('P001', 'Headphones'), { type: 'image', src: 'https://shop.example/banner.png' }]);
    expect(b).toEqual({
      method: 'externalcontact/add_msg_template', route: { kind: 'customer', externalUserId: 'wmC1' },
      request: {
        text: { content: 'New arrivals\n1. Track my order\n2. Returns' },
        attachments: [
          { msgtype: 'link', link: { title: 'Headphones $59.99', url: 'https://shop.example/media/products/b/P001.svg', picurl: 'https://shop.example/media/products/b/P001.svg', desc: 'About Headphones' } },
          { msgtype: 'image', image: { media_id: '' } },
        ],
      },
      uploads: [{ src: 'https://shop.example/banner.png', name: 'banner.png', mediaType: 'image', path: 'attachments.1.image.media_id' }],
    });
    expect(bodies(target('customer-group:wrG', 'group'), [{ type: 'text', text: 'Hi all' }])[0]).toMatchObject({ route: { kind: 'customer_group', chatId: 'wrG' } });
  });

  it('answers a new customer with the welcome code when the event carried one', () => {
    const [b] = bodies(target('customer:wmC1', 'direct', { welcomeCode: 'WC' }), [{ type: 'text', text: 'Welcome!' }]);
    expect(b).toMatchObject({ method: 'externalcontact/send_welcome_msg', route: { kind: 'welcome', welcomeCode: 'WC', externalUserId: 'wmC1' }, request: { text: { content: 'Welcome!' } } });
  });
});

describe('WeCom render: intelligent robot', () => {
  it('renders markdown and collects postback buttons for a card', () => {
    const [p] = renderAibot(target('wrkGroup', 'group'), [
      { type: 'text', text: 'Found these:' }, product('P1', 'One'), product('P2', 'Two'), { type: 'link', href: '/orders/1', text: 'order [1]' }, menu,
    ], 'https://shop.example');
    const body = p!.body as AibotPayloadBody;
    expect(body.markdown).toBe([
      'Found these:',
      '1. **One** — $59.99\nAbout One\n[One](https://shop.example/media/products/b/P1.svg)',
      '2. **Two** — $59.99\nAbout Two\n[Two](https://shop.example/media/products/b/P2.svg)',
      '[order \\[1\\]](https://shop.example/orders/1)',
    ].join('\n\n'));
    expect(body.buttons.map((b) => b.label)).toEqual(['Details 1', 'Details 2', 'Track my order', 'Returns']);
    expect(renderAibot(target('u'), [], undefined)).toEqual([]);
  });

  it('lists the buttons a card cannot hold (more than six) in the text', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `b${i}`, label: `Choice [${i}]`, value: `v${i}` }));
    const [p] = renderAibot(target('u'), [{ type: 'text', text: 'Pick one:' }, { type: 'buttons', buttons: many }], undefined);
    const body = p!.body as AibotPayloadBody;
    expect(body.buttons.map((b) => b.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5']);
    expect(body.markdown).toBe('Pick one:\n\n- Choice \\[6\\]\n- Choice \\[7\\]');
  });
});
