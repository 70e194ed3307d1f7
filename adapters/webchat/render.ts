import type { Element } from '../../core/model/elements.js';
import { assertNever } from '../../core/model/elements.js';
import type { Payload } from '../../core/model/adapter.js';
import type { Target } from '../../core/model/event.js';

/** Web chat payloads are the elements themselves, as JSON; platform extras for other channels are dropped. */
export function render(target: Target, content: Element[]): Payload[] {
  const body: Element[] = [];
  for (const el of content) {
    switch (el.type) {
      case 'text':
      case 'mention':
      case 'image':
      case 'audio':
      case 'video':
      case 'file':
      case 'link':
      case 'buttons':
      case 'card':
      case 'product':
        body.push(el);
        break;
      case 'platform':
        if (el.platform === 'webchat') body.push(el);
        break;
      default:
        assertNever(el);
    }
  }
  return body.length ? [{ target, method: 'replies', body }] : [];
}
