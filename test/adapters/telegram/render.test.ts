import { describe, expect, it } from 'vitest';
import { STORED_PREFIX } from '../../../adapters/telegram/callback-data.js';
import { render, type TelegramBody } from '../../../adapters/telegram/render.js';
import type { Payload } from '../../../core/model/adapter.js';
import type { Element } from '../../../core/model/elements.js';
import type { Target } from '../../../core/model/event.js';
import { checkMarkup, checkText, parseHtml } from '../../fakes/telegram/checks.js';

const direct: Target = { platform: 'telegram', botId: 'b', conversation: { id: '42', kind: 'direct' }, userId: '42' };
const group: Target = { platform: 'telegram', botId: 'b', conversation: { id: '-1009', kind: 'group' }, hint: { replyToMessageId: 555, threadId: 7 } };
const params = (p: Payload) => (p.body as TelegramBody).params;
const plain = (html: unknown) => {
  const parsed = parseHtml(String(html));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.text;
};

/** Everything render produces must pass what the Bot API checks. */
function renderValid(target: Target, content: Element[], publicUrl?: string): Payload[] {
  const payloads = render(target, content, { publicUrl });
  for (const p of payloads) {
    const q = params(p);
    expect(q.chat_id).toBe(target.conversation.id);
    if (p.method === 'sendMessage') expect(checkText(q.text, q.parse_mode, 'text')).toBeUndefined();
    else expect(checkText(q.caption, q.parse_mode, 'caption')).toBeUndefined();
    expect(checkMarkup(q.reply_markup)).toBeUndefined();
  }
  return payloads;
}

const product = (image: string): Element => ({
  type: 'product', productId: 'P001', title: 'Wireless <Pro> Headphones', text: 'Noise cancelling & 30 h battery.', price: '$89.00', image,
  buttons: [{ id: 'details:P001', label: 'Details', value: 'intent:product_question?product=P001' }, { id: 'similar:P001', label: 'Similar', value: 'intent:recommendation?product=P001' }],
});

