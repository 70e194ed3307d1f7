import type { Button } from '../../core/model/elements.js';

/**
 * Adaptive Cards as Teams renders them. Version 1.4 is what every Teams client (desktop, web, mobile) supports.
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card
 */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
const VERSION = '1.4';

export type CardElement = Record<string, unknown> & { type: string };
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardElement[];
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

export const attachment = (card: AdaptiveCard): Attachment => ({ contentType: ADAPTIVE_CARD, content: card });

/** Teams shows at most six actions per card (its host config's `maxActions`) and drops the rest. */
export const MAX_CARD_ACTIONS = 6;
const ACTIONS_PER_ROW = 5;

/** A card; more actions than Teams shows go into the body as rows of `ActionSet`s, so none is dropped. */
export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  if (actions.length > MAX_CARD_ACTIONS) {
    const rows: CardElement[] = [];
    for (let i = 0; i < actions.length; i += ACTIONS_PER_ROW) rows.push({ type: 'ActionSet', actions: actions.slice(i, i + ACTIONS_PER_ROW) });
    return { type: 'AdaptiveCard', $schema: SCHEMA, version: VERSION, body: [...body, ...rows] };
  }
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: VERSION, body, ...(actions.length ? { actions } : {}) };
}

/** One TextBlock per line: a lone `\n` is not a line break in every Teams client's card markdown. */
export function textBlocks(text: string, style: Record<string, unknown> = {}): CardElement[] {
  return text.split(/\r?\n/).map((line, i) => ({
    type: 'TextBlock', text: line || ' ', wrap: true, ...(i > 0 ? { spacing: 'None' } : {}), ...style,
  }));
}

/** Teams can only fetch absolute https (or data:) images; a relative URL is dropped rather than shown broken. */
export const fetchableImage = (url: string | undefined): url is string => !!url && /^(https?:|data:image\/)/i.test(url);

/**
 * A button. Links open in the browser; the others post back with Teams' `messageBack`, so the chat shows
 * the label as the shopper's message and the bot receives `value.shopmate` (and `text`, for clients that drop hidden data).
 * https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-actions#adaptive-cards-actions
 */
export function action(button: Button): CardElement {
  if (button.url) return { type: 'Action.OpenUrl', title: button.label, url: button.url };
  const value = button.value ?? button.label;
  return {
    type: 'Action.Submit',
    title: button.label,
    data: {
      msteams: { type: 'messageBack', displayText: button.label, text: value },
      shopmate: { id: button.id, value },
    },
  };
}

export interface CardContent {
  title: string;
  text?: string;
  price?: string;
  image?: string;
  buttons?: Button[];
}

/** A card or product: image on top, title, price, description, then its buttons. */
export function contentCard(c: CardContent): AdaptiveCard {
  const body: CardElement[] = [];
  if (fetchableImage(c.image)) body.push({ type: 'Image', url: c.image, size: 'Stretch', altText: c.title });
  body.push({ type: 'TextBlock', text: c.title, weight: 'Bolder', size: 'Medium', wrap: true });
  if (c.price) body.push({ type: 'TextBlock', text: c.price, weight: 'Bolder', color: 'Accent', spacing: 'None' });
  if (c.text) body.push(...textBlocks(c.text, { isSubtle: true, maxLines: 6 }));
  return card(body, (c.buttons ?? []).map(action));
}
