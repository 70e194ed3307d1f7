import { describe, expect, it } from 'vitest';
import { render, type OutboundActivity } from '../../../adapters/teams/render.js';
import { ADAPTIVE_CARD, type AdaptiveCard } from '../../../adapters/teams/cards.js';
import type { Element } from '../../../core/model/elements.js';
import type { Target } from '../../../core/model/event.js';

const target: Target = { platform: 'teams', botId: 'demo-shop', conversation: { id: 'a:1', kind: 'direct' } };
const activities = (content: Element[]) => render(target, content).map((p) => {
  expect(p).toMatchObject({ target, method: 'sendActivity' });
  return p.body as OutboundActivity;
});
const cardOf = (a: OutboundActivity, i = 0) => {
  expect(a.attachments![i]!.contentType).toBe(ADAPTIVE_CARD);
  return a.attachments![i]!.content as AdaptiveCard;
};
const buttons = [
  { id: 'track', label: 'Track my order', value: 'intent:order_status' },
  { id: 'site', label: 'Our shop', url: 'https://shop.example' },
];

describe('Teams rendering', () => {
  it('puts more buttons than Teams shows (six) into rows of the card body, none dropped', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `l${i}`, label: `Lang ${i}`, value: `intent:language?locale=l${i}` }));
    const [a] = activities([{ type: 'text', text: 'Which language?' }, { type: 'buttons', buttons: many }]);
    const c = cardOf(a!);
    expect(c.actions).toBeUndefined();
    const rows = c.body.filter((e) => e.type === 'ActionSet') as unknown as { actions: { title: string }[] }[];
    expect(rows.map((r) => r.actions.length)).toEqual([5, 5, 5]);
    expect(rows.flatMap((r) => r.actions.map((x) => x.title))).toEqual(many.map((b) => b.label));
    const [few] = activities([{ type: 'text', text: 'Pick' }, { type: 'buttons', buttons: many.slice(0, 6) }]);
    expect(cardOf(few!).actions).toHaveLength(6);
  });

  it('sends text as escaped Teams XML, line breaks kept', () => {
    expect(activities([{ type: 'text', text: 'Price < $5 & "free" shipping\nToday only' }])).toEqual([
      { type: 'message', text: 'Price &lt; $5 &amp; &quot;free&quot; shipping<br>Today only', textFormat: 'xml' },
    ]);
  });

  it('mentions users with <at> tags and mention entities', () => {
    const [a] = activities([{ type: 'mention', userId: '29:abc', name: 'Ana' }, { type: 'text', text: 'your order shipped' }, { type: 'mention', all: true }]);
    expect(a).toEqual({
      type: 'message', text: '<at>Ana</at> your order shipped', textFormat: 'xml',
      entities: [{ type: 'mention', text: '<at>Ana</at>', mentioned: { id: '29:abc', name: 'Ana' } }],
    });
  });

  it('links, files and media become links', () => {
    const [a] = activities([
      { type: 'link', href: 'https://t.example/SF1?a=1&b=2', text: 'Track' },
      { type: 'file', src: 'https://cdn.example/invoice.pdf', name: 'Invoice' },
      { type: 'video', src: 'https://cdn.example/how-to.mp4' },
    ]);
    expect(a!.text).toBe('<a href="https://t.example/SF1?a=1&amp;b=2">Track</a> <a href="https://cdn.example/invoice.pdf">Invoice</a> <a href="https://cdn.example/how-to.mp4">https://cdn.example/how-to.mp4</a>');
  });

  it('text with buttons is one Adaptive Card: the text, then the actions', () => {
    const [a, ...rest] = activities([{ type: 'text', text: 'Hi! What can I do?\nPick one:' }, { type: 'buttons', buttons }]);
    expect(rest).toEqual([]);
    expect(a!.text).toBeUndefined();
    expect(a!.summary).toBe('Hi! What can I do?\nPick one:');
    const card = cardOf(a!);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card.body.map((b) => b.text)).toEqual(['Hi! What can I do?', 'Pick one:']);
    expect(card.actions).toEqual([
      {
        type: 'Action.Submit', title: 'Track my order',
        data: { msteams: { type: 'messageBack', displayText: 'Track my order', text: 'intent:order_status' }, shopmate: { id: 'track', value: 'intent:order_status' } },
      },
      { type: 'Action.OpenUrl', title: 'Our shop', url: 'https://shop.example' },
    ]);
  });

  it('products are Adaptive Cards with image, title, price, description and actions; several make a carousel', () => {
    const product = (id: string, image: string): Element => ({
      type: 'product', productId: id, title: `Headphones ${id}`, text: 'Wireless, 30 h battery', price: '$59.00', image,
      buttons: [{ id: `details:${id}`, label: 'Details', value: `intent:product_question?product=${id}` }],
    });
    const [first, second] = activities([
      { type: 'text', text: 'Here are some:' },
      product('P001', 'https://shop.example/p1.png'),
      product('P002', '/media/products/demo-shop/P002.svg'),
      { type: 'buttons', buttons: [buttons[0]!] },
    ]);
    expect(first).toMatchObject({ text: 'Here are some:', attachmentLayout: 'carousel' });
    expect(first!.attachments).toHaveLength(2);
    const p1 = cardOf(first!, 0);
    expect(p1.body[0]).toEqual({ type: 'Image', url: 'https://shop.example/p1.png', size: 'Stretch', altText: 'Headphones P001' });
    expect(p1.body.slice(1).map((b) => b.text)).toEqual(['Headphones P001', '$59.00', 'Wireless, 30 h battery']);
    expect(p1.actions).toHaveLength(1);
    // Teams cannot load a relative URL: no broken image.
    expect(cardOf(first!, 1).body.some((b) => b.type === 'Image')).toBe(false);
    // The message's own buttons stay out of the carousel.
    expect(cardOf(second!).actions!.map((x) => x.title)).toEqual(['Track my order']);
  });

  it('a single card keeps the message\'s buttons beside it; images are image cards', () => {
    const [a, ...rest] = activities([
      { type: 'mention', userId: '29:x', name: 'Xi' },
      { type: 'card', title: 'Coupon', text: 'SAVE10' },
      { type: 'buttons', buttons },
    ]);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ text: '<at>Xi</at>', entities: [{ mentioned: { id: '29:x' } }] });
    expect(a!.attachmentLayout).toBeUndefined();
    expect(a!.attachments!.map((x) => (x.content as AdaptiveCard).body[0]?.text ?? 'actions')).toEqual(['Coupon', 'actions']);
    const [img] = activities([{ type: 'image', src: 'https://shop.example/banner.png', name: 'Spring sale' }]);
    expect(cardOf(img!).body).toEqual([{ type: 'Image', url: 'https://shop.example/banner.png', size: 'Stretch', altText: 'Spring sale' }]);
  });

  it('passes Teams extras through and drops other platforms\'', () => {
    const custom = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'custom' }] };
    expect(activities([{ type: 'platform', platform: 'teams', name: 'adaptive_card', data: custom }])).toEqual([
      { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: custom }] },
    ]);
    expect(activities([{ type: 'platform', platform: 'teams', name: 'activity', data: { importance: 'high', text: 'x' } }])).toEqual([{ importance: 'high', text: 'x', type: 'message' }]);
    expect(activities([{ type: 'platform', platform: 'telegram', name: 'sticker', data: {} }])).toEqual([]);
    expect(activities([])).toEqual([]);
  });
});