describe('render', () => {
  it('escapes text for HTML and joins a message into one sendMessage', () => {
    const [p, ...rest] = renderValid(direct, [{ type: 'text', text: 'Order <SM100234> & co' }, { type: 'text', text: 'line 2' }]);
    expect(rest).toEqual([]);
    expect(p!.method).toBe('sendMessage');
    expect(params(p!)).toMatchObject({ text: 'Order &lt;SM100234&gt; &amp; co\nline 2', parse_mode: 'HTML' });
  });

  it('splits text beyond 4096 characters into several messages', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const payloads = renderValid(direct, [{ type: 'text', text: long }]);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.map((p) => plain(params(p).text)).join(' ')).toBe(long);
  });

  it('renders mentions and links, and drops @all, which Telegram has not', () => {
    const [p] = renderValid(group, [
      { type: 'mention', userId: '11', name: 'Ana <3' }, { type: 'text', text: 'your order shipped' },
      { type: 'mention', all: true }, { type: 'link', href: 'https://track.example/SF1?a=1&b=2', text: 'track it' },
      { type: 'link', href: 'javascript:alert(1)', text: 'not a link' },
    ]);
    expect(params(p!).text).toBe('<a href="tg://user?id=11">Ana &lt;3</a> your order shipped <a href="https://track.example/SF1?a=1&amp;b=2">track it</a> not a link');
  });

  it('turns buttons into an inline keyboard on the text before them', () => {
    const [p] = renderValid(direct, [
      { type: 'text', text: 'How can I help?' },
      { type: 'buttons', buttons: [
        { id: 'b0', label: 'Track my order', value: 'intent:order_status' }, { id: 'b1', label: 'Returns', value: 'intent:return_request' },
        { id: 'b2', label: 'Talk to a person' }, { id: 'b3', label: 'Our shop', url: 'https://shop.example' },
      ] },
    ]);
    expect(params(p!).reply_markup).toEqual({ inline_keyboard: [
      [{ text: 'Track my order', callback_data: 'intent:order_status' }, { text: 'Returns', callback_data: 'intent:return_request' }],
      [{ text: 'Talk to a person', callback_data: 'Talk to a person' }, { text: 'Our shop', url: 'https://shop.example' }],
    ] });
  });

  it('keeps values longer than callback_data allows aside, under a stable key', () => {
    const value = `intent:product_search?query=${'кроссовки '.repeat(8)}`;
    const [a] = renderValid(direct, [{ type: 'text', text: 'x' }, { type: 'buttons', buttons: [{ id: 'long', label: 'Search', value }] }]);
    const [b] = render(direct, [{ type: 'text', text: 'y' }, { type: 'buttons', buttons: [{ id: 'long', label: 'Search', value }] }]);
    const data = (params(a!).reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]![0]!.callback_data;
    expect(data.startsWith(STORED_PREFIX)).toBe(true);
    expect((a!.body as TelegramBody).callbacks).toEqual({ [data]: value });
    expect((b!.body as TelegramBody).callbacks).toEqual({ [data]: value });
  });

  it('renders a product with a photo as sendPhoto with caption and buttons', () => {
    const payloads = renderValid(direct, [{ type: 'text', text: 'Here you go:' }, product('https://cdn.example/p001.png')]);
    expect(payloads.map((p) => p.method)).toEqual(['sendMessage', 'sendPhoto']);
    const photo = params(payloads[1]!);
    expect(photo).toMatchObject({ photo: 'https://cdn.example/p001.png', parse_mode: 'HTML' });
    expect(plain(photo.caption)).toBe('Wireless <Pro> Headphones\n$89.00\n\nNoise cancelling & 30 h battery.');
    expect((photo.reply_markup as { inline_keyboard: unknown[][] }).inline_keyboard.flat()).toHaveLength(2);
  });

  it('makes relative images absolute, and renders a card Telegram cannot show a photo for as text with its buttons', () => {
    const [photo] = renderValid(direct, [product('/media/products/demo-shop/P001.png')], 'https://shop.example/');
    expect(params(photo!).photo).toBe('https://shop.example/media/products/demo-shop/P001.png');
    for (const [image, base] of [['/media/products/demo-shop/P001.svg', 'https://shop.example'], ['/media/products/demo-shop/P001.png', undefined]] as const) {
      const [card] = renderValid(direct, [product(image)], base);
      expect(card!.method).toBe('sendMessage');
      expect(plain(params(card!).text)).toContain('Wireless <Pro> Headphones');
      expect(params(card!).reply_markup).toBeDefined();
    }
  });

  it('cuts a caption to 1024 characters', () => {
    const [p] = renderValid(direct, [{ type: 'card', title: 'Big', text: 'x'.repeat(3000), image: 'https://cdn.example/a.jpg' }]);
    expect(plain(params(p!).caption).length).toBeLessThanOrEqual(1024);
  });

  it('sends media by file_id or by a URL Telegram can fetch, and links the rest', () => {
    const payloads = renderValid(direct, [
      { type: 'image', src: 'tg-file:AgAD123' }, { type: 'file', src: 'https://cdn.example/invoice.pdf', name: 'invoice.pdf' },
      { type: 'file', src: 'https://cdn.example/terms.docx', name: 'Terms' }, { type: 'video', src: 'https://cdn.example/demo.mp4' },
      { type: 'image', src: 'https://', name: 'broken' },
    ]);
    expect(payloads.map((p) => [p.method, params(p).photo ?? params(p).document ?? params(p).video ?? params(p).text])).toEqual([
      ['sendPhoto', 'AgAD123'], ['sendDocument', 'https://cdn.example/invoice.pdf'],
      ['sendMessage', '<a href="https://cdn.example/terms.docx">Terms</a>'], ['sendVideo', 'https://cdn.example/demo.mp4'],
      ['sendMessage', 'broken'],
    ]);
  });

  it('passes telegram platform elements through as API calls and drops other platforms', () => {
    const payloads = renderValid(direct, [
      { type: 'platform', platform: 'telegram', name: 'sendSticker', data: { sticker: 'CAAC123' } },
      { type: 'platform', platform: 'wecom', name: 'miniprogram', data: {} },
    ]);
    expect(payloads).toEqual([{ target: direct, method: 'sendSticker', body: { params: { chat_id: '42', sticker: 'CAAC123' } } }]);
  });

  it('in groups quotes the shopper\'s message once and stays in the forum topic', () => {
    const payloads = renderValid(group, [{ type: 'text', text: 'Sure' }, product('https://cdn.example/p.png')]);
    expect(params(payloads[0]!)).toMatchObject({ message_thread_id: 7, reply_parameters: { message_id: 555, allow_sending_without_reply: true } });
    expect(params(payloads[1]!).message_thread_id).toBe(7);
    expect(params(payloads[1]!).reply_parameters).toBeUndefined();
  });

  it('gives a keyboard without text something to hang under', () => {
    const [p] = renderValid(direct, [{ type: 'buttons', buttons: [{ id: 'y', label: 'Yes' }] }]);
    expect(p!.method).toBe('sendMessage');
    expect(params(p!).reply_markup).toEqual({ inline_keyboard: [[{ text: 'Yes', callback_data: 'Yes' }]] });
  });
});
