/**
 * The normalized message content every channel decodes into and renders from.
 * A discriminated union: renderers `switch` on `type` with a `never` default, so a new kind
 * fails to compile wherever it is not handled.
 */
export interface Button {
  id: string;
  label: string;
  /** Text fed back into the conversation when pressed (defaults to `label`). */
  value?: string;
  /** A URL button opens a link instead of posting back. */
  url?: string;
}

export type Element =
  | { type: 'text'; text: string }
  | { type: 'mention'; userId: string; name?: string }
  | { type: 'mention'; all: true }
  | { type: 'image' | 'audio' | 'video' | 'file'; src: string; mime?: string; name?: string }
  | { type: 'link'; href: string; text?: string }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'card'; title: string; text?: string; image?: string; buttons?: Button[] }
  | { type: 'product'; productId: string; title: string; text?: string; price?: string; image?: string; buttons?: Button[] }
  | { type: 'platform'; platform: string; name: string; data: unknown };

export type ElementType = Element['type'];

/** Plain text of a message, for NLU and transcripts: media and cards contribute their captions. */
export function plainText(content: readonly Element[]): string {
  const parts: string[] = [];
  for (const el of content) {
    switch (el.type) {
      case 'text':
        parts.push(el.text);
        break;
      case 'link':
        parts.push(el.text ?? el.href);
        break;
      case 'card':
      case 'product':
        parts.push(el.title);
        break;
      case 'mention':
      case 'image':
      case 'audio':
      case 'video':
      case 'file':
      case 'buttons':
      case 'platform':
        break;
      default:
        assertNever(el);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function assertNever(x: never): never {
  throw new Error(`unhandled kind: ${JSON.stringify(x)}`);
}
