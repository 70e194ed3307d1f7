/**
 * Element[] → WeCom requests, per route (route.ts). Pure: media that must be uploaded first are listed
 * in `uploads` and send() fills in their media_id; template-card task ids are also added by send().
 *
 * App messages (message/send, https://developer.work.weixin.qq.com/document/path/90236): text with
 * `<a href>` links, news for products and cards, template_card (button_interaction) for buttons,
 * image/video/file. App group chats (appchat/send, .../90248) have no template cards: buttons become a
 * markdown list. Customers and customer groups get one text plus attachments (render-customer.ts).
 */
import type { Payload } from '../../core/model/adapter.js';
import { assertNever, type Button, type Element } from '../../core/model/elements.js';
import type { Target } from '../../core/model/event.js';
import { routeOf, type Route } from './route.js';
import { buttonKey, collect, excerpt, splitBytes, type Parts, type PendingUpload, type WecomPayloadBody } from './render-parts.js';
import { customerMessage } from './render-customer.js';

export { buttonKey, excerpt, splitBytes, type MediaType, type PendingUpload, type WecomPayloadBody } from './render-parts.js';

export interface RenderOptions {
  agentId: number;
  /** Heads template cards whose text does not fit a title (the bot's name). */
  cardTitle: string;
  /** For relative media links (`/media/products/...`). */
  publicUrl: string | undefined;
}

const TEXT_MAX_BYTES = 2048;
const CARD_TITLE_CHARS = 26;
const CARD_SUBTITLE_CHARS = 112;
const MAX_ARTICLES = 8;
const MAX_CARD_BUTTONS = 6;
const MAX_JUMPS = 3;
/** WeCom suggests 10; longer labels are cut by the client rather than refused. */
const BUTTON_CHARS = 20;

/** A template card with buttons (button_interaction) headed by `title`; link buttons become its jump list. */
function buttonCard(title: string, postback: Button[], links: Parts['links'], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    card_type: 'button_interaction',
    main_title: { title: excerpt(title, CARD_TITLE_CHARS), ...extra },
    button_list: postback.slice(0, MAX_CARD_BUTTONS).map((b) => ({ text: excerpt(b.label, BUTTON_CHARS), style: 1, key: buttonKey(b) })),
    ...(links.length ? { jump_list: links.slice(0, MAX_JUMPS).map((l) => ({ type: 1, title: excerpt(l.label, 13), url: l.url })) } : {}),
  };
}

/** The last sentence of a text: usually the question its buttons answer. */
export function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.!?。！？])\s*/u).map((x) => x.trim()).filter(Boolean);
  return sentences.at(-1) ?? text.trim();
}

type Message = { msgtype: string; content: Record<string, unknown>; card?: boolean };

/**
 * Text and its buttons for the app route. A short text is the card's title; up to 112 characters it is
 * the card's body under the bot's name; longer text goes first as a text message and the card repeats
 * only its last sentence (the question the buttons answer).
 */
function appTextAndButtons(p: Parts, cardTitle: string): Message[] {
  const text = p.text.join('\n').trim();
  const out: Message[] = [];
  const { postback, links } = p;
  const textMessages = () => splitBytes(text, TEXT_MAX_BYTES).map((t): Message => ({ msgtype: 'text', content: { content: t } }));
  if (!postback.length) {
    if (text) out.push(...textMessages());
    if (links.length === 1) {
      out.push({ msgtype: 'textcard', content: { title: excerpt(links[0]!.label, 128), description: excerpt(text || links[0]!.label, 512), url: links[0]!.url, btntxt: excerpt(links[0]!.label, 4) } });
    } else if (links.length) {
      out.push({ msgtype: 'text', content: { content: links.map((l) => `<a href="${l.url}">${l.label}</a>`).join('\n') } });
    }
    return out;
  }
  let card: Record<string, unknown>;
  if (text && [...text].length <= CARD_TITLE_CHARS && !text.includes('\n')) {
    card = buttonCard(text, postback, links);
  } else if ([...text].length <= CARD_SUBTITLE_CHARS) {
    card = { ...buttonCard(cardTitle, postback, links), ...(text ? { sub_title_text: text } : {}) };
  } else {
    out.push(...textMessages());
    card = { ...buttonCard(cardTitle, postback, links), sub_title_text: excerpt(lastSentence(text), CARD_SUBTITLE_CHARS) };
  }
  out.push({ msgtype: 'template_card', content: card, card: true });
  // More than six buttons: the rest on further cards.
  for (let i = MAX_CARD_BUTTONS; i < postback.length; i += MAX_CARD_BUTTONS) {
    out.push({ msgtype: 'template_card', content: buttonCard(cardTitle, postback.slice(i, i + MAX_CARD_BUTTONS), []), card: true });
  }
  return out;
}

