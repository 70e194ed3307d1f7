/**
 * Element[] → an intelligent robot's reply: markdown (streamed, https://developer.work.weixin.qq.com/document/path/101031)
 * plus postback buttons, which the transport turns into a `button_interaction` template card whose
 * clicks come back as `template_card_event`s. Pure.
 */
import type { Payload } from '../../core/model/adapter.js';
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { PLATFORM } from './decode.js';
import { buttonKey, excerpt } from './render-parts.js';

export interface AibotPayloadBody {
  markdown: string;
  buttons: Button[];
  /** A raw template card from a `platform` element. */
  card?: Record<string, unknown>;
}

/** Stream content is at most 20,480 bytes. */
export const STREAM_MAX_BYTES = 20_480;
const MAX_BUTTONS = 6;

const md = (s: string) => s.replace(/([\\[\]])/g, '\\$1');

export function renderAibot(target: Target, content: Element[], publicUrl: string | undefined): Payload[] {
  const lines: string[] = [];
  const buttons: Button[] = [];
  let card: Record<string, unknown> | undefined;
  let products = 0;
  const link = (href: string, label: string) => {
    const abs = /^https?:\/\//.test(href) ? href : publicUrl && href.startsWith('/') ? `${publicUrl.replace(/\/+$/, '')}${href}` : undefined;
    return abs ? `[${md(label)}](${abs})` : label;
  };
  for (const el of content) {
    switch (el.type) {
      case 'text':
        lines.push(el.text);
        break;
      case 'mention':
        lines.push('all' in el ? '@all' : `@${el.name ?? el.userId}`);
        break;
      case 'link':
        lines.push(link(el.href, el.text ?? el.href));
        break;
      case 'buttons':
        for (const b of el.buttons) {
          if (b.url) lines.push(link(b.url, b.label));
          else buttons.push(b);
        }
        break;
      case 'card':
      case 'product': {
        const n = el.type === 'product' ? ++products : 0;
        const head = `${n ? `${n}. ` : ''}**${el.title}**${el.type === 'product' && el.price ? ` — ${el.price}` : ''}`;
        lines.push([head, el.text, el.image ? link(el.image, el.title) : undefined].filter(Boolean).join('\n'));
        for (const b of el.buttons ?? []) {
          if (b.url) lines.push(link(b.url, b.label));
          else buttons.push(n ? { ...b, label: `${b.label} ${n}` } : b);
        }
        break;
      }
      case 'image':
      case 'audio':
      case 'video':
      case 'file':
        lines.push(link(el.src, el.name ?? el.type));
        break;
      case 'platform':
        if (el.platform === PLATFORM && el.name === 'markdown' && typeof (el.data as { content?: unknown }).content === 'string') {
          lines.push((el.data as { content: string }).content);
        } else if (el.platform === PLATFORM && el.name === 'template_card') {
          card = el.data as Record<string, unknown>;
        }
        break;
      default:
        assertNever(el);
    }
  }
  // A card holds six buttons: the others are listed, and typing one's label counts as pressing it.
  const overflow = buttons.splice(MAX_BUTTONS);
  if (overflow.length) lines.push(overflow.map((b) => `- ${md(b.label)}`).join('\n'));
  const markdown = lines.join('\n\n').trim();
  if (!markdown && !buttons.length && !card) return [];
  const body: AibotPayloadBody = { markdown, buttons, ...(card ? { card } : {}) };
  return [{ target, method: 'aibot', body }];
}

/**
 * A `button_interaction` card for a message's buttons, headed by `title` (the bot's name; the transport
 * adds the task_id). Beside a streamed reply the text is in the stream; a welcome card carries it.
 */
export function buttonsCard(title: string, buttons: Button[], body?: string): Record<string, unknown> {
  const plain = body?.replace(/\*\*|\[|\]\([^)]*\)/g, '').trim();
  return {
    card_type: 'button_interaction',
    main_title: { title: excerpt(title, 26) },
    ...(plain ? { sub_title_text: excerpt(plain, 112) } : {}),
    button_list: buttons.slice(0, MAX_BUTTONS).map((b) => ({ text: excerpt(b.label, 20), style: 1, key: buttonKey(b) })),
  };
}
