import type { Payload } from '../../core/model/adapter.js';
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { action, attachment, card, contentCard, fetchableImage, textBlocks, type Attachment, type CardElement } from './cards.js';

/** The outbound message activity `send` posts (Bot Connector `sendToConversation` / `replyToActivity` body). */
export interface OutboundActivity {
  type: 'message';
  text?: string;
  textFormat?: 'xml' | 'markdown' | 'plain';
  summary?: string;
  entities?: { type: 'mention'; text: string; mentioned: { id: string; name: string } }[];
  attachments?: Attachment[];
  attachmentLayout?: 'list' | 'carousel';
  [extra: string]: unknown;
}

const METHOD = 'sendActivity';
const html = (s: string): string => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[c as '&']};`);
const md = (s: string): string => s.replace(/[[\]()]/g, (c) => `\\${c}`);

/** One message, sorted into what Teams shows as text, as cards and as buttons. */
interface Parts {
  html: string[];
  markdown: string[];
  cardBody: CardElement[];
  mentions: NonNullable<OutboundActivity['entities']>;
  cards: Attachment[];
  buttons: Button[];
  extra: OutboundActivity[];
}

function sort(content: Element[]): Parts {
  const p: Parts = { html: [], markdown: [], cardBody: [], mentions: [], cards: [], buttons: [], extra: [] };
  const linkTo = (href: string, label: string) => {
    p.html.push(`<a href="${html(href)}">${html(label)}</a>`);
    p.markdown.push(`[${md(label)}](${href})`);
    p.cardBody.push({ type: 'TextBlock', text: `[${md(label)}](${href})`, wrap: true });
  };
  for (const el of content) {
    switch (el.type) {
      case 'text':
        p.html.push(html(el.text).replace(/\r?\n/g, '<br>'));
        p.markdown.push(el.text);
        p.cardBody.push(...textBlocks(el.text));
        break;
      case 'mention':
        // Teams cannot notify "everyone" from a bot; a mention of all is left out.
        if ('userId' in el) {
          const name = el.name ?? el.userId;
          p.html.push(`<at>${html(name)}</at>`);
          p.mentions.push({ type: 'mention', text: `<at>${html(name)}</at>`, mentioned: { id: el.userId, name } });
        }
        break;
      case 'image':
        if (fetchableImage(el.src)) p.cards.push(attachment(card([{ type: 'Image', url: el.src, size: 'Stretch', altText: el.name ?? '' }])));
        break;
      case 'audio':
      case 'video':
      case 'file':
        linkTo(el.src, el.name ?? el.src);
        break;
      case 'link':
        linkTo(el.href, el.text ?? el.href);
        break;
      case 'buttons':
        p.buttons.push(...el.buttons);
        break;
      case 'card':
      case 'product':
        p.cards.push(attachment(contentCard(el)));
        break;
      case 'platform':
        if (el.platform === 'teams' && el.name === 'adaptive_card') p.cards.push({ contentType: 'application/vnd.microsoft.card.adaptive', content: el.data });
        else if (el.platform === 'teams' && el.name === 'activity' && typeof el.data === 'object' && el.data !== null) p.extra.push({ ...el.data, type: 'message' });
        break;
      default:
        assertNever(el);
    }
  }
  return p;
}

/**
 * Element[] (one message) → Teams message activities. Text goes out as Teams' XML (HTML) text, so
 * nothing a shopper or a flow writes is read as markup; cards and products become Adaptive Cards
 * (a carousel when there are several); buttons become card actions. When a message is text plus
 * buttons, both go in one card, which is how Teams shows a question with its choices.
 */
export function render(target: Target, content: Element[]): Payload[] {
  const p = sort(content);
  const payload = (body: OutboundActivity): Payload => ({ target, method: METHOD, body });
  const out: Payload[] = [];
  const summary = p.markdown.join(' ').slice(0, 200);
  if (p.buttons.length && !p.cards.length && !p.mentions.length) {
    out.push(payload({ type: 'message', ...(summary ? { summary } : {}), attachments: [attachment(card(p.cardBody, p.buttons.map(action)))] }));
    return [...out, ...p.extra.map(payload)];
  }
  const buttonsCard = p.buttons.length ? attachment(card([], p.buttons.map(action))) : undefined;
  const carousel = p.cards.length > 1;
  const attachments = [...p.cards, ...(buttonsCard && !carousel ? [buttonsCard] : [])];
  if (p.html.length || attachments.length) {
    out.push(payload({
      type: 'message',
      ...(p.html.length ? { text: p.html.join(' '), textFormat: 'xml' as const } : {}),
      ...(p.mentions.length ? { entities: p.mentions } : {}),
      ...(attachments.length ? { attachments } : {}),
      ...(carousel ? { attachmentLayout: 'carousel' as const } : {}),
    }));
  }
  if (buttonsCard && carousel) out.push(payload({ type: 'message', attachments: [buttonsCard] }));
  return [...out, ...p.extra.map(payload)];
}
