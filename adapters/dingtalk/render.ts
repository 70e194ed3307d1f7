import type { Payload } from '../../core/model/adapter.js';
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { postbackKey, type Postback } from './decode.js';

/**
 * Outbound DingTalk messages in the sessionWebhook's shape; `send` converts them to robot-API
 * templates when the webhook has expired (templates.ts).
 * Formats: https://open.dingtalk.com/document/development/robot-message-type
 */
export interface DingAt {
  atUserIds?: string[];
  isAtAll?: boolean;
}

export interface DingButton {
  title: string;
  actionURL: string;
}

export interface DingFeedLink {
  title: string;
  messageURL: string;
  picURL: string;
}

export type DingMessage =
  | { msgtype: 'text'; text: { content: string }; at?: DingAt }
  | { msgtype: 'markdown'; markdown: { title: string; text: string }; at?: DingAt }
  | { msgtype: 'actionCard'; actionCard: { title: string; text: string; btnOrientation: '0' | '1'; btns: DingButton[] } }
  | { msgtype: 'feedCard'; feedCard: { links: DingFeedLink[] } };

/** `Payload.body` of the DingTalk adapter: the message, and the buttons whose presses come back as text. */
export interface DingPayloadBody {
  message: DingMessage;
  /** postbackKey(text the press posts) → the button. */
  postbacks: Record<string, Postback>;
}

/** Robot API templates take at most five buttons per card (sampleActionCard … sampleActionCard5). */
export const MAX_BUTTONS = 5;
const TITLE_CHARS = 40;

/**
 * A button that posts back: DingTalk's `dtmd` link makes the shopper's client send `content` as a
 * message to the robot, which decode maps back to the button.
 * https://open.dingtalk.com/document/orgapp/message-link-description
 */
export const sendMessageLink = (content: string): string => `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(content)}`;

const mdEscape = (s: string): string => s.replace(/([[\]()])/g, '\\$1');

function titleOf(text: string, fallback: string): string {
  // The first line with words, as plain text: images dropped, links reduced to their text, markup stripped.
  const plain = (l: string): string => l.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^[#>\s]+/, '').replace(/[*_`]/g, '').trim();
  const line = text.split('\n').map(plain).find(Boolean) ?? fallback;
  return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line;
}

class Collector {
  readonly postbacks: Record<string, Postback> = {};

  /** A button as DingTalk renders it: URL buttons open the link, the others post `text` back. */
  button(b: Button, text = b.label): DingButton {
    if (b.url) return { title: b.label, actionURL: b.url };
    this.postbacks[postbackKey(text)] = { id: b.id, value: b.value ?? b.label };
    return { title: b.label, actionURL: sendMessageLink(text) };
  }

  actionCards(title: string, text: string, buttons: Button[]): DingMessage[] {
    const cards: DingMessage[] = [];
    for (let i = 0; i < buttons.length; i += MAX_BUTTONS) {
      const btns = buttons.slice(i, i + MAX_BUTTONS).map((b) => this.button(b));
      cards.push({ msgtype: 'actionCard', actionCard: { title, text: i === 0 ? text : title, btnOrientation: '0', btns } });
    }
    return cards;
  }
}

type Card = Extract<Element, { type: 'card' }>;
type Product = Extract<Element, { type: 'product' }>;

function cardMessages(c: Card, out: Collector): DingMessage[] {
  const text = [c.image ? `![${mdEscape(c.title)}](${c.image})` : '', `**${c.title}**`, c.text ?? ''].filter(Boolean).join('\n\n');
  if (c.buttons?.length) return out.actionCards(c.title, text, c.buttons);
  return [{ msgtype: 'markdown', markdown: { title: titleOf(c.title, c.title), text } }];
}

/** Products go out as one feedCard (one message for up to five products: the group limit counts messages). */
function feedCard(products: Product[], out: Collector): DingMessage {
  const links = products.map((p): DingFeedLink => {
    const title = p.price ? `${p.title} · ${p.price}` : p.title;
    const first = p.buttons?.[0];
    // Tapping the product presses its first button; its posted text names the product so presses on different products differ.
    const messageURL = first ? out.button(first, first.url ? first.label : `${first.label} · ${p.title}`).actionURL : sendMessageLink(p.title);
    return { title, messageURL, picURL: p.image ?? '' };
  });
  return { msgtype: 'feedCard', feedCard: { links } };
}

/** Pure: one message's elements → DingTalk payloads (text or markdown, or an actionCard when it has buttons; cards; a feedCard of products). */
export function render(target: Target, content: Element[]): Payload[] {
  const out = new Collector();
  const parts: string[] = [];
  const at: DingAt = {};
  const buttons: Button[] = [];
  const products: Product[] = [];
  const extra: DingMessage[] = [];
  let markdown = false;
  for (const el of content) {
    switch (el.type) {
      case 'text':
        parts.push(el.text);
        break;
      case 'mention':
        if ('all' in el) {
          at.isAtAll = true;
          parts.push('@all');
        } else {
          (at.atUserIds ??= []).push(el.userId);
          parts.push(`@${el.userId}`);
        }
        break;
      case 'link':
        markdown = true;
        parts.push(`[${mdEscape(el.text ?? el.href)}](${el.href})`);
        break;
      case 'image':
        markdown = true;
        parts.push(`![${mdEscape(el.name ?? '')}](${el.src})`);
        break;
      case 'audio':
      case 'video':
      case 'file':
        // Robot messages carry media only as uploaded mediaIds; a URL goes out as a link.
        markdown = true;
        parts.push(`[${mdEscape(el.name ?? el.src.split('/').pop() ?? el.type)}](${el.src})`);
        break;
      case 'buttons':
        buttons.push(...el.buttons);
        break;
      case 'card':
        extra.push(...cardMessages(el, out));
        break;
      case 'product':
        products.push(el);
        break;
      case 'platform':
        if (el.platform === 'dingtalk' && el.name === 'message') extra.push(el.data as DingMessage);
        break;
      default:
        assertNever(el);
    }
  }
  const messages: DingMessage[] = [];
  const text = parts.join(markdown ? '\n\n' : '\n').trim();
  if (buttons.length) messages.push(...out.actionCards(titleOf(text, buttons[0]!.label), text || titleOf(text, buttons[0]!.label), buttons));
  else if (text && markdown) messages.push({ msgtype: 'markdown', markdown: { title: titleOf(text, text), text }, ...(at.atUserIds || at.isAtAll ? { at } : {}) });
  else if (text) messages.push({ msgtype: 'text', text: { content: text }, ...(at.atUserIds || at.isAtAll ? { at } : {}) });
  messages.push(...extra);
  if (products.length) messages.push(feedCard(products, out));
  return messages.map((message) => ({ target, method: message.msgtype, body: { message, postbacks: out.postbacks } satisfies DingPayloadBody }));
}
