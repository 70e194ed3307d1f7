/**
 * What WeCom can carry, sorted out of a message's elements: the shared first step of rendering for every
 * route (render.ts for members, render-customer.ts for customers, render-aibot.ts for the robot). Pure.
 */
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import { PLATFORM } from './decode.js';
import type { Route } from './route.js';

export type MediaType = 'image' | 'voice' | 'video' | 'file';

/** A file to upload with media/upload; its media_id goes to `path` in the request (dot-separated). */
export interface PendingUpload {
  src: string;
  name: string;
  mediaType: MediaType;
  path: string;
}

export interface WecomPayloadBody {
  route: Route;
  request: Record<string, unknown>;
  uploads: PendingUpload[];
  /** A template card without its task_id yet (send() makes one). */
  needsTaskId?: boolean;
}

/** The first `max` characters (code points), with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, preferring line breaks. */
export function splitBytes(text: string, maxBytes: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (Buffer.byteLength(current + line) <= maxBytes) {
      current += line;
      continue;
    }
    if (current) out.push(current.trimEnd());
    current = '';
    for (const ch of line) {
      if (Buffer.byteLength(current + ch) > maxBytes) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}

/** The key of a postback button in a template card: decode.ts reads it back. */
export const buttonKey = (b: Button): string => JSON.stringify([b.id, b.value ?? b.label]);

export const absolute = (src: string | undefined, publicUrl: string | undefined): string | undefined => {
  if (!src) return undefined;
  if (/^https?:\/\//.test(src)) return src;
  return publicUrl && src.startsWith('/') ? `${publicUrl.replace(/\/+$/, '')}${src}` : undefined;
};

const fileName = (src: string, fallback: string): string => decodeURIComponent(src.split(/[?#]/)[0]!.split('/').pop() || fallback);

export interface Article {
  title: string;
  description?: string;
  url?: string;
  picurl?: string;
}

export interface Media {
  mediaType: MediaType;
  src: string;
  name: string;
}

/** One message's content, sorted into what WeCom can carry. */
export interface Parts {
  text: string[];
  markdownText: string[];
  postback: Button[];
  links: { label: string; url: string }[];
  articles: Article[];
  /** Postback buttons that belong to one product or card: a card each (app route). */
  itemCards: { title: string; desc?: string; buttons: Button[] }[];
  media: Media[];
  raw: { msgtype: string; content: unknown }[];
}

export function collect(content: Element[], publicUrl: string | undefined): Parts {
  const p: Parts = { text: [], markdownText: [], postback: [], links: [], articles: [], itemCards: [], media: [], raw: [] };
  const say = (plain: string, markdown = plain) => {
    p.text.push(plain);
    p.markdownText.push(markdown);
  };
  const buttons = (list: Button[] | undefined) => {
    const postback: Button[] = [];
    for (const b of list ?? []) {
      if (b.url) p.links.push({ label: b.label, url: b.url });
      else postback.push(b);
    }
    return postback;
  };
  for (const el of content) {
    switch (el.type) {
      case 'text':
        say(el.text);
        break;
      case 'mention':
        say('all' in el ? '@all' : `@${el.name ?? el.userId}`);
        break;
      case 'link':
        say(`<a href="${el.href}">${el.text ?? el.href}</a>`, `[${el.text ?? el.href}](${el.href})`);
        break;
      case 'buttons':
        p.postback.push(...buttons(el.buttons));
        break;
      case 'card':
      case 'product': {
        const n = content.filter((x) => x.type === 'card' || x.type === 'product').length > 1 ? `${p.articles.length + 1}. ` : '';
        const title = `${n}${el.type === 'product' && el.price ? `${el.title} ${el.price}` : el.title}`;
        const url = el.buttons?.find((b) => b.url)?.url ?? absolute(el.image, publicUrl);
        const picurl = absolute(el.image, publicUrl);
        p.articles.push({ title, ...(el.text ? { description: el.text } : {}), ...(url ? { url } : {}), ...(picurl ? { picurl } : {}) });
        const own = (el.buttons ?? []).filter((b) => !b.url);
        if (own.length) p.itemCards.push({ title: el.title, ...(el.type === 'product' && el.price ? { desc: el.price } : {}), buttons: own });
        break;
      }
      case 'image':
      case 'audio':
      case 'video':
      case 'file': {
        const src = absolute(el.src, publicUrl);
        if (!src) {
          say(el.name ?? el.src);
          break;
        }
        const mediaType: MediaType = el.type === 'image' ? 'image' : el.type === 'video' ? 'video' : 'file';
        p.media.push({ mediaType, src, name: el.name ?? fileName(src, el.type) });
        break;
      }
      case 'platform':
        if (el.platform === PLATFORM) p.raw.push({ msgtype: el.name, content: el.data });
        break;
      default:
        assertNever(el);
    }
  }
  return p;
}