/** Buttons of products and cards: one card for a single item; numbered buttons on shared cards for several. */
function itemCards(p: Parts, cardTitle: string): Record<string, unknown>[] {
  if (p.itemCards.length === 1) {
    const c = p.itemCards[0]!;
    return [buttonCard(c.title, c.buttons, [], c.desc ? { desc: c.desc } : {})];
  }
  const numbered = p.itemCards.flatMap((c, i) => c.buttons.map((b) => ({ ...b, label: `${b.label} ${i + 1}` })));
  const cards: Record<string, unknown>[] = [];
  for (let i = 0; i < numbered.length; i += MAX_CARD_BUTTONS) cards.push(buttonCard(cardTitle, numbered.slice(i, i + MAX_CARD_BUTTONS), []));
  return cards;
}

function memberMessages(route: Extract<Route, { kind: 'app' | 'appchat' }>, p: Parts, options: RenderOptions): WecomPayloadBody[] {
  const address = route.kind === 'app' ? { touser: route.userId, agentid: options.agentId } : { chatid: route.chatId };
  const body = (msgtype: string, content: unknown, uploads: PendingUpload[] = [], needsTaskId = false): WecomPayloadBody => ({
    route, request: { ...address, msgtype, [msgtype]: content }, uploads, ...(needsTaskId ? { needsTaskId } : {}),
  });
  const out: WecomPayloadBody[] = [];
  if (route.kind === 'app') {
    for (const m of appTextAndButtons(p, options.cardTitle)) out.push(body(m.msgtype, m.content, [], m.card ?? false));
  } else {
    const lines = [...p.markdownText, ...p.postback.map((b) => `- ${b.label}`), ...p.links.map((l) => `- [${l.label}](${l.url})`)];
    const markdown = p.postback.length > 0 || p.links.length > 0;
    const text = (markdown ? lines : p.text).join('\n').trim();
    if (text) for (const t of splitBytes(text, TEXT_MAX_BYTES)) out.push(body(markdown ? 'markdown' : 'text', { content: t }));
  }
  const articles = p.articles.filter((a) => a.url);
  for (let i = 0; i < articles.length; i += MAX_ARTICLES) out.push(body('news', { articles: articles.slice(i, i + MAX_ARTICLES) }));
  for (const a of p.articles.filter((x) => !x.url)) out.push(body('text', { content: [a.title, a.description].filter(Boolean).join('\n') }));
  if (route.kind === 'app') for (const card of itemCards(p, options.cardTitle)) out.push(body('template_card', card, [], true));
  for (const m of p.media) {
    out.push(body(m.mediaType, { media_id: '' }, [{ src: m.src, name: m.name, mediaType: m.mediaType, path: `${m.mediaType}.media_id` }]));
  }
  for (const r of p.raw) {
    const untasked = r.msgtype === 'template_card' && !(r.content as { task_id?: unknown } | null)?.task_id;
    out.push(body(r.msgtype, r.content, [], untasked));
  }
  return out;
}

/** The WeCom API method a payload calls. */
export function methodOf(route: Route): string {
  switch (route.kind) {
    case 'app':
      return 'message/send';
    case 'appchat':
      return 'appchat/send';
    case 'customer':
    case 'customer_group':
      return 'externalcontact/add_msg_template';
    case 'welcome':
      return 'externalcontact/send_welcome_msg';
    default:
      return assertNever(route);
  }
}

/** Element[] → one payload per WeCom message, for the target's route. */
export function render(target: Target, content: Element[], options: RenderOptions): Payload[] {
  const route = routeOf(target);
  const parts = collect(content, options.publicUrl);
  const bodies = route.kind === 'app' || route.kind === 'appchat' ? memberMessages(route, parts, options) : customerMessage(route, parts);
  return bodies.map((body) => ({ target, method: methodOf(route), body }));
}
