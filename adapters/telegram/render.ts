import type { Payload } from '../../core/model/adapter.js';
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { encodeCallback } from './callback-data.js';
import { FILE_SCHEME, type TelegramHint } from './decode.js';
import { escapeAttr, escapeHtml, isLinkable, splitText, truncate } from './html.js';

/** What `send` gets: the Bot API method's parameters, and long button values to keep first. */
export interface TelegramBody {
  params: Record<string, unknown>;
  /** callback_data → the full button value it stands for (see callback-data.ts). */
  callbacks?: Record<string, string>;
}

export interface RenderOptions {
  /** Base for relative media links (our own product images); Telegram fetches URLs itself. */
  publicUrl?: string | undefined;
}

/** https://core.telegram.org/bots/api#sendmessage: 1–4096 characters after entity parsing. */
export const TEXT_LIMIT = 4096;
/** https://core.telegram.org/bots/api#sendphoto: captions are 0–1024 characters. */
export const CAPTION_LIMIT = 1024;
/** Telegram rejects empty messages; a keyboard with nothing before it hangs under this. */
const KEYBOARD_ONLY_TEXT = '👇';

type InlineButton = { text: string; url: string } | { text: string; callback_data: string };
type Media = Extract<Element, { type: 'image' | 'audio' | 'video' | 'file' }>;
interface Card { title: string; text?: string; price?: string; image?: string; buttons?: Button[] }
interface Segment { html: string; length: number; inline: boolean }

/** Bot API method and field per media kind, and which URLs Telegram can fetch for it. */
const MEDIA = {
  image: { method: 'sendPhoto', field: 'photo', byUrl: /\.(jpe?g|png|gif|webp)(\?|$)/i },
  audio: { method: 'sendAudio', field: 'audio', byUrl: /\.(mp3|m4a)(\?|$)/i },
  video: { method: 'sendVideo', field: 'video', byUrl: /\.mp4(\?|$)/i },
  file: { method: 'sendDocument', field: 'document', byUrl: /\.(pdf|zip|gif)(\?|$)/i },
} as const;

/**
 * Element[] → Bot API calls, pure. Text, mentions and links share one HTML message (split past 4096
 * characters); media and cards are their own messages; buttons become the inline keyboard of the
 * text before them. Where Telegram has no equivalent the element degrades: `@all` is dropped, media
 * Telegram cannot fetch (SVG, relative links, a .docx by URL) become links, a card without a usable
 * image becomes a text message with its keyboard.
 */
export function render(target: Target, content: readonly Element[], options: RenderOptions = {}): Payload[] {
  const b = new MessageBuilder(target, options);
  for (const el of content) {
    switch (el.type) {
      case 'text':
        for (const piece of splitText(el.text, TEXT_LIMIT)) b.segment(escapeHtml(piece), piece.length, false);
        break;
      case 'mention':
        if (!('all' in el)) b.segment(...mention(el.userId, el.name));
        break;
      case 'link': {
        const label = el.text ?? el.href;
        b.segment(isLinkable(el.href) ? `<a href="${escapeAttr(el.href)}">${escapeHtml(label)}</a>` : escapeHtml(label), label.length, true);
        break;
      }
      case 'image':
      case 'audio':
      case 'video':
      case 'file':
        b.media(el);
        break;
      case 'buttons':
        b.keyboard(el.buttons);
        break;
      case 'card':
      case 'product':
        b.card(el);
        break;
      case 'platform':
        if (el.platform === 'telegram') b.call(el.name, el.data);
        break;
      default:
        assertNever(el);
    }
  }
  return b.finish();
}

function mention(userId: string, name: string | undefined): [string, number, boolean] {
  const label = name ?? userId;
  if (/^\d+$/.test(userId)) return [`<a href="tg://user?id=${userId}">${escapeHtml(label)}</a>`, label.length, true];
  if (/^[A-Za-z]\w{4,31}$/.test(userId)) return [`@${userId}`, userId.length + 1, true];
  return [escapeHtml(label), label.length, true];
}

class MessageBuilder {
  readonly #payloads: Payload[] = [];
  /** Indexes of plain text messages, which a following keyboard attaches to. */
  readonly #texts: number[] = [];
  #segments: Segment[] = [];
  #length = 0;
  readonly #common: Record<string, unknown>;
  readonly #hint: TelegramHint;

  constructor(
    readonly target: Target,
    readonly options: RenderOptions,
  ) {
    this.#hint = (target.hint ?? {});
    this.#common = { chat_id: target.conversation.id, ...(this.#hint.threadId !== undefined ? { message_thread_id: this.#hint.threadId } : {}) };
  }

