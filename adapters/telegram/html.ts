/** Text for `parse_mode: HTML` (https://core.telegram.org/bots/api#html-style): <, > and & are escaped. */
export const escapeHtml = (s: string): string => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** An attribute value: quotes too. */
export const escapeAttr = (s: string): string => escapeHtml(s).replace(/"/g, '&quot;');

/** Link targets Telegram accepts in `<a href>`. */
export const isLinkable = (href: string): boolean => /^(https?:\/\/|tg:\/\/)/i.test(href);

/**
 * Splits plain text into pieces of at most `limit` UTF-16 units (how Telegram counts), preferring a
 * line break, then a space, in the second half of the piece; never inside a surrogate pair.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    if (cut < limit / 2) cut = limit;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Cuts plain text to `limit` units with an ellipsis. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return splitText(text, Math.max(1, limit - 1))[0]! + '…';
}