  segment(html: string, length: number, inline: boolean): void {
    if (this.#segments.length && this.#length + 1 + length > TEXT_LIMIT) this.#flush();
    const prev = this.#segments.at(-1);
    const sep = prev ? (prev.inline || inline ? ' ' : '\n') : '';
    this.#segments.push({ html: sep + html, length, inline });
    this.#length += sep.length + length;
  }

  media(el: Media): void {
    const spec = MEDIA[el.type];
    const src = this.#resolve(el.src);
    if (!src || (src.url && !spec.byUrl.test(new URL(src.value).pathname))) {
      // Telegram cannot fetch it: a link is the next best thing.
      const label = el.name ?? src?.value ?? el.src;
      this.segment(src?.url ? `<a href="${escapeAttr(src.value)}">${escapeHtml(label)}</a>` : escapeHtml(label), label.length, true);
      return;
    }
    this.#flush();
    this.#push(spec.method, { [spec.field]: src.value });
  }

  card(c: Card): void {
    this.#flush();
    const image = c.image ? this.#resolve(c.image) : undefined;
    const photo = image && (!image.url || MEDIA.image.byUrl.test(new URL(image.value).pathname)) ? image.value : undefined;
    const html = cardHtml(c, photo ? CAPTION_LIMIT : TEXT_LIMIT);
    const callbacks: Record<string, string> = {};
    const markup = c.buttons?.length ? { reply_markup: { inline_keyboard: layout(c.buttons, callbacks) } } : {};
    if (photo) this.#push('sendPhoto', { photo, caption: html, parse_mode: 'HTML', ...markup }, callbacks);
    else this.#push('sendMessage', { text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup }, callbacks);
  }

  keyboard(buttons: readonly Button[]): void {
    if (buttons.length === 0) return;
    this.#flush();
    const index = this.#texts.at(-1) ?? (this.#payloads.length ? this.#payloads.length - 1 : undefined);
    if (index === undefined) {
      this.segment(KEYBOARD_ONLY_TEXT, KEYBOARD_ONLY_TEXT.length, false);
      this.keyboard(buttons);
      return;
    }
    const body = this.#payloads[index]!.body as TelegramBody;
    const callbacks = body.callbacks ?? {};
    const existing = (body.params.reply_markup as { inline_keyboard: InlineButton[][] } | undefined)?.inline_keyboard ?? [];
    body.params.reply_markup = { inline_keyboard: [...existing, ...layout(buttons, callbacks)] };
    if (Object.keys(callbacks).length) body.callbacks = callbacks;
  }

  /** A `platform: telegram` element: any Bot API call the flow spelled out (sendSticker, sendPoll...). */
  call(method: string, data: unknown): void {
    if (!/^[a-z][A-Za-z]+$/.test(method)) return;
    this.#flush();
    this.#push(method, { ...(data && typeof data === 'object' ? data : {}) });
  }

  finish(): Payload[] {
    this.#flush();
    const first = this.#payloads[0]?.body as TelegramBody | undefined;
    if (first && this.target.conversation.kind === 'group' && this.#hint.replyToMessageId !== undefined) {
      first.params.reply_parameters = { message_id: this.#hint.replyToMessageId, allow_sending_without_reply: true };
    }
    return this.#payloads;
  }

  #flush(): void {
    if (this.#segments.length === 0) return;
    this.#texts.push(this.#payloads.length);
    this.#push('sendMessage', { text: this.#segments.map((s) => s.html).join(''), parse_mode: 'HTML' });
    this.#segments = [];
    this.#length = 0;
  }

  #push(method: string, params: Record<string, unknown>, callbacks: Record<string, string> = {}): void {
    const body: TelegramBody = { params: { ...this.#common, ...params }, ...(Object.keys(callbacks).length ? { callbacks } : {}) };
    this.#payloads.push({ target: this.target, method, body });
  }

  /** A file_id we received, an absolute URL, or one of our own paths made absolute. */
  #resolve(src: string): { value: string; url: boolean } | undefined {
    if (src.startsWith(FILE_SCHEME)) return { value: src.slice(FILE_SCHEME.length), url: false };
    const base = this.options.publicUrl?.replace(/\/+$/, '');
    const url = src.startsWith('/') && base ? base + src : src;
    return /^https?:\/\//i.test(url) && URL.canParse(url) ? { value: url, url: true } : undefined;
  }
}

/** Title in bold, price, then the description, cut to fit `limit`. */
function cardHtml(c: Card, limit: number): string {
  const title = truncate(c.title, limit);
  const price = c.price ? truncate(c.price, Math.max(0, limit - title.length - 1)) : '';
  const used = title.length + (price ? price.length + 1 : 0);
  const room = limit - used - 2;
  const text = c.text && room > 1 ? truncate(c.text, room) : '';
  return `<b>${escapeHtml(title)}</b>${price ? `\n${escapeHtml(price)}` : ''}${text ? `\n\n${escapeHtml(text)}` : ''}`;
}

/** Two buttons a row when labels are short, else one; long values are kept aside in `callbacks`. */
function layout(buttons: readonly Button[], callbacks: Record<string, string>): InlineButton[][] {
  const cells = buttons.map((b): InlineButton => {
    if (b.url && isLinkable(b.url)) return { text: b.label, url: b.url };
    const { data, stored } = encodeCallback(b.value ?? b.label);
    if (stored !== undefined) callbacks[data] = stored;
    return { text: b.label, callback_data: data };
  });
  const width = buttons.every((b) => b.label.length <= 18) ? 2 : 1;
  const rows: InlineButton[][] = [];
  for (let i = 0; i < cells.length; i += width) rows.push(cells.slice(i, i + width));
  return rows;
}
